// What an owner types below the Insights table ("Total to call: 2" under the Why column, scratch
// notes in column A, a note under their own column) is theirs: the next Analyze keeps it below the
// new table, as many rows below its end as before (new-owner trial: such cells were wiped without a
// word, and a note under the owner's column jumped up beside the table).
//
// Decisions (tests in test/unit/report/cells-below.test.ts):
// - "Below the table" is every row after the rows Analyze wrote last time (the table and the rows
//   of customers gone from it), a count it marks on the sheet; rows above are the table's.
// - When the table grows or shrinks by n rows, the cells below move down or up by n, as if rows had
//   been inserted or deleted at the table's end: the gap between the table and a note stays.
// - A cell keeps its column's heading: under a table column, it goes where that column is written
//   now; under the owner's column, where that column goes; elsewhere (right of everything), in its
//   own column, or the first free one right of the table and the owner's columns.
// - A formula keeps its text; its references to rows below the table move with it, those into the
//   table stay (as inserting rows at the table's end does in Sheets). A column holding an array
//   formula keeps only its formulas there: the rest is its output (as in owner-columns.ts).
import type { CellValue } from '../cells';
import { isArrayFormula, type OwnerCell, shiftFormulaRows } from './owner-columns';

const isBlank = (v: CellValue | undefined) => v === '' || v === null || v === undefined;

/** An owner's cell below the table: 0-based row and column. */
export interface CellBelow {
  readonly row: number;
  readonly column: number;
  readonly cell: OwnerCell;
}

/**
 * The non-blank cells of rows `firstRow` (0-based) and below. `outputColumns`: columns whose cells
 * there are an array formula's output from above (only formulas are read in them).
 */
export function cellsBelow(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[],
  firstRow: number,
  outputColumns: ReadonlySet<number> = new Set(),
): CellBelow[] {
  const cells: CellBelow[] = [];
  // Per column, the row after which its cells are an array formula's output.
  const spillsAfter = new Map<number, number>();
  for (const c of outputColumns) spillsAfter.set(c, -1);
  for (let r = firstRow; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const formula = formulas[r]?.[c];
      if (formula) {
        cells.push({ row: r, column: c, cell: { formula } });
        if (isArrayFormula(formula) && !spillsAfter.has(c)) spillsAfter.set(c, r);
      } else if (!(r > (spillsAfter.get(c) ?? Number.POSITIVE_INFINITY)) && !isBlank(row[c]))
        cells.push({ row: r, column: c, cell: row[c] as OwnerCell });
    }
  }
  return cells;
}

/** How the old sheet's columns map to the new one's (0-based). */
export interface ColumnLayout {
  /** Row 1 of the old sheet. */
  readonly oldHeaders: readonly CellValue[];
  /** The headers of the table Analyze wrote last time, in that order. */
  readonly lastTable: readonly string[];
  /** The headers of the table written now, in order: columns 0… */
  readonly newTable: readonly CellValue[];
  /** The old columns of the owner's columns, in the order they are written right of the new table. */
  readonly ownerColumns: readonly number[];
}

/**
 * Each old column's new place, for `columns` old columns: the owner's columns where they are
 * written; a table column by its header (or, when the language changed every header, by its place
 * in the last table when both tables have as many columns); any other column where it was, or
 * further right when that place is taken. No two old columns share a new one.
 */
export function newColumns(layout: ColumnLayout, columns: number): number[] {
  const { oldHeaders, lastTable, newTable, ownerColumns } = layout;
  const taken = new Set<number>();
  const mapped: (number | undefined)[] = [];
  const claim = (c: number, to: number | undefined) => {
    if (to === undefined || to < 0 || taken.has(to)) return;
    taken.add(to);
    mapped[c] = to;
  };
  ownerColumns.forEach((c, k) => {
    claim(c, newTable.length + k);
  });
  for (let c = 0; c < columns; c++) {
    if (mapped[c] !== undefined || ownerColumns.includes(c)) continue;
    const header = oldHeaders[c];
    if (typeof header !== 'string' || header === '') continue;
    let to = newTable.indexOf(header);
    const before = lastTable.indexOf(header);
    if (to < 0 && before >= 0 && lastTable.length === newTable.length) to = before;
    claim(c, to);
  }
  let next = newTable.length + ownerColumns.length;
  return Array.from({ length: columns }, (_, c) => {
    const to = mapped[c];
    if (to !== undefined) return to;
    let free = Math.max(c, next);
    while (taken.has(free)) free++;
    taken.add(free);
    next = free + 1;
    return free;
  });
}

/**
 * The cells below a table that took `oldRows` rows (header included), placed below one of `newRows`:
 * each moved by the difference, into its column's new place (`columnOf`, from `newColumns`).
 */
export function placeCellsBelow(
  cells: readonly CellBelow[],
  oldRows: number,
  newRows: number,
  columnOf: readonly number[],
): CellBelow[] {
  const shift = newRows - oldRows;
  return cells.map(({ row, column, cell }) => ({
    row: row + shift,
    column: columnOf[column] ?? column,
    cell:
      typeof cell === 'object' && cell !== null && 'formula' in cell
        ? { formula: shiftFormulaRows(cell.formula, shift, oldRows + 1) }
        : cell,
  }));
}

/**
 * The rows Analyze wrote last time (header included), for a sheet written before it was marked: the
 * header and the rows down to the first without a customer, in `labelColumn`; all rows without one.
 */
export function tableRowsOf(values: readonly (readonly CellValue[])[], labelColumn: number): number {
  if (labelColumn < 0) return values.length;
  for (let r = 1; r < values.length; r++) {
    if (isBlank(values[r]?.[labelColumn])) return r;
  }
  return values.length;
}
