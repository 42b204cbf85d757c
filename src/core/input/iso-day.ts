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

/** The number of the two digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * The calendar day of `text` in `timeZone` when it is a strict ISO timestamp (see the rules at the
 * top), before any range check; undefined otherwise.
 *
 * @example isoDay('2024-03-05 23:30:00 -0500', 'Asia/Shanghai') // the day of 2024-03-06
 */
export function isoDay(text: string, timeZone: string): DayNumber | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const dayOfMonth = twoDigits(text, 8);
  if (century < 0 || yy < 0 || month < 0 || dayOfMonth < 0) return undefined;
  const year = century * 100 + yy;
  if (!isRealDate(year, month, dayOfMonth)) return undefined;
  const day = dayFromCivilUnchecked(year, month, dayOfMonth);
  if (length === 10) return day;

  const separator = text.charCodeAt(10);
  if ((separator !== 32 && separator !== 84 && separator !== 116) || text.charCodeAt(13) !== 58)
    return undefined;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let second = 0;
  let at = 16;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, 17);
    if (second < 0 || second > 59) return undefined;
    at = 19;
  }
  if (at === length) return day; // a wall clock: the day as written
  if (text.charCodeAt(at) === 32) at++;

  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 || sign === 122) {
    if (at + 1 !== length) return undefined; // Z, z
  } else if (sign === 43 || sign === 45) {
    const hours = twoDigits(text, at + 1);
    let minutes = 0;
    at += 3;
    if (at < length) {
      if (text.charCodeAt(at) === 58) at++;
      minutes = twoDigits(text, at);
      at += 2;
    }
    if (at !== length || hours < 0 || hours > 18 || minutes < 0 || minutes > 59) return undefined;
    offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  } else return undefined;
  const ms = day * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 - offsetMinutes * 60_000;
  return dayOfTime(ms, timeZone);
}
