// Fake Sheet: a growable grid of cells plus sheet-level state (frozen rows, widths, charts, filter,
// developer metadata, tab colour, visibility).
import { parseA1, resolveA1 } from './a1';
import {
  blankCell,
  type Cell,
  type CellValue,
  clearContent,
  clearFormat,
  copyCell,
  DEFAULT_NUMBER_FORMAT,
  hasContent,
  type InputContext,
  interpretInput,
  normalizeColor,
  storeRaw,
} from './cell';
import { FakeChartBuilder, FakeEmbeddedChart } from './chart';
import { type FakeEnv, internalOf, withStubs } from './env';
import type { FakeFilter } from './filter';
import { addMetadata, FakeMetadataFinder, shiftRowMetadata } from './metadata';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type SheetApi = GoogleAppsScript.Spreadsheet.Sheet;
type RangeApi = GoogleAppsScript.Spreadsheet.Range;

/** Size of a sheet created by insertSheet() (1000 rows x 26 columns, A:Z). */
const DEFAULT_MAX_ROWS = 1000;
const DEFAULT_MAX_COLUMNS = 26;
/** Default column width in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;

type SheetMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'copyTo'
  | 'createDeveloperMetadataFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFilter'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'getType'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isSheetHidden'
  | 'moveColumns'
  | 'moveRows'
  | 'newChart'
  | 'removeChart'
  | 'setActiveRange'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showSheet'
  | 'updateChart';

export class FakeSheet implements Pick<SheetApi, SheetMethods> {
  readonly api: SheetApi;
  readonly env: FakeEnv;
  /** rows[r - 1][c - 1]; undefined = never touched (blank, default format). */
  private rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  /** Columns passed to autoResizeColumn(s) (the fake does not measure text). */
  readonly autoResizedColumns = new Set<number>();
  readonly charts: FakeEmbeddedChart[] = [];
  filter: FakeFilter | null = null;
  /** Calls to Range.setBorder, in order. */
  readonly borders: { a1: string; args: unknown[] }[] = [];
  readonly defaults = { numberFormat: DEFAULT_NUMBER_FORMAT };

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {
    this.env = spreadsheet.env;
    this.api = withStubs<FakeSheet, SheetApi>(this, 'Sheet');
  }

  // ---- grid access (also test helpers) ----

  /** The cell at (row, column), or undefined if never written. Test helper: read formats here. */
  peek(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** A copy of the cell at (row, column) with defaults filled in (test helper). */
  cell(row: number, column: number): Cell {
    const c = this.peek(row, column);
    return c ? copyCell(c) : blankCell();
  }

  /** The cell for writing; writing beyond the sheet's size grows it (as Sheets now does). */
  cellForWrite(row: number, column: number): Cell {
    let line = this.rows[row - 1];
    if (!line) {
      while (this.rows.length < row - 1) this.rows.push(undefined);
      line = [];
      this.rows[row - 1] = line;
    }
    let cell = line[column - 1];
    if (!cell) {
      while (line.length < column - 1) line.push(undefined);
      cell = blankCell();
      line[column - 1] = cell;
    }
    if (row > this.maxRows || column > this.maxColumns) {
      const rows = Math.max(row, this.maxRows);
      const columns = Math.max(column, this.maxColumns);
      this.spreadsheet.checkCellLimit(rows * columns - this.maxRows * this.maxColumns);
      this.maxRows = rows;
      this.maxColumns = columns;
    }
    return cell;
  }

  putCell(row: number, column: number, cell: Cell): void {
    this.cellForWrite(row, column);
    const line = this.rows[row - 1]!;
    line[column - 1] = cell;
  }

  inputContext(): InputContext {
    return { env: this.env, parse: this.spreadsheet.parseUserEntered, timeZone: this.spreadsheet.timeZone };
  }

  /** Seeds raw values (no user-entered parsing) from row 1; used by FakeSpreadsheet.addSheet. */
  seed(values: unknown[][]): void {
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        const value: CellValue = storeRaw(v);
        if (value === '' && !this.peek(i + 1, j + 1)) return;
        this.cellForWrite(i + 1, j + 1).value = value;
      });
    });
  }

  /** Values of the data range as stored (test helper). */
  values(): CellValue[][] {
    return this.getDataRange().getValues() as CellValue[][];
  }

  /** Cells holding a formula, as A1 + formula (test helper, e.g. to assert no text became a formula). */
  formulaCells(): { row: number; column: number; formula: string }[] {
    const out: { row: number; column: number; formula: string }[] = [];
    this.rows.forEach((line, i) => {
      line?.forEach((cell, j) => {
        if (cell?.formula) out.push({ row: i + 1, column: j + 1, formula: cell.formula });
      });
    });
    return out;
  }

  copyGridFrom(other: FakeSheet): void {
    this.rows = other.rows.map((line) => line?.map((c) => (c ? copyCell(c) : undefined)));
    this.maxRows = other.maxRows;
    this.maxColumns = other.maxColumns;
    this.frozenRows = other.frozenRows;
    this.frozenColumns = other.frozenColumns;
  }

  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    const env = this.env;
    if (!Number.isInteger(row) || row < 1) throw env.error('The starting row of the range is too small.');
    if (!Number.isInteger(column) || column < 1)
      throw env.error('The starting column of the range is too small.');
    if (!Number.isInteger(numRows) || numRows < 1)
      throw env.error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numColumns) || numColumns < 1) {
      throw env.error('The number of columns in the range must be at least 1.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  rangeFromA1(notation: string): FakeRange {
    const ref = parseA1(notation);
    if (!ref) throw this.env.error('Range not found');
    let sheet: FakeSheet = this;
    if (ref.sheetName !== null) {
      const named = this.spreadsheet.findSheet(ref.sheetName);
      if (!named) throw this.env.error('Range not found');
      sheet = named;
    }
    const r = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
    return sheet.rangeAt(r.row, r.column, r.numRows, r.numColumns);
  }

  // ---- Sheet API ----

  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): SheetApi {
    this.spreadsheet.checkNewName(name, this);
    this.name = name;
    return this.api;
  }
  getSheetId(): number {
    return this.id;
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet.api;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  activate(): SheetApi {
    this.spreadsheet.activate(this, null);
    return this.api;
  }
  getActiveRange(): RangeApi | null {
    const active = this.spreadsheet.activeRange;
    return active && active.sheet === this ? active.api : null;
  }
  getActiveCell(): RangeApi {
    const active = this.spreadsheet.activeRange;
    if (active && active.sheet === this) return this.rangeAt(active.row, active.column).api;
    return this.rangeAt(1, 1).api;
  }
  setActiveRange(range: RangeApi): RangeApi {
    const r = internalOf(range, FakeRange, 'Range');
    this.spreadsheet.activate(r.sheet, r);
    return r.api;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeApi {
    if (typeof a === 'string') return this.rangeFromA1(a).api;
    return this.rangeAt(a, column as number, numRows ?? 1, numColumns ?? 1).api;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    return this.rangeAt(startRow, startColumn, numRows, numColumns).getValues();
  }
  /** From A1 to the last row and column with content; A1 alone for an empty sheet. */
  getDataRange(): RangeApi {
    return this.rangeAt(1, 1, Math.max(this.getLastRow(), 1), Math.max(this.getLastColumn(), 1)).api;
  }
  /** The last row with content (a value or formula); 0 for an empty sheet. */
  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }
  /** The last column with content; 0 for an empty sheet. */
  getLastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Writes after the last row with content, user-entered like setValues ('=' starts a formula). */
  appendRow(rowContents: unknown[]): SheetApi {
    const row = this.getLastRow() + 1;
    const ctx = this.inputContext();
    rowContents.forEach((v, j) => {
      interpretInput(v, this.cellForWrite(row, j + 1), ctx);
    });
    return this.api;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetApi {
    return this.insertRowsAt(afterPosition, howMany);
  }
  insertRowAfter(afterPosition: number): SheetApi {
    return this.insertRowsAt(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetApi {
    return this.insertRowsAt(beforePosition - 1, howMany);
  }
  insertRowBefore(beforePosition: number): SheetApi {
    return this.insertRowsAt(beforePosition - 1, 1);
  }
  private insertRowsAt(afterIndex: number, howMany: number): SheetApi {
    if (afterIndex < 0 || afterIndex > this.maxRows) throw this.env.error('Those rows are out of bounds.');
    if (afterIndex < this.rows.length) {
      this.rows.splice(afterIndex, 0, ...new Array<undefined>(howMany).fill(undefined));
    }
    this.maxRows += howMany;
    shiftRowMetadata(this.spreadsheet, this, afterIndex + 1, howMany);
    this.filter?.moveLines(false, afterIndex + 1, howMany);
    return this.api;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi {
    for (const line of this.rows) {
      if (line && afterPosition < line.length)
        line.splice(afterPosition, 0, ...new Array<undefined>(howMany).fill(undefined));
    }
    this.maxColumns += howMany;
    this.filter?.moveLines(true, afterPosition + 1, howMany);
    return this.api;
  }
  insertColumnAfter(afterPosition: number): SheetApi {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsBefore(Integer,Integer) */
  insertColumnsBefore(beforePosition: number, howMany: number): SheetApi {
    if (beforePosition < 1 || beforePosition > this.maxColumns)
      throw this.env.error('Those columns are out of bounds.');
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }
  insertColumnBefore(beforePosition: number): SheetApi {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  /**
   * Deletes columns; deleting every column throws, as for rows
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)).
   */
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxColumns)
      throw this.env.error('Those columns are out of bounds.');
    if (howMany >= this.maxColumns) throw this.env.error("You can't delete all the columns on the sheet.");
    for (const line of this.rows) line?.splice(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
    this.filter?.moveLines(true, columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): SheetApi {
    this.deleteColumns(columnPosition, 1);
    return this.api;
  }
  /**
   * Moves the columns of `columnSpec` so that they start before `destinationIndex` (1-based, counted
   * before the move), as dragging columns does
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)).
   */
  moveColumns(columnSpec: RangeApi, destinationIndex: number): void {
    const r = internalOf(columnSpec, FakeRange, 'Range');
    const from = r.column - 1;
    const count = r.numColumns;
    const to = destinationIndex - 1;
    if (to >= from && to <= from + count) return;
    const width = Math.max(this.maxColumns, ...this.rows.map((l) => l?.length ?? 0));
    for (let i = 0; i < this.rows.length; i++) {
      const line = this.rows[i];
      if (!line) continue;
      while (line.length < width) line.push(undefined);
      const moved = line.splice(from, count);
      line.splice(to > from ? to - count : to, 0, ...moved);
    }
  }
  /** Same as moveColumns, for rows (https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveRows(Range,Integer)). */
  moveRows(rowSpec: RangeApi, destinationIndex: number): void {
    const r = internalOf(rowSpec, FakeRange, 'Range');
    const from = r.row - 1;
    const count = r.numRows;
    const to = destinationIndex - 1;
    if (to >= from && to <= from + count) return;
    while (this.rows.length < Math.max(from + count, to)) this.rows.push(undefined);
    const moved = this.rows.splice(from, count);
    this.rows.splice(to > from ? to - count : to, 0, ...moved);
    // Row metadata moves with its row (see metadata.ts).
    const order = Array.from({ length: this.rows.length }, (_, i) => i + 1);
    order.splice(to > from ? to - count : to, 0, ...order.splice(from, count));
    const newRow = new Map(order.map((old, i) => [old, i + 1]));
    for (const m of this.spreadsheet.metadata) {
      if (m.sheet === this && m.row !== null) m.row = newRow.get(m.row) ?? m.row;
    }
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw this.env.error('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw this.env.error("You can't delete all the rows on the sheet.");
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    shiftRowMetadata(this.spreadsheet, this, rowPosition, -howMany);
    this.filter?.moveLines(false, rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): SheetApi {
    this.deleteRows(rowPosition, 1);
    return this.api;
  }

  clear(options?: { formatOnly?: boolean | undefined; contentsOnly?: boolean | undefined }): SheetApi {
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    for (const line of this.rows) {
      line?.forEach((cell) => {
        if (!cell) return;
        if (contents) clearContent(cell);
        if (formats) clearFormat(cell);
      });
    }
    return this.api;
  }
  clearContents(): SheetApi {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): SheetApi {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): SheetApi {
    for (const line of this.rows) {
      line?.forEach((cell) => {
        if (cell) cell.note = '';
      });
    }
    return this.api;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): SheetApi {
    this.columnWidths.set(columnPosition, width);
    return this.api;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.api;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(columnPosition: number): SheetApi {
    this.autoResizedColumns.add(columnPosition);
    return this.api;
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetApi {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResizedColumns.add(c);
    return this.api;
  }

  /** Hiding the last visible sheet throws, as in Sheets (message approximated). */
  hideSheet(): SheetApi {
    const visible = this.spreadsheet.sheets.filter((s) => !s.hidden);
    if (!this.hidden && visible.length <= 1)
      throw this.env.error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this.api;
  }
  showSheet(): SheetApi {
    this.hidden = false;
    return this.api;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setTabColor(color: string | null): SheetApi {
    this.tabColor = color === null ? null : normalizeColor(color, '');
    return this.api;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }

  // ---- charts ----

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new FakeChartBuilder(this).api;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = internalOf(chart, FakeEmbeddedChart, 'EmbeddedChart');
    if (c.chartId === null) c.chartId = this.spreadsheet.nextId();
    const i = this.charts.findIndex((x) => x.chartId === c.chartId);
    if (i >= 0) this.charts[i] = c;
    else this.charts.push(c);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = internalOf(chart, FakeEmbeddedChart, 'EmbeddedChart');
    const i = this.charts.findIndex((x) => x.chartId !== null && x.chartId === c.chartId);
    if (i < 0) throw this.env.error('The chart is not on this sheet.');
    this.charts[i] = c;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = internalOf(chart, FakeEmbeddedChart, 'EmbeddedChart');
    const i = this.charts.findIndex((x) => x === c || (x.chartId !== null && x.chartId === c.chartId));
    if (i >= 0) this.charts.splice(i, 1);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.charts.map((c) => c.api);
  }

  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.filter?.api ?? null;
  }

  // ---- developer metadata ----

  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): SheetApi {
    addMetadata(this.spreadsheet, this, key, second, third);
    return this.api;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.spreadsheet.metadata.filter((m) => m.sheet === this).map((m) => m.api);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new FakeMetadataFinder(this.spreadsheet, this).api;
  }

  /**
   * Copies the sheet to a spreadsheet (this one or another), named "Copy of <name>", at the end
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)).
   * Whether the copy carries the sheet's developer metadata is not documented there; the fake copies
   * it (see FakeSpreadsheet.copySheet), the case in which a copy could be taken for the original.
   */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetApi {
    // The class by its instance: importing it here would make the two modules import each other.
    const ctor = this.spreadsheet.constructor as abstract new (...args: never[]) => FakeSpreadsheet;
    const target = internalOf(spreadsheet, ctor, 'Spreadsheet');
    return target.copySheet(this, target.sheets.length).api;
  }
}
