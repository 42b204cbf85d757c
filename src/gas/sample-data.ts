// "Insert sample data": the tea-shop workbook of src/core/sample (the one the local preview opens)
// written into new sheets the add-on owns. The workbook travels from the sidebar, which bundles it:
// dist/Code.js is loaded on every custom-function call and must stay under 200 KB, the 55 KB sample
// would not fit; the sidebar loads only when opened. So the server treats it as untrusted input:
// validated with zod (shape and size), every text neutralised (write-block.ts), and only formulas
// calling Regulars' own functions with plain cell references are written as formulas.
//
// The owner's data is never cleared: the first insertion only creates sheets, and into a workbook
// that holds the owner's own data it first says which sheets it adds and asks. When sample sheets the
// add-on wrote are there already, nothing is changed unless the owner confirms replacing them
// (`replace`), and even then a sample sheet the owner edited since (its values and formulas no longer
// match the fingerprint stored when it was written) is kept as it is. A renamed or copied sample sheet
// is the owner's (owned-sheets.ts). Inserting the sample never fixes the owner's analysis date.
import * as z from 'zod/mini';
import { isIsoDay } from '../core/mapping/column-setup';
import { itemCount, text, textThat, wholeNumber } from '../core/mapping/leaf-schemas';
import { columnIndex, type SampleCell, sampleCellValue } from '../core/sample/sample-workbook';
import { describeZodError } from '../core/validation';
import {
  clearSheet,
  createOwnedSheet,
  findReusableSheet,
  freeSheetName,
  ownedSheetRoles,
  SAMPLE_SHEET_KEY,
  setSheetMark,
  sheetMark,
} from './owned-sheets';
import type { SheetEnv } from './sheet-env';
import { writeBlock } from './write-block';

/** Text (at most 1,000 characters), a finite number, TRUE/FALSE, blank (null) or `{ date: 'YYYY-MM-DD' }`. */
function isSampleCell(cell: unknown): boolean {
  if (cell === null || typeof cell === 'boolean') return true;
  if (typeof cell === 'string') return cell.length <= 1000;
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell !== 'object') return false;
  const keys = Object.keys(cell);
  return keys.length === 1 && keys[0] === 'date' && isIsoDay((cell as { date: unknown }).date);
}

const FORMAT = /^[#0.,%¥$€£ a-z/:-]{1,30}$/i;

/** [column letter, Sheets number format]: an entry of the workbook's `numberFormats`. */
function isFormatPair(pair: unknown): boolean {
  if (!Array.isArray(pair) || pair.length !== 2) return false;
  const [column, format] = pair as unknown[];
  return (
    typeof column === 'string' &&
    /^[A-Z]{1,2}$/.test(column) &&
    typeof format === 'string' &&
    FORMAT.test(format)
  );
}

// Cells and formats are checked by predicates inside the schema: a union of five cell shapes would
// add some 10 KB of zod to dist/Code.js, and an array of unknowns the unknown kind (~0.5 KB); the
// leaves are leaf-schemas.ts predicates.
const SampleWorkbookSchema = z.strictObject({
  title: text(0, 200),
  timeZone: text(0, 100),
  locale: text(0, 20),
  asOf: textThat(isIsoDay, 'must be a date written YYYY-MM-DD'),
  generatedBy: z.optional(text(0, 200)),
  sheets: z
    .array(
      z.strictObject({
        name: text(1, 90),
        frozenRows: z.optional(wholeNumber(0, 10)),
        columnWidths: z.optional(z.array(wholeNumber(10, 2000)).check(itemCount(0, 52))),
        /** [column letter, Sheets number format] pairs (the workbook's `numberFormats` object, as entries). */
        numberFormats: z.optional(
          z
            .array(z.custom<[string, string]>(isFormatPair, 'must be [column letter, number format] pairs'))
            .check(itemCount(0, 52)),
        ),
        rows: z
          .array(
            z.custom<unknown[]>(
              (row) => Array.isArray(row) && row.length <= 52 && row.every(isSampleCell),
              'must be at most 52 cells: text, numbers, TRUE/FALSE, blank or {date}',
            ),
          )
          .check(itemCount(0, 5000)),
      }),
    )
    .check(itemCount(1, 6)),
});

/** Formulas the sample may contain: Regulars' own functions over cell references, numbers and quoted words. */
const SAMPLE_FORMULA =
  /^=(?:CUSTOMER_INSIGHTS|RFM_SCORE|RFM_SEGMENT|VALUE_TIER|LIFECYCLE_STAGE|CUSTOMER_WHY|REPEAT_PROBABILITY|EXPECTED_PURCHASES|NEXT_PURCHASE_DATE|PREDICTED_VALUE|LOYALTY_SCORE|CUSTOMER_MODEL)\((?:[A-Za-z0-9$:!., ]|"[A-Za-z-]*")*\)$/;

export type SampleResult =
  | {
      status: 'inserted';
      /** The sheets written. */
      sheets: string[];
      /** Sample sheets the owner edited, kept as they are. */
      kept: string[];
      /** The sample's own date (its last purchases); the owner's analysis date is not changed. */
      sampleDate: string;
    }
  | {
      /**
       * Sample sheets exist, or (`add`) the workbook holds the owner's own data: nothing was changed;
       * call again with `replace` to go ahead.
       */
      status: 'confirm';
      /** First insertion beside the owner's data: the sheets it would add, as they would be named. */
      add?: string[];
      /** Untouched sample sheets that would be replaced. */
      replace: string[];
      /** Sample sheets the owner edited, which would be kept. */
      kept: string[];
    };

const FINGERPRINT_KEY = 'regulars.sampleFingerprint';

/**
 * FNV-1a over each cell's formula, or its value when it has none: what the owner could have edited.
 * A formula's output is not the owner's: cells below a formula in its column (where the sample's
 * column formulas spill their results, computed after the sheet was written) and blank cells are
 * left out, each other cell counted with its position.
 */
function fingerprint(sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  };
  const spilled = new Set<number>();
  values.forEach((row, r) => {
    row.forEach((cell, c) => {
      const formula = formulas[r]?.[c] ?? '';
      if (formula !== '') spilled.add(c);
      else if (spilled.has(c) || cell === '') return;
      add(
        `${r},${c}${
          formula !== ''
            ? `f${formula}`
            : cell instanceof Date
              ? `d${cell.getTime()}`
              : `${typeof cell}${String(cell)}`
        }\u0001`,
      );
    });
  });
  return hash.toString(16);
}

export function insertSampleWorkbook(env: SheetEnv, input: unknown, replace = false): SampleResult {
  const parsed = SampleWorkbookSchema.safeParse(input);
  if (!parsed.success) throw new Error(describeZodError(parsed.error, 'sample workbook'));
  const workbook = parsed.data;
  const spreadsheet = env.spreadsheet;
  const existing = workbook.sheets.map((s) => findReusableSheet(spreadsheet, s.name, SAMPLE_SHEET_KEY));
  const edited = existing.map(
    (sheet) => sheet !== null && sheetMark(sheet, FINGERPRINT_KEY) !== fingerprint(sheet),
  );
  const names = (pick: (i: number) => boolean) =>
    existing.flatMap((sheet, i) => (sheet !== null && pick(i) ? [sheet.getName()] : []));
  const kept = names((i) => edited[i]!);
  if (!replace) {
    if (existing.some((sheet) => sheet !== null))
      return { status: 'confirm', replace: names((i) => !edited[i]), kept };
    // The first insertion into a workbook with the owner's data says what it adds and asks.
    const roles = ownedSheetRoles(spreadsheet);
    const ownData = spreadsheet
      .getSheets()
      .some(
        (sheet) =>
          !roles.has(sheet.getSheetId()) &&
          sheetMark(sheet, SAMPLE_SHEET_KEY) === undefined &&
          sheet.getLastRow() > 0,
      );
    if (ownData) {
      const add = workbook.sheets.map((s) => freeSheetName(spreadsheet, s.name));
      return { status: 'confirm', add, replace: [], kept };
    }
  }
  const sheets = workbook.sheets.map((s, i) => {
    const sheet = existing[i];
    if (sheet === null || sheet === undefined)
      return createOwnedSheet(spreadsheet, s.name, s.name, SAMPLE_SHEET_KEY);
    if (!edited[i]) clearSheet(sheet);
    return sheet;
  });
  const renamed = workbook.sheets
    .map((s, i) => [s.name, sheets[i]!.getName()] as const)
    .filter(([from, to]) => from !== to);
  workbook.sheets.forEach((sample, i) => {
    const sheet = sheets[i]!;
    if (edited[i]) return;
    // As sample-workbook.ts's sampleGrids (not called here: it would bundle the sample into Code.js).
    const formulas: [number, number, string][] = [];
    const formats = new Map<number, string>();
    for (const [letters = '', format = ''] of sample.numberFormats ?? [])
      formats.set(columnIndex(letters), format);
    const values = (sample.rows as SampleCell[][]).map((row, r) =>
      row.map((cell, c) => {
        if (typeof cell === 'string' && SAMPLE_FORMULA.test(cell)) {
          formulas.push([r + 1, c + 1, renameReferences(cell, renamed)]);
          return '';
        }
        const value = sampleCellValue(cell, env.timeZone);
        if (r > 0 && value instanceof Date && !formats.has(c)) formats.set(c, 'yyyy-mm-dd');
        return value;
      }),
    );
    const frozenRows = sample.frozenRows ?? 0;
    writeBlock(sheet, 1, 1, values, { headerRows: frozenRows });
    for (const [r, c, formula] of formulas) sheet.getRange(r, c, 1, 1).setFormula(formula);
    if (values.length > 1) {
      for (const [c, format] of formats)
        sheet.getRange(2, c + 1, values.length - 1, 1).setNumberFormat(format);
    }
    (sample.columnWidths ?? []).forEach((px, c) => {
      sheet.setColumnWidth(c + 1, px);
    });
    sheet.setFrozenRows(frozenRows);
    setSheetMark(sheet, FINGERPRINT_KEY, fingerprint(sheet));
  });
  sheets[0]?.activate();
  return {
    status: 'inserted',
    sheets: sheets.filter((_, i) => !edited[i]).map((s) => s.getName()),
    kept,
    sampleDate: workbook.asOf,
  };
}

/** `Purchases!A2:D` → `'Purchases (Regulars)'!A2:D` for each sheet that got another name. */
function renameReferences(formula: string, renamed: readonly (readonly [string, string])[]): string {
  let out = formula;
  for (const [from, to] of renamed) {
    out = out.split(`${from}!`).join(`'${to.replace(/'/g, "''")}'!`);
  }
  return out;
}

/** What the sidebar sends: the sample workbook, number formats as [letter, format] pairs. */
export type SampleUpload = z.input<typeof SampleWorkbookSchema>;
