// The order of a column's text dates, decided from the column itself before its rows are read.
// The spreadsheet's locale is a guess about the data; a date such as '12/15/2010' is evidence: 15
// cannot be a month, so the column is written month first, and '12/1/2010' beside it is 1 December,
// not 12 January (trial 23: the UCI Online Retail log in an en_GB sheet had every customer's days
// wrong and its later dates skipped). One text is weak evidence, though: a US owner's ten month-first
// dates and one typo '13/2/2023' were all read day first, four of them past the analysis date
// (trial 25). So the evidence is weighed, not one cell.
//
// Decisions (tests in test/unit/input/column-date-order.test.ts):
// - A text proves an order when it is a real date in that order and not in the other
//   (date-order-read.ts orderProvedBy), its time, if any, read too.
// - The other order than the locale's is taken when all three hold, counted over distinct texts:
//   1. its proofs outnumber the locale's (a tie, or none for it, keeps the locale's);
//   2. it moves no date the locale's order read as on or before the analysis date to after it (a
//      reading that puts the owner's dates in the future is the wrong one: 'late');
//   3. each of its proofs stands for at most 4 texts whose day and month it would swap ('few'):
//      in dates truly written the other way about 19 in 31 prove it, so a true column clears this
//      easily, while one typo among ten or more either-way dates does not; a 5-row sheet with one
//      '25/3' and nothing against it (4 to swap) does switch.
//   Kept for 2 or 3, the reason and the first proving text go to Data issues' note, and the proving
//   rows are reported as not in the order used ('order_mismatch'), as for a contradiction: two
//   orders are never mixed silently.
// - Only text is looked at, once per distinct text, through the reader's own memo, which this fills
//   with each text's day in the locale's order (what the reader would have read): a column the
//   locale reads right costs one more memo lookup per row. Only when a text is the reader's
//   'order_mismatch' (readable only the other way) are the memo's texts weighed, each read once in
//   the other order; when the order changes, those readings replace the memo's.
//   Date cells and serial numbers were parsed by Sheets: not looked at.
import type { Grid } from '../cells';
import type { DayNumber } from '../days';
import { orderOf, orderProvedBy } from './date-order-read';
import type { DateOrder, DateProblem } from './parse-date';

/** Reads one date text in the given order (the reader's own reading, e.g. an export's UTC times). */
type ReadText = (text: string, order: DateOrder) => DayNumber | DateProblem;

/** Why the column's proof of the other order did not switch it (see the rules at the top). */
export interface KeptOrder {
  /** The first text that proves the other order, e.g. '13/2/2023'. */
  readonly proof: string;
  /** 'late': the other order puts dates after the analysis date; 'few': too few proofs. */
  readonly why: 'late' | 'few';
  /** Distinct texts proving the other order, and those whose day and month it would swap. */
  readonly proofs: number;
  readonly changed: number;
}

/** The order decided, with the first text proving it when the column switched, or why it did not. */
export interface ColumnOrder {
  readonly order: DateOrder;
  readonly proof?: string;
  readonly kept?: KeptOrder;
}

/** Each proof of the other order may stand for this many texts it would swap (rule 3). */
const SWAPS_PER_PROOF = 4;

/**
 * The order to read the text dates in `column` of `grid`: the locale's unless the column's dates
 * outweigh it (rules at the top). Fills `memo` (up to `maxMemo` texts) with the days read in that order.
 */
export function columnDateOrder(
  grid: Grid,
  column: number,
  locale: DateOrder,
  memo: Map<string, DayNumber | DateProblem>,
  read: ReadText,
  maxMemo: number,
  asOfDay: DayNumber,
): ColumnOrder {
  let other: 'DMY' | 'MDY' | undefined;
  for (let i = 0; i < grid.length; i++) {
    const cell = grid[i]?.[column];
    if (typeof cell !== 'string' || memo.has(cell)) continue;
    // ISO timestamps, mostly one per order, are year first: the export reader reads them unmemoised.
    if (cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45) continue;
    if (memo.size >= maxMemo) break;
    const day = read(cell, locale);
    memo.set(cell, day);
    if (day === 'order_mismatch' && other === undefined) {
      const order = orderProvedBy(cell, locale);
      if (order !== undefined && typeof read(cell, order) === 'number') other = order;
    }
  }
  return other === undefined ? { order: locale } : weigh(memo, locale, other, read, asOfDay);
}

/** Rules 1–3 at the top, over the memo of the locale's readings; refills it when switching. */
function weigh(
  memo: Map<string, DayNumber | DateProblem>,
  locale: DateOrder,
  other: 'DMY' | 'MDY',
  read: ReadText,
  asOfDay: DayNumber,
): ColumnOrder {
  // The other order's readings, in memo order: written back over the memo's when switching.
  const readOther: (DayNumber | DateProblem)[] = [];
  let proof: string | undefined;
  let proofs = 0;
  let against = 0;
  let changed = 0;
  let late = false;
  for (const [text, day] of memo) {
    const otherDay = read(text, other);
    readOther.push(otherDay);
    const kind = orderOf(text, locale);
    if (kind === undefined) continue;
    if (kind === other) {
      if (day === 'order_mismatch' && typeof otherDay === 'number') {
        proofs++;
        proof ??= text.trim();
      }
    } else if (typeof day !== 'number') continue;
    else if (kind !== 'either') against++;
    else {
      changed++;
      if (day <= asOfDay && typeof otherDay === 'number' && otherDay > asOfDay) late = true;
    }
  }
  if (proof === undefined || proofs <= against) return { order: locale };
  if (late || changed > SWAPS_PER_PROOF * proofs) {
    return { order: locale, kept: { proof, why: late ? 'late' : 'few', proofs, changed } };
  }
  let i = 0;
  for (const text of memo.keys()) memo.set(text, readOther[i++]!);
  return { order: other, proof };
}
