// Small text helpers shared by the cell readers.
import type { CellValue } from '../cells';

/** Anything but printable ASCII, tab and line breaks. */
const NOT_PLAIN_ASCII = /[^\t\n\r -~]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/**
 * Characters NFKC changes that matter here, so that other text (CJK ideographs, ¥ €) skips the slow
 * normalisation: no-break and typographic spaces, combining marks, the General Punctuation block
 * (zero-width spaces too), letter-like and enclosed forms (Ⅻ ①), the ideographic space, CJK
 * compatibility forms (㎏), ligatures (ﬁ), small and half/full-width forms (１２３ ￥ （）), BOM.
 */
const NFKC_CHANGES =
  /[\u00a0\u2000-\u206f\u2100-\u24ff\u3000\u3200-\u33ff\ufb00-\ufb4f\ufe10-\ufe6f\ufeff-\uffef]|\p{M}/u;

/**
 * Text as the readers compare it: invisible characters (zero-width spaces, BOM) removed, full-width
 * and compatibility forms folded to their plain forms by NFKC (`２０２４／３／５` → `2024/3/5`,
 * `￥` → `¥`, `（１２）` → `(12)`, ideographic space → space), then trimmed. ASCII text skips NFKC.
 */
export function cleanText(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text) || !NFKC_CHANGES.test(text)) return text.trim();
  return text.replace(INVISIBLE, '').normalize('NFKC').trim();
}

/** A blank cell: an empty or whitespace-only string (null/undefined, which a ragged array can hold, too). */
export function isBlankCell(value: CellValue | null | undefined): boolean {
  if (typeof value === 'string') return value === '' || cleanText(value) === '';
  return value === undefined || value === null;
}

const FORMULA_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

/** Whether cleaned text is a spreadsheet error value such as `#REF!` or `#N/A`. */
export function isFormulaErrorText(text: string): boolean {
  return text.charCodeAt(0) === 35 /* # */ && FORMULA_ERRORS.has(text.toUpperCase());
}
