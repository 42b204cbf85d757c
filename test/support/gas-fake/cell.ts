// The cell model of the fake sheet and how written values are interpreted.
import { type FakeEnv, isDate } from './env';
import { zonedToEpoch } from './tz';

/** What a cell can hold: Sheets gives scripts numbers, strings, booleans and Dates; '' is blank. */
export type CellValue = string | number | boolean | Date;

/**
 * The default number format of a never-formatted cell, as `Range.getNumberFormat()` reports it
 * ("Automatic" in the UI).
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';

export interface Cell {
  /** The stored value ('' when blank). Dates are host-realm Dates, cloned on every read. */
  value: CellValue;
  /** The formula ('=...') when the cell holds one, else ''. The fake never evaluates formulas. */
  formula: string;
  numberFormat: string;
  background: string;
  fontColor: string;
  fontWeight: 'normal' | 'bold';
  fontStyle: 'normal' | 'italic';
  fontSize: number;
  fontFamily: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
  wrapStrategy: string;
  note: string;
}

export function blankCell(): Cell {
  return {
    value: '',
    formula: '',
    numberFormat: DEFAULT_NUMBER_FORMAT,
    background: DEFAULT_BACKGROUND,
    fontColor: DEFAULT_FONT_COLOR,
    fontWeight: 'normal',
    fontStyle: 'normal',
    fontSize: 10,
    fontFamily: 'Arial',
    horizontalAlignment: 'general',
    verticalAlignment: 'bottom',
    wrap: false,
    wrapStrategy: 'OVERFLOW',
    note: '',
  };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}

export function clearContent(cell: Cell): void {
  cell.value = '';
  cell.formula = '';
}

export function clearFormat(cell: Cell): void {
  const fresh = blankCell();
  cell.numberFormat = fresh.numberFormat;
  cell.background = fresh.background;
  cell.fontColor = fresh.fontColor;
  cell.fontWeight = fresh.fontWeight;
  cell.fontStyle = fresh.fontStyle;
  cell.fontSize = fresh.fontSize;
  cell.fontFamily = fresh.fontFamily;
  cell.horizontalAlignment = fresh.horizontalAlignment;
  cell.verticalAlignment = fresh.verticalAlignment;
  cell.wrap = fresh.wrap;
  cell.wrapStrategy = fresh.wrapStrategy;
}

export function copyCell(cell: Cell): Cell {
  return { ...cell, value: isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value };
}

/** Converts a raw value given by a test (addSheet) into a stored value without any parsing. */
export function storeRaw(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return '';
  if (isDate(raw)) return new Date(raw.getTime());
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export interface InputContext {
  env: FakeEnv;
  /** Parse strings as a user typing into Sheets would (see `interpretInput`). */
  parse: boolean;
  timeZone: string;
}

/**
 * Writes a value the way `Range.setValue(s)` / `Sheet.appendRow` do. Those behave like typing into
 * the cell ("If it begins with '=' it is interpreted as a formula",
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)), so:
 * - a string starting with `=` is stored AS A FORMULA (formula = the text; value = the same text,
 *   since the fake does not evaluate formulas);
 * - a non-numeric string starting with `+` or `-` is also parsed as a formula by Sheets (the
 *   "+1 555 ..." / "- item" #ERROR! problem); stored as formula `=` + text;
 * - a leading apostrophe forces text and is not stored (`'=1+2` stores the text `=1+2`);
 * - plain decimal numbers become numbers ("007" -> 7), TRUE/FALSE become booleans, and ISO dates
 *   `yyyy-mm-dd[ hh:mm[:ss]]` become Dates at that wall time in the spreadsheet's time zone.
 *   Approximation: locale formats (1,234 / 5% / $5 / 1/2/2024) stay text.
 * - a cell formatted as plain text (`@`) stores strings verbatim.
 * null/undefined clear the cell; non-finite numbers and objects are stored as their String().
 */
export function interpretInput(raw: unknown, cell: Cell, ctx: InputContext): void {
  cell.formula = '';
  if (raw === null || raw === undefined) {
    cell.value = '';
    return;
  }
  if (isDate(raw)) {
    cell.value = new Date(raw.getTime());
    return;
  }
  if (typeof raw === 'number') {
    cell.value = Number.isFinite(raw) ? raw : String(raw);
    return;
  }
  if (typeof raw === 'boolean') {
    cell.value = raw;
    return;
  }
  const text = typeof raw === 'string' ? raw : String(raw);
  if (!ctx.parse || cell.numberFormat === '@' || text === '') {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = text;
    return;
  }
  if (NUMBER.test(text)) {
    cell.value = Number(text);
    return;
  }
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) {
    cell.formula = `=${text}`;
    cell.value = text;
    return;
  }
  if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === 'true';
    return;
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
    if (mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31) {
      cell.value = new Date(zonedToEpoch(ctx.timeZone, y!, mo!, d!, h, mi, s));
      if (cell.numberFormat === DEFAULT_NUMBER_FORMAT) {
        cell.numberFormat = iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd h:mm:ss';
      }
      return;
    }
  }
  cell.value = text;
}

/** Stores a formula written with setFormula(s): text starting with '=' is a formula, else a value. */
export function writeFormula(formula: unknown, cell: Cell, ctx: InputContext): void {
  const text = formula === null || formula === undefined ? '' : String(formula);
  if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = text;
  } else {
    interpretInput(text, cell, ctx);
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
};

/**
 * Normalises a CSS colour the way getBackground() reports it: lower-case '#rrggbb'. Approximation:
 * only a few CSS names are known; other strings are kept lower-cased.
 */
export function normalizeColor(color: string | null | undefined, fallback: string): string {
  if (color === null || color === undefined || color === '') return fallback;
  const c = color.trim().toLowerCase();
  const named = NAMED_COLORS[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}
