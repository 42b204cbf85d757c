// Rows of a log that are not purchases and not problems either: total and subtotal rows ('Total',
// '合计', '3月小计') and section headings (a lone '2024年3月' or 'March'). Shared by the export reader
// and the plain reader, so both report them once, with the right reason.
import type { CellValue } from '../cells';
import { cleanText, isBlankCell } from '../input/text';

type Row = readonly (CellValue | undefined)[];

/** Where a total row writes its word: the first column and the label-like columns. */
export interface LabelColumns {
  customer?: number | undefined;
  email?: number | undefined;
  name?: number | undefined;
  orderId?: number | undefined;
  date?: number | undefined;
  product?: number | undefined;
}

const TOTAL_EN = /^(sub ?total|grand total|total|totals|sum)\b|\btotals?:?$/;
const TOTAL_ZH = /合计|合計|小计|小計|总计|總計|汇总|匯總|累计|累計/;
/**
 * Whether a cell can hold a total word, by character codes, so that the label cells of ordinary rows
 * (order numbers, emails, products) are never cleaned, lower-cased and matched just to be found not
 * to be totals. Text outside ASCII may (CJK words, full-width letters that cleaning folds); ASCII
 * text only when, spaces aside, it starts like TOTAL_EN's words (s, g, t) or ends like them (l, s, :).
 */
function mayBeTotal(text: string): boolean {
  let start = 0;
  let end = text.length - 1;
  while (start <= end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end) <= 32) end--;
  if (start > end) return false;
  const first = text.charCodeAt(start) | 32; // ASCII letters in lower case
  const last = text.charCodeAt(end) | 32;
  if (first === 115 || first === 103 || first === 116 || last === 108 || last === 115 || last === 58)
    return true;
  for (let i = start; i <= end; i++) if (text.charCodeAt(i) > 126) return true;
  return false;
}

/** The total/subtotal word of a row, if its label cells say it is one. */
export function totalWord(cells: Row, c: LabelColumns): string | undefined {
  return totalWordAt(cells, totalWordColumns(c));
}

/** The columns a total row writes its word in: the first column and the label-like columns, each once. */
export function totalWordColumns(c: LabelColumns): number[] {
  const columns = [0, c.customer, c.email, c.name, c.orderId, c.date, c.product].filter(
    (x): x is number => x !== undefined,
  );
  return [...new Set(columns)];
}

/** `totalWord` with the columns worked out once for a whole grid (`totalWordColumns`). */
export function totalWordAt(cells: Row, columns: readonly number[]): string | undefined {
  for (let i = 0; i < columns.length; i++) {
    const v = cells[columns[i]!];
    if (typeof v !== 'string' || !mayBeTotal(v)) continue;
    const text = cleanText(v).toLowerCase();
    if (text === '') continue;
    if (TOTAL_ZH.test(text) || TOTAL_EN.test(text)) return cleanText(v);
  }
  return undefined;
}

/** Month and year words that make a lone cell a heading even in the customer column. */
const HEADING_WORDS =
  /\d{4}|[年月]|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s+\d{2,4})?$|^(q[1-4]|week|month|section)\b/i;

/**
 * The heading text of a section row: a lone text cell with a letter or digit in it, that is no
 * amount, in the first column or the date column (where ledgers write '2024年3月', 'March', '一月').
 * In the customer column it must look like a period, since a lone name there is an unfinished row.
 */
export function sectionHeading(
  cells: Row,
  columns: { customer?: number | undefined; date?: number | undefined },
): string | undefined {
  let at = -1;
  for (let i = 0; i < cells.length; i++) {
    if (isBlankCell(cells[i])) continue;
    if (at >= 0) return undefined;
    at = i;
  }
  const v = cells[at];
  if (typeof v !== 'string' || (at !== 0 && at !== columns.date)) return undefined;
  const text = cleanText(v);
  if (!/[A-Za-z0-9\u3400-\u9fff]/.test(text) || /^[-+(]?[\d.,\s¥$€£]+\)?$/.test(text)) return undefined;
  if (at === columns.customer && !HEADING_WORDS.test(text.toLowerCase())) return undefined;
  return text;
}
