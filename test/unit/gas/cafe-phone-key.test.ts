// Trial 24: a café keyed by phone. Its Customers tab (Phone | Name | Email) was linked by Name, so no
// customer got a name or an email in Insights, every follow-up was skipped as "no email", and nothing
// said why. The tab is now keyed by the column that names the log's customers; a tab whose key names
// none of them is said in Column setup and in the preview. Through the Apps Script fake.
import { afterEach, describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const VISITS = [
  ['Phone', 'Date', 'Amount', 'Drink'],
  ['07700 900123', day('2026-03-02'), 3.2, 'Latte'],
  ['13800138000', day('2026-02-15'), 4.5, 'Flat white'],
  ['0131 496 0000', day('2026-01-10'), 2.8, 'Tea'],
  ['0207 946 0000', day('2026-06-20'), 2.5, 'Tea'],
];
const CUSTOMERS = [
  ['Phone', 'Name', 'Email'],
  ['07700 900123', 'Amy', 'amy@example.com'],
  ['13800138000', 'Li', 'li@example.com'],
  ['0131 496 0000', 'Ross', 'ross@example.com'],
];
const AT_RISK = { audience: { kind: 'stage', stage: 'atRisk' }, templateId: 'check-in', language: 'en' };

function cafe(customers: unknown[][]): Installed {
  const installed = installFake({ timeZone: 'Europe/London', locale: 'en_GB', now: '2026-06-30T10:00:00Z' });
  installed.fake.spreadsheet.addSheet('Visits', VISITS);
  installed.fake.spreadsheet.addSheet('Customers', customers);
  main.saveFollowUpSettings({ shopName: 'Bean There', signature: 'Jo', postalAddress: '1 High St' });
  return installed;
}

describe('a café keyed by phone', () => {
  it('Column setup keys the Customers tab by Phone, and Insights shows each name and email', () => {
    env = cafe(CUSTOMERS);
    const view = main.getColumnSetup();
    expect(view.customers?.columns).toMatchObject({ key: 0, name: 1, email: 2 });
    expect(view.customersUnmatched).toBeNull();
    main.analyzeCustomers();
    const [header, ...rows] = env.fake.values(SHEET_NAMES.en.insights);
    const at = (h: string) => header!.indexOf(h);
    const amy = rows.find((r) => r[0] === '07700 900123')!;
    expect([amy[at('Name')], amy[at('Email')]]).toEqual(['Amy', 'amy@example.com']);
  });

  it('the preview writes to Amy, Li and Ross by name', () => {
    env = cafe(CUSTOMERS);
    const preview = main.previewFollowUps(AT_RISK);
    expect(preview.customersUnmatched).toBeNull();
    expect(preview.recipients.map((r) => [r.label, r.email, r.subject])).toEqual([
      ['07700 900123', 'amy@example.com', 'How are we doing, Amy?'],
      ['13800138000', 'li@example.com', 'How are we doing, Li?'],
      ['0131 496 0000', 'ross@example.com', 'How are we doing, Ross?'],
    ]);
  });

  it('a Customers tab whose keys name no customer of the log is said, in Column setup and the preview', () => {
    env = cafe([
      ['Phone', 'Name', 'Email'],
      ['01632 960000', 'Zed', 'zed@example.com'],
    ]);
    expect(main.getColumnSetup().customersUnmatched).toEqual({ sheet: 'Customers', header: 'Name' });
    const preview = main.previewFollowUps(AT_RISK);
    expect(preview.customersUnmatched).toEqual({ sheet: 'Customers', header: 'Name' });
    expect(preview.recipients).toEqual([]);
  });
});

describe('one phone written several ways', () => {
  it('Data issues names each number written as several customers; nobody is merged', () => {
    env = installFake({ timeZone: 'Europe/London', locale: 'en_GB', now: '2026-06-30T10:00:00Z' });
    env.fake.spreadsheet.addSheet('Visits', [
      ...VISITS,
      [7700900123, day('2026-03-09'), 3.2, 'Latte'],
      ['+44 7700 900123', day('2026-03-16'), 3, 'Latte'],
      ['+86 138 0013 8000', day('2026-02-01'), 4.5, 'Flat white'],
      ['138-0013-8000', day('2026-03-01'), 4.5, 'Flat white'],
    ]);
    main.analyzeCustomers();
    const issues = env.fake.values(SHEET_NAMES.en.dataIssues);
    expect(
      issues.filter((r) => String(r[4]).includes('may be one phone number')).map((r) => [r[1], r[4]]),
    ).toEqual([
      [
        2,
        '07700 900123, 7700900123, +44 7700 900123 may be one phone number written 3 ways — if they are one person, write it the same way in the customer column',
      ],
      [
        3,
        '13800138000, +86 138 0013 8000, 138-0013-8000 may be one phone number written 3 ways — if they are one person, write it the same way in the customer column',
      ],
    ]);
    const customers = env.fake
      .values(SHEET_NAMES.en.insights)
      .slice(1)
      .map((r) => r[0]);
    expect(customers).toHaveLength(8);
  });
});

describe('customers of the log not analysed', () => {
  it('a customer sheet naming customers whose rows are all in another currency is not called unmatched', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-06-30T10:00:00Z' });
    env.fake.spreadsheet.addSheet('Sales', [
      ['Customer', 'Date', 'Amount', 'Currency'],
      ['Anna', day('2026-01-05'), 120, 'EUR'],
      ['Ben', day('2026-02-10'), 15000, 'JPY'],
      ['Cara', day('2026-04-01'), 100, 'USD'],
      ['Cara', day('2026-04-20'), 60, 'USD'],
      ['Dan', day('2026-06-01'), 45, 'USD'],
    ]);
    env.fake.spreadsheet.addSheet('Customers', [
      ['Customer', 'Email'],
      ['Anna', 'anna@example.com'],
      ['Ben', 'ben@example.com'],
    ]);
    main.saveFollowUpSettings({ shopName: 'Shop', signature: 'Jo', postalAddress: '1 High St' });
    expect(main.getColumnSetup().customersUnmatched).toBeNull();
    expect(main.previewFollowUps(AT_RISK).customersUnmatched).toBeNull();
  });
});
