// The one way the add-on writes values: a block with one setValues, owner text kept as text.
//
// Text neutralisation (the rule for every cell the add-on writes): Range.setValues reads a string as
// if it were typed, so "=HYPERLINK(...)", "+1 555…" or "-x" would become formulas and "007", "1,234"
// or "2024/3/5" numbers or dates. Every non-empty string is therefore written with a leading
// apostrophe, Sheets' own "this is text" marker: the cell holds the string exactly, the apostrophe is
// not part of the value (getValues returns the text without it). Formats are applied after the values
// and never as plain text ('@'), since in a plain-text cell the apostrophe would be kept literally.
import type { CellOutput } from '../core/cells';
import type { ColumnFormat } from '../core/report/summary';

/** Sheets holds at most 50,000 characters in a cell. */
const MAX_CELL_CHARS = 50_000;

/** A value as it must be given to setValues so that text stays text (see above). */
export function cellInput(value: CellOutput | null | undefined): CellOutput {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' || value === '') return value;
  return `'${value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS) : value}`;
}

const PATTERNS: Readonly<Record<Exclude<ColumnFormat, 'text'>, string>> = {
  integer: '0',
  decimal: '0.0',
  money: '#,##0.00',
  percent: '0%',
  date: 'yyyy-mm-dd',
};

/** Grows the sheet so that rows × columns fit (getRange beyond the grid throws in Apps Script). */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

export interface BlockOptions {
  /** A format per column for the rows after the first `headerRows` (text columns are left alone). */
  formats?: readonly ColumnFormat[];
  /** Leading rows that are headers: bold, and not number-formatted. Default 0. */
  headerRows?: number;
  /** The sheet's own money and date patterns (core/report/sheet-formats.ts), replacing the defaults. */
  patterns?: Readonly<Record<Exclude<ColumnFormat, 'text'>, string>>;
}

/**
 * Writes `rows` at (row, column) with one setValues, rows padded to the widest, every string
 * neutralised; then one setNumberFormat per formatted column. Returns the block's range.
 */
export function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
  rows: readonly (readonly CellOutput[])[],
  options: BlockOptions = {},
): GoogleAppsScript.Spreadsheet.Range {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const height = Math.max(1, rows.length);
  ensureSize(sheet, row + height - 1, column + width - 1);
  const values = rows.map((r) => {
    const line = r.map(cellInput);
    while (line.length < width) line.push('');
    return line;
  });
  if (values.length === 0) values.push(new Array<CellOutput>(width).fill(''));
  const range = sheet.getRange(row, column, height, width);
  range.setValues(values);
  const headerRows = Math.min(options.headerRows ?? 0, height);
  if (headerRows > 0) sheet.getRange(row, column, headerRows, width).setFontWeight('bold');
  const dataRows = height - headerRows;
  if (options.formats && dataRows > 0) {
    options.formats.forEach((format, j) => {
      if (format !== 'text' && j < width) {
        const pattern = (options.patterns ?? PATTERNS)[format];
        sheet.getRange(row + headerRows, column + j, dataRows, 1).setNumberFormat(pattern);
      }
    });
  }
  return range;
}
