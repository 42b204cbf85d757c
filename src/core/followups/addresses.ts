// Email addresses as owners and exports write them, read so that a disguised address is still the
// same address: an opt-out written as `Leo <ＬＥＯ＠example.com>` must stop mail to leo@example.com.
//
// Decisions (tests in test/unit/followups/addresses.test.ts, with a property test of disguises):
// - Invisible characters (zero-width spaces and joiners, soft hyphen, BOM, bidi marks) are removed
//   and the text is NFKC-folded (full-width `＠`, letters and dots become ASCII) before anything else.
// - A cell may hold several addresses, separated by commas, semicolons, `、`, spaces or line breaks;
//   each piece loses a `mailto:` prefix and `?query`, and surrounding brackets, quotes and
//   punctuation (`<leo@x.com>`, `leo@x.com.`). Pieces that are not one plain address
//   (`normalizeEmail` below) are ignored: `Leo` in `Leo <leo@x.com>` is a display name.
// - The recipient of a follow-up is a cell's address only when the cell holds exactly one: a cell
//   with two is never mailed (which one the owner means is a guess), and is skipped with its reason.

const MAX_EMAIL_LENGTH = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * An address as MailApp and GmailApp get it: lower-cased, or undefined unless it is exactly one plain
 * address `local@domain.tld` (ASCII, a dot-separated local part without quotes, a domain of at least
 * two labels with a letter-only top-level label). Surrounding spaces are trimmed first.
 */
export function normalizeEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim();
  if (email === '' || email.length > MAX_EMAIL_LENGTH) return undefined;
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return undefined;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return undefined;
  if (!/^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!)) return undefined;
  return email.toLowerCase();
}

/** Characters that show as nothing: zero-width space/joiners, bidi marks, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const SEPARATORS = /[\s,;、]+/;
const LEADING = /^[<([{"'`]+/;
const TRAILING = /[>)\]}"'`.,:!?]+$/;

/** Text with invisible characters removed and compatibility forms folded (NFKC). */
function foldAddressText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC');
}

/**
 * Every distinct address in a cell, lower-cased, in the order written (see the rules at the top).
 *
 * @example extractAddresses('Leo <leo@example.com>, mailto:MIA@example.org.') // ['leo@example.com', 'mia@example.org']
 */
export function extractAddresses(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const found: string[] = [];
  for (const piece of foldAddressText(value).split(SEPARATORS)) {
    if (!piece.includes('@')) continue;
    let token = piece.replace(LEADING, '').replace(TRAILING, '');
    if (/^mailto:/i.test(token)) {
      token = token.slice(7).replace(/\?.*$/, '').replace(LEADING, '').replace(TRAILING, '');
    }
    const email = normalizeEmail(token);
    if (email !== undefined && !found.includes(email)) found.push(email);
  }
  return found;
}

/** What a customer's email cell gives as a recipient. */
export type Recipient =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'one'; email: string }
  | { kind: 'several'; emails: string[] };

/** The recipient of an email cell: blank, no usable address, exactly one, or several (never mailed). */
export function recipientOf(value: unknown): Recipient {
  if (typeof value !== 'string' || foldAddressText(value).trim() === '') return { kind: 'none' };
  const emails = extractAddresses(value);
  if (emails.length === 0) return { kind: 'invalid' };
  if (emails.length > 1) return { kind: 'several', emails };
  return { kind: 'one', email: emails[0]! };
}
