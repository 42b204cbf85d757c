// Fake Range: a rectangle of a FakeSheet. Reads clone; writes go through the sheet's cells.
import { a1Of } from './a1';
import {
  type Cell,
  type CellValue,
  clearContent,
  clearFormat,
  copyCell,
  DEFAULT_BACKGROUND,
  DEFAULT_FONT_COLOR,
  interpretInput,
  normalizeColor,
  writeFormula,
} from './cell';
import { displayValue } from './display';
import { isDate, withStubs } from './env';
import { compareCells, FakeFilter } from './filter';
import { addMetadata } from './metadata';
import type { FakeSheet } from './sheet';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

type RangeMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearNote'
  | 'createFilter'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFilter'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getWidth'
  | 'getWrap'
  | 'getWraps'
  | 'getWrapStrategy'
  | 'isBlank'
  | 'offset'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps'
  | 'setWrapStrategy'
  | 'sort';

export class FakeRange implements Pick<RangeApi, RangeMethods> {
  readonly api: RangeApi;

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    this.api = withStubs<FakeRange, RangeApi>(this, 'Range');
  }

  // ---- reading helpers ----

  private read<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(fn(this.sheet.peek(this.row + i, this.column + j)));
      out.push(line);
    }
    return out;
  }

  private first<T>(fn: (cell: Cell | undefined) => T): T {
    return fn(this.sheet.peek(this.row, this.column));
  }

  private writeAll(fn: (cell: Cell) => void): RangeApi {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) fn(this.sheet.cellForWrite(this.row + i, this.column + j));
    }
    return this.api;
  }

  private writeGrid<T>(data: T[][], fn: (cell: Cell, v: T) => void): RangeApi {
    this.checkSize(data);
    data.forEach((line, i) => {
      line.forEach((v, j) => {
        fn(this.sheet.cellForWrite(this.row + i, this.column + j), v);
      });
    });
    return this.api;
  }

  /** Apps Script's size check for setValues / setFormulas / setBackgrounds ... */
  private checkSize(data: unknown): void {
    const env = this.sheet.env;
    if (!Array.isArray(data) || data.some((line) => !Array.isArray(line))) {
      throw env.error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range`,
      );
    }
    if (data.length !== this.numRows) {
      throw env.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== this.numColumns) {
        throw env.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private outValue(cell: Cell | undefined): CellValue {
    if (!cell) return '';
    const v = cell.value;
    return isDate(v) ? this.sheet.env.date(v.getTime()) : v;
  }

  // ---- geometry ----

  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  /** The end row of the range (not the last row with content). */
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getA1Notation(): string {
    return a1Of(this.row, this.column, this.numRows, this.numColumns);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.sheet.api;
  }
  getCell(row: number, column: number): RangeApi {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw this.sheet.env.error('The coordinates of the cell are outside the range.');
    }
    return new FakeRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1).api;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeApi {
    return this.sheet.rangeAt(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    ).api;
  }
  activate(): RangeApi {
    this.sheet.spreadsheet.activate(this.sheet, this);
    return this.api;
  }
  isBlank(): boolean {
    return this.read((c) => c === undefined || (c.value === '' && c.formula === '')).every((line) =>
      line.every(Boolean),
    );
  }

  // ---- values ----

  /** Values as stored: numbers, strings, booleans, Dates (fresh copies); '' for blank cells. */
  getValues(): CellValue[][] {
    return this.read((c) => this.outValue(c));
  }
  getValue(): CellValue {
    return this.first((c) => this.outValue(c));
  }
  setValues(values: unknown[][]): RangeApi {
    this.sheet.env.checkpoint('write');
    const ctx = this.sheet.inputContext();
    return this.writeGrid(values, (cell, v) => interpretInput(v, cell, ctx));
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): RangeApi {
    this.sheet.env.checkpoint('write');
    const ctx = this.sheet.inputContext();
    return this.writeAll((cell) => interpretInput(value, cell, ctx));
  }
  getDisplayValues(): string[][] {
    const ctx = this.sheet.spreadsheet.displayContext();
    return this.read((c) => displayValue(c, ctx));
  }
  getDisplayValue(): string {
    const ctx = this.sheet.spreadsheet.displayContext();
    return this.first((c) => displayValue(c, ctx));
  }
  getFormulas(): string[][] {
    return this.read((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this.first((c) => c?.formula ?? '');
  }
  /** Stores the same formula in every cell (relative references are not adjusted). */
  setFormula(formula: string): RangeApi {
    const ctx = this.sheet.inputContext();
    return this.writeAll((cell) => writeFormula(formula, cell, ctx));
  }
  setFormulas(formulas: string[][]): RangeApi {
    const ctx = this.sheet.inputContext();
    return this.writeGrid(formulas, (cell, f) => writeFormula(f, cell, ctx));
  }
  clear(options?: {
    commentsOnly?: boolean | undefined;
    contentsOnly?: boolean | undefined;
    formatOnly?: boolean | undefined;
    validationsOnly?: boolean | undefined;
    skipFilteredRows?: boolean | undefined;
  }): RangeApi {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    return this.writeAll((cell) => {
      if (!any || o.contentsOnly) clearContent(cell);
      if (!any || o.formatOnly) clearFormat(cell);
      if (o.commentsOnly) cell.note = '';
    });
  }
  clearContent(): RangeApi {
    return this.writeAll(clearContent);
  }
  clearFormat(): RangeApi {
    return this.writeAll(clearFormat);
  }
  clearNote(): RangeApi {
    return this.writeAll((cell) => {
      cell.note = '';
    });
  }

  // ---- formats ----

  getNumberFormats(): string[][] {
    return this.read((c) => c?.numberFormat ?? this.sheet.defaults.numberFormat);
  }
  getNumberFormat(): string {
    return this.first((c) => c?.numberFormat ?? this.sheet.defaults.numberFormat);
  }
  setNumberFormat(numberFormat: string): RangeApi {
    return this.writeAll((cell) => {
      cell.numberFormat = numberFormat;
    });
  }
  setNumberFormats(numberFormats: string[][]): RangeApi {
    return this.writeGrid(numberFormats, (cell, f) => {
      cell.numberFormat = f;
    });
  }
  getBackgrounds(): string[][] {
    return this.read((c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.first((c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  setBackground(color: string | null): RangeApi {
    const value = normalizeColor(color, DEFAULT_BACKGROUND);
    return this.writeAll((cell) => {
      cell.background = value;
    });
  }
  setBackgrounds(color: Array<Array<string | null>>): RangeApi {
    return this.writeGrid(color, (cell, c) => {
      cell.background = normalizeColor(c, DEFAULT_BACKGROUND);
    });
  }
  setFontColor(color: string | null): RangeApi {
    const value = normalizeColor(color, DEFAULT_FONT_COLOR);
    return this.writeAll((cell) => {
      cell.fontColor = value;
    });
  }
  setFontColors(colors: unknown[][]): RangeApi {
    return this.writeGrid(colors, (cell, c) => {
      cell.fontColor = normalizeColor(typeof c === 'string' ? c : null, DEFAULT_FONT_COLOR);
    });
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.read((c) => c?.fontWeight ?? 'normal');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first((c) => c?.fontWeight ?? 'normal');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeApi {
    return this.writeAll((cell) => {
      cell.fontWeight = fontWeight ?? 'normal';
    });
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): RangeApi {
    return this.writeGrid(fontWeights, (cell, w) => {
      cell.fontWeight = w ?? 'normal';
    });
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first((c) => c?.fontStyle ?? 'normal');
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): RangeApi {
    return this.writeAll((cell) => {
      cell.fontStyle = fontStyle ?? 'normal';
    });
  }
  getFontSize(): number {
    return this.first((c) => c?.fontSize ?? 10);
  }
  getFontSizes(): number[][] {
    return this.read((c) => c?.fontSize ?? 10);
  }
  setFontSize(size: number): RangeApi {
    return this.writeAll((cell) => {
      cell.fontSize = size;
    });
  }
  getFontFamily(): string {
    return this.first((c) => c?.fontFamily ?? 'Arial');
  }
  setFontFamily(fontFamily: string | null): RangeApi {
    return this.writeAll((cell) => {
      cell.fontFamily = fontFamily ?? 'Arial';
    });
  }
  getHorizontalAlignment(): string {
    return this.first((c) => c?.horizontalAlignment ?? 'general');
  }
  getHorizontalAlignments(): string[][] {
    return this.read((c) => c?.horizontalAlignment ?? 'general');
  }
  setHorizontalAlignment(alignment: HAlign): RangeApi {
    return this.writeAll((cell) => {
      cell.horizontalAlignment = alignment ?? 'general';
    });
  }
  setHorizontalAlignments(alignments: HAlign[][]): RangeApi {
    return this.writeGrid(alignments, (cell, a) => {
      cell.horizontalAlignment = a ?? 'general';
    });
  }
  getVerticalAlignment(): string {
    return this.first((c) => c?.verticalAlignment ?? 'bottom');
  }
  setVerticalAlignment(alignment: VAlign): RangeApi {
    return this.writeAll((cell) => {
      cell.verticalAlignment = alignment ?? 'bottom';
    });
  }
  getWrap(): boolean {
    return this.first((c) => c?.wrap ?? false);
  }
  getWraps(): boolean[][] {
    return this.read((c) => c?.wrap ?? false);
  }
  setWrap(isWrapEnabled: boolean): RangeApi {
    return this.writeAll((cell) => {
      cell.wrap = isWrapEnabled;
      cell.wrapStrategy = isWrapEnabled ? 'WRAP' : 'OVERFLOW';
    });
  }
  setWraps(isWrapEnabled: boolean[][]): RangeApi {
    return this.writeGrid(isWrapEnabled, (cell, w) => {
      cell.wrap = w;
      cell.wrapStrategy = w ? 'WRAP' : 'OVERFLOW';
    });
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.first(
      (c) => c?.wrapStrategy ?? 'OVERFLOW',
    ) as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): RangeApi {
    return this.writeAll((cell) => {
      cell.wrapStrategy = String(strategy);
      cell.wrap = String(strategy) === 'WRAP';
    });
  }
  getNote(): string {
    return this.first((c) => c?.note ?? '');
  }
  getNotes(): string[][] {
    return this.read((c) => c?.note ?? '');
  }
  setNote(note: string | null): RangeApi {
    return this.writeAll((cell) => {
      cell.note = note ?? '';
    });
  }
  setNotes(notes: Array<Array<string | null>>): RangeApi {
    return this.writeGrid(notes, (cell, n) => {
      cell.note = n ?? '';
    });
  }
  /** Recorded in `FakeSheet.borders` (borders are not per-cell state in the fake). */
  setBorder(...args: unknown[]): RangeApi {
    this.sheet.borders.push({ a1: this.getA1Notation(), args });
    return this.api;
  }

  // ---- developer metadata ----

  /**
   * Adds row metadata (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)).
   * A dimension location "must represent a single row or column"
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata), so
   * any other range throws (message approximated); columns are not supported by the fake.
   */
  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): RangeApi {
    if (this.numRows !== 1 || this.column !== 1 || this.numColumns !== this.sheet.maxColumns) {
      throw this.sheet.env.error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    addMetadata(this.sheet.spreadsheet, this.sheet, key, second, third, this.row);
    return this.api;
  }

  // ---- sort ----

  /**
   * Sorts the range's rows by a column (absolute position), ascending unless `{column, ascending:
   * false}` (https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)).
   * Values and formats move; row metadata stays where it is (undocumented either way, see metadata.ts).
   * Order as Filter.sort's (filter.ts).
   */
  sort(sortSpecObj: unknown): RangeApi {
    const spec =
      typeof sortSpecObj === 'number'
        ? { column: sortSpecObj, ascending: true }
        : (sortSpecObj as { column: number; ascending?: boolean });
    const key = spec.column - this.column;
    if (!Number.isInteger(key) || key < 0 || key >= this.numColumns)
      throw this.sheet.env.error('The column to sort by is outside the range.');
    const lines: Cell[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: Cell[] = [];
      for (let j = 0; j < this.numColumns; j++)
        line.push(copyCell(this.sheet.cellForWrite(this.row + i, this.column + j)));
      lines.push(line);
    }
    lines.sort((a, b) => compareCells(a[key], b[key], spec.ascending !== false));
    lines.forEach((line, i) => {
      line.forEach((cell, j) => {
        this.sheet.putCell(this.row + i, this.column + j, cell);
      });
    });
    return this.api;
  }

  // ---- filter ----

  /**
   * Creates the sheet's filter on this range. A sheet holds at most one filter; Apps Script throws
   * when one exists (https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()).
   * The message is an approximation.
   */
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    if (this.sheet.filter) {
      throw this.sheet.env.error("You can't create a filter in a sheet that already has a filter.");
    }
    const filter = new FakeFilter(this.sheet, this.row, this.column, this.numRows, this.numColumns);
    this.sheet.filter = filter;
    return filter.api;
  }
  /** The filter of this range's sheet, or null. */
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.sheet.filter?.api ?? null;
  }
}
