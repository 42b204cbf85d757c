/**
 * The sheet's currency as its amount cells show it: a symbol such as `¥`, `NT$`, `$` or `€`, before
 * or after the number. The shell finds it (number formats, symbols typed in the cells); the core
 * only writes it.
 */
export interface Currency {
  symbol: string;
  /** True when the symbol follows the number, as in `1.234,50 €`. */
  after: boolean;
}

/**
 * Money for sentences: two decimals and thousands separators, with the sheet's currency when it is
 * known (`¥1,234.50`, `-NT$12.00`, `12.00 €`); without one, the bare number, never a guessed symbol.
 */
export function formatMoney(value: number, currency?: Currency): string {
  const fixed = Math.abs(value).toFixed(2);
  const sign = value < 0 && fixed !== '0.00' ? '-' : '';
  let whole = fixed;
  let grouped = '';
  if (Math.abs(value) < 1e21) {
    // "1234567.50" → "1,234,567.50" by slicing: no regular expression or array per amount.
    grouped = fixed.slice(-3);
    for (whole = fixed.slice(0, -3); whole.length > 3; whole = whole.slice(0, -3)) {
      grouped = `,${whole.slice(-3)}${grouped}`;
    }
  }
  if (currency === undefined || currency.symbol === '') return sign + whole + grouped;
  return currency.after
    ? `${sign}${whole}${grouped} ${currency.symbol}`
    : sign + currency.symbol + whole + grouped;
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
  const tenth = value.toFixed(1);
  // Near the multiples the stage's thresholds sit on (1×, 1.5×, 3×…), a tenth would hide which side
  // it is on: "a little later than usual (1.0×)" at 1.03× (a trial). Two decimals there. (Under 1×
  // "0.0" stays: the sentences test for it.)
  const half = Math.round(value * 2) / 2;
  return value >= 0.95 && Number(tenth) === half && value !== half ? value.toFixed(2) : tenth;
}

/**
 * Whether a multiple of 0 or more reads "0.0" (`formatMultiple`), without writing it: below a
 * twentieth. `toFixed` rounds the exact binary value, and the double nearest 0.05 lies above 0.05,
 * so it reads "0.1", as does the comparison; every double below it reads "0.0".
 */
export function multipleReadsZero(value: number): boolean {
  return value < 0.05;
}

/** A share as a whole percentage, "60%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
