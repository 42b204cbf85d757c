// Small text helpers shared by the cell readers.
import type { CellValue } from '../cells';

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
  if (isPlainAscii(text) || !NFKC_CHANGES.test(text)) return text.trim();
  return text.replace(INVISIBLE, '').normalize('NFKC').trim();
}

/**
 * Printable ASCII, tab and line breaks only. A loop over character codes, not a pattern: this runs
 * on nearly every cell read, and most cells pass.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 126 || (code < 32 && code !== 9 && code !== 10 && code !== 13)) return false;
  }
  return true;
}

/** A blank cell: an empty or whitespace-only string (null/undefined, which a ragged array can hold, too). */
export function isBlankCell(value: CellValue | null | undefined): boolean {
  if (typeof value === 'string') {
    // A first character that is visible and that NFKC keeps (printable ASCII, a CJK ideograph) stays
    // after cleaning: the cell is not blank, without cleaning it.
    const first = value.charCodeAt(0);
    if ((first > 32 && first < 127) || (first >= 0x4e00 && first <= 0x9fff)) return false;
    return value === '' || cleanText(value) === '';
  }
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
