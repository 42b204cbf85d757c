// A platform's order number under a header that is a customer's in a plain log: Shopify's "Name"
// holds "#1001". An owner who keeps only a few of the export's columns (Name, Email, Created at,
// Total, Financial Status: every one a generic header too) had each order read as a customer of its
// own, every buyer a one-time buyer, and nothing said (new-owner probe, 29 Nov).
//
// Decisions (tests in test/unit/exports/order-reference-column.test.ts):
// - Only the values can tell: "Name | Email | Date | Total" is as often a hand-kept list of names.
//   The column is the platform's order number when every value of the first rows below the header
//   (at least 3) starts with "#" and a digit, optionally after a short prefix ("#1001",
//   "#SO-1001"): Shopify's order Name is the shop's prefix, the number and its suffix, "#1001" unless
//   the owner set another (https://support.storeautomator.com/hc/en-us/articles/4420178589586,
//   https://shopidevs.com/shopify-order-numbers/), and no customer is called that. A prefix without
//   the hash ("ORD1001") cannot be told from a customer id, and is left as it is read.
// - Checked only where the header is one of the platform's order-number headers and a customer
//   header of plain logs alike; the rest of the header row then decides as for any edited export.
import type { Grid } from '../cells';

/** "#1001", "# 1001", "#SO-1001", "#A1001": a hash, at most 4 letters, an optional dash, a digit. */
const ORDER_REFERENCE = /^#\s*[A-Za-z]{0,4}-?\d/;
/** Rows looked at below the header: enough to tell, few enough to cost nothing on a million rows. */
const SAMPLE_ROWS = 50;
const MIN_VALUES = 3;

/** Whether the column's first values below the header are all order references (see the rules above). */
export function holdsOrderReferences(rows: Grid, column: number): boolean {
  let seen = 0;
  for (let i = 0; i < rows.length && i < SAMPLE_ROWS; i++) {
    const cell = rows[i]?.[column];
    if (cell === undefined || cell === null || cell === '') continue;
    if (typeof cell !== 'string' || !ORDER_REFERENCE.test(cell.trim())) return false;
    seen++;
  }
  return seen >= MIN_VALUES;
}

/** The rows below a header that detection looks at, without copying a long range. */
export function rowsBelowHeader(grid: Grid, headerIndex: number): Grid {
  return grid.slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS);
}
