// Text dates whose day and month could be either way round ('3/4/2026'): parse-date.ts reads them in
// the spreadsheet locale's order (month first in a year-first locale, as US software writes them),
// and that order was never said (trial 22: an en_US sheet of a UK owner read '3/4/2026' as 4 March
// without a word). The readers note the first such date they read, so Data issues can say once
// which order was used, with it as the example; and a date issue on such a text names the day read.
// When the column's own dates prove the order (column-date-order.ts), that is the reason given, with
// the text that proves it. The check runs on the readers' memo of distinct date texts, once each,
// after the rows: a log of Date cells or serial numbers has none to look at.
import type { DayNumber } from '../days';
import { isRealDate } from '../time/civil';
import type { ColumnOrder, KeptOrder } from './column-date-order';
import type { DateOrder, DateProblem } from './parse-date';
import { cleanText } from './text';

/** The first text date read whose day and month could be either way round, and how it was read. */
export interface DateOrderRead {
  /** The text as written, e.g. '3/4/2026'. */
  readonly text: string;
  /** The day it was read as. */
  readonly day: DayNumber;
  /** The order read in: day first for 'DMY'; month first for 'MDY' and, as US software writes, 'YMD'. */
  readonly order: DateOrder;
  /**
   * The text that proved the order (column-date-order.ts), e.g. '12/15/2010'; absent when the
   * spreadsheet's locale decided it.
   */
  readonly proof?: string;
  /** The column proved the other order, but its dates did not outweigh the locale's (column-date-order.ts). */
  readonly kept?: KeptOrder;
}

/** Day and month as numbers up to 12 before a year, as parse-date.ts NUMERIC_DATE reads them. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d)/;

/** Day, month (as written, left to right) and year of a text date, or undefined when not that form. */
function dayMonthOf(text: string, order: DateOrder): [number, number, number] | undefined {
  const first = text.charCodeAt(0);
  // Most date texts start with a digit; others may after cleaning (full-width digits, spaces).
  if (!(first >= 48 && first <= 57) && first !== 32 && first < 127) return undefined;
  const m = DAY_MONTH_YEAR.exec(cleanText(text));
  if (m === null) return undefined;
  // A year-first locale reads '5/3/24' as 2005-03-24: year first, not day or month first.
  if (m[4]!.length === 2 && order === 'YMD') return undefined;
  // A two-digit year: any leap year will do, only day and month matter.
  return [Number(m[1]), Number(m[3]), m[4]!.length === 4 ? Number(m[4]) : 2000];
}

/**
 * What a text date says of its order: 'either' when its day and month could be either way round
 * ('3/4/2026'), 'DMY' when it is a real date only day first ('25/03/2024'), 'MDY' only month first
 * ('12/15/2010'), undefined otherwise (not day/month/year numbers, or no real date either way).
 */
export function orderOf(text: string, order: DateOrder): 'either' | 'DMY' | 'MDY' | undefined {
  const parts = dayMonthOf(text, order);
  if (parts === undefined) return undefined;
  const [a, b, year] = parts;
  if (a >= 1 && a <= 12 && b >= 1 && b <= 12) return a === b ? undefined : 'either';
  const dayFirst = isRealDate(year, b, a);
  return dayFirst === isRealDate(year, a, b) ? undefined : dayFirst ? 'DMY' : 'MDY';
}

/** Whether a text date's day and month could be either way round in the locale's order. */
export function isDayMonthAmbiguous(text: string, order: DateOrder): boolean {
  return orderOf(text, order) === 'either';
}

/**
 * The order a text date can only be read in (column-date-order.ts): 'DMY' when it is a real date
 * day first and not month first ('25/03/2024'), 'MDY' the reverse ('12/15/2010'), else undefined.
 */
export function orderProvedBy(text: string, locale: DateOrder): 'DMY' | 'MDY' | undefined {
  const kind = orderOf(text, locale);
  return kind === 'either' ? undefined : kind;
}

/**
 * The first text of a reader's date memo (sheet order) read as a day whose day and month could swap,
 * and why it was read in that order (column-date-order.ts): the text that proved the order the
 * column switched to; else, when the memo's texts prove the order it was read in and none was left
 * unread for being in the other (the column contradicts itself: the locale decided), the first text
 * that proves it; or, when the locale's order was kept against a proof of the other, why.
 */
export function dateOrderReadOf(
  texts: ReadonlyMap<string, DayNumber | DateProblem>,
  decided: ColumnOrder,
): { dateOrderRead: DateOrderRead } | Record<string, never> {
  const { order } = decided;
  let read: DateOrderRead | undefined;
  let proof: string | undefined;
  let mixed = false;
  // Day first, or month first (as a year-first locale reads day/month/year text).
  const as = order === 'DMY' ? 'DMY' : 'MDY';
  for (const [text, day] of texts) {
    if (day === 'order_mismatch') mixed = true;
    if (typeof day !== 'number' || (read !== undefined && (proof !== undefined || mixed))) continue;
    const kind = orderOf(text, order);
    if (kind === 'either') read ??= { text: text.trim(), day, order };
    else if (kind === as) proof ??= text.trim();
  }
  if (read === undefined) return {};
  if (decided.proof !== undefined) return { dateOrderRead: { ...read, proof: decided.proof } };
  if (decided.kept !== undefined) return { dateOrderRead: { ...read, kept: decided.kept } };
  return { dateOrderRead: proof === undefined || mixed ? read : { ...read, proof } };
}

/** An issue's `readAs`: the day a text date was read as, when its day and month could swap. */
export function readAsField(
  cell: unknown,
  day: DayNumber | DateProblem,
  order: DateOrder,
): { readAs: DayNumber } | Record<string, never> {
  return typeof cell === 'string' && typeof day === 'number' && isDayMonthAmbiguous(cell, order)
    ? { readAs: day }
    : {};
}
