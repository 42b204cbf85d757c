// The rows of one order, and how the export reader and the amount rules pick cells from them: the
// first filled-in cell of a column among the order's rows (exports put order fields on the first
// line only). Plain functions of a column number, so reading an order allocates nothing per row.
import type { CellValue } from '../cells';
import { isBlankCell } from '../input/text';

/** One row of an order: its index in the grid and its cells. */
export interface OrderRow {
  readonly index: number;
  readonly cells: readonly (CellValue | undefined)[];
}

/** The row's cell in `column`; undefined when the export has no such column. */
export function cellAt(row: OrderRow, column: number | undefined): CellValue | undefined {
  return column === undefined ? undefined : row.cells[column];
}

/** The first of `rows` whose cell in `column` is filled in; undefined when none is (or no column). */
export function firstFilledRow<R extends OrderRow>(
  rows: readonly R[],
  column: number | undefined,
): R | undefined {
  if (column === undefined) return undefined;
  for (let i = 0; i < rows.length; i++) if (!isBlankCell(rows[i]!.cells[column])) return rows[i];
  return undefined;
}

/** The first filled-in cell of `column` among `rows`. */
export function firstFilledCell(
  rows: readonly OrderRow[],
  column: number | undefined,
): CellValue | undefined {
  const row = firstFilledRow(rows, column);
  return row === undefined ? undefined : row.cells[column!];
}
