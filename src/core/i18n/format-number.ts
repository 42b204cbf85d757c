/** Money for sentences: two decimals and thousands separators, no currency (the sheet's own may be any). */
export function formatMoney(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}.${cents}`;
}

/** Days for sentences: whole days as they are, a fractional usual gap to one decimal ("8.5"). */
export function formatDays(value: number): string {
  const tenths = Math.round(value * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}

/** "1 day", "8.5 days" — English needs the singular; Chinese has none. */
export function daysInEnglish(value: number): string {
  const text = formatDays(value);
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** A multiple such as "1.9" for "1.9× the usual gap". */
export function formatMultiple(value: number): string {
  return value.toFixed(1);
}

/** A share as a whole percentage, "60%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
