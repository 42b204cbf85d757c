// Whether Analyze's sheets fit in the spreadsheet before anything is cleared. Google Sheets holds at
// most 10,000,000 cells per spreadsheet, counting every sheet's whole grid (rows × columns, empty
// cells too) — "Up to 10 million cells or 18,278 columns" (Google Drive help, "Files you can store in
// Google Drive", https://support.google.com/docs/answer/37603). A write past it fails half-way, after
// the old Insights was cleared; checked first, nothing changes and the owner is told why.

/** Cells one spreadsheet may hold (https://support.google.com/docs/answer/37603). */
export const SHEETS_CELL_LIMIT = 10_000_000;
/** A sheet made by insertSheet() has 1,000 rows and 26 columns. */
const NEW_SHEET_GRID = { rows: 1000, columns: 26 } as const;

export interface GridSize {
  rows: number;
  columns: number;
}

export interface PlannedSheet {
  /** The grid of the sheet that will be reused (cleared, not shrunk); undefined for a new sheet. */
  existing: GridSize | undefined;
  /** The cells the write reaches. */
  needed: GridSize;
}

/**
 * The spreadsheet's cells once the planned sheets are written: the other sheets as they are, each
 * planned sheet grown to hold what is written (a cleared sheet keeps its grid).
 *
 * @example cellsAfterWrite(0, [{ existing: undefined, needed: { rows: 2000, columns: 10 } }]) // 52_000
 */
export function cellsAfterWrite(otherCells: number, planned: readonly PlannedSheet[]): number {
  let total = otherCells;
  for (const p of planned) {
    const base = p.existing ?? NEW_SHEET_GRID;
    total += Math.max(base.rows, p.needed.rows) * Math.max(base.columns, p.needed.columns);
  }
  return total;
}
