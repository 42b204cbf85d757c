// Reads a marketing-consent cell ("Accepts Marketing", "Accepts Email Marketing", 同意营销…) of a
// purchase log. The one place consent values are read, so the customer sheet's opt-out reading and
// this can be folded together.
//
// Decisions (tests in test/unit/exports/consent.test.ts):
// - yes/true/1/subscribed/是/同意 (and TRUE) is consent; no/false/0/unsubscribed/否/不同意 (and FALSE)
//   is none. Anything else, blank included, is unknown: the log says nothing.
// - A customer without consent is treated as opted out of follow-ups, which are marketing email.
import type { CellValue } from '../cells';
import { cleanText } from '../input/text';

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'subscribed',
  'opted in',
  'opt-in',
  'accepted',
  '是',
  '同意',
  '接受',
  '已订阅',
  '已訂閱',
]);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'unsubscribed',
  'not subscribed',
  'opted out',
  'opt-out',
  'declined',
  '否',
  '不同意',
  '不接受',
  '未订阅',
  '未訂閱',
  '已退订',
  '已退訂',
]);

/** true: consented; false: did not; undefined: the cell does not say. */
export function readConsent(cell: CellValue | null | undefined): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cleanText(cell).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}
