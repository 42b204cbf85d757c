// Contacts from the purchase log, alone or filling a customer sheet's gaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import { directoryFromLog, withLogDirectory, withLogProfiles } from '../../../src/core/exports/log-contacts';
import type { ContactDirectory } from '../../../src/core/followups/contacts';
import type { PurchaseLog } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { dayFromCivil } from '../../../src/core/time/civil';

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

// Leftovers 29: a log keyed by email beside a customer sheet with an Email column that lacks a
// customer: that customer was skipped as "no email" though the log names them by their address.
describe('a log keyed by email beside a customer sheet with an email column', () => {
  const keyed = (customers: readonly string[]) =>
    analyzePurchases(
      [
        ['Customer', 'Date', 'Amount'],
        ...customers.map((c, i) => [c, new Date(Date.UTC(2026, 0, 1 + i)), 10]),
      ],
      { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: dayFromCivil(2026, 6, 30) },
    ).log;
  const sheet = (rows: readonly [string, string, boolean][], consent = false): ContactDirectory => ({
    byKey: new Map(
      rows.map(([key, email, optedOut], i) => [key, { key, name: key, email, optedOut, row: i + 2 }]),
    ),
    optedOutEmails: new Set(),
    hasEmailColumn: true,
    hasOptOutColumn: consent,
    hasConsentColumn: consent,
    optOutRows: [],
  });

  it('gives a customer the sheet does not list, or lists without an address, the address they are logged as', () => {
    const log = keyed(['zoe@example.com', 'amy@example.com', 'bea@example.com']);
    const merged = withLogDirectory(
      sheet([
        ['amy@example.com', 'amy.b@example.com', false],
        ['bea@example.com', '', false],
      ]),
      log,
    );
    expect([...merged.byKey.values()].map((c) => [c.key, c.email, c.optedOut])).toEqual([
      ['amy@example.com', 'amy.b@example.com', false],
      ['bea@example.com', 'bea@example.com', false],
      ['zoe@example.com', 'zoe@example.com', false],
    ]);
  });

  it('property: every address is the sheet’s own or the customer’s key; a sheet consent column is never bypassed', () => {
    const local = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(local, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom('', 'own', 'n/a'), fc.boolean()), { maxLength: 8 }),
        fc.boolean(),
        (names, listed, consent) => {
          const keys = names.map((n) => `${n}@example.com`);
          const rows = listed
            .slice(0, keys.length)
            .flatMap(([on, email, optedOut], i): [string, string, boolean][] =>
              on ? [[keys[i]!, email === 'own' ? `${names[i]}.home@example.org` : email, optedOut]] : [],
            );
          const own = sheet(rows, consent);
          const merged = withLogDirectory(own, keyed(keys));
          for (const c of merged.byKey.values()) {
            const mine = own.byKey.get(c.key);
            if (mine !== undefined && mine.email !== '') expect(c.email).toBe(mine.email);
            else expect(c.email).toBe(c.key);
            if (mine?.optedOut) expect(c.optedOut).toBe(true);
            // Not on a sheet that asks for consent: none was given.
            if (consent && mine === undefined) expect(c.optedOut).toBe(true);
          }
          expect(merged.byKey.size).toBe(keys.length);
        },
      ),
    );
  });
});
