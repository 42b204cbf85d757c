// A header row further down whose columns differ from the first header's: another export, another
// format version of the same platform, or a log with its columns in another order, pasted under the
// first. Read with the first header's columns, its rows gave products as customers, cancelled orders
// as sales and header words as statuses (trial 20). Both readers (read-purchases.ts, read-export.ts)
// ask this module, and leave such a block out, reported once, instead of misreading it; the log
// reader then reads the block on its own when it safely can (exports/other-blocks.ts).
//
// Decisions (tests in test/unit/input/header-blocks.test.ts):
// - A header: a row naming a customer (or email, phone, name), a date and an amount, by the purchase
//   log's header words or an export's (detect-export.ts).
// - Another export's header: a header where a field both headers name is in another column, or where
//   a field that decides who bought, when, how much or whether it counts (order, status, refund,
//   currency, type… columns) is named by one header and not the other. Product, quantity and contact
//   columns may come and go: the rows are read the same without them.
// - Its block: every row below it up to the next header with the first header's columns (or the
//   end). The block is left out and reported as one issue on its header row ('other_export', with the
//   number of rows below it), never read with the first header's columns. Blank rows in it are blank
//   rows, as anywhere.
import type { CellValue } from '../cells';
import { detectExport } from '../exports/detect-export';
import type { ExportColumns, ExportField } from '../exports/fields';
import { detectColumns } from './headers';
import type { RowIssue } from './purchase';
import { cleanText } from './text';

/** Fields whose column decides how a row is read; product, quantity and contacts do not. */
const DECIDING = (
  'customer date amount orderId status cancelledAt refunded currency type lineAmount unitPrice ' +
  'adjustedTotal referenceId'
).split(' ') as ExportField[];

/** The issue of a block being read; `rows` grows as the reader passes its rows. */
export type OtherExportIssue = RowIssue & { rows: number };

/** The columns a header row names, or undefined when it is no purchase log header. */
function headerColumns(row: readonly CellValue[]): ExportColumns | undefined {
  const detection = detectExport(row);
  if (detection !== undefined && detection.missing.length === 0) return detection.columns;
  const plain = detectColumns(row, 'purchases');
  return plain.missing.length === 0 ? plain.mapping : undefined;
}

/** Whether two headers put the fields that decide how a row is read in the same columns. */
function sameLayout(first: ExportColumns, next: ExportColumns): boolean {
  for (const field of Object.keys(next) as ExportField[]) {
    const a = first[field];
    if (a !== undefined && a !== next[field]) return false;
  }
  return DECIDING.every((f) => (first[f] === undefined) === (next[f] === undefined));
}

/**
 * The issue opening a block when `row` is another export's header (see the rules at the top); else
 * undefined. `first` is the columns the log is read with.
 */
export function otherExportHeader(
  row: readonly (CellValue | undefined)[],
  first: ExportColumns,
  rowNumber: number,
): OtherExportIssue | undefined {
  const next = headerColumns(row as readonly CellValue[]);
  if (next === undefined || sameLayout(first, next)) return undefined;
  const cells = row.filter((c): c is string => typeof c === 'string' && cleanText(c) !== '');
  const text = cells.map(cleanText).join(' | ');
  const value = text.length > 100 ? `${text.slice(0, 99)}…` : text;
  return { row: rowNumber, value, problem: 'other_export', action: 'skipped', rows: 0 };
}

/** Whether a row inside another export's block is a header with the first header's columns: the block ends. */
export function endsOtherExport(row: readonly (CellValue | undefined)[], first: ExportColumns): boolean {
  // Data rows pay two type checks: a header names its date and amount in words.
  if (typeof row[first.date ?? -1] !== 'string') return false;
  const next = headerColumns(row as readonly CellValue[]);
  return next !== undefined && sameLayout(first, next);
}
