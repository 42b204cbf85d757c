// A customer column that is one per order (Olist's customer_id: each order gets a new one, the person
// is customer_unique_id) makes every buyer a one-time customer (trial 24: Ana's 4 orders were 3
// one-time customers). Detection reads 10 rows, too few to tell; the whole log tells.
//
// Decisions (tests in test/unit/exports/key-per-order.test.ts):
// - Said, not switched: over 20 orders or more, when every value of the customer column has exactly
//   one order id while another customer-like column (a customer header, by alias or by its words; an
//   email or phone column) has a value with several orders, Data issues names both columns, for the
//   owner to choose in Column setup. The owner's choice may be deliberate; a silent switch would
//   change the customers under them.
import type { CellValue, Grid } from '../cells';
import { fieldOfWords } from '../input/header-words';
import { fieldOfHeader } from '../input/headers';
import { cleanText, isBlankCell } from '../input/text';
import type { ExportColumns } from './fields';

/** What Data issues says: the customer column's header, the other's, and the orders read. */
export interface KeyPerOrder {
  readonly header: string;
  readonly other: string;
  readonly orders: number;
}

const MIN_ORDERS = 20;

const textOf = (cell: CellValue | undefined): string =>
  isBlankCell(cell) ? '' : cleanText(cell instanceof Date ? cell.toISOString() : String(cell));

/** Each value of `column` → the order ids seen with it (at most two kept: one or several). */
function ordersByValue(rows: Grid, column: number, orderId: number): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const row of rows) {
    const value = textOf(row[column]);
    const order = textOf(row[orderId]);
    if (value === '' || order === '') continue;
    const seen = byValue.get(value);
    if (seen === undefined) byValue.set(value, [order]);
    else if (seen.length < 2 && seen[0] !== order) seen.push(order);
  }
  return byValue;
}

/** The customer column is one per order while another is not (see the rules at the top). */
export function keyPerOrder(
  rows: Grid,
  columns: ExportColumns,
  headerRow: readonly CellValue[],
): KeyPerOrder | undefined {
  const { customer, orderId } = columns;
  if (customer === undefined || orderId === undefined || rows.length < MIN_ORDERS) return undefined;
  const mine = ordersByValue(rows, customer, orderId);
  if (mine.size < MIN_ORDERS) return undefined;
  for (const orders of mine.values()) if (orders.length > 1) return undefined;
  for (let column = 0; column < headerRow.length; column++) {
    const cell = headerRow[column];
    if (column === customer || column === orderId || typeof cell !== 'string') continue;
    const likeCustomer =
      column === columns.email ||
      column === columns.phone ||
      fieldOfHeader(cell, 'purchases') === 'customer' ||
      fieldOfWords(cell) === 'customer';
    if (!likeCustomer) continue;
    for (const orders of ordersByValue(rows, column, orderId).values()) {
      if (orders.length > 1) {
        return { header: textOf(headerRow[customer]), other: cleanText(cell), orders: mine.size };
      }
    }
  }
  return undefined;
}
