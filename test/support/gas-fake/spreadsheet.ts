// Fake Spreadsheet (the active, container-bound document) and SpreadsheetApp.
import type { CellValue } from './cell';
import type { DisplayContext } from './display';
import { type FakeEnv, internalOf, makeEnum, withStubs } from './env';
import { addMetadata, type FakeDeveloperMetadata, FakeMetadataFinder } from './metadata';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import type { FakeUi } from './ui';

type SpreadsheetApi = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetApi = GoogleAppsScript.Spreadsheet.Sheet;
type RangeApi = GoogleAppsScript.Spreadsheet.Range;

export interface SpreadsheetOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Parse written strings like Sheets' user-entered input (formulas, numbers, booleans, ISO dates). */
  parseUserEntered: boolean;
  /** Name of the sheet a new spreadsheet starts with, or null for none. */
  defaultSheet: string | null;
}

export interface Toast {
  msg: string;
  title: string;
  timeoutSeconds: number | null;
}

type SpreadsheetMethods =
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'deleteSheet'
  | 'duplicateActiveSheet'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getCurrentCell'
  | 'getDeveloperMetadata'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheetName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

type InsertOptions = { template?: SheetApi | undefined };

export class FakeSpreadsheet implements Pick<SpreadsheetApi, SpreadsheetMethods> {
  readonly api: SpreadsheetApi;
  readonly sheets: FakeSheet[] = [];
  readonly metadata: FakeDeveloperMetadata[] = [];
  /** toast() calls, in order. */
  readonly toasts: Toast[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  parseUserEntered: boolean;
  private idCounter = 1_000_000;

  constructor(
    readonly env: FakeEnv,
    options: SpreadsheetOptions,
  ) {
    this.api = withStubs<FakeSpreadsheet, SpreadsheetApi>(this, 'Spreadsheet');
    this.id = options.id;
    this.name = options.name;
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.parseUserEntered = options.parseUserEntered;
    if (options.defaultSheet !== null) {
      const first = new FakeSheet(this, options.defaultSheet, 0);
      this.sheets.push(first);
      this.activeSheet = first;
    }
  }

  /**
   * Throws when `added` more cells would take the spreadsheet past 10,000,000 cells, counting every
   * sheet's whole grid ("Up to 10 million cells", https://support.google.com/docs/answer/37603). The
   * message is the one Sheets shows for such an edit.
   */
  checkCellLimit(added: number): void {
    const total = this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
    if (added > 0 && total + added > 10_000_000) {
      throw this.env.error(
        'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      );
    }
  }

  nextId(): number {
    this.idCounter += 1;
    return this.idCounter;
  }

  displayContext(): DisplayContext {
    return { locale: this.locale, timeZone: this.timeZone };
  }

  /** Sheet names are unique regardless of case in Sheets; lookup here is case-insensitive too. */
  findSheet(name: string): FakeSheet | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  checkNewName(name: string, self: FakeSheet | null): void {
    const clash = this.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (clash)
      throw this.env.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  activate(sheet: FakeSheet, range: FakeRange | null): void {
    this.activeSheet = sheet;
    if (range) this.activeRange = range;
    else if (this.activeRange?.sheet !== sheet) this.activeRange = null;
  }

  private requireActiveSheet(): FakeSheet {
    if (!this.activeSheet) {
      const first = this.sheets[0];
      if (!first) throw this.env.error('fake: the spreadsheet has no sheets');
      this.activeSheet = first;
    }
    return this.activeSheet;
  }

  // ---- test helpers ----

  /**
   * Adds a sheet at the end holding `rows` from A1, stored as given (no user-entered parsing:
   * Dates stay Dates, '=x' stays text). The sheet is at least 1000 x 26. Returns the Sheet API.
   */
  addSheet(name: string, rows: unknown[][] = []): SheetApi {
    this.checkNewName(name, null);
    const sheet = new FakeSheet(this, name, this.sheets.length === 0 ? 0 : this.nextId());
    this.checkCellLimit(sheet.maxRows * sheet.maxColumns);
    sheet.seed(rows);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet.api;
  }

  /** The fake behind a sheet, for inspecting cells, formats, charts, filter... Throws if missing. */
  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new Error(
        `fake: no sheet named "${name}" (sheets: ${this.sheets.map((s) => s.name).join(', ')})`,
      );
    return sheet;
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  /** Values of a sheet's data range, as stored. */
  values(name: string): CellValue[][] {
    return this.sheet(name).values();
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  // ---- Spreadsheet API ----

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  getSheets(): SheetApi[] {
    return this.sheets.map((s) => s.api);
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): SheetApi | null {
    return this.findSheet(name)?.api ?? null;
  }
  getSheetById(id: number): SheetApi | null {
    return this.sheets.find((s) => s.id === id)?.api ?? null;
  }
  getSheetName(): string {
    return this.requireActiveSheet().name;
  }
  getActiveSheet(): SheetApi {
    return this.requireActiveSheet().api;
  }
  setActiveSheet(sheet: SheetApi): SheetApi {
    const s = internalOf(sheet, FakeSheet, 'Sheet');
    this.activate(s, null);
    return s.api;
  }
  /** The selection; A1 of the active sheet when nothing was selected. */
  getActiveRange(): RangeApi | null {
    const sheet = this.requireActiveSheet();
    const r = this.activeRange;
    if (r && r.sheet === sheet) return r.api;
    return sheet.rangeAt(1, 1).api;
  }
  getActiveCell(): RangeApi {
    const r = internalOf(this.getActiveRange(), FakeRange, 'Range');
    return r.sheet.rangeAt(r.row, r.column).api;
  }
  getCurrentCell(): RangeApi | null {
    return this.getActiveCell();
  }
  setActiveRange(range: RangeApi): RangeApi {
    const r = internalOf(range, FakeRange, 'Range');
    this.activate(r.sheet, r);
    return r.api;
  }
  /** 'Sheet!A1:B2' or, without a sheet name, a range of the active sheet. */
  getRange(a1Notation: string): RangeApi {
    return this.requireActiveSheet().rangeFromA1(a1Notation).api;
  }

  /**
   * insertSheet([name][, index][, {template}]). The name must be new (case-insensitively);
   * index is the 0-based position; without one the sheet goes after the active sheet
   * (approximation). The new sheet becomes the active sheet
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)).
   */
  insertSheet(
    first?: string | number | InsertOptions,
    second?: number | InsertOptions,
    third?: InsertOptions,
  ): SheetApi {
    let name: string | undefined;
    let index: number | undefined;
    let options: InsertOptions | undefined;
    for (const arg of [first, second, third]) {
      if (typeof arg === 'string' && name === undefined && index === undefined) name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg;
    }
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this.checkNewName(name, null);
    const sheet = new FakeSheet(this, name, this.sheets.length === 0 ? 0 : this.nextId());
    this.checkCellLimit(sheet.maxRows * sheet.maxColumns);
    if (options?.template) sheet.copyGridFrom(internalOf(options.template, FakeSheet, 'Sheet'));
    let position: number;
    if (index !== undefined) position = Math.max(0, Math.min(index, this.sheets.length));
    else position = this.activeSheet ? this.sheets.indexOf(this.activeSheet) + 1 : this.sheets.length;
    this.sheets.splice(position, 0, sheet);
    this.activate(sheet, null);
    return sheet.api;
  }

  /**
   * A copy of `source` in this spreadsheet, named "Copy of <name>" (then "Copy of <name> 2"…), at
   * `position` (0-based): values, formats, sizes and frozen rows, and the sheet's developer metadata.
   * Neither Sheet.copyTo nor Spreadsheet.duplicateActiveSheet says whether metadata goes with the copy
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet),
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#duplicateActiveSheet());
   * the Sheets API says metadata stays "associated with" its location as the sheet is edited
   * (https://developers.google.com/sheets/api/guides/metadata). The fake takes the case that can fool
   * an add-on: the copy carries the same keys and values, with a new sheet id.
   */
  copySheet(source: FakeSheet, position: number): FakeSheet {
    let name = `Copy of ${source.name}`;
    for (let n = 2; this.findSheet(name); n++) name = `Copy of ${source.name} ${n}`;
    const sheet = new FakeSheet(this, name, this.nextId());
    sheet.copyGridFrom(source);
    sheet.hidden = source.hidden;
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
    for (const m of source.spreadsheet.metadata.filter((x) => x.sheet === source)) {
      if (m.value === null && m.row === null) addMetadata(this, sheet, m.key, m.visibility);
      else addMetadata(this, sheet, m.key, m.value, m.visibility, m.row);
    }
    return sheet;
  }

  /**
   * Duplicates the active sheet just after it and makes the copy active
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#duplicateActiveSheet()).
   */
  duplicateActiveSheet(): SheetApi {
    const source = this.requireActiveSheet();
    const sheet = this.copySheet(source, this.sheets.indexOf(source) + 1);
    this.activate(sheet, null);
    return sheet.api;
  }

  /** Removes a sheet; removing the last one throws, as in Sheets. */
  deleteSheet(sheet: SheetApi): void {
    const s = internalOf(sheet, FakeSheet, 'Sheet');
    const i = this.sheets.indexOf(s);
    if (i < 0) throw this.env.error('fake: that sheet is not in this spreadsheet (already deleted?)');
    if (this.sheets.length === 1) throw this.env.error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    for (let k = this.metadata.length - 1; k >= 0; k--)
      if (this.metadata[k]?.sheet === s) this.metadata.splice(k, 1);
    if (this.activeSheet === s) {
      this.activeSheet = this.sheets[Math.max(0, i - 1)] ?? null;
      this.activeRange = null;
    }
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const s = this.requireActiveSheet();
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(Math.max(0, Math.min(pos - 1, this.sheets.length)), 0, s);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ msg: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? null });
  }

  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): SpreadsheetApi {
    addMetadata(this, null, key, second, third);
    return this.api;
  }
  /** Metadata attached to the spreadsheet itself (not its sheets). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadata.filter((m) => m.sheet === null).map((m) => m.api);
  }
  /** Searches all metadata of the spreadsheet and its sheets. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new FakeMetadataFinder(this, null).api;
  }
}

type AppApi = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type AppMethods =
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getCurrentCell'
  | 'setActiveSheet'
  | 'setActiveRange'
  | 'getUi'
  | 'flush'
  | 'BorderStyle'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'Direction'
  | 'ProtectionType'
  | 'SheetType'
  | 'WrapStrategy';

export class FakeSpreadsheetApp implements Pick<AppApi, AppMethods> {
  readonly api: AppApi;
  /** How many times flush() was called. */
  flushCount = 0;
  readonly BorderStyle = makeEnum<typeof GoogleAppsScript.Spreadsheet.BorderStyle>(
    'DOTTED',
    'DASHED',
    'SOLID',
    'SOLID_MEDIUM',
    'SOLID_THICK',
    'DOUBLE',
  );
  readonly DeveloperMetadataLocationType = makeEnum<
    typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType
  >('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly DeveloperMetadataVisibility = makeEnum<
    typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility
  >('DOCUMENT', 'PROJECT');
  readonly Dimension = makeEnum<typeof GoogleAppsScript.Spreadsheet.Dimension>('COLUMNS', 'ROWS');
  readonly Direction = makeEnum<typeof GoogleAppsScript.Spreadsheet.Direction>(
    'UP',
    'DOWN',
    'PREVIOUS',
    'NEXT',
  );
  readonly ProtectionType = makeEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>('RANGE', 'SHEET');
  readonly SheetType = makeEnum<typeof GoogleAppsScript.Spreadsheet.SheetType>('GRID', 'OBJECT');
  readonly WrapStrategy = makeEnum<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(
    'WRAP',
    'OVERFLOW',
    'CLIP',
  );

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {
    this.api = withStubs<FakeSpreadsheetApp, AppApi>(this, 'SpreadsheetApp');
  }

  private env(): FakeEnv {
    return this.spreadsheet.env;
  }
  getActive(): SpreadsheetApi {
    this.env().requireAuth('SpreadsheetApp.getActive');
    return this.spreadsheet.api;
  }
  getActiveSpreadsheet(): SpreadsheetApi {
    this.env().requireAuth('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet.api;
  }
  getActiveSheet(): SheetApi {
    this.env().requireAuth('SpreadsheetApp.getActiveSheet');
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): RangeApi {
    this.env().requireAuth('SpreadsheetApp.getActiveRange');
    return this.spreadsheet.getActiveRange() as RangeApi;
  }
  getCurrentCell(): RangeApi {
    this.env().requireAuth('SpreadsheetApp.getCurrentCell');
    return this.spreadsheet.getActiveCell();
  }
  setActiveSheet(sheet: SheetApi): SheetApi {
    return this.spreadsheet.setActiveSheet(sheet);
  }
  setActiveRange(range: RangeApi): RangeApi {
    return this.spreadsheet.setActiveRange(range);
  }
  /** The Ui; throws like Apps Script when no editor UI exists (see FakeUi.available). */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.ui.available || this.env().authMode === 'CUSTOM_FUNCTION') {
      throw this.env().error('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    return this.ui.api;
  }
  flush(): void {
    this.spreadsheet.env.checkpoint('flush');
    this.flushCount += 1;
  }
}
