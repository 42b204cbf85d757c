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
  const amount = sign + groupThousands(fixed);
  if (currency === undefined || currency.symbol === '') return amount;
  return currency.after ? `${amount} ${currency.symbol}` : sign + currency.symbol + amount.slice(sign.length);
}

/** "1234567.50" → "1,234,567.50": commas between groups of three digits before the point. */
function groupThousands(fixed: string): string {
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed.length : point;
  if (whole <= 3 || !isDigits(fixed, whole)) return fixed;
  let grouped = fixed.slice(0, whole % 3 || 3);
  for (let at = whole % 3 || 3; at < whole; at += 3) grouped += `,${fixed.slice(at, at + 3)}`;
  return grouped + fixed.slice(whole);
}

function isDigits(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
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
