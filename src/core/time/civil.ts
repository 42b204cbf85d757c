// Calendar arithmetic on day numbers (days since 1970-01-01) in the proleptic Gregorian calendar:
// pure integer arithmetic, no Date, no time zone. The conversions follow the era-based algorithms
// `days_from_civil` / `civil_from_days` described by Howard Hinnant, "chrono-Compatible Low-Level
// Date Algorithms" (https://howardhinnant.github.io/date_algorithms.html): a 400-year era has exactly
// 146,097 days, and counting years from March puts the leap day at the end of each year.
import type { DayNumber } from '../days';

/** Milliseconds in a day of 24 hours (no leap seconds, as in JavaScript time values). */
export const DAY_MS = 86_400_000;

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Whether `year` is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 1:
    case 3:
    case 5:
    case 7:
    case 8:
    case 10:
    case 12:
      return 31;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    case 2:
      return isLeapYear(year) ? 29 : 28;
    default:
      return 0;
  }
}

/** Whether year/month/day are integers naming a real date (2024-02-29 yes, 2023-02-29 and 2024-02-30 no). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isSafeInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Day number of a date already known to be real (no checks: callers on hot paths validate first). */
export function dayFromCivilUnchecked(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0…399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // 0…365, from March 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468; // 719,468 = days from 0000-03-01 to 1970-01-01
}

/**
 * Day number of a calendar date. Throws a RangeError when the date is not real (month 13,
 * 2024-02-30, a fractional day): use `isRealDate` first to test untrusted input.
 */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  if (!isRealDate(year, month, day)) {
    throw new RangeError(
      `dayFromCivil: ${year}-${month}-${day} is not a real date (month 1–12, day within the month).`,
    );
  }
  return dayFromCivilUnchecked(year, month, day);
}

/** The calendar date of a day number. Throws a RangeError when `day` is not an integer. */
export function civilFromDay(day: DayNumber): CivilDate {
  if (!Number.isSafeInteger(day)) {
    throw new RangeError(`civilFromDay: day must be a whole number of days since 1970-01-01, got ${day}.`);
  }
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097; // 0…146,096
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  ); // 0…399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  const monthDay = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: monthDay };
}

/** ISO 8601 text of a day number, `YYYY-MM-DD` (years outside 0–9999 get a sign and six digits). */
export function isoOfDay(day: DayNumber): string {
  const { year, month, day: d } = civilFromDay(day);
  const yearText =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, '0')
      : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  return `${yearText}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
}
