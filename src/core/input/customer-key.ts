// How a customer cell becomes the key that groups purchases, and matches the customer sheet and
// formula arguments.
//
// Decisions (tests in test/unit/input/customer-key.test.ts):
// - Text: full-width letters and digits folded (NFKC), trimmed, runs of whitespace made one space,
//   lower-cased (locale-independent). ' Alice ', 'alice' and 'ALICE' are one customer; so are
//   'Bob@Example.com' and 'bob@example.com', and 'ＡＢＣ公司' and 'abc公司'.
// - Whitespace between two Chinese characters is dropped: Chinese writes names without spaces, so
//   '林 秀英' and '林　秀英' (a full-width space) are 林秀英 (new-owner trial: a stray space made a
//   regular look overdue beside a "new" customer who was the same person). 'ABC 公司' keeps its space.
// - Numbers: their shortest decimal text, so the number 4 and the text '4' are one customer. Text
//   keeps its leading zeros: '00004' is another customer than 4 (a sheet that mixes them should be
//   formatted as plain text).
// - Booleans, dates and NaN are not keys: ''.
import type { CellValue } from '../cells';
import { cleanText } from './text';

const WHITESPACE_RUN = /\s+/g;
const SPACE_BETWEEN_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/**
 * A character that may be whitespace (`\s`): up to the space, or beyond ASCII (no-break, ideographic
 * and other spaces). Most keys are ids and emails without one: they skip the replacing pattern,
 * which ran twice for every new customer (a million-row log has hundreds of thousands).
 */
const MAY_HAVE_SPACE = /[^!-~]/;

/** The grouping key of a customer cell; '' when the cell is blank or cannot be a key. */
export function normalizeCustomerKey(value: CellValue | null | undefined): string {
  if (typeof value === 'string') return keyOfText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''; // String(-0) is '0'
  return '';
}

function keyOfText(text: string): string {
  const token = tokenKey(text);
  if (token !== undefined) return token;
  const cleaned = cleanText(text);
  const spaced = (
    MAY_HAVE_SPACE.test(cleaned) ? cleaned.replace(WHITESPACE_RUN, ' ') : cleaned
  ).toLowerCase();
  return spaced.includes(' ') ? spaced.replace(SPACE_BETWEEN_HAN, '$1') : spaced;
}

/**
 * The label shown for a customer: the cell as written, trimmed, with runs of whitespace made one
 * space as in the key ('Frank  Ng' is shown 'Frank Ng'; numbers as their text).
 */
export function customerLabelOf(value: CellValue): string {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return MAY_HAVE_SPACE.test(trimmed) ? trimmed.replace(WHITESPACE_RUN, ' ') : trimmed;
  }
  return normalizeCustomerKey(value);
}

/**
 * The key of a cell that is printable ASCII without a space (an id, an email, a one-word name):
 * nothing to clean, trim or fold but case, and the cell itself when it has no capital (no copy);
 * undefined for any other text. A loop over character codes: a million-row log meets hundreds of
 * thousands of new customer cells, most of them such tokens, which then skip the patterns above.
 */
export function tokenKey(text: string): string | undefined {
  if (text.length === 0) return undefined;
  let capitals = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126) return undefined;
    if (code >= 65 && code <= 90) capitals = true;
  }
  return capitals ? text.toLowerCase() : text;
}
