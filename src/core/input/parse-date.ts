// Reads a purchase date from whatever a sheet holds: Date cells, serial numbers, ISO and local text.
//
// Decisions (each has a test in test/unit/input/parse-date.test.ts):
// - A Date object is an instant; its calendar day is taken in the spreadsheet's zone (ctx.timeZone).
//   Text with a time and an offset (`2024-03-05T23:30:00-05:00`, `…Z`, `GMT+0800`) is an instant
//   too. Text without an offset is a wall-clock date: its day is the one written, the time ignored.
// - Year first (`2024/3/5`, `2024-03-05`, `2024.3.5`, `2024年3月5日`) is always year-month-day,
//   whatever the locale. Day and month in `5/3/2024`, `5-3-2024`, `05.03.2024` follow ctx.dateOrder;
//   in a YMD locale (zh, ja, ko…) a four-digit year written last is read month first, as software
//   from the US writes it.
// - No silent swap: when the text is not a real date in ctx.dateOrder but would be with day and
//   month swapped (`25/3/2024` under MDY), the problem is 'order_mismatch' and the cell is not
//   used. Taking the other reading only for days above 12 would mix two orders in one column and
//   misread every day up to 12 without a trace.
// - Two-digit years: 00–68 are 2000–2068 and 69–99 are 1969–1999 (the POSIX `%y` pivot).
//   `5/3/24` follows ctx.dateOrder; in a YMD locale it is yy/m/d.
// - Taiwan's Minguo years are read when unambiguous: `民國113年3月5日`, `113年3月5日`, and
//   `113/3/5` in a YMD locale (year + 1911).
// - Numbers (and text that is only a number) are spreadsheet serial numbers, day 0 = 1899-12-30,
//   so 25569 is 1970-01-01; a fraction is a time of day and is dropped. Whole numbers with eight
//   digits are YYYYMMDD (`19970101`).
// - Only dates from 1900-01-01 to 2199-12-31 are read; serial numbers start at 1950-01-01
//   (serial 18264), since a small number in a date column is a year, a count or a price, not a date
//   in 1905. A time-only cell (Sheets gives 1899-12-30 with a time) is therefore 'out_of_range'.
import type { CellValue } from '../cells';
import type { DayNumber } from '../days';
import { MONTH_NAMES_EN } from '../i18n/month-names';
import { DAY_MS, dayFromCivil, dayFromCivilUnchecked, isRealDate } from '../time/civil';
import { dayOfTime } from '../time/zone';
import { isoDay } from './iso-day';
import { cleanText, isFormulaErrorText } from './text';

/** How a locale writes a date whose parts are all numbers: day first, month first or year first. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';
export const DATE_ORDERS: readonly DateOrder[] = ['DMY', 'MDY', 'YMD'];

/** Why a cell is not a usable date. */
export type DateProblem =
  /** empty or only spaces */
  | 'blank'
  /** not a date in any form read here (also booleans and Invalid Date) */
  | 'unreadable'
  /** a date form whose parts do not name a real date or time (2024-02-30, 13/25/2024, 25:00) */
  | 'impossible'
  /** real but outside 1900–2199 (serial numbers: 1950–2199) */
  | 'out_of_range'
  /** not a real date in the locale's day/month order, but would be with day and month swapped */
  | 'order_mismatch'
  /** a spreadsheet error such as #REF! or #N/A */
  | 'formula_error';

export interface DateContext {
  /** The spreadsheet's IANA time zone. */
  readonly timeZone: string;
  /** The spreadsheet locale's order, see `dateOrderOfLocale`. */
  readonly dateOrder: DateOrder;
}

export type DateResult =
  | { readonly ok: true; readonly day: DayNumber }
  | { readonly ok: false; readonly reason: DateProblem };

/** First and last days read: 1900-01-01 and 2199-12-31. */
export const FIRST_DAY: DayNumber = dayFromCivil(1900, 1, 1);
export const LAST_DAY: DayNumber = dayFromCivil(2199, 12, 31);
/** First day a serial number is read as: 1950-01-01 (serial 18264). */
export const FIRST_SERIAL_DAY: DayNumber = dayFromCivil(1950, 1, 1);
/** Serial number of 1970-01-01 in Sheets and Excel (day 0 = 1899-12-30). */
const SERIAL_OF_EPOCH = 25_569;
/** Two-digit years below this are 20xx, the rest 19xx. */
const TWO_DIGIT_YEAR_PIVOT = 69;
/** Taiwan's Minguo year 1 is 1912. */
const MINGUO_OFFSET = 1911;

/** Reads one cell as a calendar day, or says why it cannot. Never throws for any cell value. */
export function parseDateCell(value: CellValue, ctx: DateContext): DateResult {
  const result = readDay(value, ctx);
  return typeof result === 'number' ? { ok: true, day: result } : { ok: false, reason: result };
}

/**
 * `parseDateCell` without the result object: the day, or the problem. For hot loops.
 * Throws only for an unknown ctx.timeZone (a caller's mistake, not a cell's).
 */
export function readDay(value: CellValue | null | undefined, ctx: DateContext): DayNumber | DateProblem {
  if (typeof value === 'number') return dayOfSerial(value);
  if (typeof value === 'string') return dayOfText(value, ctx);
  if (typeof value === 'object' && value !== null && typeof (value as Date).getTime === 'function') {
    const ms = (value as Date).getTime();
    if (Number.isNaN(ms)) return 'unreadable';
    return inRange(dayOfTime(ms, ctx.timeZone));
  }
  return value === undefined || value === null ? 'blank' : 'unreadable';
}

function inRange(day: DayNumber): DayNumber | DateProblem {
  return day >= FIRST_DAY && day <= LAST_DAY ? day : 'out_of_range';
}

/** The day of a written date, before the range check (which comes after any time and offset). */
function civilDay(year: number, month: number, day: number): DayNumber | DateProblem {
  return isRealDate(year, month, day) ? dayFromCivilUnchecked(year, month, day) : 'impossible';
}

/** A serial number, or a YYYYMMDD number. */
function dayOfSerial(n: number): DayNumber | DateProblem {
  if (Number.isNaN(n)) return 'unreadable';
  if (n >= 10_000_000 && n < 100_000_000 && Number.isInteger(n)) {
    const day = civilDay(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
    return typeof day === 'number' ? inRange(day) : day;
  }
  if (!(n >= FIRST_SERIAL_DAY + SERIAL_OF_EPOCH && n < LAST_DAY + SERIAL_OF_EPOCH + 1)) return 'out_of_range';
  return Math.floor(n) - SERIAL_OF_EPOCH;
}

function twoDigitYear(yy: number): number {
  return yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
}

// Patterns run on cleaned, lower-cased text. Each captures the rest of the text after the date,
// which must be empty or a time (see TIME_REST).
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
/** 2024-03-05, 2024/3/5, 2024.3.5, 5/3/2024, 05.03.2024, 5-3-24, 2024. 3. 5. */
const NUMERIC_DATE = /^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)\.?(.*)$/;
/** 2024年3月5日, 2024年3月5号, 民國113年3月5日, 2024년 3월 5일 */
const CJK_DATE = /^(民國|民国)?\s*(\d{1,4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]?(.*)$/;
/** 5 Mar 2024, 05-Mar-24, Tue, 5 March 2024, 5th March 2024 */
const DAY_NAME_YEAR =
  /^(?:([a-z]+)\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]+)\.?,?[\s\-/.]*(\d{4}|\d{2})(?!\d)(.*)$/;
/** March 5, 2024, Mar 05 2024, Tue Mar 05 2024 00:00:00 GMT+0800 (…) */
const NAME_DAY_YEAR =
  /^(?:([a-z]+)\.?,?\s+)?([a-z]+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4}|\d{2})(?!\d)(.*)$/;
/** 2024-Mar-05, 2024 March 5 */
const YEAR_NAME_DAY = /^(\d{4})[\s\-/.]*([a-z]+)\.?[\s\-/.]*(\d{1,2})(?!\d)(.*)$/;
/** A Chinese weekday after a date: 星期二, (周二), 週二 */
const CJK_WEEKDAY = /[(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)]?/;
/**
 * A time after the date: `T10:00:00Z`, ` 10:00`, ` 3:05 pm`, ` 下午3:00:00`, ` 10:00:00.123+08:00`,
 * ` 00:00:00 GMT+0800 (China Standard Time)`, ` 16:12:36 EDT` (Cash App: a US zone's abbreviation).
 */
const TIME_REST =
  /^\s*(?:t|,|at)?\s*(上午|下午|am|pm)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm|a\.m\.|p\.m\.|上午|下午)?\s*(z|utc|gmt|[ecmp][sd]t|ak[sd]t|hst)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\s*(?:\([^)]*\))?\s*$/;

/** Offsets of the US zones' abbreviations, standard and daylight (Cash App writes them). */
const US_ZONE_HOURS: Readonly<Record<string, number>> = {
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  akst: -9,
  akdt: -8,
  hst: -10,
};

const MONTH_NAMES_LOWER = MONTH_NAMES_EN.map((m) => m.toLowerCase());
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** 1–12 for an English month name or its abbreviation of three letters or more (also `sept`); else 0. */
function monthOfName(word: string): number {
  if (word.length < 3) return 0;
  for (let i = 0; i < 12; i++) if (MONTH_NAMES_LOWER[i]!.startsWith(word)) return i + 1;
  return word === 'sept' ? 9 : 0;
}

function isWeekdayName(word: string | undefined): boolean {
  if (word === undefined) return true;
  if (word.length < 3) return false;
  return (
    WEEKDAY_NAMES.some((name) => name.startsWith(word)) ||
    word === 'tues' ||
    word === 'thur' ||
    word === 'thurs'
  );
}

/** The day of date text: ISO, numeric in any order, CJK, English month names, serial numbers. */
function dayOfText(text: string, ctx: DateContext): DayNumber | DateProblem {
  // Exports' own timestamps (`2024-03-05 14:25:01 +0800`) first, by character codes; the same day
  // as below (iso-day.ts), for a fraction of the cost.
  const iso = isoDay(text, ctx.timeZone);
  if (iso !== undefined) return inRange(iso);
  const s = cleanText(text).toLowerCase();
  if (s === '') return 'blank';
  if (isFormulaErrorText(s)) return 'formula_error';
  if (PLAIN_NUMBER.test(s)) return dayOfSerial(Number(s));

  let m = NUMERIC_DATE.exec(s);
  if (m !== null) return withTime(numericDate(m[1]!, m[3]!, m[4]!, ctx.dateOrder), m[5]!, ctx);

  m = CJK_DATE.exec(s);
  if (m !== null) {
    const written = Number(m[2]);
    // Minguo with its prefix or a three-digit year; two digits are a short Gregorian year.
    const year =
      m[1] !== undefined || m[2]!.length === 3
        ? written + MINGUO_OFFSET
        : m[2]!.length <= 2
          ? twoDigitYear(written)
          : written;
    return withTime(civilDay(year, Number(m[3]), Number(m[4])), m[5]!, ctx);
  }

  m = DAY_NAME_YEAR.exec(s);
  if (m !== null && isWeekdayName(m[1])) {
    const month = monthOfName(m[3]!);
    if (month > 0) return withTime(civilDay(yearOf(m[4]!), month, Number(m[2])), m[5]!, ctx);
  }

  m = NAME_DAY_YEAR.exec(s);
  if (m !== null && isWeekdayName(m[1])) {
    const month = monthOfName(m[2]!);
    if (month > 0) return withTime(civilDay(yearOf(m[4]!), month, Number(m[3])), m[5]!, ctx);
  }

  m = YEAR_NAME_DAY.exec(s);
  if (m !== null) {
    const month = monthOfName(m[2]!);
    if (month > 0) return withTime(civilDay(Number(m[1]), month, Number(m[3])), m[4]!, ctx);
  }
  return 'unreadable';
}

function yearOf(digits: string): number {
  return digits.length === 2 ? twoDigitYear(Number(digits)) : Number(digits);
}

/** Three numbers of a date in some order; `a`, `b`, `c` as written, left to right. */
function numericDate(a: string, b: string, c: string, order: DateOrder): DayNumber | DateProblem {
  if (a.length === 4 || (a.length === 3 && order === 'YMD')) {
    if (c.length > 2) return 'unreadable';
    const year = a.length === 3 ? Number(a) + MINGUO_OFFSET : Number(a);
    return civilDay(year, Number(b), Number(c));
  }
  if (a.length === 3 || c.length === 3) return 'unreadable';
  if (c.length === 4 || (c.length === 2 && order !== 'YMD')) {
    const year = c.length === 4 ? Number(c) : twoDigitYear(Number(c));
    const first = Number(a);
    const second = Number(b);
    const [day, month] = order === 'DMY' ? [first, second] : [second, first];
    if (isRealDate(year, month, day)) return dayFromCivilUnchecked(year, month, day);
    return isRealDate(year, day, month) ? 'order_mismatch' : 'impossible';
  }
  if (order === 'YMD') return civilDay(twoDigitYear(Number(a)), Number(b), Number(c));
  return 'unreadable'; // a one-digit year, as in 5/3/4
}

/**
 * Applies the text after a date — nothing, a wall-clock time (checked, then ignored), or a time with
 * an offset (an instant, whose day is taken in ctx.timeZone) — then the range check.
 */
function withTime(day: DayNumber | DateProblem, rest: string, ctx: DateContext): DayNumber | DateProblem {
  let tail = rest;
  if (tail !== '' && CJK_WEEKDAY.test(tail)) tail = tail.replace(CJK_WEEKDAY, ' ');
  if (tail.trim() === '') return typeof day === 'number' ? inRange(day) : day;
  const t = TIME_REST.exec(tail);
  if (t === null) return 'unreadable';
  if (typeof day !== 'number') return day;
  const meridiem = t[1] ?? t[5];
  let hour = Number(t[2]);
  const minute = Number(t[3]);
  const second = t[4] === undefined ? 0 : Number(t[4]);
  if (minute > 59 || second > 59) return 'impossible';
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return 'impossible';
    const afternoon = meridiem.charAt(0) === 'p' || meridiem === '下午';
    hour = (hour % 12) + (afternoon ? 12 : 0);
  } else if (hour > 23) {
    return 'impossible';
  }
  const offsetSign = t[7];
  if (t[6] === undefined && offsetSign === undefined) return inRange(day); // wall clock: the day as written
  let offsetMs = (US_ZONE_HOURS[t[6] ?? ''] ?? 0) * 3_600_000;
  if (offsetSign !== undefined) {
    const offsetHours = Number(t[8]);
    const offsetMinutes = t[9] === undefined ? 0 : Number(t[9]);
    if (offsetHours > 18 || offsetMinutes > 59) return 'impossible';
    offsetMs = (offsetSign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const ms = day * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 - offsetMs;
  return inRange(dayOfTime(ms, ctx.timeZone));
}

/**
 * The date order of a spreadsheet locale (`en_US`, `zh_CN`, `de-DE`…), from how each writes a short
 * date: MDY for US English (and English without a region, and Filipino); YMD for Chinese, Japanese,
 * Korean, Hungarian, Lithuanian, Swedish, Mongolian, Canadian English and French, South African
 * English; DMY everywhere else, including Hong Kong, Macau and Singapore Chinese, and unknown or
 * empty locales (most of the world writes day first).
 */
export function dateOrderOfLocale(locale: string): DateOrder {
  const subtags = String(locale).trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = subtags[0] ?? '';
  const region = subtags.slice(1).find((tag) => /^(?:[a-z]{2}|\d{3})$/.test(tag));
  switch (language) {
    case 'en':
      if (region === undefined || MDY_ENGLISH_REGIONS.has(region)) return 'MDY';
      return region === 'ca' || region === 'za' ? 'YMD' : 'DMY';
    case 'zh':
      return region === 'hk' || region === 'mo' || region === 'sg' ? 'DMY' : 'YMD';
    case 'fr':
      return region === 'ca' ? 'YMD' : 'DMY';
    case 'fil':
      return 'MDY';
    case 'ja':
    case 'ko':
    case 'hu':
    case 'lt':
    case 'sv':
    case 'mn':
      return 'YMD';
    default:
      return 'DMY';
  }
}

/** The US and the territories and countries that write dates the US way. */
const MDY_ENGLISH_REGIONS = new Set(['us', 'ph', 'pr', 'gu', 'as', 'vi', 'um', 'mp']);
