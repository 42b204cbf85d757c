// The order of a column's text dates, decided from the column itself before its rows are read.
// The spreadsheet's locale is a guess about the data; a date such as '12/15/2010' is evidence: 15
// cannot be a month, so the column is written month first, and '12/1/2010' beside it is 1 December,
// not 12 January (trial 23: the UCI Online Retail log in an en_GB sheet had every customer's days
// wrong and its later dates skipped).
//
// Decisions (tests in test/unit/input/column-date-order.test.ts):
// - A text proves an order when it is a real date in that order and not in the other
//   (date-order-read.ts orderProvedBy), its time, if any, read too.
// - Some texts prove the other order than the locale's and none the locale's: the other order. None
//   prove the other: the locale's. Both are proved (the column contradicts itself): the locale's,
//   and the rows that do not fit it are reported as before ('order_mismatch'), never mixed silently.
// - Only text is looked at, once per distinct text, through the reader's own memo, which this fills
//   with each text's day in the locale's order (what the reader would have read): a column the
//   locale reads right costs one more memo lookup per row. A text the locale's order cannot read but
//   the other can is the reader's 'order_mismatch'; only when there is one are the texts looked at
//   again, and, when the order changes, the memo is emptied for the reader to read again.
//   Date cells and serial numbers were parsed by Sheets: not looked at.
import type { Grid } from '../cells';
import type { DayNumber } from '../days';
import { orderProvedBy } from './date-order-read';
import type { DateOrder, DateProblem } from './parse-date';

/** Reads one date text in the given order (the reader's own reading, e.g. an export's UTC times). */
type ReadText = (text: string, order: DateOrder) => DayNumber | DateProblem;

/**
 * The order to read the text dates in `column` of `grid`: the locale's unless the column proves the
 * other. Fills `memo` (up to `maxMemo` texts) with the days read in that order, or leaves it empty.
 */
export function columnDateOrder(
  grid: Grid,
  column: number,
  locale: DateOrder,
  memo: Map<string, DayNumber | DateProblem>,
  read: ReadText,
  maxMemo: number,
): DateOrder {
  let proved: 'DMY' | 'MDY' | undefined;
  for (let i = 0; i < grid.length; i++) {
    const cell = grid[i]?.[column];
    if (typeof cell !== 'string' || memo.has(cell)) continue;
    // ISO timestamps, mostly one per order, are year first: the export reader reads them unmemoised.
    if (cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45) continue;
    if (memo.size >= maxMemo) break;
    const day = read(cell, locale);
    memo.set(cell, day);
    if (day === 'order_mismatch' && proved === undefined) {
      const order = orderProvedBy(cell, locale);
      if (order !== undefined && typeof read(cell, order) === 'number') proved = order;
    }
  }
  if (proved === undefined) return locale;
  // The other order, unless a text read in the locale's can only be read that way.
  for (const [text, day] of memo) {
    if (typeof day !== 'number') continue;
    const order = orderProvedBy(text, locale);
    if (order !== undefined && order !== proved) return locale;
  }
  memo.clear();
  return proved;
}
