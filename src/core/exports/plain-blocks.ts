// A plain log (customer, date, amount, product, quantity) pasted under another plain log with its
// columns in another order, under a header of its own: the readers leave such a block out and
// report it (input/header-blocks.ts); here it is read again, with its own header's columns, and put
// back into the log, so its purchases count and its own problems are reported row by row.
//
// Decisions (tests in test/unit/exports/plain-blocks.test.ts):
// - Only a plain block under a plain log. A block that needs the export reader (orders, statuses,
//   refunds, currencies) stays left out and reported: its orders would have to be grouped with the
//   first export's (a copy of one order in both would count twice) and its customers keyed alike.
// - Not when the amounts carry currency marks that differ ($ in the first block, € in the other),
//   or either block already mixes currencies: amounts in two currencies are never added up. The
//   block then stays left out and reported.
// - Rows keep their sheet row numbers; a customer's label is the first spelling in sheet order.
import type { CellValue, Grid } from '../cells';
import { currencyMarkOf } from '../input/currency';
import { endsOtherExport } from '../input/header-blocks';
import type { ExcludedCustomer, PurchaseColumns, PurchaseLog, RowIssue } from '../input/purchase';
import { purchaseList, tableOfPurchases } from '../input/purchase-table';
import { detectExport, needsExportReader } from './detect-export';

/** Reads a block (its header first) as a plain log from sheet row `firstRowNumber`. */
export type PlainRead = (block: Grid, columns: PurchaseColumns, firstRowNumber: number) => PurchaseLog;

/** `log` (read from `grid` with `columns`) with each plain block under another header read; see the rules at the top. */
export function withPlainBlocks(
  grid: Grid,
  log: PurchaseLog,
  columns: PurchaseColumns,
  firstRowNumber: number,
  read: PlainRead,
): PurchaseLog {
  let out = log;
  for (const issue of log.issues) {
    if (issue.problem !== 'other_export') continue;
    const start = issue.row - firstRowNumber;
    const header = grid[start] ?? [];
    const detection = detectExport(header as readonly CellValue[]);
    if (detection === undefined || detection.missing.length > 0 || needsExportReader(detection.columns)) {
      continue;
    }
    let end = start + 1;
    while (end < grid.length && !endsOtherExport(grid[end] ?? [], columns)) end++;
    const own = detection.columns as PurchaseColumns;
    const block = read(grid.slice(start, end), own, issue.row);
    if (block.currency !== undefined || out.currency !== undefined) continue;
    const marks = new Set([
      markOf(grid, log, columns.amount, firstRowNumber),
      markOf(grid, block, own.amount, firstRowNumber),
    ]);
    marks.delete(undefined);
    if (marks.size > 1) continue;
    out = merged(out, block, issue, end - start - 1 - (issue.rows ?? 0));
  }
  return out;
}

/** The first currency mark on the amounts of a log's purchases, if any. */
function markOf(grid: Grid, log: PurchaseLog, amount: number, firstRowNumber: number): string | undefined {
  for (let i = 0; i < log.purchases.length; i++) {
    const cell = grid[log.purchases.row[i]! - firstRowNumber]?.[amount];
    const mark = typeof cell === 'string' ? currencyMarkOf(cell) : undefined;
    if (mark !== undefined) return mark;
  }
  return undefined;
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
  return {
    purchases,
    issues: log.issues
      .filter((i) => i !== issue)
      .concat(block.issues)
      .sort(byRow),
    ...(excluded.length > 0 ? { excluded } : {}),
    ...(customers.size > 0 ? { excludedCustomers: customers } : {}),
    rowsRead: log.rowsRead,
    rowsSkipped: log.rowsSkipped - 1 - (issue.rows ?? 0) + block.rowsSkipped,
    blankRows: log.blankRows - blanks + block.blankRows,
    headerRows: log.headerRows + block.headerRows,
  };
}
