// The join of a customer sheet keyed by name to a log keyed by address, by the log's name column
// (Billing Name): opt-outs by name stop every customer of that name; consent by name counts only
// when it is certain whom the row means.
import { describe, expect, it } from 'vitest';
import { withLogDirectory } from '../../../src/core/exports/log-contacts';
import { readContacts } from '../../../src/core/followups/contacts';
import { applySuppression, withEntries } from '../../../src/core/followups/suppression';
import type { LogContact, PurchaseLog } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';

const logOf = (people: [email: string, name: string][]): PurchaseLog => ({
  purchases: tableOfPurchases([]),
  issues: [],
  rowsRead: 0,
  rowsSkipped: 0,
  blankRows: 0,
  headerRows: 0,
  contacts: new Map(
    people.map(([email, name], i): [string, LogContact] => [
      email,
      { key: email, name, email, phone: '', consent: undefined, row: i + 2 },
    ]),
  ),
});

/** The directory as the shell builds it: the sheet, the log, then the sheet's explicit opt-outs listed. */
function directory(grid: unknown[][], people: [string, string][]) {
  const contacts = readContacts(grid as never);
  const entries = contacts.optOutRows.map((r) => ({ key: r.key, label: r.label, emails: r.emails, why: '' }));
  return applySuppression(
    withLogDirectory(contacts, logOf(people)),
    withEntries({ emails: new Set(), keys: new Set() }, entries),
  );
}

/** The log's customers (keyed by address) the guardrails skip as opted out; the sheet's own rows aside. */
const stopped = (d: ReturnType<typeof directory>) =>
  [...d.byKey.values()]
    .filter((c) => c.key.includes('@'))
    .filter((c) => c.optedOut || d.optedOutEmails.has(c.email.toLowerCase()))
    .map((c) => c.key)
    .sort();

describe('opt-outs joined by name', () => {
  it('a row naming the customer stops them at the log address, whatever address the row gives', () => {
    const d = directory(
      [
        ['Name', 'Email', 'Do not email'],
        ['Ann Ash', '', 'yes'],
        ['  bea   BO ', '', 'yes'],
        ['Dan Du', 'other@x.com', 'yes'],
        ['Eve Ey', '', 'no'],
      ],
      [
        ['ann@x.com', 'Ann Ash'],
        ['bea@x.com', 'Bea Bo'],
        ['dan@x.com', 'Dan Du'],
        ['eve@x.com', 'Eve Ey'],
      ],
    );
    expect(stopped(d)).toEqual(['ann@x.com', 'bea@x.com', 'dan@x.com']);
  });

  it('an opt-out by a name two customers share stops both (which one it means is not certain)', () => {
    const d = directory(
      [
        ['Name', 'Email', 'Opt-out'],
        ['Ann Ash', '', 'yes'],
      ],
      [
        ['ann@x.com', 'Ann Ash'],
        ['ann2@x.com', 'ann ash'],
        ['bo@x.com', 'Bo'],
      ],
    );
    expect(stopped(d)).toEqual(['ann2@x.com', 'ann@x.com']);
    // The guardrails say why: not "opted out", which may be false of either.
    expect(d.byKey.get('ann@x.com')?.namesakeOptedOut).toBe(true);
    expect(d.byKey.get('ann2@x.com')?.namesakeOptedOut).toBe(true);
  });

  it('consent by name: a yes for the one customer of that name counts; for namesakes or another address it does not', () => {
    const d = directory(
      [
        ['Name', 'Email', 'Accepts Marketing'],
        ['Cal Cy', '', 'yes'],
        ['Eve Ey', 'eve-new@x.com', 'yes'],
        ['Ann Ash', '', 'yes'],
        ['Bea Bo', '', ''],
      ],
      [
        ['cal@x.com', 'Cal Cy'],
        ['eve@x.com', 'Eve Ey'],
        ['ann@x.com', 'Ann Ash'],
        ['ann2@x.com', 'Ann Ash'],
        ['bea@x.com', 'Bea Bo'],
        ['dan@x.com', 'Dan Du'],
      ],
    );
    expect(stopped(d)).toEqual(['ann2@x.com', 'ann@x.com', 'bea@x.com', 'dan@x.com', 'eve@x.com']);
  });
});
