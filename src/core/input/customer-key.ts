// How a customer cell becomes the key that groups purchases, and matches the customer sheet and
// formula arguments.
//
// Decisions (tests in test/unit/input/customer-key.test.ts):
// - Text: full-width letters and digits folded (NFKC), trimmed, runs of whitespace made one space,
//   lower-cased (locale-independent). ' Alice ', 'alice' and 'ALICE' are one customer; so are
//   'Bob@Example.com' and 'bob@example.com', and 'ＡＢＣ公司' and 'abc公司'.
// - Numbers: their shortest decimal text, so the number 4 and the text '4' are one customer. Text
//   keeps its leading zeros: '00004' is another customer than 4 (a sheet that mixes them should be
//   formatted as plain text).
// - Booleans, dates and NaN are not keys: ''.
import type { CellValue } from '../cells';
import { cleanText } from './text';

const WHITESPACE_RUN = /\s+/g;

/** The grouping key of a customer cell; '' when the cell is blank or cannot be a key. */
export function normalizeCustomerKey(value: CellValue | null | undefined): string {
  if (typeof value === 'string') return keyOfText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''; // String(-0) is '0'
  return '';
}

function keyOfText(text: string): string {
  const cleaned = cleanText(text);
  return cleaned.replace(WHITESPACE_RUN, ' ').toLowerCase();
}

/** The label shown for a customer: the cell as written, trimmed (numbers as their text). */
export function customerLabelOf(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  return normalizeCustomerKey(value);
}
