// One entry for reading a purchase log from a grid, wherever its columns are: the header row is found
// (first 10 rows), the export detected (detect-export.ts), and the log read by the export reader when
// it has orders, statuses or contacts, else by the plain reader. A grid with no recognisable header
// is read positionally (customer, date, amount in the first three columns), as formulas always did.
//
// Decisions (tests in test/unit/exports/exports-parts.test.ts and test/bundle/exports.test.ts):
// - When positional reading finds nothing usable and the first row is text, the grid has a header
//   the add-on does not know: `LogNotFound` names the columns needed and the headers it saw, instead
//   of an empty table with no message.
// - Owner rules come as text, `Type=会员充值|储值; Lineitem name=Gift Card`: a header, '=', values
//   separated by '|' (or ','); rules separated by ';'. A header that is not in the grid is an error,
//   and so are rules on a range read positionally (it has no headers to name).
import type { CellValue, Grid } from '../cells';
import type { DayNumber } from '../days';
import type { Language, Localized } from '../i18n/language';
import { normalizeHeader } from '../input/headers';
import type { DecimalMark } from '../input/parse-amount';
import type { DateOrder } from '../input/parse-date';
import {
  DEFAULT_PURCHASE_COLUMNS,
  type PaidFlagNote,
  type PurchaseColumns,
  type PurchaseLog,
} from '../input/purchase';
import { readPurchases } from '../input/read-purchases';
import { cleanText } from '../input/text';
import { detectExport, type ExportDetection, needsExportReader, unusualAmount } from './detect-export';
import type { ExportColumns } from './fields';
import { withItemCost } from './item-cost';
import { keyPerOrder } from './key-per-order';
import { lineMoneyHeader, namesOf, withLineMoney } from './line-amounts';
import { rowsBelowHeader } from './order-reference-column';
import { withOtherBlocks } from './other-blocks';
import { unpaidRows } from './paid-flag-column';
import { withPriceRowTotals } from './price-row-totals';
import { type ExcludeRule, readExport } from './read-export';

export interface ReadLogOptions {
  timeZone: string;
  dateOrder: DateOrder;
  /** For text amounts of a plain log (read-purchases.ts); an export's are read as exported. */
  decimalMark?: DecimalMark | undefined;
  asOfDay: DayNumber;
  /** Sheet row number of the grid's first row; 1 when absent. */
  firstRowNumber?: number;
  /** Owner rules, as stored (column indexes) or as formula text. */
  exclude?: readonly ExcludeRule[] | string;
}

export interface LogReading {
  log: PurchaseLog;
  /** What was detected; undefined when read positionally. */
  detection: ExportDetection | undefined;
  /** Zero-based row of the header in the grid. */
  headerRowIndex: number | undefined;
}

/** The columns needed and the headers seen (none when the range has no header row), for a readable error. */
export class LogNotFound extends Error {
  constructor(
    readonly missing: readonly ('customer' | 'date' | 'amount')[],
    readonly headers: readonly string[],
  ) {
    super(logNotFoundMessage(missing, headers, 'en'));
    this.name = 'LogNotFound';
  }
}

const NEEDS: Localized<Record<'customer' | 'date' | 'amount', string>> = {
  en: { customer: 'customer (or email)', date: 'date', amount: 'amount (or total)' },
  'zh-CN': { customer: '客户（或邮箱）', date: '日期', amount: '金额（或合计）' },
  'zh-TW': { customer: '客戶（或郵箱）', date: '日期', amount: '金額（或合計）' },
};

/** The header names a fix suggests, quoted as each language quotes (also Analyze's alert: partial-log.ts). */
export const RENAME: Localized<Record<'customer' | 'date' | 'amount', string>> = {
  en: { customer: '"Customer"', date: '"Date"', amount: '"Amount"' },
  'zh-CN': { customer: '“客户”', date: '“日期”', amount: '“金额”' },
  'zh-TW': { customer: '「客戶」', date: '「日期」', amount: '「金額」' },
};

/** The error in the spreadsheet's language: what is needed, the headers seen, and how to fix it. */
export function logNotFoundMessage(
  missing: readonly ('customer' | 'date' | 'amount')[],
  headers: readonly string[],
  language: Language,
): string {
  const needs = missing.map((m) => NEEDS[language][m]);
  const seen = headers.slice(0, 30).map((h) => (language === 'en' ? `'${h}'` : `“${h}”`));
  const names = missing.map((m) => RENAME[language][m]);
  const last = names.pop();
  const rename =
    names.length === 0
      ? last
      : `${names.join(language === 'en' ? ', ' : '、')}${language === 'en' ? ' and ' : '和'}${last}`;
  // Neither when nor how much: said plainly, since renaming may not be possible (trial 24, Instacart).
  const neither = missing.includes('date') && missing.includes('amount');
  if (language === 'en') {
    return headers.length > 0
      ? `No purchase log columns found: needs ${needs.join(', ')}; the headers seen were ${seen.join(', ')}. ${neither ? 'A log without when each customer bought and what they paid cannot be analysed. If the sheet has them, ' : 'To fix it, '}rename those headers ${rename}, or pass only the columns customer, date, amount, in that order, from the first row below the header.`
      : 'No purchases could be read: without a header row, columns A–C must be customer, date, amount. Include the header row (e.g. Orders!A1:Z) so the columns are found by their headers.';
  }
  const sep = '、';
  if (language === 'zh-CN') {
    return headers.length > 0
      ? `找不到购买记录的列：需要${needs.join(sep)}；看到的表头是 ${seen.join(sep)}。${neither ? '没有购买日期和金额的记录无法分析。如果表中有这些列，' : '解决办法：'}请把表头改为${rename}，或只传入客户、日期、金额三列（按此顺序，从表头下一行开始）。`
      : '无法读取任何购买：没有表头行时，A–C 列必须依次是客户、日期、金额。请把表头行包含在范围内（例如 订单!A1:Z），以便按表头识别各列。';
  }
  return headers.length > 0
    ? `找不到購買紀錄的欄位：需要${needs.join(sep)}；看到的表頭是 ${seen.join(sep)}。${neither ? '沒有購買日期和金額的紀錄無法分析。如果表中有這些欄，' : '解決辦法：'}請把標題改為${rename}，或只傳入客戶、日期、金額三欄（依此順序，從標題下一列開始）。`
    : '無法讀取任何購買：沒有表頭列時，A–C 欄必須依序是客戶、日期、金額。請把表頭列包含在範圍內（例如 訂單!A1:Z），以便依表頭辨識各欄。';
}

/** An owner rule that cannot be applied: no '=' (`column` undefined), or a column not in the header. */
export class ExcludeRuleError extends Error {
  override name = 'ExcludeRuleError';
  constructor(
    readonly rule: string,
    readonly column: string | undefined,
    readonly headers: readonly string[],
  ) {
    super(excludeRuleMessage(rule, column, headers, 'en'));
  }
}

/** The rule error in the spreadsheet's language. */
export function excludeRuleMessage(
  rule: string,
  column: string | undefined,
  headers: readonly string[],
  language: Language,
): string {
  const list = headers.join(language === 'en' ? ', ' : '、');
  if (language === 'en') {
    return column === undefined
      ? `exclude must read like "Type=Top-up|Gift card"; got "${rule}".`
      : `exclude names the column "${column}", which is not among the headers (${list}).`;
  }
  if (language === 'zh-CN') {
    return column === undefined
      ? `exclude 的写法应为 "类型=会员充值|储值"；收到的是“${rule}”。`
      : `exclude 指定的列“${column}”不在表头中（${list}）。`;
  }
  return column === undefined
    ? `exclude 的寫法應為 "類型=會員儲值|禮品卡"；收到的是「${rule}」。`
    : `exclude 指定的欄「${column}」不在表頭中（${list}）。`;
}

const MAX_HEADER_SCAN = 10;

/** The first of the first 10 rows from which a usable log is detected. */
function findExportHeader(grid: Grid): { rowIndex: number; detection: ExportDetection } | undefined {
  const rows = Math.min(grid.length, MAX_HEADER_SCAN);
  for (let rowIndex = 0; rowIndex < rows; rowIndex++) {
    const detection = detectExport(grid[rowIndex] ?? [], rowsBelowHeader(grid, rowIndex));
    if (detection !== undefined && detection.missing.length === 0) return { rowIndex, detection };
  }
  return undefined;
}

/** Reads a whole range (header included, anywhere in the first 10 rows); see the rules at the top. */
export function readLog(grid: Grid, options: ReadLogOptions): LogReading {
  const first = options.firstRowNumber ?? 1;
  const found = findExportHeader(grid);
  if (found === undefined) {
    if (typeof options.exclude === 'string' && options.exclude.trim() !== '') parseRules(options.exclude, []);
    const log = readPlain(grid, options, undefined, first);
    const top = grid[0] ?? [];
    const headers = top.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (
      log.purchases.length === 0 &&
      headers.length > 0 &&
      headers.length === top.filter((x) => x !== '').length
    ) {
      // A header the add-on does not know: name what is needed and what was seen.
      // With its rows: a "Paid" column of yes/no names no amount (paid-flag-column.ts).
      const partial = detectExport(top, rowsBelowHeader(grid, 0));
      throw new LogNotFound(partial?.missing ?? ['customer', 'date', 'amount'], headers);
    }
    // No header and nothing readable in A–C (an export range started below its header): say so
    // rather than return an empty table.
    const onlyLater = log.issues.some((i) => i.problem === 'after_as_of');
    if (log.purchases.length === 0 && log.rowsSkipped > 0 && !onlyLater) {
      throw new LogNotFound(['customer', 'date', 'amount'], []);
    }
    return { log, detection: undefined, headerRowIndex: undefined };
  }
  const { rowIndex, detection } = found;
  const header = grid[rowIndex]!;
  const exclude = typeof options.exclude === 'string' ? parseRules(options.exclude, header) : options.exclude;
  // A plain log headed in its first row is read as it is: the rows below it, copied and put back
  // under their header, were two copies of a million-row range for the collector (issue 13).
  if (rowIndex === 0 && isPlainLog(detection.columns, exclude) && !detection.orderless) {
    const columns = detection.columns as PurchaseColumns;
    const log = readPlain(grid, options, columns, first, 1);
    return {
      log: withPaidFlag(log, grid, 1, first, detection, columns, header),
      detection,
      headerRowIndex: 0,
    };
  }
  return {
    log: readColumns(grid.slice(rowIndex + 1), detection.columns, {
      ...base(options),
      firstRowNumber: first + rowIndex + 1,
      headerRow: header,
      ...(detection.profile?.utcTimes ? { utcTimes: true } : {}),
      ...(detection.profile?.currency ? { platformCurrency: detection.profile.currency } : {}),
      ...(detection.profile?.moneyBothWays ? { moneyBothWays: true } : {}),
      ...(exclude ? { exclude } : {}),
    }),
    detection,
    headerRowIndex: rowIndex,
  };
}

/** Columns the plain reader reads (customer, date, amount; no export fields) and no owner rules. */
function isPlainLog(columns: ExportColumns, exclude: readonly ExcludeRule[] | undefined): boolean {
  return (
    !needsExportReader(columns) &&
    (exclude ?? []).length === 0 &&
    columns.customer !== undefined &&
    columns.amount !== undefined &&
    columns.date !== undefined
  );
}

/** Reads the rows below a header with known columns (a stored mapping or a detection). */
export function readColumns(
  rows: Grid,
  given: ExportColumns,
  options: Omit<ReadLogOptions, 'exclude'> & {
    headerRow?: readonly CellValue[];
    exclude?: readonly ExcludeRule[];
    utcTimes?: boolean;
    platformCurrency?: string;
    moneyBothWays?: boolean;
  },
): PurchaseLog {
  const detection =
    options.headerRow !== undefined ? detectExport(options.headerRow, rowsBelowHeader(rows, -1)) : undefined;
  // A log of no platform: its amount may be a line's, by its header or its rows (line-amounts.ts); a
  // setup saved before that was read decides by the header too.
  const amountLines = detection?.platform === undefined;
  const lined = amountLines ? withLineMoney(given, options.headerRow ?? []) : given;
  // A "price" its rows show to be each row's total is not multiplied by the quantity.
  const { columns: priced, priceRowTotals: totals } = amountLines
    ? withPriceRowTotals(rows, lined)
    : { columns: lined, priceRowTotals: undefined };
  // An export's "Item Cost", a price in one plugin and a line total in another: as its rows show.
  const { columns, itemCost } = amountLines
    ? { columns: priced }
    : withItemCost(rows, priced, options.headerRow ?? []);
  const read = readColumnsAs(rows, columns, detection, amountLines, options);
  const flagged = withPaidFlag(
    read,
    rows,
    0,
    options.firstRowNumber ?? 1,
    detection,
    columns,
    options.headerRow,
  );
  // Said when it is the money: with the order total kept, it only prices lines a rule leaves out.
  const log =
    itemCost !== undefined && columns.amount === undefined
      ? { ...withoutAmountFrom(flagged), itemCost }
      : flagged;
  if (totals === undefined) return log;
  const { amount, quantity } = namesOf(columns, options.headerRow ?? []);
  return { ...log, priceRowTotals: { amount, quantity, ...totals } };
}

/** The log without its amountFrom note (the Item Cost note says more of the same column). */
function withoutAmountFrom(log: PurchaseLog): PurchaseLog {
  const { amountFrom: _, ...rest } = log;
  return rest;
}

function readColumnsAs(
  rows: Grid,
  columns: ExportColumns,
  detection: ExportDetection | undefined,
  amountLines: boolean,
  options: Parameters<typeof readColumns>[2],
): PurchaseLog {
  const first = options.firstRowNumber ?? 1;
  // An export kept without its order ids: the export reader reads its repeated lines once.
  const orderless = columns.orderId === undefined && detection?.orderless;
  if (isPlainLog(columns, options.exclude) && !orderless) {
    // With the header known (the column setup found it), the rows below are all data: an unreadable
    // first row ('Walk-in | n/a | n/a') is reported, never taken for a second header.
    const header = options.headerRow;
    // concat, not [header, ...rows]: a spread after an element walks the rows with an iterator, one
    // result object per row (≈ 40 MB of garbage on a million rows, issue 13).
    const grid = header ? ([header] as Grid).concat(rows) : rows;
    return readPlain(grid, options, columns as PurchaseColumns, header ? first - 1 : first, header ? 1 : 0);
  }
  const amountFrom = unusualAmount(detection, options.headerRow ?? [], columns);
  const log = readExport(rows, {
    ...base(options),
    columns,
    firstRowNumber: first,
    ...(options.headerRow ? { headerRow: options.headerRow } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.utcTimes ? { utcTimes: true } : {}),
    ...(options.platformCurrency ? { platformCurrency: options.platformCurrency } : {}),
    ...(options.moneyBothWays ? { moneyBothWays: true } : {}),
    ...(orderless ? { orderlessLines: true } : {}),
    ...(amountLines ? { amountLines } : {}),
    ...(amountLines && lineMoneyHeader(columns, options.headerRow ?? []) ? { amountPerLine: true } : {}),
  });
  const perOrder = options.headerRow ? keyPerOrder(rows, columns, options.headerRow) : undefined;
  const read = {
    ...log,
    ...(amountFrom !== undefined ? { amountFrom } : {}),
    ...(perOrder !== undefined ? { keyPerOrder: perOrder } : {}),
  };
  // The owner's rules name the first header's columns: another export's block stays left out.
  if ((options.exclude ?? []).length > 0) return read;
  const whole = withOtherBlocks(rows, read, columns, first, (block, row) => readBlock(block, row, options));
  return perOrder === undefined || whole === read ? whole : { ...whole, keyPerOrder: perOrder };
}

/**
 * A "Paid" column of yes/no beside the amount (paid-flag-column.ts), for Data issues: the rows from
 * `start` it marks unpaid, counted with the rest. `rows[i]` is sheet row `firstRowNumber + i`.
 */
function withPaidFlag(
  log: PurchaseLog,
  rows: Grid,
  start: number,
  firstRowNumber: number,
  detection: ExportDetection | undefined,
  columns: ExportColumns,
  headerRow: readonly CellValue[] | undefined,
): PurchaseLog {
  const flag = detection?.paidFlag;
  const money = columns.amount ?? columns.lineAmount ?? columns.unitPrice;
  if (flag === undefined || headerRow === undefined || money === undefined || money === flag) return log;
  const { count, first } = unpaidRows(rows, flag, start);
  const paidFlag: PaidFlagNote = {
    header: cleanText(String(headerRow[flag] ?? '')),
    amount: cleanText(String(headerRow[money] ?? '')),
    unpaid: count,
    firstUnpaidRow: count > 0 ? firstRowNumber + first : undefined,
    // A checkbox's value as Sheets writes it in a formula or a rule: TRUE / FALSE.
    unpaidValue:
      count > 0
        ? String(rows[first]![flag])
            .trim()
            .replace(/^false$/, 'FALSE')
        : '',
  };
  return { ...log, paidFlag };
}

/** The plain reader, with another export's block read on its own (other-blocks.ts). */
function readPlain(
  grid: Grid,
  options: ReadLogOptions | Omit<ReadLogOptions, 'exclude'>,
  columns: PurchaseColumns | undefined,
  firstRowNumber: number,
  knownHeaderRows: 0 | 1 = 0,
): PurchaseLog {
  const log = readPurchases(grid, {
    ...base(options),
    firstRowNumber,
    ...(columns ? { columns } : {}),
    knownHeaderRows,
  });
  return withOtherBlocks(grid, log, columns ?? DEFAULT_PURCHASE_COLUMNS, firstRowNumber, (block, row) =>
    readBlock(block, row, options),
  );
}

/** A block under another header (its first row), read as a log of its own; undefined when it cannot be. */
function readBlock(
  block: Grid,
  firstRowNumber: number,
  options: ReadLogOptions | Omit<ReadLogOptions, 'exclude'>,
): { log: PurchaseLog; amount: number | undefined } | undefined {
  const detection = detectExport(block[0] ?? [], rowsBelowHeader(block, 0));
  if (detection === undefined || detection.missing.length > 0) return undefined;
  const { log } = readLog(block, { ...base(options), firstRowNumber });
  return { log, amount: detection.columns.amount };
}

function base(options: ReadLogOptions | Omit<ReadLogOptions, 'exclude'>) {
  return {
    timeZone: options.timeZone,
    dateOrder: options.dateOrder,
    asOfDay: options.asOfDay,
    decimalMark: options.decimalMark,
  };
}

/** `Type=会员充值|储值; Lineitem name=Gift Card` against a header row; throws naming an unknown header. */
export function parseRules(text: string, header: readonly CellValue[]): ExcludeRule[] {
  const normalized = header.map((h) => (typeof h === 'string' ? normalizeHeader(h) : ''));
  const rules: ExcludeRule[] = [];
  for (const part of cleanText(text).split(/[;；]/)) {
    if (part.trim() === '') continue;
    const eq = part.search(/[=＝]/);
    const headers = header.filter((h): h is string => typeof h === 'string' && h !== '');
    if (eq <= 0) throw new ExcludeRuleError(part.trim(), undefined, headers);
    const name = normalizeHeader(part.slice(0, eq));
    const column = normalized.indexOf(name);
    if (column < 0) {
      throw new ExcludeRuleError(part.trim(), part.slice(0, eq).trim(), headers);
    }
    const values = part
      .slice(eq + 1)
      .split(/[|,，、]/)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    rules.push({ column, values });
  }
  return rules;
}
