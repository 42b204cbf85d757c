// Evaluates a workbook's formulas with HyperFormula (GPL-3.0: a dev-only dependency of the preview,
// never bundled into dist/), where each custom function of dist/Code.js is a FunctionPlugin that
// calls the real function, with arguments shaped as Sheets passes them: a range is a 2-D array
// (blank cells "", date cells Dates at midnight in the spreadsheet's zone), a single cell a value.
import {
  ArraySize,
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type SimpleCellAddress,
  SimpleRangeValue,
} from 'hyperformula';
import { dayOfInstant, instantOfDay } from '../../src/core/time/zone';
import { type DisplayValue, SERIAL_OF_UNIX_EPOCH } from './number-format';
import { boundOpenRanges } from './ranges';

/** A source cell: a value, a date (Sheets serial), a formula, or blank. */
export type SourceCell = null | string | number | boolean | { serial: number } | { formula: string };

export interface SourceSheet {
  name: string;
  cells: SourceCell[][];
}

/** A custom function as dist/Code.js declares it. */
export interface CustomFunctionSpec {
  name: string;
  params: string[];
}

/** Where custom functions run: the vm context holding dist/Code.js. */
export interface FunctionHost {
  /** The spreadsheet's time zone: date cells are midnight there. */
  timeZone: string;
  functions: CustomFunctionSpec[];
  /**
   * Calls a custom function. Arguments are host values (Dates of this realm, arrays); the host
   * copies them into its own realm. Returns the function's result, or throws its error.
   */
  call(name: string, args: unknown[]): unknown;
  /**
   * What else a result depends on (time zone, locale, today's date). Like Sheets, the engine reuses
   * a custom function's result for identical arguments within the same scope.
   */
  cacheScope?(): string;
}

interface EvaluatedCell {
  display: DisplayValue;
  /** The formula as written in the sheet (before open ranges were bounded). */
  formula?: string;
  /** Part of another cell's spilled result (not its top-left cell). */
  spilled?: boolean;
}

export interface EvaluatedSheet {
  name: string;
  rows: EvaluatedCell[][];
}

const DAY_MS = 86_400_000;

/** The Sheets serial of an instant, read in `timeZone`: days since 1899-12-30 plus the time of day. */
export function serialOfInstant(date: Date, timeZone: string): number {
  const day = dayOfInstant(date, timeZone);
  const fraction = (date.getTime() - instantOfDay(day, timeZone).getTime()) / DAY_MS;
  return day + SERIAL_OF_UNIX_EPOCH + fraction;
}

/** The instant of a Sheets serial in `timeZone` (midnight there for a whole serial). */
export function instantOfSerial(serial: number, timeZone: string): Date {
  const day = Math.floor(serial);
  const start = instantOfDay(day - SERIAL_OF_UNIX_EPOCH, timeZone).getTime();
  return new Date(start + Math.round((serial - day) * DAY_MS));
}

/** Whether a value from any realm is a Date (instanceof fails across vm contexts). */
export const isAnyDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

const isoOfSerial = (serial: number) =>
  new Date((serial - SERIAL_OF_UNIX_EPOCH) * DAY_MS).toISOString().slice(0, 10);

// ---- the plugin --------------------------------------------------------------------------------

// The parts of HyperFormula's internal AST and interpreter state a plugin method uses (the package
// exports neither type).
interface ProcedureAst {
  args: unknown[];
}
interface InterpreterState {
  formulaAddress: SimpleCellAddress;
}
type RunFunction = (
  args: unknown[],
  state: unknown,
  metadata: unknown,
  fn: (...a: unknown[]) => unknown,
) => unknown;
type ArraySizeForAst = (ast: unknown, state: unknown) => ArraySize;

interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}
const isRichNumber = (v: unknown): v is RichNumberLike =>
  typeof v === 'object' && v !== null && typeof (v as RichNumberLike).getDetailedType === 'function';

/** The one evaluation in progress: HyperFormula plugins are registered globally, per class. */
interface Session {
  host: FunctionHost;
  /** Result sizes used for spilling, by formula address; learned from the previous pass. */
  knownSizes: Map<string, { width: number; height: number }>;
  /** Sizes the plugin predicted this pass, and the sizes the functions actually returned. */
  predicted: Map<string, { width: number; height: number }>;
  actual: Map<string, { width: number; height: number }>;
  memo: Map<string, Outcome>;
}
type Outcome = { result: unknown } | { error: string };
let session: Session | undefined;

const addressKey = (a: SimpleCellAddress) => `${a.sheet}:${a.row}:${a.col}`;

/** A text key of a call's arguments: equal keys mean equal arguments (Dates by instant). */
function argumentKey(args: unknown[]): string {
  return JSON.stringify(args, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (isAnyDate(raw)) return { $date: raw.getTime() };
    return value === undefined ? { $undefined: true } : value;
  });
}

/** A value HyperFormula hands a plugin, as a cell value a custom function receives. */
function toArgumentValue(value: unknown, timeZone: string): unknown {
  if (typeof value === 'symbol') return ''; // EmptyValue
  if (value instanceof CellError) return errorCode(value.type);
  if (isRichNumber(value)) {
    const type = value.getDetailedType();
    if (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME') return instantOfSerial(value.val, timeZone);
    return value.val;
  }
  return value;
}

function toArgument(value: unknown, timeZone: string): unknown {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) => row.map((cell) => toArgumentValue(cell, timeZone)));
  }
  return toArgumentValue(value, timeZone);
}

function errorCode(type: ErrorType): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return '#DIV/0!';
    case ErrorType.NA:
      return '#N/A';
    case ErrorType.NAME:
      return '#NAME?';
    case ErrorType.NUM:
      return '#NUM!';
    case ErrorType.VALUE:
      return '#VALUE!';
    case ErrorType.REF:
    case ErrorType.CYCLE:
    case ErrorType.SPILL:
      return '#REF!';
    default:
      return '#ERROR!';
  }
}

/** Turns what a custom function returned into a grid of HyperFormula values (Sheets' rules). */
function toResultGrid(result: unknown, plugin: RegularsPlugin, timeZone: string): unknown[][] {
  const scalar = (v: unknown): unknown => {
    if (v === null || v === undefined) return '';
    if (isAnyDate(v)) {
      const serial = serialOfInstant(v, timeZone);
      return plugin.dateValue(serial);
    }
    if (typeof v === 'number')
      return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, 'Not a finite number');
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    return String(v);
  };
  if (!Array.isArray(result)) return [[scalar(result)]];
  // A 1-D array fills a row; a 2-D one is rows of cells, short rows padded with blanks.
  const rows = result.length === 0 ? [['']] : result.every((r) => Array.isArray(r)) ? result : [result];
  const width = rows.reduce((max: number, r: unknown[]) => Math.max(max, r.length), 1);
  return rows.map((r: unknown[]) => {
    const out = r.map(scalar);
    while (out.length < width) out.push('');
    return out;
  });
}

class RegularsPlugin extends FunctionPlugin {
  /** A number HyperFormula keeps typed as a date (so it shows and passes on as one). */
  dateValue(serial: number): unknown {
    return this.returnNumberWrapper(serial, 'NUMBER_DATE' as never);
  }

  runCustom(name: string, ast: ProcedureAst, state: InterpreterState) {
    const metadata = this.metadata(name);
    const run = this.runFunction as unknown as RunFunction;
    return run(ast.args, state, metadata, (...args: unknown[]) => {
      const current = session;
      if (!current) return new CellError(ErrorType.ERROR, 'The preview engine is not running.');
      const timeZone = current.host.timeZone;
      const hostArgs = args.map((a) => toArgument(a, timeZone));
      const memoKey = `${name}\u0000${current.host.cacheScope?.() ?? ''}\u0000${argumentKey(hostArgs)}`;
      let outcome = current.memo.get(memoKey);
      if (!outcome) {
        try {
          outcome = { result: current.host.call(name, hostArgs) };
        } catch (error) {
          const message =
            error instanceof Object && 'message' in error ? String(error.message) : String(error);
          outcome = { error: message };
        }
        if (current.memo.size >= 500) current.memo.clear();
        current.memo.set(memoKey, outcome);
      }
      if ('error' in outcome) return new CellError(ErrorType.ERROR, outcome.error);
      const result = outcome.result;
      const grid = toResultGrid(result, this, timeZone);
      const key = addressKey(state.formulaAddress);
      current.actual.set(key, { width: grid[0]!.length, height: grid.length });
      const predicted = current.predicted.get(key) ?? { width: 1, height: 1 };
      if (predicted.width === 1 && predicted.height === 1) return grid[0]![0] as never;
      // Fit the predicted size for this pass; a mismatch makes the caller evaluate again.
      const fitted = Array.from({ length: predicted.height }, (_, r) =>
        Array.from({ length: predicted.width }, (_, c) => grid[r]?.[c] ?? ''),
      );
      return SimpleRangeValue.onlyValues(fitted as never);
    }) as never;
  }

  sizeOfCustom(name: string, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const current = session;
    const key = addressKey(state.formulaAddress);
    let size = current?.knownSizes.get(key);
    if (!size) {
      const spec = current?.host.functions.find((f) => f.name === name);
      // Per-customer functions answer one row per row of `customers`; tables start as one cell.
      if (spec?.params[0] === 'customers' && ast.args[0]) {
        const arraySizeForAst = this.arraySizeForAst.bind(this) as unknown as ArraySizeForAst;
        const argSize = arraySizeForAst(ast.args[0], state);
        size = { width: 1, height: Math.max(1, argSize.height) };
      } else size = { width: 1, height: 1 };
    }
    current?.predicted.set(key, size);
    return new ArraySize(size.width, size.height);
  }
}

let registeredNames = '';

/** Registers one plugin method per custom function (once per set of names). */
function registerFunctions(functions: CustomFunctionSpec[]): void {
  const names = functions.map((f) => f.name).sort();
  if (names.join(',') === registeredNames) return;
  if (registeredNames !== '') HyperFormula.unregisterFunctionPlugin(RegularsPlugin);
  const implemented: Record<string, object> = {};
  const translations: Record<string, string> = {};
  const proto = RegularsPlugin.prototype as unknown as Record<string, unknown>;
  for (const fn of functions) {
    const argument = { argumentType: FunctionArgumentType.ANY, passSubtype: true, optionalArg: true };
    implemented[fn.name] = {
      method: `run_${fn.name}`,
      sizeOfResultArrayMethod: `size_${fn.name}`,
      parameters: fn.params.map(() => ({ ...argument })),
      vectorizationForbidden: true,
    };
    translations[fn.name] = fn.name;
    proto[`run_${fn.name}`] = function (this: RegularsPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.runCustom(fn.name, ast, state);
    };
    proto[`size_${fn.name}`] = function (this: RegularsPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.sizeOfCustom(fn.name, ast, state);
    };
  }
  (RegularsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(RegularsPlugin as never, { enGB: translations, enUS: translations });
  registeredNames = names.join(',');
}

// ---- evaluation --------------------------------------------------------------------------------

/** The last row holding anything in a sheet (1-based; 1 for an empty sheet). */
function lastRowOf(cells: SourceCell[][]): number {
  for (let r = cells.length - 1; r >= 0; r--) {
    if (cells[r]!.some((c) => c !== null && c !== '')) return r + 1;
  }
  return 1;
}

const isFormulaCell = (c: SourceCell): c is { formula: string } =>
  typeof c === 'object' && c !== null && 'formula' in c;

/** A source cell as HyperFormula input: text forced to stay text, dates as ISO text it types as dates. */
function toRawContent(
  cell: SourceCell,
  boundFormula: (f: string) => string,
): string | number | boolean | null {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'string') return `'${cell}`;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (isFormulaCell(cell)) return boundFormula(cell.formula);
  // A date with a time of day stays a number: the engine's date type holds whole days only.
  return Number.isInteger(cell.serial) ? isoOfSerial(cell.serial) : cell.serial;
}

function displayOf(value: unknown, detailedType: string): DisplayValue {
  if (value === null || value === undefined || value === '') {
    return value === '' ? { kind: 'string', value: '' } : { kind: 'empty' };
  }
  if (value instanceof DetailedCellError) return displayError(value);
  if (typeof value === 'number') {
    return detailedType === 'NUMBER_DATE' || detailedType === 'NUMBER_DATETIME'
      ? { kind: 'date', serial: value }
      : { kind: 'number', value };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'string', value: String(value) };
}

/** HyperFormula's errors, told the way Sheets tells them. */
function displayError(error: DetailedCellError): DisplayValue {
  switch (error.type) {
    case ErrorType.SPILL:
      return {
        kind: 'error',
        code: '#REF!',
        message: 'Array result was not expanded because it would overwrite data.',
      };
    case ErrorType.CYCLE:
      return { kind: 'error', code: '#REF!', message: 'Circular dependency detected.' };
    case ErrorType.NAME:
      return { kind: 'error', code: '#NAME?', message: error.message || 'Unknown function.' };
    case ErrorType.ERROR:
      return { kind: 'error', code: '#ERROR!', message: error.message || 'Formula parse error.' };
    default:
      return { kind: 'error', code: errorCode(error.type), message: error.message };
  }
}

/** Size memory across evaluations of the same workbook, so re-renders usually take one pass. */
export class FormulaEngine {
  private knownSizes = new Map<string, { width: number; height: number }>();
  private readonly memo = new Map<string, Outcome>();

  constructor(private readonly host: FunctionHost) {}

  evaluate(sheets: SourceSheet[]): EvaluatedSheet[] {
    registerFunctions(this.host.functions);
    const lastRows = new Map(sheets.map((s) => [s.name.toLowerCase(), lastRowOf(s.cells)]));
    let result: EvaluatedSheet[] = [];
    // Pass 1 learns the size of each result (tables such as CUSTOMER_INSIGHTS cannot be known in
    // advance); a pass whose predicted sizes all held is final.
    for (let pass = 0; pass < 4; pass++) {
      const current: Session = {
        host: this.host,
        knownSizes: this.knownSizes,
        predicted: new Map(),
        actual: new Map(),
        memo: this.memo,
      };
      session = current;
      try {
        result = this.evaluateOnce(sheets, lastRows);
      } finally {
        session = undefined;
      }
      let settled = true;
      for (const [key, size] of current.actual) {
        const predicted = current.predicted.get(key);
        if (!predicted || predicted.width !== size.width || predicted.height !== size.height) settled = false;
      }
      this.knownSizes = new Map(current.actual);
      if (settled) break;
    }
    return result;
  }

  private evaluateOnce(sheets: SourceSheet[], lastRows: Map<string, number>): EvaluatedSheet[] {
    const input: Record<string, (string | number | boolean | null)[][]> = {};
    for (const sheet of sheets) {
      const bound = (formula: string) =>
        boundOpenRanges(formula, (name) => lastRows.get((name ?? sheet.name).toLowerCase()) ?? 1);
      input[sheet.name] = sheet.cells.map((row) => row.map((cell) => toRawContent(cell, bound)));
    }
    const hf = HyperFormula.buildFromSheets(input, {
      licenseKey: 'gpl-v3',
      dateFormats: ['YYYY-MM-DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss'],
      currencySymbol: [],
      maxRows: 2_000_000,
      maxColumns: 1000,
      useArrayArithmetic: false,
      smartRounding: false,
    });
    try {
      return sheets.map((sheet) => {
        const sheetId = hf.getSheetId(sheet.name)!;
        const dims = hf.getSheetDimensions(sheetId);
        const height = Math.max(dims.height, sheet.cells.length);
        const width = sheet.cells.reduce((max, r) => Math.max(max, r.length), dims.width);
        const rows: EvaluatedCell[][] = [];
        for (let r = 0; r < height; r++) {
          const row: EvaluatedCell[] = [];
          for (let c = 0; c < width; c++) {
            const source = sheet.cells[r]?.[c] ?? null;
            const address = { sheet: sheetId, row: r, col: c };
            if (source !== null && source !== '' && !isFormulaCell(source)) {
              row.push({ display: sourceDisplay(source) });
              continue;
            }
            const value = hf.getCellValue(address);
            const display = displayOf(value, String(hf.getCellValueDetailedType(address)));
            if (isFormulaCell(source)) row.push({ display, formula: source.formula });
            else if (display.kind !== 'empty') row.push({ display, spilled: true });
            else row.push({ display });
          }
          rows.push(row);
        }
        return { name: sheet.name, rows };
      });
    } finally {
      hf.destroy();
    }
  }
}

function sourceDisplay(cell: Exclude<SourceCell, null | { formula: string }>): DisplayValue {
  if (typeof cell === 'string') return { kind: 'string', value: cell };
  if (typeof cell === 'number') return { kind: 'number', value: cell };
  if (typeof cell === 'boolean') return { kind: 'boolean', value: cell };
  return { kind: 'date', serial: cell.serial };
}
