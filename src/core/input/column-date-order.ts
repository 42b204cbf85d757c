// The order of a column's text dates, decided from the column itself before its rows are read.
// The spreadsheet's locale is a guess about the data; a date such as '12/15/2010' is evidence: 15
// cannot be a month, so the column is written month first, and '12/1/2010' beside it is 1 December,
// not 12 January (trial 23: the UCI Online Retail log in an en_GB sheet had every customer's days
// wrong and its later dates skipped).
//
// Decisions (tests in test/unit/input/column-date-order.test.ts):
// - A text proves an order when it is a real date in that order and not in the other (day and month
//   as numbers before a year of four digits, or two outside a year-first locale, where '24/03/05' is
//   year first). Its time, if any, must read too: the proof is read in full once.
// - Some texts prove month first and none day first: month first (and the reverse). None prove
//   either: the locale's order. Both are proved (the column contradicts itself): the locale's order,
//   and the rows that do not fit it are reported as before ('order_mismatch'), never mixed silently.
// - A year-first locale already reads day/month/year text month first, as US software writes it: a
//   column proved month first is read as before, only the reason changes.
// - Only text is looked at, once per distinct text, through the reader's own memo, which this fills
//   with the texts (their days left to read): Date cells and serial numbers were parsed by Sheets.
import type { Grid } from '../cells';
import { orderProvedBy } from './date-order-read';
import { type DateOrder, readDay } from './parse-date';

/** How a column's text dates are read: the order, and the text that proved it when the column did. */
export interface ColumnDateOrder {
  readonly order: DateOrder;
  /** The first text (sheet order) readable only in this order; absent when the locale decided. */
  readonly proof?: string;
}

/**
 * Decides the order of the text dates in `column` of `grid`, and puts each distinct text into
 * `memo` (value undefined: the reader reads it once the order is known). The memo stops growing at
 * `maxMemo` texts; the decision rests on those.
 */
export function columnDateOrder(
  grid: Grid,
  column: number,
  locale: DateOrder,
  timeZone: string,
  memo: Map<string, unknown>,
  maxMemo: number,
): ColumnDateOrder {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  for (let i = 0; i < grid.length; i++) {
    const cell = grid[i]?.[column];
    if (typeof cell !== 'string' || memo.has(cell)) continue;
    // ISO timestamps, mostly one per order, are year first: the export reader reads them unmemoised.
    if (cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45) continue;
    if (memo.size >= maxMemo) break;
    memo.set(cell, undefined);
    const proved = orderProvedBy(cell, locale);
    if (proved === undefined || (proved === 'DMY' ? dayFirst : monthFirst) !== undefined) continue;
    // The whole text must read in that order (a time after it, nothing else).
    if (typeof readDay(cell, { timeZone, dateOrder: proved }) !== 'number') continue;
    if (proved === 'DMY') dayFirst = cell.trim();
    else monthFirst = cell.trim();
    if (dayFirst !== undefined && monthFirst !== undefined) break;
  }
  if ((dayFirst === undefined) === (monthFirst === undefined)) return { order: locale };
  if (dayFirst !== undefined) return { order: 'DMY', proof: dayFirst };
  // A year-first locale reads day/month/year text month first already (and '24/03/05' year first).
  return { order: locale === 'YMD' ? 'YMD' : 'MDY', proof: monthFirst! };
}
