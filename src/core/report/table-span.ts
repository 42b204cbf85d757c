// The rows Analyze wrote on Insights last time, as the owner left them: where they end now, and
// which of them are still the add-on's (new-owner trial: the end was a count of rows, so a row the
// owner inserted inside the table to type a note pushed the table's last customer below it, and a
// deleted one pulled the owner's first note under the table into it, where it was written over).
//
// Decisions (tests in test/unit/report/table-span.test.ts):
// - The end is found by two row marks the shell puts on the sheet (developer metadata, which the
//   Sheets API keeps on its row as rows are inserted or deleted above it, and deletes with its row):
//   one on the first row below the written rows, one on their last row. The first wins: it is outside
//   the table, so no sort of the table can move it. Then the last row's; then the old count of rows;
//   then (a sheet written before any mark) the rows down to the first without a customer. The count
//   is stretched over customers' rows right after it (a row inserted inside the table since).
// - Inside those rows, a row is a customer's (the add-on's: its table cells are written again) when
//   it has a customer and a stage, the one cell the add-on fills on every customer's row. A row with
//   a customer, nothing in the table's other columns and something in the owner's is a gone
//   customer's row the add-on kept last time (its owner cells follow the customer if they come back).
//   Any other row is the owner's (inserted to type a note, or a gone customer's row they typed into):
//   every cell of it is theirs, and it goes right under the new table, in order, with what was below.
// - Known limit: a row the owner inserts and fills in both its customer and stage cells reads as a
//   customer's row (its cells in the table's columns are then written again).
import type { CellValue } from '../cells';
import { shiftFormulaRows } from './owner-columns';

const isBlank = (v: CellValue | undefined) => v === '' || v === null || v === undefined;

/** What the shell read of its marks (1-based sheet rows; undefined when the mark is gone). */
export interface SpanMarks {
  /** The first row below the written rows. */
  readonly below?: number | undefined;
  /** The last written row. */
  readonly last?: number | undefined;
  /** How many rows were written (header included), as counted then. */
  readonly count?: number | undefined;
}

/**
 * How many rows (header included) Analyze's written rows take now; `fallback` when no mark is left.
 * The count (a sheet written before the row marks) is stretched over the customers' rows right after
 * it (`isCustomerRow`, 0-based), so that a row inserted inside the table since does not leave the
 * last customer's row below it.
 */
export function spanRows(
  marks: SpanMarks,
  fallback: () => number,
  isCustomerRow: (row: number) => boolean,
): number {
  const { below, last, count } = marks;
  if (below !== undefined && below >= 2) return below - 1;
  if (last !== undefined && last >= 1) return last;
  if (count === undefined || !Number.isInteger(count) || count <= 0) return fallback();
  let rows = count;
  while (isCustomerRow(rows)) rows++;
  return rows;
}

export type SpanRowKind = 'customer' | 'gone' | 'owner';

/** The columns that tell a row's kind (0-based; -1 when the header is not on the sheet). */
export interface SpanColumns {
  readonly label: number;
  /** -1 for a sheet written before the stage header was marked: every row with a customer is one. */
  readonly stage: number;
  /** Columns headed by one of the table's headers. */
  readonly table: ReadonlySet<number>;
}

/** Whether a row has a customer and a stage (any customer when the stage column is unknown). */
export const hasCustomer = (row: readonly CellValue[], columns: SpanColumns): boolean =>
  columns.label >= 0 && !isBlank(row[columns.label]) && (columns.stage < 0 || !isBlank(row[columns.stage]));

/** The kind of each of the first `rows` rows after the header (index 0 is row 2). */
export function spanRowKinds(
  values: readonly (readonly CellValue[])[],
  rows: number,
  columns: SpanColumns,
): SpanRowKind[] {
  const kinds: SpanRowKind[] = [];
  for (let r = 1; r < rows; r++) {
    const row = values[r] ?? [];
    if (hasCustomer(row, columns)) {
      kinds.push('customer');
      continue;
    }
    const customer = columns.label >= 0 && !isBlank(row[columns.label]);
    let table = false;
    let other = false;
    row.forEach((v, c) => {
      if (c === columns.label || isBlank(v)) return;
      if (columns.table.has(c)) table = true;
      else other = true;
    });
    kinds.push(customer && !table && other ? 'gone' : 'owner');
  }
  return kinds;
}

/** The sheet's cells with the owner's rows moved from inside the written rows to just under them. */
export interface Regrouped {
  values: CellValue[][];
  formulas: string[][];
  /** The written rows left (header, customers', gone customers'): the owner's rows come next. */
  rows: number;
  /** How many of the owner's rows moved hold something. */
  moved: number;
}

/**
 * `values` and `formulas` with the owner's rows among the written ones (`kinds`, from spanRowKinds)
 * moved, in order, just below the customers' and gone customers' rows; later rows stay where they are. A moved formula's
 * relative row references move with it, as a copied cell's do.
 */
export function regroupSpan(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[],
  kinds: readonly SpanRowKind[],
): Regrouped {
  const kept = [0];
  const owner: number[] = [];
  kinds.forEach((kind, i) => {
    (kind === 'owner' ? owner : kept).push(i + 1);
  });
  // Nothing to move (the usual run): the sheet as read, not a copy of it.
  if (owner.length === 0)
    return { values: values as CellValue[][], formulas: formulas as string[][], rows: kept.length, moved: 0 };
  const order = [...kept, ...owner];
  for (let r = order.length; r < values.length; r++) order.push(r);
  const outValues: CellValue[][] = [];
  const outFormulas: string[][] = [];
  order.forEach((from, to) => {
    outValues.push([...(values[from] ?? [])]);
    outFormulas.push(
      (formulas[from] ?? []).map((f) => (f && to !== from ? shiftFormulaRows(f, to - from) : f)),
    );
  });
  const moved = owner.filter((r) => (values[r] ?? []).some((v) => !isBlank(v))).length;
  return { values: outValues, formulas: outFormulas, rows: kept.length, moved };
}
