// The customers an email address or phone number of the log belongs to. A log keyed by name that also
// has an Email (or Phone) column: an owner who types a customer's address as a formula's key means
// that customer, and a new-owner trial got a blank cell. One address under two or more customers is
// said in Data issues (report/data-issues.ts), not merged: two names may be one person, or a shared
// family or shop address.
import { normalizeEmail } from '../followups/addresses';
import type { LogContact } from '../input/purchase';

/** Fewest digits that make a key a phone number rather than an id or an amount. */
const MIN_PHONE_DIGITS = 7;

/** A phone number as its digits ("+1 (415) 555-0101" → "14155550101"); '' when it is not one. */
export function phoneDigits(text: string): string {
  if (/[\p{L}@]/u.test(text)) return '';
  const digits = text.replace(/\D/g, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits : '';
}

/** The contact a typed key stands for: the address, else the phone's digits; '' when neither. */
export const contactOfKey = (key: string): string => normalizeEmail(key) ?? phoneDigits(key);

/**
 * The customer a typed email or phone stands for, when it is one customer's alone (the sidebar's card
 * asked from a sheet whose customer column holds addresses, of a log keyed by name). Several or none:
 * undefined, for the caller to say so.
 */
export function contactOwner(contacts: Iterable<LogContact>, key: string): string | undefined {
  const contact = contactOfKey(key);
  if (contact === '') return undefined;
  const keys = contactCustomers(contacts).get(contact);
  return keys?.length === 1 ? keys[0] : undefined;
}

/**
 * The customer keys of each email and phone of the log's contacts, in order of first row, leaving
 * out a contact that is its only customer's own key (an export keyed by email finds it by key).
 */
export function contactCustomers(contacts: Iterable<LogContact>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (contact: string, key: string) => {
    if (contact === '') return;
    const keys = out.get(contact);
    if (keys === undefined) out.set(contact, [key]);
    else if (!keys.includes(key)) keys.push(key);
  };
  for (const c of [...contacts].sort((a, b) => a.row - b.row)) {
    add(c.email, c.key);
    add(phoneDigits(c.phone), c.key);
  }
  for (const [contact, keys] of out) if (keys.length === 1 && keys[0] === contact) out.delete(contact);
  return out;
}
