// The day of an ISO-ordered timestamp, the form most exports write dates in (Shopify's
// `2024-03-05 14:25:01 +0800`, WooCommerce's `2024-03-05 14:25:01`, `2024-03-05T14:25:01Z`), read by
// character codes: no cleaning, lower-casing or patterns, which cost more than the reading itself
// when every row has a timestamp of its own (a cache by text does not help there).
//
// Decisions (tests in test/unit/input/iso-day.test.ts, which compare it with the general reader):
// - Only the strict form is read here: `YYYY-MM-DD`, then optionally a space or `T`, `HH:MM`,
//   optionally `:SS`, then optionally a space and `Z` or an offset `+HH`, `+HHMM`, `+HH:MM`. Anything
//   else — spaces around, one-digit parts, a fraction of a second, an impossible date, hour 24, an
//   offset beyond ±18:59 — is undefined, and parse-date's general reader decides it, so both always
//   agree.
// - Without an offset the day is the one written (a wall clock); with one it is an instant, whose
//   day is taken in the spreadsheet's zone, as parse-date does.
import type { DayNumber } from '../days';
import { DAY_MS, dayFromCivilUnchecked, isRealDate } from '../time/civil';
import { dayOfTime } from '../time/zone';

/** The number of the two digits at `at`; NaN when they are not two digits (NaN fails every check). */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : Number.NaN;
}

/**
 * The calendar day of `text` in `timeZone` when it is a strict ISO timestamp (see the rules at the
 * top), before any range check; undefined otherwise.
 *
 * @example isoDay('2024-03-05 23:30:00 -0500', 'Asia/Shanghai') // the day of 2024-03-06
 */
export function isoDay(text: string, timeZone: string): DayNumber | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const date = twoDigits(text, 8);
  if (!isRealDate(year, month, date)) return undefined;
  const day = dayFromCivilUnchecked(year, month, date);
  const length = text.length;
  if (length === 10) return day;

  const withSeconds = text.charCodeAt(16) === 58;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = withSeconds ? twoDigits(text, 17) : 0;
  if (
    !' Tt'.includes(text.charAt(10)) ||
    text.charCodeAt(13) !== 58 ||
    !(hour <= 23 && minute <= 59 && second <= 59)
  )
    return undefined;
  let at = withSeconds ? 19 : 16;
  if (at === length) return day; // a wall clock: the day as written
  if (text.charCodeAt(at) === 32) at++;
  const sign = text.charAt(at);
  let offsetMinutes = 0;
  if (sign === '+' || sign === '-') {
    // +08, +0800 or +08:00
    const colon = text.charCodeAt(at + 3) === 58 ? 1 : 0;
    const hours = twoDigits(text, at + 1);
    const minutes = length === at + 3 ? 0 : twoDigits(text, at + 3 + colon);
    if (!(hours <= 18 && minutes <= 59) || (length !== at + 3 && length !== at + 5 + colon)) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  } else if ((sign !== 'Z' && sign !== 'z') || at + 1 !== length) return undefined;
  const ms = day * DAY_MS + hour * 3_600_000 + (minute - offsetMinutes) * 60_000 + second * 1000;
  return dayOfTime(ms, timeZone);
}
