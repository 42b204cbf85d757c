// The add-on's own suppression list: the *Unsubscribed* sheet. Every email promises that a reply
// stops further email; a note in the owner's customer sheet or export is lost at the next export, so
// Regulars keeps its own list, which only grows: rows are added by the owner's "Unsubscribe this
// person" and by opt-outs found in the customer sheet; nothing but the owner deleting a row removes
// one.
//
// Decisions (tests in test/unit/followups/suppression.test.ts):
// - Read to fail closed: every address in ANY cell of the sheet is suppressed (addresses.ts reads
//   disguised ones), so moved or inserted columns, a deleted header or notes typed beside an entry
//   never let an address through. Customer keys are read from the column headed "Customer" (any of
//   the three languages) when there is one: a suppressed customer stays suppressed under a new
//   address.
// - Opt-outs are copied in only when explicit: an opt-out cell that opts out, or a consent cell that
//   says anything but consent. A BLANK consent cell skips the customer today but is not written to
//   the list, so consent recorded later is honoured.
import type { CellOutput, CellValue, Grid } from '../cells';
import type { Language, Localized } from '../i18n/language';
import { normalizeCustomerKey } from '../input/customer-key';
import { cleanText } from '../input/text';
import { extractAddresses } from './addresses';
import type { ContactDirectory } from './contacts';

export interface SuppressionTexts {
  sheet: string;
  header: [email: string, customer: string, addedOn: string, why: string];
  byOwner: string;
  fromSheet: string;
}

/**
 * Read from dist/Templates.html (server-texts.ts `suppression`), not bundled: the functions below and
 * the shell take them as an argument.
 */
export const SUPPRESSION_TEXTS: Localized<SuppressionTexts> = {
  en: {
    sheet: 'Unsubscribed (Regulars)',
    header: ['Email', 'Customer', 'Added on', 'Why'],
    byOwner: 'Unsubscribed by you in Regulars',
    fromSheet: 'Opted out in {sheet}, row {row}',
  },
  'zh-CN': {
    sheet: '已退订（Regulars）',
    header: ['邮箱', '客户', '加入日期', '原因'],
    byOwner: '您在 Regulars 中为其退订',
    fromSheet: '在 {sheet} 第 {row} 行已退订',
  },
  'zh-TW': {
    sheet: '已退訂（Regulars）',
    header: ['郵箱', '客戶', '加入日期', '原因'],
    byOwner: '您在 Regulars 中為其退訂',
    fromSheet: '在 {sheet} 第 {row} 列已退訂',
  },
};

export interface SuppressionList {
  emails: ReadonlySet<string>;
  keys: ReadonlySet<string>;
}

/** The list as the sheet holds it (the whole sheet from row 1, [] before there is one; see the rules at the top). */
export function readSuppression(texts: Localized<SuppressionTexts>, grid: Grid): SuppressionList {
  const customerHeaders = new Set(Object.values(texts).map((t) => t.header[1].toLowerCase()));
  const emails = new Set<string>();
  const keys = new Set<string>();
  const header = grid[0] ?? [];
  const customerColumn = header.findIndex(
    (cell) => typeof cell === 'string' && customerHeaders.has(cleanText(cell).toLowerCase()),
  );
  grid.forEach((row, r) => {
    for (const cell of row) for (const email of extractAddresses(cell)) emails.add(email);
    if (r > 0 && customerColumn >= 0) {
      const key = normalizeCustomerKey(row[customerColumn] as CellValue | undefined);
      if (key !== '') keys.add(key);
    }
  });
  return { emails, keys };
}

/**
 * Whether a sheet's first row is the list's header (in any of the three languages): a copy of the
 * list (Duplicate, then the original deleted and the copy renamed back) is read as the list. All four
 * cells must match: a customer sheet headed "Email, Customer" is not a list of opted-out addresses.
 */
export function isSuppressionHeader(
  texts: Localized<SuppressionTexts>,
  row: readonly unknown[] | undefined,
): boolean {
  const cells = (row ?? []).slice(0, 4).map((c) => (typeof c === 'string' ? cleanText(c).toLowerCase() : ''));
  return Object.values(texts).some((t) => t.header.every((h, i) => h.toLowerCase() === cells[i]));
}

/** Every address and customer on any of the lists. */
export function unionOf(...lists: readonly SuppressionList[]): SuppressionList {
  const emails = new Set<string>();
  const keys = new Set<string>();
  for (const list of lists) {
    for (const e of list.emails) emails.add(e);
    for (const k of list.keys) keys.add(k);
  }
  return { emails, keys };
}

/**
 * What `entries` add to `list` that `recorded` (the send ledger's unsubscribes) lacks: the addresses,
 * and the customers by key and by name as the list reads them back (withEntries).
 */
export function notRecorded(
  list: SuppressionList,
  entries: readonly SuppressionEntry[],
  recorded: SuppressionList,
): { emails: string[]; keys: string[] } {
  const all = withEntries(list, entries);
  const keys = new Set(all.keys);
  for (const e of entries) if (e.key !== '') keys.add(e.key);
  return {
    emails: [...all.emails].filter((e) => !recorded.emails.has(e)),
    keys: [...keys].filter((k) => !recorded.keys.has(k)),
  };
}

/** The directory with the list applied: listed addresses and customers are opted out. */
export function applySuppression(directory: ContactDirectory, list: SuppressionList): ContactDirectory {
  if (list.emails.size === 0 && list.keys.size === 0) return directory;
  const byKey = new Map(directory.byKey);
  for (const [key, contact] of byKey) {
    // The list names a customer as the sheet it came from did: a customer sheet keyed by name lists
    // "Ann Ash" while the log keys her by her address and names her in its own name column (Billing
    // Name). The name joins them, normalised as keys are; every customer of that name is stopped, as
    // which one the row meant is not certain (trial: a "Do not email" row named Ann Ash, with no
    // address, and Ann was written to at ann@).
    const byName = list.keys.size > 0 && list.keys.has(normalizeCustomerKey(contact.name));
    const certain = list.keys.has(key) || extractAddresses(contact.email).some((e) => list.emails.has(e));
    if (contact.optedOut || !(certain || byName)) continue;
    byKey.set(
      key,
      !certain && contact.sharedName === true
        ? { ...contact, optedOut: true, namesakeOptedOut: true }
        : { ...contact, optedOut: true },
    );
  }
  return { ...directory, byKey, optedOutEmails: new Set([...directory.optedOutEmails, ...list.emails]) };
}

/** The list as it will be once `entries` are added (newSuppressionRows), read back as readSuppression does. */
export function withEntries(list: SuppressionList, entries: readonly SuppressionEntry[]): SuppressionList {
  if (entries.length === 0) return list;
  const emails = new Set(list.emails);
  const keys = new Set(list.keys);
  for (const e of entries) {
    for (const email of e.emails) emails.add(email);
    const key = normalizeCustomerKey(e.label);
    if (key !== '') keys.add(key);
  }
  return { emails, keys };
}

/** One entry to add: a customer and the addresses to stop. */
export interface SuppressionEntry {
  key: string;
  label: string;
  emails: readonly string[];
  why: string;
}

/**
 * The entries not yet on the list (by address, or by customer when no address is known), as sheet
 * rows: one per address, or one without an address.
 */
export function newSuppressionRows(
  list: SuppressionList,
  entries: readonly SuppressionEntry[],
  addedOn: Date,
): CellOutput[][] {
  const rows: CellOutput[][] = [];
  const emails = new Set(list.emails);
  const keys = new Set(list.keys);
  for (const e of entries) {
    const fresh = e.emails.filter((email) => !emails.has(email));
    const keyListed = e.key !== '' && keys.has(e.key);
    if (fresh.length === 0 && (e.emails.length > 0 || keyListed)) continue;
    for (const email of fresh.length > 0 ? fresh : ['']) {
      rows.push([email, e.label, addedOn, e.why]);
      if (email !== '') emails.add(email);
    }
    if (e.key !== '') keys.add(e.key);
  }
  return rows;
}

/** `{sheet}`, `{row}` filled in. */
export function fromSheetText(
  texts: Localized<SuppressionTexts>,
  language: Language,
  sheet: string,
  row: number,
): string {
  return texts[language].fromSheet.replace('{sheet}', () => sheet).replace('{row}', String(row));
}
