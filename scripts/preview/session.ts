// One preview session: the Apps Script fake holding the workbook, dist/Code.js running over it, and
// the formula engine. Every call into the script (menu item, google.script.run) is followed by a
// re-evaluation of the formulas, so sheets the script writes show at once.
import vm from 'node:vm';
import { languageOfLocale } from '../../src/core/i18n/language';
import type { SampleWorkbook } from '../../src/core/sample/sample-workbook';
import { columnIndex, isDateCell, isFormula, sampleCellValue } from '../../src/core/sample/sample-workbook';
import {
  type CellValue,
  createGasFake,
  type FakeEmbeddedChart,
  type GasFake,
  type LogEntry,
  type OutboxEntry,
} from '../../test/support/gas-fake/index';
import { type ChartModel, chartData } from './chart-svg';
import { toClientResult } from './client-values';
import {
  type EvaluatedSheet,
  FormulaEngine,
  instantOfSerial,
  isAnyDate,
  type SourceCell,
  type SourceSheet,
  serialOfInstant,
} from './engine';
import { type CodeRuntime, loadCode } from './gas-host';
import { type DisplayValue, formatValue } from './number-format';

interface CellStyle {
  bold: boolean;
  italic: boolean;
  color: string;
  background: string;
  align: string;
  wrap: boolean;
}

export interface ViewCell {
  text: string;
  kind: DisplayValue['kind'];
  /** What the formula bar shows: the formula, or the value as typed. */
  input: string;
  formula?: string;
  error?: string;
  style?: Partial<CellStyle>;
  note?: string;
}

/** A chart floating over the grid, anchored at a cell as Sheets places it. */
interface ViewChart {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  model: ChartModel;
}

export interface ViewSheet {
  name: string;
  rows: ViewCell[][];
  /** Rows the sheet has; `rows` may hold only the first ones. */
  totalRows: number;
  columnWidths: number[];
  frozenRows: number;
  tabColor: string | null;
  charts: ViewChart[];
}

export interface UiEvent {
  type: 'sidebar' | 'dialog' | 'alert' | 'prompt' | 'toast' | 'error' | 'log' | 'warning';
  title?: string;
  message?: string;
  /** Sidebars and dialogs: where the page loads their HTML from. */
  url?: string;
  width?: number;
  height?: number;
}

export interface CallOutcome {
  ok: boolean;
  result?: unknown;
  error?: string;
  events: UiEvent[];
  version: number;
}

export interface SessionOptions {
  code: string;
  htmlFiles: Record<string, string>;
  workbook: SampleWorkbook;
  /** Called for each new mail or draft in the fake's outbox (the server writes .eml files). */
  onMail?: (entry: OutboxEntry) => void;
  /** "Now" for the script when the session starts (default: the wall clock); it then runs on. */
  now?: Date;
}

const DEFAULT_FONT_COLOR = '#000000';
const DEFAULT_BACKGROUND = '#ffffff';

export class PreviewSession {
  readonly fake: GasFake;
  readonly runtime: CodeRuntime;
  readonly engine: FormulaEngine;
  readonly title: string;
  /** Bumped after every change to the workbook, the outbox or the UI. */
  version = 0;
  private evaluated: EvaluatedSheet[] = [];
  /** Cells holding a spilled value the preview wrote, by sheet: "row,col" → value written. */
  private spillOwned = new Map<string, Map<string, unknown>>();
  private seen = { sidebars: 0, dialogs: 0, alerts: 0, prompts: 0, toasts: 0, mails: 0, logs: 0 };
  readonly menuError: string | undefined;
  /** The fake's clock at the start, and the wall-clock time then. */
  private readonly startMs: number;
  private readonly startedAt = Date.now();

  constructor(private readonly options: SessionOptions) {
    const { workbook } = options;
    this.title = workbook.title;
    this.startMs = (options.now ?? new Date()).getTime();
    this.fake = createGasFake({
      timeZone: workbook.timeZone,
      locale: workbook.locale,
      userLocale: workbook.locale.split('_')[0] ?? 'en',
      htmlFiles: options.htmlFiles,
      now: this.startMs,
      spreadsheetName: workbook.title,
      defaultSheet: null,
    });
    const context = this.fake.vmContext() as vm.Context;
    installClock(context, () => this.nowMs());
    this.runtime = loadCode(options.code, context, () => this.fake.spreadsheet.getSpreadsheetTimeZone());
    this.loadWorkbook(workbook);
    this.engine = new FormulaEngine(this.runtime);
    // The add-on menu, as Sheets builds it when an authorized user opens the spreadsheet.
    let menuError: string | undefined;
    try {
      if (this.runtime.hasFunction('onOpen')) {
        this.runtime.callGlobal('onOpen', [this.fake.onOpenEvent('FULL')]);
      } else menuError = 'dist/Code.js has no onOpen function: no add-on menu.';
    } catch (error) {
      menuError = `onOpen failed: ${messageOf(error)}`;
    }
    this.menuError = menuError;
    // The panel beside the sheet starts as the owner opening Extensions → Regulars would see it: made
    // by the add-on's own showSidebar, so it is in the spreadsheet's language from the first view.
    if (!menuError && this.runtime.hasFunction('showSidebar')) {
      try {
        this.runtime.callGlobal('showSidebar', []);
      } catch {
        // html() then falls back to the project's Sidebar.html.
      }
    }
    this.seen.sidebars = this.fake.ui.sidebars.length;
    this.seen.logs = this.fake.logs.length;
    this.recalculate();
  }

  /** The script's "now": the start time, advancing with the wall clock. */
  nowMs(): number {
    return this.startMs + (Date.now() - this.startedAt);
  }

  /** Puts the workbook's sheets into the fake: values, formulas, formats, widths, frozen rows. */
  private loadWorkbook(workbook: SampleWorkbook): void {
    const RealmDate = this.runtime.RealmDate;
    const makeDate = (ms: number) => new RealmDate(ms);
    for (const sheet of workbook.sheets) {
      const width = sheet.rows.reduce((max, r) => Math.max(max, r.length), 1);
      const values = sheet.rows.map((row) => {
        const out = [];
        for (let c = 0; c < width; c++) out.push(sampleCellValue(row[c], workbook.timeZone, makeDate));
        return out;
      });
      const api = this.fake.spreadsheet.addSheet(sheet.name, values);
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (isFormula(cell)) api.getRange(r + 1, c + 1).setFormula(cell);
        });
      });
      const lastRow = Math.max(1, sheet.rows.length);
      for (const [letters, format] of Object.entries(sheet.numberFormats ?? {})) {
        const column = columnIndex(letters) + 1;
        // Date cells keep the date format; the header row stays text.
        if (lastRow > 1) api.getRange(2, column, lastRow - 1, 1).setNumberFormat(format);
      }
      // Date cells without a column format still show as dates.
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const formatted =
            sheet.numberFormats && Object.keys(sheet.numberFormats).some((l) => columnIndex(l) === c);
          if (isDateCell(cell) && !formatted) api.getRange(r + 1, c + 1).setNumberFormat('yyyy-mm-dd');
        });
      });
      (sheet.columnWidths ?? []).forEach((px, c) => {
        api.setColumnWidth(c + 1, px);
      });
      if (sheet.frozenRows) {
        api.setFrozenRows(sheet.frozenRows);
        // The whole header band, so a header a formula spills there is bold too.
        api.getRange(1, 1, sheet.frozenRows, Math.max(width, 26)).setFontWeight('bold');
      }
    }
    if (workbook.sheets[0]) this.fake.spreadsheet.setActiveSheet(this.fake.spreadsheet.getSheets()[0]!);
  }

  // ---- formulas ------------------------------------------------------------------------------

  /** The fake's sheets as engine input; values the preview spilled earlier count as blank. */
  private sourceSheets(): SourceSheet[] {
    const tz = this.runtime.timeZone;
    return this.fake.spreadsheet.sheetNames().map((name) => {
      const sheet = this.fake.spreadsheet.sheet(name);
      const owned = this.spillOwned.get(name);
      const lastRow = sheet.getLastRow();
      const lastColumn = sheet.getLastColumn();
      const cells: SourceCell[][] = [];
      for (let r = 1; r <= lastRow; r++) {
        const row: SourceCell[] = [];
        for (let c = 1; c <= lastColumn; c++) {
          const cell = sheet.peek(r, c);
          if (!cell) {
            row.push(null);
            continue;
          }
          if (cell.formula) {
            row.push({ formula: cell.formula });
            continue;
          }
          const key = `${r},${c}`;
          if (owned?.has(key) && sameValue(owned.get(key), cell.value)) {
            row.push(null);
            continue;
          }
          owned?.delete(key);
          const v = cell.value;
          if (isAnyDate(v)) row.push({ serial: serialOfInstant(v, tz) });
          else if (v === '') row.push(null);
          else row.push(v as string | number | boolean);
        }
        cells.push(row);
      }
      return { name, cells };
    });
  }

  /**
   * Evaluates every formula and writes the results into the fake, as Sheets would hold them: a
   * formula cell's value is its result and spilled cells hold values, so a script reading the
   * sheet with getValues() sees what the owner sees.
   */
  recalculate(): void {
    const sources = this.sourceSheets();
    // Clear what the previous evaluation spilled before writing the new results.
    for (const [name, owned] of this.spillOwned) {
      if (!this.fake.spreadsheet.hasSheet(name)) continue;
      const sheet = this.fake.spreadsheet.sheet(name);
      for (const [key, value] of owned) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        const cell = sheet.peek(r, c);
        if (cell && !cell.formula && sameValue(value, cell.value)) cell.value = '';
      }
    }
    this.spillOwned.clear();
    this.evaluated = this.engine.evaluate(sources);
    const tz = this.runtime.timeZone;
    const RealmDate = this.runtime.RealmDate;
    for (const sheet of this.evaluated) {
      const fakeSheet = this.fake.spreadsheet.sheet(sheet.name);
      const owned = new Map<string, unknown>();
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (!cell.formula && !cell.spilled) return;
          const value = scriptValue(cell.display, tz, RealmDate);
          if (cell.formula) {
            const target = fakeSheet.peek(r + 1, c + 1);
            if (target) target.value = value;
          } else {
            fakeSheet.cellForWrite(r + 1, c + 1).value = value;
            owned.set(`${r + 1},${c + 1}`, value);
          }
        });
      });
      this.spillOwned.set(sheet.name, owned);
    }
    this.version++;
  }

  // ---- calls into the script ------------------------------------------------------------------

  /** The add-on menu the script registered in onOpen. */
  menu(): { caption: string; functionName: string }[] {
    return this.fake.ui.menuItems();
  }

  menuEntries() {
    return this.fake.ui.addonMenu()?.items ?? [];
  }

  /** Runs a menu item's function, as clicking it in Sheets does. */
  runMenu(functionName: string): CallOutcome {
    if (!this.menu().some((item) => item.functionName === functionName)) {
      return this.finish({ ok: false, error: `"${functionName}" is not an item of the add-on menu.` });
    }
    return this.invoke(functionName, [], false);
  }

  /** Runs a server function for google.script.run; `args` come as JSON from the page. */
  runServer(functionName: string, args: unknown[]): CallOutcome {
    return this.invoke(functionName, args, true);
  }

  private invoke(functionName: string, args: unknown[], forClient: boolean): CallOutcome {
    if (!this.runtime.hasFunction(functionName)) {
      const error = `Script function not found: ${functionName} (dist/Code.js has no top-level function of that name${
        functionName.endsWith('_') ? '; names ending in _ are private' : ''
      }).`;
      return this.finish({ ok: false, error }, [], forClient);
    }
    this.fake.setAuthMode('FULL');
    // The fake's clock stands still unless moved: let it run from its start at the wall clock's
    // pace, so mail and contact-log entries carry distinct, advancing times.
    this.fake.clock.set(this.nowMs());
    let result: unknown;
    try {
      result = this.runtime.callGlobal(
        functionName,
        args.map((a) => this.runtime.toRealm(a)),
      );
    } catch (error) {
      return this.finish({ ok: false, error: messageOf(error) }, [], forClient);
    }
    if (!forClient) return this.finish({ ok: true });
    try {
      const client = toClientResult(result);
      const warnings: UiEvent[] = client.warnings.map((message) => ({
        type: 'warning',
        message: `${functionName}: ${message}`,
      }));
      return this.finish({ ok: true, result: client.value }, warnings, true);
    } catch (error) {
      const message = `${functionName} returned a value Apps Script cannot send: ${messageOf(error)}`;
      return this.finish({ ok: false, error: message }, [], true);
    }
  }

  /** Re-evaluates, then collects what the call showed: sidebars, dialogs, alerts, toasts, mail. */
  private finish(
    outcome: Omit<CallOutcome, 'events' | 'version'>,
    extra: UiEvent[] = [],
    forClient = false,
  ): CallOutcome {
    try {
      this.recalculate();
    } catch (error) {
      extra.push({ type: 'error', message: `Recalculating the workbook failed: ${messageOf(error)}` });
    }
    const events = [...this.collectEvents(), ...extra];
    // Sheets shows a menu function's error; a google.script.run failure goes to the page's own
    // failure handler, so the preview only logs it.
    if (!outcome.ok && outcome.error)
      events.push({ type: forClient ? 'log' : 'error', message: outcome.error });
    return { ...outcome, events, version: this.version };
  }

  collectEvents(): UiEvent[] {
    const events: UiEvent[] = [];
    const { ui, spreadsheet, outbox, logs } = this.fake;
    for (let i = this.seen.sidebars; i < ui.sidebars.length; i++) {
      events.push({ type: 'sidebar', title: ui.sidebars[i]!.title, url: `/html/sidebar/${i}` });
    }
    this.seen.sidebars = ui.sidebars.length;
    for (let i = this.seen.dialogs; i < ui.dialogs.length; i++) {
      const d = ui.dialogs[i]!;
      events.push({
        type: 'dialog',
        title: d.title,
        url: `/html/dialog/${i}`,
        width: d.width,
        height: d.height,
      });
    }
    this.seen.dialogs = ui.dialogs.length;
    for (let i = this.seen.alerts; i < ui.alerts.length; i++) {
      const a = ui.alerts[i]!;
      events.push({
        type: 'alert',
        title: a.title ?? undefined,
        message: `${a.prompt}${a.buttons !== 'OK' ? ` — answered ${a.response}` : ''}`,
      });
    }
    this.seen.alerts = ui.alerts.length;
    for (let i = this.seen.prompts; i < ui.prompts.length; i++) {
      const p = ui.prompts[i]!;
      events.push({
        type: 'prompt',
        title: p.title ?? undefined,
        message: `${p.prompt} — answered ${p.response}`,
      });
    }
    this.seen.prompts = ui.prompts.length;
    for (let i = this.seen.toasts; i < spreadsheet.toasts.length; i++) {
      const t = spreadsheet.toasts[i]!;
      events.push({ type: 'toast', title: t.title || undefined, message: t.msg });
    }
    this.seen.toasts = spreadsheet.toasts.length;
    for (let i = this.seen.mails; i < outbox.entries.length; i++) this.options.onMail?.(outbox.entries[i]!);
    this.seen.mails = outbox.entries.length;
    for (let i = this.seen.logs; i < logs.length; i++) {
      events.push({ type: 'log', message: logText(logs[i]) });
    }
    this.seen.logs = logs.length;
    return events;
  }

  /** HTML of a recorded sidebar or dialog; with none recorded, the project's Sidebar.html. */
  html(kind: 'sidebar' | 'dialog', index?: number): string | undefined {
    const list = kind === 'sidebar' ? this.fake.ui.sidebars : this.fake.ui.dialogs;
    if (index !== undefined) return list[index]?.content;
    const recorded = list[list.length - 1]?.content;
    if (recorded !== undefined) return recorded;
    // Before any menu item has opened one, the sidebar starts as the add-on opens it: in the
    // spreadsheet's language (src/gas/sidebar.ts writes the same marker).
    const language = languageOfLocale(this.options.workbook.locale);
    return this.options.htmlFiles.Sidebar?.replace(
      'data-start="overview en"',
      `data-start="overview ${language}"`,
    );
  }

  // ---- what the page shows --------------------------------------------------------------------

  /** What the page shows: at most `maxRows` rows of each sheet (`totalRows` says how many exist). */
  view(maxRows = Number.POSITIVE_INFINITY): ViewSheet[] {
    const spreadsheet = this.fake.spreadsheet;
    return this.evaluated
      .filter((sheet) => spreadsheet.hasSheet(sheet.name) && !spreadsheet.sheet(sheet.name).hidden)
      .map((sheet) => {
        const fakeSheet = spreadsheet.sheet(sheet.name);
        const rows = sheet.rows.slice(0, maxRows).map((row, r) =>
          row.map((cell, c): ViewCell => {
            const stored = fakeSheet.peek(r + 1, c + 1);
            const format = stored?.numberFormat;
            const view: ViewCell = {
              text: formatValue(cell.display, format),
              kind: cell.display.kind,
              input: cell.formula ?? inputText(cell.display),
            };
            if (cell.formula) view.formula = cell.formula;
            if (cell.display.kind === 'error') view.error = cell.display.message;
            if (stored) {
              const style: Partial<CellStyle> = {};
              if (stored.fontWeight === 'bold') style.bold = true;
              if (stored.fontStyle === 'italic') style.italic = true;
              if (stored.fontColor && stored.fontColor !== DEFAULT_FONT_COLOR) style.color = stored.fontColor;
              if (stored.background && stored.background !== DEFAULT_BACKGROUND)
                style.background = stored.background;
              if (stored.horizontalAlignment && stored.horizontalAlignment !== 'general') {
                style.align = stored.horizontalAlignment;
              }
              if (stored.wrap || stored.wrapStrategy === 'WRAP') style.wrap = true;
              if (Object.keys(style).length > 0) view.style = style;
              if (stored.note) view.note = stored.note;
            }
            return view;
          }),
        );
        const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
        const columnWidths = Array.from({ length: Math.max(width, 26) }, (_, c) =>
          fakeSheet.getColumnWidth(c + 1),
        );
        return {
          name: sheet.name,
          rows,
          totalRows: sheet.rows.length,
          columnWidths,
          frozenRows: fakeSheet.getFrozenRows(),
          tabColor: fakeSheet.getTabColor(),
          charts: fakeSheet.charts.map(chartView),
        };
      });
  }

  outbox(): OutboxEntry[] {
    return this.fake.outbox.entries.filter((e) => !e.deleted || e.kind === 'mail');
  }

  /** Makes a cell the active range, as clicking it in Sheets does (the sidebar may read it). */
  select(sheetName: string, a1: string): boolean {
    if (!this.fake.spreadsheet.hasSheet(sheetName) || !/^[A-Z]{1,3}[0-9]{1,7}$/.test(a1)) return false;
    this.fake.setActiveRange(sheetName, a1);
    return true;
  }

  activeSheetName(): string {
    try {
      return this.fake.spreadsheet.getActiveSheet().getName();
    } catch {
      return this.fake.spreadsheet.sheetNames()[0] ?? '';
    }
  }
}

/**
 * Makes `new Date()` and `Date.now()` in the context read the session's clock (the sample is shown
 * on its as-of date). The context's Date becomes a Proxy of its own Date: Dates it makes are
 * ordinary Dates of that realm, and `instanceof Date` holds both ways, also for the fake's Dates.
 */
function installClock(context: vm.Context, nowMs: () => number): void {
  const install = vm.runInContext(
    `(function (nowMs) {
      var RealDate = Date;
      Date = new Proxy(RealDate, {
        construct: function (target, args) {
          return args.length === 0 ? new target(nowMs()) : Reflect.construct(target, args);
        },
        apply: function () {
          return new RealDate(nowMs()).toString();
        },
        get: function (target, key) {
          if (key === 'now') return function now() { return nowMs(); };
          return Reflect.get(target, key);
        },
      });
    })`,
    context,
  ) as (now: () => number) => void;
  install(nowMs);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isAnyDate(a) && isAnyDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

/** A display value as getValues() would return it to a script. */
function scriptValue(display: DisplayValue, timeZone: string, RealmDate: DateConstructor): CellValue {
  switch (display.kind) {
    case 'empty':
      return '';
    case 'string':
    case 'number':
    case 'boolean':
      return display.value;
    case 'date':
      return new RealmDate(instantOfSerial(display.serial, timeZone).getTime());
    case 'error':
      return display.code;
  }
}

/** What the formula bar shows for a value cell. */
function inputText(display: DisplayValue): string {
  switch (display.kind) {
    case 'date':
      return formatValue(display, 'yyyy-mm-dd');
    case 'number':
      return String(display.value);
    default:
      return formatValue(display);
  }
}

/** A chart the script inserted, with its data read from its ranges (formula results included). */
function chartView(chart: FakeEmbeddedChart): ViewChart {
  const { state } = chart;
  const option = (name: string) => state.options.get(name);
  let columns: unknown[][][] = [];
  try {
    columns = chart.getRanges().map((range) => range.getValues());
  } catch {
    // A range the fake cannot read draws as "No data".
  }
  const { labels, series } = chartData(columns, state.numHeaders);
  const legend = legendPosition(option('legend'), option('legend.position'));
  let percent = false;
  try {
    percent = percentValues(chart.getRanges(), labels.length);
  } catch {
    // Formats the fake cannot read leave the axis as plain numbers.
  }
  const size = (value: unknown, fallback: number) =>
    typeof value === 'number' && value >= 100 && value <= 2000 ? value : fallback;
  return {
    anchorRow: state.position.anchorRow,
    anchorColumn: state.position.anchorColumn,
    offsetX: state.position.offsetX,
    offsetY: state.position.offsetY,
    model: {
      title: typeof option('title') === 'string' ? (option('title') as string) : '',
      type: state.chartType ?? '',
      labels,
      series,
      // Sheets' default size of an inserted chart.
      width: size(option('width'), 600),
      height: size(option('height'), 371),
      // The add-on colours the stage pie by stage (setOption('colors', …)); Sheets honours it, so must we.
      ...(Array.isArray(option('colors')) ? { colors: (option('colors') as unknown[]).map(String) } : {}),
      ...(legend ? { legend } : {}),
      ...(percent ? { valueFormat: 'percent' as const } : {}),
    },
  };
}

/** The legend's position, set as setOption('legend', { position }) or setOption('legend.position', …). */
function legendPosition(legend: unknown, position: unknown): string | undefined {
  if (typeof position === 'string') return position;
  if (legend && typeof legend === 'object' && 'position' in legend) {
    const value = (legend as { position: unknown }).position;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/**
 * Whether every charted series (the ranges after the labels) holds percent-formatted numbers. A
 * Sheets chart's axis follows its data's number format by default, so 0.5 in a 0% cell reads 50%
 * (not checked here against a live sheet).
 */
function percentValues(ranges: GoogleAppsScript.Spreadsheet.Range[], rows: number): boolean {
  const values = ranges.slice(1);
  if (values.length === 0 || rows === 0) return false;
  return values.every((range) => {
    // The last row is data whatever the header count.
    const formats = range.getNumberFormats();
    const last = formats[formats.length - 1]?.[0] ?? '';
    return last.includes('%');
  });
}

function logText(entry: LogEntry | undefined): string {
  return entry ? `${entry.source === 'Logger' ? 'Logger' : `console.${entry.source}`}: ${entry.message}` : '';
}

export function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
