// The sample workbook (a small tea shop) as data, and its conversion into grids of cell values as
// Apps Script's getValues() would return them. Pure: no Node or Apps Script APIs, so the
// "Insert sample data" menu item and the local preview share it.
import type { CellValue } from '../cells';
import { dayFromCivil } from '../time/civil';
import { instantOfDay } from '../time/zone';
import teaShopJson from './tea-shop.json';

/**
 * A cell as stored in the JSON: a string (a formula when it starts with `=`; messy text such as
 * `2025/3/5` or `¥1,280.00` stays text), a number, a boolean, `null` for a blank cell, or a date
 * cell written as `{ "date": "YYYY-MM-DD" }`.
 */
export type SampleCell = string | number | boolean | null | { date: string };

export interface SampleSheet {
  name: string;
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  /** Column widths in pixels, from column A. */
  columnWidths?: number[];
  /** Number formats by column letter, in Sheets' pattern syntax (`yyyy-mm-dd`, `0%`, `¥#,##0.00`). */
  numberFormats?: Record<string, string>;
  /** Rows from row 1; rows may be shorter than the widest one (missing cells are blank). */
  rows: SampleCell[][];
}

export interface SampleWorkbook {
  title: string;
  /** The spreadsheet's IANA time zone the sample is meant for. */
  timeZone: string;
  /** The spreadsheet's locale, e.g. `en_US`. */
  locale: string;
  /** The analysis date the sheet's formulas refer to (its "As of" cell), `YYYY-MM-DD`. */
  asOf: string;
  generatedBy?: string;
  sheets: SampleSheet[];
}

/** One sheet as cell values: a rectangle (short rows padded with `""`), formulas as `=` text. */
export interface SampleGrid {
  name: string;
  values: CellValue[][];
  frozenRows: number;
  columnWidths: number[];
  /** Number formats by 0-based column index. */
  numberFormats: Record<number, string>;
}

/** The committed tea-shop workbook, made by `scripts/make-sample.mjs`. */
export const TEA_SHOP: SampleWorkbook = teaShopJson as unknown as SampleWorkbook;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`. */
export function dayOfIsoDate(iso: string): number {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new RangeError(`sample workbook: "${iso}" is not a date written as YYYY-MM-DD.`);
  return dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const isDateCell = (cell: SampleCell): cell is { date: string } =>
  typeof cell === 'object' && cell !== null && typeof (cell as { date?: unknown }).date === 'string';

/** Whether a cell value is a formula (text starting with `=`). */
export const isFormula = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('=') && value.length > 1;

/** 0-based index of a column letter: A → 0, Z → 25, AA → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`"${letters}" is not a column letter.`);
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/**
 * A sample cell as a cell value: a date becomes the instant of midnight of that day in `timeZone`
 * (what a Sheets date cell gives a script); `makeDate` lets a caller build it in another realm
 * (e.g. a `node:vm` context's own `Date`). Blank is `""`.
 */
export function sampleCellValue(
  cell: SampleCell | undefined,
  timeZone: string,
  makeDate: (ms: number) => Date = (ms) => new Date(ms),
): CellValue {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return makeDate(instantOfDay(dayOfIsoDate(cell.date), timeZone).getTime());
  return cell;
}

/**
 * The workbook's sheets as rectangular grids of cell values. Dates are made for `timeZone` (the
 * spreadsheet's zone; by default the one the sample was written for), so each date cell shows the
 * same calendar day whatever zone the code runs in.
 */
export function sampleGrids(
  workbook: SampleWorkbook = TEA_SHOP,
  timeZone: string = workbook.timeZone,
  makeDate?: (ms: number) => Date,
): SampleGrid[] {
  return workbook.sheets.map((sheet) => {
    const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 1);
    const values = sheet.rows.map((row) => {
      const out: CellValue[] = [];
      for (let c = 0; c < width; c++) out.push(sampleCellValue(row[c], timeZone, makeDate));
      return out;
    });
    const numberFormats: Record<number, string> = {};
    for (const [letters, format] of Object.entries(sheet.numberFormats ?? {})) {
      numberFormats[columnIndex(letters)] = format;
    }
    return {
      name: sheet.name,
      values,
      frozenRows: sheet.frozenRows ?? 0,
      columnWidths: sheet.columnWidths ?? [],
      numberFormats,
    };
  });
}

/**
 * A value ready for `Range.setValues()`, which reads strings as if typed: `=` starts a formula and
 * text that looks like a number or date (`2025/3/5`, `¥ 96`, `007`) would be converted. Messy text
 * must stay text, so every non-formula string that contains a digit or starts with `+`, `-` or
 * `'` gets a leading apostrophe (Sheets stores the rest of the text verbatim).
 */
export function enteredValue(value: CellValue): CellValue {
  if (typeof value !== 'string' || isFormula(value)) return value;
  return /\d|^[+\-']|^(true|false)$/i.test(value) ? `'${value}` : value;
}
