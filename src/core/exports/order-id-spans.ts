// An "Order" column in a hand-kept log is not always an order number: a bakery writes what was bought
// there ("Sourdough loaf" every week), a café numbers its orders from 1 each day. Rows sharing such a
// value were one order: Ann's four weekly loaves one purchase day, Cy's Rye added to Bo's and Cy gone,
// and nothing said (trial 29).
//
// Decisions (tests in test/unit/exports/order-id-spans.test.ts):
// - One order is bought once, by one customer: in a log of no platform, a row whose order id is an
//   earlier row's but whose date (as a day) or customer differs from that order's is no line of it.
//   It is read as a purchase of its own, grouped with rows of the same id, day and customer (the
//   café's order 1 of a later day keeps its several lines together).
// - A blank date or customer cell says nothing (Shopify-like lines give them on the first line
//   only), a refund or return row belongs to its order whenever it came, and a platform's order ids
//   are its own and never split.
// - But a row on a later day for the same customer whose order total repeats the order's, in a log of
//   lines (a product column) whose amount is the order's total (no line's header such as Amount), is
//   a later line of that order, a backorder shipped (trial 2 t44: C1's 40 counted twice, Cy 80). Read
//   apart, the total would count again; read with its order, nothing is lost. The bakery's Order is
//   its product (no product column) and stays apart.
// - Data issues names the column, one value that came back and its row, and how many rows were read
//   apart, or kept as later lines (report/column-reading-rows.ts).
// - Only rows joining an order seen before are compared, cell to cell before any date is read: a log
//   with real order ids pays nothing more.
import type { CellValue } from '../cells';
import { cleanText, isBlankCell } from '../input/text';

type Row = readonly (CellValue | undefined)[];

/** The first filled cell of `column` in an order's rows. */
function firstFilled(rows: readonly { cells: Row }[], column: number): CellValue | undefined {
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r]!.cells[column];
    if (!isBlankCell(cell)) return cell;
  }
  return undefined;
}

function sameText(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return a === b || cleanText(String(a)).toLowerCase() === cleanText(String(b)).toLowerCase();
}

/**
 * Whether `cells` names another customer ('customer') or, for the same one, another day ('day') than
 * the order made of `rows` (see the rules above); undefined when neither. `dayOf` reads a date cell
 * as the reader does: a number for a day.
 */
export function leavesOrder(
  rows: readonly { cells: Row }[],
  cells: Row,
  date: number | undefined,
  key: number | undefined,
  dayOf: (cell: CellValue | undefined) => unknown,
): 'customer' | 'day' | undefined {
  if (key !== undefined && !isBlankCell(cells[key])) {
    const first = firstFilled(rows, key);
    if (first !== undefined && !sameText(first, cells[key])) return 'customer';
  }
  if (date === undefined || isBlankCell(cells[date])) return undefined;
  const first = firstFilled(rows, date);
  const cell = cells[date];
  if (first === undefined || first === cell) return undefined;
  if (first instanceof Date && cell instanceof Date && first.getTime() === cell.getTime()) return undefined;
  const a = dayOf(first);
  const b = dayOf(cell);
  return typeof a === 'number' && typeof b === 'number' && a !== b ? 'day' : undefined;
}

/**
 * Whether `cells` repeats the order total of the order made of `rows` in the `amount` column (the
 * same number, or blank): a later line of that order when the column is an order's total.
 */
export function repeatsTotal(
  rows: readonly { cells: Row }[],
  cells: Row,
  amount: number,
  read: (cell: CellValue | undefined) => unknown,
): boolean {
  if (isBlankCell(cells[amount])) return true;
  const first = firstFilled(rows, amount);
  if (first === undefined) return false;
  const a = read(first);
  return typeof a === 'number' && a === read(cells[amount]);
}

/** The id a row read apart is grouped under: its order id, its day and its customer. */
export function spanId(
  id: string,
  cells: Row,
  date: number | undefined,
  key: number | undefined,
  dayOf: (cell: CellValue | undefined) => unknown,
): string {
  const day = date === undefined ? '' : dayOf(cells[date]);
  const who = key === undefined ? '' : cleanText(String(cells[key] ?? '')).toLowerCase();
  return `${id}\u0001${typeof day === 'number' ? day : ''}\u0001${who}`;
}
