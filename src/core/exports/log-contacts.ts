// The contact lives where the data is: when there is no customer sheet, the purchase log's own
// email, phone, name and consent columns make the customer profiles (Insights' Name and Email
// columns, the customer card) and the follow-up directory.
//
// Decisions (tests in test/unit/exports/log-contacts.test.ts):
// - A customer whose consent column says no (Shopify's "Accepts Marketing" = no) is opted out of
//   follow-ups: they are marketing email. A log with no consent column opts nobody out.
// - The greeting name is the export's name column; without one, the customer as written in the log.
// - A log with no email column whose customer column holds (almost all) addresses gives each
//   customer the address they are written as (customers/key-emails.ts), when the customer sheet
//   gives them none: no email column, no row, or a blank email cell. The sheet's own address wins.
//   Before, any email column on the sheet stopped it, and a customer missing from that column was
//   skipped as "no email" though the log named them by their address (leftovers 29).
// - A customer the sheet does not list, when the sheet has a consent column, has given no consent
//   there: an address from the log is written to only when the log's own consent column says yes.
import { mostlyEmails } from '../customers/key-emails';
import { normalizeEmail } from '../followups/addresses';
import type { ContactDirectory, CustomerContact, OptOutRow } from '../followups/contacts';
import { normalizeCustomerKey } from '../input/customer-key';
import type { PurchaseLog } from '../input/purchase';
import type { CustomerProfile } from '../report/customer-sheets';

/** Whether the log gave any contact detail at all. */
export function hasLogContacts(log: PurchaseLog): boolean {
  for (const c of log.contacts?.values() ?? [])
    if (c.email !== '' || c.phone !== '' || c.name !== '') return true;
  return false;
}

/**
 * The customer sheet's profiles with the log's contacts filling what they lack (a customer sheet
 * without an email column, a customer missing from it); the customer sheet wins where it says.
 */
export function withLogProfiles(
  profiles: ReadonlyMap<string, CustomerProfile> | undefined,
  log: PurchaseLog,
): Map<string, CustomerProfile> {
  const out = new Map(profiles ?? []);
  for (const [key, p] of profilesFromLog(log)) {
    const own = out.get(key);
    out.set(
      key,
      own === undefined
        ? p
        : { ...own, name: own.name || p.name, email: own.email || p.email, phone: own.phone || p.phone },
    );
  }
  return out;
}

function profilesFromLog(log: PurchaseLog): Map<string, CustomerProfile> {
  const profiles = new Map<string, CustomerProfile>();
  for (const c of log.contacts?.values() ?? []) {
    profiles.set(c.key, {
      row: c.row,
      name: c.name,
      email: c.email,
      phone: c.phone,
      notes: '',
      optedOut: c.consent === false,
      satisfaction: undefined,
      recommend: undefined,
    });
  }
  return profiles;
}

/** The customer sheet's directory with the log's emails for customers it gives none (no log: as it is). */
export function withLogDirectory(
  directory: ContactDirectory,
  log: PurchaseLog | undefined,
): ContactDirectory {
  if (log === undefined) return directory;
  const fromLog = directoryFromLog(log);
  if (fromLog.byKey.size === 0) return directory;
  const byKey = new Map(directory.byKey);
  // Consent the sheet would ask for and the log cannot give (it has no consent column).
  const noConsent = directory.hasConsentColumn === true && !fromLog.hasOptOutColumn;
  const sameName = namesakes(fromLog);
  for (const [key, c] of fromLog.byKey) {
    const own = byKey.get(key);
    if (own === undefined) {
      // Not on the sheet by key: the sheet's row of the customer's name (log name column) says
      // whether they may be emailed, when only one customer of the log has that name; for a
      // namesake the sheet cannot say which one it means, so no consent comes from it (fail
      // closed; an opt-out by name stops every namesake: suppression.ts applySuppression). The
      // log's address is kept: the row matched by name, not by address. A row of the name with another
      // address gave consent there, not at the log's address: none here either (fail closed).
      const nameKey = normalizeCustomerKey(c.name);
      const named = sameName.has(nameKey) ? undefined : directory.byName?.get(nameKey);
      const consentElsewhere =
        named !== undefined && named.email !== '' && normalizeEmail(named.email) !== normalizeEmail(c.email);
      const optedOut =
        named === undefined
          ? noConsent || c.optedOut
          : named.optedOut || c.optedOut || (noConsent && consentElsewhere);
      if (sameName.has(nameKey)) byKey.set(key, { ...c, optedOut, sharedName: true });
      else byKey.set(key, optedOut === c.optedOut ? c : { ...c, optedOut });
    } else {
      // The sheet's email wins; a "no" in the log's consent column opts out either way.
      const email = own.email === '' ? c.email : own.email;
      byKey.set(key, { ...own, email, optedOut: own.optedOut || c.optedOut });
    }
  }
  return {
    byKey,
    optedOutEmails: new Set([...directory.optedOutEmails, ...fromLog.optedOutEmails]),
    hasEmailColumn: directory.hasEmailColumn || fromLog.hasEmailColumn,
    hasOptOutColumn: directory.hasOptOutColumn || fromLog.hasOptOutColumn,
    hasConsentColumn: directory.hasConsentColumn === true || fromLog.hasOptOutColumn,
    optOutRows: [...directory.optOutRows, ...fromLog.optOutRows],
  };
}

/** Names (normalised as keys are) that more than one of the log's customers have. */
function namesakes(fromLog: ContactDirectory): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const c of fromLog.byKey.values()) {
    const nameKey = normalizeCustomerKey(c.name);
    if (seen.has(nameKey)) shared.add(nameKey);
    else seen.add(nameKey);
  }
  return shared;
}

/**
 * The customers' addresses when the customer column is them (customers/key-emails.ts): each
 * customer written as one plain address, by key, with the first row they appear on.
 */
function keyEmails(log: PurchaseLog): Map<string, { email: string; row: number }> {
  const out = new Map<string, { email: string; row: number }>();
  for (const c of log.contacts?.values() ?? []) if (c.email !== '') return out;
  const { keys, labels, customer, row, length } = log.purchases;
  if (!mostlyEmails(labels)) return out;
  const firstRow = new Int32Array(keys.length);
  for (let i = length - 1; i >= 0; i--) firstRow[customer[i]!] = row[i]!;
  for (let i = 0; i < keys.length; i++) {
    const label = labels[i]!.trim();
    if (normalizeEmail(label) !== undefined) out.set(keys[i]!, { email: label, row: firstRow[i]! });
  }
  return out;
}

/** The log's contacts: its email and consent columns, else a customer column of addresses. */
export function directoryFromLog(log: PurchaseLog): ContactDirectory {
  const byKey = new Map<string, CustomerContact>();
  const optedOutEmails = new Set<string>();
  const optOutRows: OptOutRow[] = [];
  let hasEmailColumn = false;
  const contacts = [...(log.contacts?.values() ?? [])];
  // A consent column ("Accepts Marketing") fails closed, read as the customer sheet's is
  // (exports/consent.ts): only a clear yes is consent; a blank cell is none. Only a filled cell that
  // says no goes on the Unsubscribed list, so consent given later still counts.
  const hasConsentColumn = contacts.some((c) => c.consent !== undefined);
  const { keys, labels: labelList } = log.purchases;
  const labels = new Map(keys.map((key, i) => [key, labelList[i]!]));
  for (const c of contacts) {
    if (c.email !== '') hasEmailColumn = true;
    const optedOut = hasConsentColumn && c.consent !== true;
    if (optedOut && c.email !== '') optedOutEmails.add(c.email);
    const name = c.name || labels.get(c.key) || c.key;
    if (c.consent === false)
      optOutRows.push({ key: c.key, label: name, emails: c.email === '' ? [] : [c.email], row: c.row });
    byKey.set(c.key, { key: c.key, name, email: c.email, optedOut, row: c.row });
  }
  // The consent rules are the same for these addresses: with a consent column, a customer whose
  // cell gives none is not written to.
  for (const [key, { email, row }] of keyEmails(log)) {
    const own = byKey.get(key);
    const optedOut = own?.optedOut ?? hasConsentColumn;
    if (optedOut) optedOutEmails.add(email);
    byKey.set(key, { key, name: own?.name ?? labels.get(key) ?? key, email, optedOut, row: own?.row ?? row });
  }
  return { byKey, optedOutEmails, hasEmailColumn, hasOptOutColumn: hasConsentColumn, optOutRows };
}
