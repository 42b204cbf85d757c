// A log keyed by email: its customer column holds the customers' addresses and the log maps no email
// column. Trial 25: such a log sent to nobody, every Lapsed customer skipped as "no email address".
// A customer sheet's email column gives those it lists an address first (exports/log-contacts.ts).
//
// Decisions (tests in test/unit/customers/key-emails.test.ts):
// - The column is read as addresses when at least 9 in 10 of its distinct non-blank values are one
//   plain address each (addresses.ts): a few walk-in names among them do not stop it, a column of
//   names with a few addresses is not one.
// - Only a value that is one plain address becomes a customer's email; the others have none. The
//   send guards are the same as for an Email column: consent and opt-outs are read as ever, and a
//   log with no opt-out or consent column still needs the owner's acknowledgement before sending.
import { normalizeEmail } from '../followups/addresses';

const MIN_SHARE = 0.9;

/** Whether (almost all) the distinct non-blank values are one plain address each. */
export function mostlyEmails(values: Iterable<unknown>): boolean {
  const seen = new Set<string>();
  let emails = 0;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    if (normalizeEmail(text) !== undefined) emails++;
  }
  return emails > 0 && emails >= MIN_SHARE * seen.size;
}
