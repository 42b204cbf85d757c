// Data issues' line for an email or phone the log has under two or more customers: "alice@x.com is
// under 2 customers: Alice Wong, Alice W." (a new-owner trial had one person counted as two, the name
// written two ways). Said, never merged: two customers may share a family's or a shop's address.
import type { CellOutput } from '../cells';
import { contactCustomers } from '../customers/contact-keys';
import type { Language } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import type { ReportTexts } from './report-texts';
import { fill } from './report-texts';

/**
 * One Data issues row per email or phone under two or more customers, in order of first row, at the
 * first row of the first customer carrying it.
 */
export function sharedContactRows(
  log: Pick<PurchaseLog, 'contacts' | 'purchases' | 'excludedCustomers'>,
  sheetName: string,
  language: Language,
  t: ReportTexts,
): CellOutput[][] {
  const contacts = log.contacts;
  if (contacts === undefined || contacts.size < 2) return [];
  const rows: CellOutput[][] = [];
  let labels: Map<string, string> | undefined;
  for (const [contact, keys] of contactCustomers(contacts.values())) {
    if (keys.length < 2) continue;
    labels ??= labelsOf(log);
    const names = keys.map((k) => labels!.get(k) || contacts.get(k)?.name || k);
    rows.push([
      sheetName,
      contacts.get(keys[0]!)!.row,
      contact.includes('@') ? t.email : t.phone,
      contact,
      fill(t.sharedContact, {
        contact,
        count: keys.length,
        names: names.join(language === 'en' ? ', ' : '、'),
      }),
      t.keptApart,
    ]);
  }
  return rows;
}

/** Each customer's name as the log writes it, of the customers with purchases or rows left out. */
function labelsOf(log: Pick<PurchaseLog, 'purchases' | 'excludedCustomers'>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [key, c] of log.excludedCustomers ?? []) labels.set(key, c.label);
  const { keys, labels: names } = log.purchases;
  for (let i = 0; i < keys.length; i++) labels.set(keys[i]!, names[i]!);
  return labels;
}
