// Fake Filter: a sheet's single basic filter over a range.
import { type Cell, copyCell } from './cell';
import { isDate, withStubs } from './env';
import type { FakeSheet } from './sheet';

type FilterApi = GoogleAppsScript.Spreadsheet.Filter;
type FilterMethods =
  | 'getRange'
  | 'remove'
  | 'getColumnFilterCriteria'
  | 'setColumnFilterCriteria'
  | 'removeColumnFilterCriteria'
  | 'sort';

export class FakeFilter implements Pick<FilterApi, FilterMethods> {
  readonly api: FilterApi;
  /** Criteria per absolute column position, as given (the fake does not hide rows). */
  readonly criteria = new Map<number, GoogleAppsScript.Spreadsheet.FilterCriteria>();

  constructor(
    readonly sheet: FakeSheet,
    public row: number,
    public column: number,
    public numRows: number,
    public numColumns: number,
  ) {
    this.api = withStubs<FakeFilter, FilterApi>(this, 'Filter');
  }

  /**
   * Lines (columns when `columns`, else rows) inserted (`count` > 0) at position `at`, 1-based, or
   * deleted (`count` < 0) from it: the filter's range and its columns' criteria move as Sheets moves
   * every range of the sheet — a line inserted inside the range widens it, one inserted before it
   * shifts it, deleted lines inside it narrow it and take their criteria with them; deleting all of it
   * removes the filter (https://support.google.com/docs/answer/3540681, "Sort & filter your data").
   */
  moveLines(columns: boolean, at: number, count: number): void {
    const start = columns ? this.column : this.row;
    const end = start + (columns ? this.numColumns : this.numRows) - 1;
    let [from, to] = [start, end];
    if (count > 0) {
      if (at <= start) [from, to] = [start + count, end + count];
      else if (at <= end) to = end + count;
    } else {
      const last = at - count - 1;
      from = start < at ? start : start > last ? start + count : at;
      to = end < at ? end : end > last ? end + count : at - 1;
      if (to < from) {
        this.remove();
        return;
      }
    }
    if (columns) {
      this.column = from;
      this.numColumns = to - from + 1;
      const moved = new Map<number, GoogleAppsScript.Spreadsheet.FilterCriteria>();
      for (const [c, criteria] of this.criteria) {
        if (count < 0 && c >= at && c < at - count) continue;
        moved.set(c >= at ? c + count : c, criteria);
      }
      this.criteria.clear();
      for (const [c, criteria] of moved) this.criteria.set(c, criteria);
    } else {
      this.row = from;
      this.numRows = to - from + 1;
    }
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.sheet.rangeAt(this.row, this.column, this.numRows, this.numColumns).api;
  }

  remove(): void {
    if (this.sheet.filter === this) this.sheet.filter = null;
  }

  private checkColumn(columnPosition: number): void {
    if (columnPosition < this.column || columnPosition >= this.column + this.numColumns) {
      throw this.sheet.env.error(`The column position ${columnPosition} is outside the filter range.`);
    }
  }

  getColumnFilterCriteria(columnPosition: number): GoogleAppsScript.Spreadsheet.FilterCriteria | null {
    this.checkColumn(columnPosition);
    return this.criteria.get(columnPosition) ?? null;
  }

  setColumnFilterCriteria(
    columnPosition: number,
    filterCriteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null,
  ): FilterApi {
    this.checkColumn(columnPosition);
    if (filterCriteria === null) this.criteria.delete(columnPosition);
    else this.criteria.set(columnPosition, filterCriteria);
    return this.api;
  }

  removeColumnFilterCriteria(columnPosition: number): FilterApi {
    this.checkColumn(columnPosition);
    this.criteria.delete(columnPosition);
    return this.api;
  }

  /**
   * Sorts the filter range by a column, leaving the first (header) row in place
   * (https://developers.google.com/apps-script/reference/spreadsheet/filter#sort(Integer,Boolean)).
   * Order: numbers and dates, then text, then booleans, blanks last (approximation of Sheets).
   */
  sort(columnPosition: number, ascending: boolean): FilterApi {
    this.checkColumn(columnPosition);
    const rows: Cell[][] = [];
    for (let r = this.row + 1; r < this.row + this.numRows; r++) {
      const line: Cell[] = [];
      for (let c = this.column; c < this.column + this.numColumns; c++)
        line.push(copyCell(this.sheet.cellForWrite(r, c)));
      rows.push(line);
    }
    const key = columnPosition - this.column;
    rows.sort((a, b) => compareCells(a[key], b[key], ascending));
    rows.forEach((line, i) => {
      line.forEach((cell, j) => {
        this.sheet.putCell(this.row + 1 + i, this.column + j, cell);
      });
    });
    return this.api;
  }
}

function rank(v: unknown): number {
  if (v === '') return 4;
  if (typeof v === 'number' || isDate(v)) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

export function compareCells(a: Cell | undefined, b: Cell | undefined, ascending: boolean): number {
  const va = a?.value ?? '';
  const vb = b?.value ?? '';
  const ra = rank(va);
  const rb = rank(vb);
  if (ra === 4 || rb === 4) return ra - rb; // blanks last either way
  if (ra !== rb) return ascending ? ra - rb : rb - ra;
  let cmp: number;
  if (ra === 0) cmp = Number(va) - Number(vb);
  else if (ra === 1) cmp = String(va).localeCompare(String(vb));
  else cmp = Number(va) - Number(vb);
  return ascending ? cmp : -cmp;
}
