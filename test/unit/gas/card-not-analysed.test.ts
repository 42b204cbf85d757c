// The card of a customer with rows in the log none of which was analysed says why, as the worded
// formulas do, with the sheet's rows (trial 23: a customer whose only sale was refunded that day had
// "“Rae” has no purchases and is not on the customer sheet"; listed on the customer sheet, a bare card
// headed "rae" with the next step "Welcome them").
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

function orders(locale: string, rows: unknown[][], customers?: unknown[][]) {
  env = installFake({ timeZone: 'UTC', locale, now: '2026-11-28T12:00:00Z' });
  env.fake.spreadsheet.addSheet('Orders', [['Date', 'Customer', 'Amount'], ...rows]);
  if (customers) env.fake.spreadsheet.addSheet('Customers', customers);
}

const REFUNDED = [
  [day('2026-10-01'), 'Dan', 60],
  [day('2026-06-04'), 'Rae', 40],
  [day('2026-06-04'), 'Rae', -40],
];

describe('getCustomerCard: customers not analysed', () => {
  const said = {
    en_US:
      'Rae was not analysed; their only purchase, on 4 June 2026, was refunded in full that day (rows 3, 4)',
    zh_CN: 'Rae 未纳入分析；唯一一次购买（2026年6月4日）已在当天全额退款（第 3、4 行）',
    zh_TW: 'Rae 未納入分析；唯一一次購買（2026年6月4日）已在當天全額退款（第 3、4 列）',
  };
  for (const [locale, text] of Object.entries(said)) {
    it(`a customer whose only sale was refunded that day has a card saying so (${locale})`, () => {
      orders(locale, REFUNDED);
      const before = main.getCustomerCard({ key: 'rae', label: 'Rae' });
      expect(before.card).toMatchObject({ label: 'Rae', insight: null, notAnalysed: text, nextStep: null });
      expect(before.card?.history.map((r) => r.amount)).toEqual([-40, 40]);
      expect(before.issuesSheet).toBeNull();
      main.analyzeCustomers();
      expect(main.getCustomerCard({ key: 'rae' }).issuesSheet).toMatch(/Data issues|数据问题|資料問題/);
    });
  }

  it('listed on the customer sheet: named as in the log, why said, no welcome', () => {
    orders('en_US', REFUNDED, [
      ['Customer', 'Email'],
      ['Dan', 'dan@x.com'],
      ['Rae', 'rae@x.com'],
    ]);
    main.analyzeCustomers();
    const { card, issuesSheet } = main.getCustomerCard({ key: 'rae' });
    expect(card).toMatchObject({ label: 'Rae', nextStep: null, profile: { email: 'rae@x.com' } });
    expect(card?.notAnalysed).toMatch(/^Rae was not analysed; their only purchase/);
    expect(issuesSheet).toBe('Data issues');
  });

  it('only returns; every row skipped (named by the selected cell); an analysed customer has none', () => {
    orders('en_US', [
      [day('2026-10-01'), 'Dan', 60],
      [day('2026-08-04'), 'Kim', -20],
      ['someday', 'Frank', 12],
    ]);
    expect(main.getCustomerCard({ key: 'kim' }).card?.notAnalysed).toBe(
      'Kim was not analysed; only returns, no purchase (row 3)',
    );
    expect(main.getCustomerCard({ key: 'frank', label: 'Frank ' }).card).toMatchObject({
      label: 'Frank',
      notAnalysed: 'Frank was not analysed; 1 row skipped (row 4): date not readable (someday)',
      history: [],
    });
    expect(main.getCustomerCard({ key: 'dan' }).card).toMatchObject({
      notAnalysed: null,
      nextStep: 'boughtOnce',
    });
    // Not in the log nor on a customer sheet: no card (the sidebar says so).
    expect(main.getCustomerCard({ key: 'zed' }).card).toBeNull();
  });

  it('rows left out on purpose', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Orders', [
      ['Date', 'Customer', 'Amount', 'Status'],
      [day('2026-10-01'), 'Dan', 60, 'paid'],
      [day('2026-10-02'), 'Lou', 30, 'cancelled'],
    ]);
    expect(main.getCustomerCard({ key: 'lou' }).card?.notAnalysed).toBe(
      'Lou was not analysed; 1 row left out: cancelled',
    );
  });
});

// Leftovers 29: a log keyed by name with an Email column; the card asked by an address (a customer
// sheet or a feedback sheet keyed by email) found no one, analysed or not, though the formulas do.
describe('getCustomerCard: asked by an email of the log', () => {
  it('finds the customer the address belongs to and says why they were not analysed', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Orders', [
      ['Date', 'Customer', 'Amount', 'Email'],
      [day('2026-10-01'), 'Dan', 60, 'dan@x.com'],
      [day('2026-06-04'), 'Rae', 40, 'rae@x.com'],
      [day('2026-06-04'), 'Rae', -40, 'rae@x.com'],
      [day('2026-08-04'), 'Kim', -20, 'Kim@X.com'],
      [day('2026-08-05'), 'Sam', 20, 'home@x.com'],
      [day('2026-08-06'), 'Sue', 20, 'home@x.com'],
    ]);
    const byEmail = (key: string) => main.getCustomerCard({ key, label: key }).card;
    expect(byEmail('rae@x.com')).toMatchObject({
      label: 'Rae',
      insight: null,
      notAnalysed: main.getCustomerCard({ key: 'rae', label: 'Rae' }).card!.notAnalysed,
    });
    expect(byEmail('rae@x.com')!.notAnalysed).toMatch(/^Rae was not analysed; their only purchase/);
    expect(byEmail('kim@x.com')).toMatchObject({
      label: 'Kim',
      notAnalysed: 'Kim was not analysed; only returns, no purchase (row 5)',
    });
    // Analysed: the same card as by name.
    expect(byEmail('dan@x.com')).toEqual(main.getCustomerCard({ key: 'dan', label: 'Dan' }).card);
    // One address of two customers names neither; one no customer has names no one.
    expect(byEmail('home@x.com')).toBeNull();
    expect(byEmail('zed@x.com')).toBeNull();
  });
});
