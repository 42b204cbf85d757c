/** Money for sentences: two decimals and thousands separators, no currency (the sheet's own may be any). */
export function formatMoney(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}.${cents}`;
}

/** Whole days for sentences. */
export function formatDays(value: number): string {
  return String(Math.round(value));
}

/** A multiple such as "1.9" for "1.9× the usual gap". */
export function formatMultiple(value: number): string {
  return value.toFixed(1);
}

/** A share as a whole percentage, "60%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
