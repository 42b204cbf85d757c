// `npm start -- path/to/file.xlsx|.csv`: the owner's own data as a workbook for the preview.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { SampleCell, SampleSheet, SampleWorkbook } from '../../src/core/sample/sample-workbook';
import { type ImportedCell, readCsv } from './csv';

export interface LoadOptions {
  timeZone: string;
  locale: string;
}

/** The sheet that most likely holds the purchase log: named like one, else the first. */
function purchaseSheetName(names: string[]): string | undefined {
  const pattern = /purchase|order|sale|transaction|log|购买|購買|订单|訂單|销售|銷售|交易|流水/i;
  return names.find((n) => pattern.test(n)) ?? names[0];
}

/** A sheet name quoted for a formula when it needs it: 'My sheet'!A2:D. */
function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const INSIGHTS_SHEET = 'Insights (preview)';

/** 1 → A, 26 → Z, 27 → AA. */
function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * Adds a sheet with `=CUSTOMER_INSIGHTS(...)` over the purchase sheet, header row included, so
 * loading an export as it is (Shopify, WooCommerce…) shows results at once: the formula finds the
 * columns by their headers (columns A–C are customer, date, amount only when there is no header).
 */
function withInsightsSheet(workbook: SampleWorkbook): SampleWorkbook {
  const target = purchaseSheetName(workbook.sheets.map((s) => s.name));
  if (!target) return workbook;
  const rows = workbook.sheets.find((s) => s.name === target)?.rows ?? [];
  const width = Math.max(4, ...rows.map((r) => r.length));
  const insights: SampleSheet = {
    name: INSIGHTS_SHEET,
    frozenRows: 1,
    rows: [[`=CUSTOMER_INSIGHTS(${sheetReference(target)}!A1:${columnLetters(width)})`]],
  };
  return { ...workbook, sheets: [...workbook.sheets, insights] };
}

const toSampleCell = (cell: ImportedCell): SampleCell => cell;

function isoOfUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An .xlsx cell (read-excel-file gives dates as UTC midnight) as a sample cell. */
function xlsxCell(value: unknown): SampleCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // The date as Excel shows it (the preview keeps whole days; a time of day is dropped).
    return Number.isNaN(value.getTime()) ? null : { date: isoOfUtcDate(value) };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

export async function loadWorkbookFile(path: string, options: LoadOptions): Promise<SampleWorkbook> {
  const extension = extname(path).toLowerCase();
  const title = basename(path);
  let sheets: SampleSheet[];
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') {
    const rows = readCsv(readFileSync(path, 'utf8')).map((row) => row.map(toSampleCell));
    sheets = [{ name: basename(path, extname(path)), frozenRows: 1, rows }];
  } else if (extension === '.xlsx') {
    const book = await readXlsxFile(readFileSync(path));
    sheets = book.map((sheet) => ({
      name: sheet.sheet,
      frozenRows: 1,
      rows: sheet.data.map((row) => row.map(xlsxCell)),
    }));
  } else {
    throw new Error(
      `${path}: the preview reads .xlsx and .csv files (got "${extension || 'no extension'}").`,
    );
  }
  if (sheets.length === 0) throw new Error(`${path}: no sheets found.`);
  return withInsightsSheet({
    title,
    timeZone: options.timeZone,
    locale: options.locale,
    asOf: '',
    sheets,
  });
}
