// Another export (or a log with its columns in another order) pasted under the first, under a header
// of its own: the readers leave such a block out and report it (input/header-blocks.ts); here it is
// read again, on its own, with its own header's columns, profile, statuses, currency and order
// grouping, and put back into the log, so its purchases count and its own problems and exclusions
// are reported row by row.
//
// Decisions (tests in test/unit/exports/other-blocks.test.ts):
// - Read on its own, as if it were on its own tab: an order is grouped with the lines under its own
//   header only.
// - Left out and reported as before (one Data issues line) when putting it back could be wrong:
//   the two blocks analyse different currencies (a currency column's, or marks on the amounts: $ in
//   one, € in the other), an order number is in both (overlapping exports: a copy of one order in
//   each would count twice), or the owner has rules to ignore rows (they name the first header's
//   columns).
// - Customers are keyed by each block's own columns, as each export alone would key them.
// - Rows keep their sheet row numbers; a customer's label is the first spelling in sheet order.
import type { CellValue, Grid } from '../cells';
import { currencyMarkOf } from '../input/currency';
import { endsOtherExport } from '../input/header-blocks';
import type { ExcludedCustomer, LogContact, PurchaseLog, RowIssue } from '../input/purchase';
import { purchaseList, tableOfPurchases } from '../input/purchase-table';
import type { ExportColumns } from './fields';
import { mergeUnknownStatuses } from './unknown-statuses';

/** A block (its header first) read on its own from sheet row `firstRowNumber`, with its amount column. */
export type BlockRead = (
  block: Grid,
  firstRowNumber: number,
) => { log: PurchaseLog; amount: number | undefined } | undefined;

/** `log` (read from `grid` with `columns`) with each block under another header read; see the rules at the top. */
export function withOtherBlocks(
  grid: Grid,
  log: PurchaseLog,
  columns: ExportColumns,
  firstRowNumber: number,
  read: BlockRead,
): PurchaseLog {
  let out = log;
  for (const issue of log.issues) {
    if (issue.problem !== 'other_export') continue;
    const start = issue.row - firstRowNumber;
    let end = start + 1;
    while (end < grid.length && !endsOtherExport(grid[end] ?? [], columns)) end++;
    const reading = read(grid.slice(start, end), issue.row);
    if (reading === undefined) continue;
    const block = reading.log;
    if (block.currency !== out.currency) continue;
    const marks = new Set([
      markOf(grid, log, columns.amount, firstRowNumber),
      markOf(grid, block, reading.amount, firstRowNumber),
    ]);
    marks.delete(undefined);
    if (marks.size > 1 || sharesOrder(out, block)) continue;
    out = merged(out, block, issue, end - start - 1 - (issue.rows ?? 0));
  }
  return out;
}

/** The first currency mark on the amounts of a log's purchases, if any. */
function markOf(
  grid: Grid,
  log: PurchaseLog,
  amount: number | undefined,
  firstRowNumber: number,
): string | undefined {
  if (amount === undefined) return undefined;
  for (let i = 0; i < log.purchases.length; i++) {
    const cell: CellValue | undefined = grid[log.purchases.row[i]! - firstRowNumber]?.[amount];
    const mark = typeof cell === 'string' ? currencyMarkOf(cell) : undefined;
    if (mark !== undefined) return mark;
  }
  return undefined;
}

/** Whether an order number is among the purchases of both logs. */
function sharesOrder(a: PurchaseLog, b: PurchaseLog): boolean {
  const ids = new Set(a.purchases.orderId ?? []);
  ids.delete(undefined);
  return ids.size > 0 && (b.purchases.orderId ?? []).some((id) => id !== undefined && ids.has(id));
}

/** The log with the block's reading in place of its one issue; `blanks` is the block's blank rows. */
function merged(log: PurchaseLog, block: PurchaseLog, issue: RowIssue, blanks: number): PurchaseLog {
  const byRow = <T extends { row: number }>(a: T, b: T) => a.row - b.row;
  const purchases = tableOfPurchases(
    purchaseList(log.purchases).concat(purchaseList(block.purchases)).sort(byRow),
  );
  const excluded = (log.excluded ?? []).concat(block.excluded ?? []).sort(byRow);
  const customers = new Map<string, ExcludedCustomer>(log.excludedCustomers ?? []);
  for (const [key, c] of block.excludedCustomers ?? []) {
    const known = customers.get(key);
    customers.set(key, known ? { label: known.label, rows: known.rows.concat(c.rows) } : c);
  }
  const contacts = new Map<string, LogContact>(block.contacts ?? []);
  for (const [key, c] of log.contacts ?? []) contacts.set(key, c);
  const unknown = mergeUnknownStatuses(log.unknownStatuses ?? [], block.unknownStatuses ?? []);
  const used = log.rowsUsed !== undefined || block.rowsUsed !== undefined;
  return {
    purchases,
    issues: log.issues
      .filter((i) => i !== issue)
      .concat(block.issues)
      .sort(byRow),
    ...(excluded.length > 0 ? { excluded } : {}),
    ...(customers.size > 0 ? { excludedCustomers: customers } : {}),
    ...(contacts.size > 0 ? { contacts } : {}),
    ...(log.currency !== undefined ? { currency: log.currency } : {}),
    ...(log.amountFrom !== undefined ? { amountFrom: log.amountFrom } : {}),
    ...(log.orderIdSpans !== undefined ? { orderIdSpans: log.orderIdSpans } : {}),
    ...(log.orderIdLater !== undefined ? { orderIdLater: log.orderIdLater } : {}),
    ...(log.lineAmounts !== undefined ? { lineAmounts: log.lineAmounts } : {}),
    ...(log.dateOrderRead !== undefined || block.dateOrderRead !== undefined
      ? { dateOrderRead: (log.dateOrderRead ?? block.dateOrderRead)! }
      : {}),
    ...(used
      ? {
          rowsUsed: (log.rowsUsed ?? log.purchases.length) + (block.rowsUsed ?? block.purchases.length),
        }
      : {}),
    ...(unknown.length > 0 ? { unknownStatuses: unknown } : {}),
    rowsRead: log.rowsRead,
    rowsSkipped: log.rowsSkipped - 1 - (issue.rows ?? 0) + block.rowsSkipped,
    blankRows: log.blankRows - blanks + block.blankRows,
    headerRows: log.headerRows + block.headerRows,
  };
}
