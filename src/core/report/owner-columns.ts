// Columns an owner adds beside the Insights table ("My notes", "Called?") are theirs: Analyze rewrites
// the table but keeps those columns, each cell beside the same customer as before (new-owner trial:
// a notes column typed after the table was wiped by the next Analyze, without a word).
//
// Decisions (tests in test/unit/report/owner-columns.test.ts):
// - A column is the owner's when it lies right of the table the add-on last wrote and holds anything
//   (a header or a cell). Cells inside the table are the add-on's and are written again.
// - Each row's cells follow the customer named in its first cell (as the table showed it). Rows whose
//   customer is no longer in the table are kept below it, under their name, so no note is lost.
// - A formula the owner typed is kept as a formula.
import type { CellOutput, CellValue } from '../cells';

/** An owner's cell: a formula they typed, or a value. */
export type OwnerCell = CellOutput | { readonly formula: string };

/** What stood right of the last table: the owner's columns, read before the sheet is rewritten. */
export interface OwnerColumns {
  /** The first cell of each row (the customer as the table named them), header row first. */
  labels: readonly CellValue[];
  /** One per owner column, the header row first. */
  columns: readonly (readonly OwnerCell[])[];
}

const isBlank = (v: OwnerCell) => v === '' || v === null;

/** The owner's columns in `values` (a sheet's cells) right of `tableWidth`; undefined when there are none. */
export function ownerColumnsOf(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[],
  tableWidth: number,
): OwnerColumns | undefined {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const columns: OwnerCell[][] = [];
  for (let c = tableWidth; c < width; c++) {
    const column = values.map((row, r): OwnerCell => {
      const formula = formulas[r]?.[c];
      return formula ? { formula } : ((row[c] ?? '') as CellOutput);
    });
    if (column.some((v) => !isBlank(v))) columns.push(column);
  }
  if (columns.length === 0) return undefined;
  return { labels: values.map((row) => row[0] ?? ''), columns };
}

/**
 * The owner's columns placed beside a new table whose first column is `labels` (header row first):
 * one row per table row, then one per row whose customer left the table (`orphans`, their names to
 * write in the table's first column).
 */
export function placeOwnerColumns(
  kept: OwnerColumns,
  labels: readonly CellValue[],
): { rows: OwnerCell[][]; orphans: string[] } {
  const rowOf = new Map<string, number>();
  labels.forEach((label, i) => {
    const key = String(label);
    if (i > 0 && !rowOf.has(key)) rowOf.set(key, i);
  });
  const blank = () => kept.columns.map((): OwnerCell => '');
  const rows = labels.map(blank);
  rows[0] = kept.columns.map((column) => column[0] ?? '');
  const orphans: string[] = [];
  for (let r = 1; r < kept.labels.length; r++) {
    const cells = kept.columns.map((column) => column[r] ?? '');
    if (cells.every(isBlank)) continue;
    const label = String(kept.labels[r] ?? '');
    const at = rowOf.get(label);
    if (at !== undefined) {
      rows[at] = cells;
      rowOf.delete(label);
    } else {
      orphans.push(label);
      rows.push(cells);
    }
  }
  return { rows, orphans };
}
