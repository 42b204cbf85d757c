// Contacts from the purchase log, alone or filling a customer sheet's gaps.
import { describe, expect, it } from 'vitest';
import { directoryFromLog, withLogDirectory, withLogProfiles } from '../../../src/core/exports/log-contacts';
import type { ContactDirectory } from '../../../src/core/followups/contacts';
import type { PurchaseLog } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';

const log: PurchaseLog = {
  purchases: tableOfPurchases([]),
  issues: [],
  rowsRead: 0,
  rowsSkipped: 0,
  blankRows: 0,
  headerRows: 0,
  contacts: new Map([
    ['a@x.com', { key: 'a@x.com', name: 'Ann Lee', email: 'a@x.com', phone: '', consent: true, row: 2 }],
    ['b@x.com', { key: 'b@x.com', name: 'Bo Chan', email: 'b@x.com', phone: '555', consent: false, row: 3 }],
    ['c', { key: 'c', name: '', email: '', phone: '', consent: undefined, row: 4 }],
  ]),
};

describe('contacts from the log', () => {
  it('consent fails closed: only a clear yes may be emailed; only an explicit no is listed as an opt-out', () => {
    const d = directoryFromLog(log);
    expect([...d.byKey.values()].map((c) => [c.key, c.name, c.email, c.optedOut])).toEqual([
      ['a@x.com', 'Ann Lee', 'a@x.com', false],
      ['b@x.com', 'Bo Chan', 'b@x.com', true],
      // A blank consent cell is no consent (as in a customer sheet: followups/contacts.ts).
      ['c', 'c', '', true],
    ]);
    expect([...d.optedOutEmails]).toEqual(['b@x.com']);
    expect(d.hasEmailColumn).toBe(true);
    expect(d.hasOptOutColumn).toBe(true);
    expect(d.optOutRows.map((r) => r.key)).toEqual(['b@x.com']);
  });

  it('fills a customer sheet without emails; the sheet wins where it has one; a log "no" still opts out', () => {
    const sheet: ContactDirectory = {
      byKey: new Map([
        ['a@x.com', { key: 'a@x.com', name: 'Ann', email: '', optedOut: false, row: 2 }],
        ['b@x.com', { key: 'b@x.com', name: 'Bo', email: 'bo@home.com', optedOut: false, row: 3 }],
      ]),
      optedOutEmails: new Set(),
      hasEmailColumn: false,
      hasOptOutColumn: false,
      optOutRows: [],
    };
    const merged = withLogDirectory(sheet, log);
    expect(merged.byKey.get('a@x.com')).toMatchObject({ name: 'Ann', email: 'a@x.com', optedOut: false });
    expect(merged.byKey.get('b@x.com')).toMatchObject({ name: 'Bo', email: 'bo@home.com', optedOut: true });
  });

  it('profiles: the log fills the name, email and phone a customer sheet lacks', () => {
    const profiles = withLogProfiles(undefined, log);
    expect(profiles.get('b@x.com')).toMatchObject({
      name: 'Bo Chan',
      email: 'b@x.com',
      phone: '555',
      optedOut: true,
    });
  });
});
