// Reads a marketing-consent cell ("Accepts Marketing", "Accepts Email Marketing", 同意营销…), of a
// purchase log or of the customer sheet: the one vocabulary both read consent with.
//
// Decisions (tests in test/unit/exports/exports-parts.test.ts and test/unit/followups/contacts.test.ts):
// - Consent fails closed: only a cell that clearly says yes (yes, y, true, 1, ✓, x, 是, 同意,
//   已订阅…, TRUE, a non-zero number or a date of consent) is consent.
// - Any other filled cell ("no", 否, 不同意, "maybe") says no: the customer is opted out of
//   follow-ups, which are marketing email, and the no is copied to the Unsubscribed list.
// - A blank cell says nothing: the customer is not emailed today, but nothing is recorded, so
//   consent given later still counts.
import type { CellValue } from '../cells';
import { cleanText } from '../input/text';

const CONSENT_GIVEN = new Set(
  'yes|y|true|1|✓|✔|☑|x|opted in|opt-in|subscribed|accepted|accepts|granted|是|同意|已同意|接受|已接受|订阅|訂閱|已订阅|已訂閱|允许|允許|有'.split(
    '|',
  ),
);

/** true: consent; false: a filled cell that is not consent; undefined: blank. */
export function readConsent(cell: CellValue | null | undefined): boolean | undefined {
  if (cell === undefined || cell === null) return undefined;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0 && Number.isFinite(cell);
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') return true;
  const text = cleanText(String(cell)).toLowerCase();
  return text === '' ? undefined : CONSENT_GIVEN.has(text);
}
