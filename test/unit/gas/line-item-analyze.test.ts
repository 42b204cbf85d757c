// "Analyze customers" and Column setup on the public line-item logs of test/support/line-item-logs.ts
// (UCI "Online Retail", Chen 2015; Tableau "Sample - Superstore") pasted as they are, in en, zh-CN and
// zh-TW: Insights and Summary count each invoice's lines as quantity × unit price less its
// cancellations, Data issues says how the amounts were read, and Column setup says what it reads as
// the amount.
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { fill, SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { SUPERSTORE, UCI } from '../../support/line-item-logs';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const LANGUAGES = [
  ['en_US', 'en'],
  ['zh_CN', 'zh-CN'],
  ['zh_TW', 'zh-TW'],
] as const;

describe('Analyze on UCI Online Retail', () => {
  for (const [locale, lang] of LANGUAGES) {
    it(locale, () => {
      env = installFake({ timeZone: 'Europe/London', locale, now: '2010-12-31T12:00:00Z' });
      env.fake.spreadsheet.addSheet(
        'Online Retail',
        UCI.map((r) => [...r]),
      );
      main.analyzeCustomers();
      const names = SHEET_NAMES[lang];
      const t = ANALYZE_TEXTS.report[lang];
      const insights = env.fake.values(names.insights);
      const spent = insights[0]!.indexOf(
        insights[0]!.find((h) => /Total spent|累计消费|累計消費/.test(String(h))) ?? '',
      );
      expect(spent).toBeGreaterThan(0);
      expect(Object.fromEntries(insights.slice(1).map((r) => [String(r[0]), r[spent]]))).toEqual({
        '17850': 96.24,
        '14527': 25.3,
      });
      // Summary: 2 customers, revenue 96.24 + 25.30.
      const summary = env.fake.values(names.summary);
      const head = summary.findIndex((r) => r[1] === t.customers);
      expect(summary[head + 1]!.slice(1, 3)).toEqual([2, 121.54]);

      const x = ANALYZE_TEXTS.excluded[lang].lines;
      const amount = ANALYZE_TEXTS.issues.columnNames.amount[lang];
      const values = {
        amount: 'UnitPrice',
        quantity: 'Quantity',
        order: 'InvoiceNo',
        count: 2,
        example: 'C536379',
      };
      const issues = env.fake.values(names.dataIssues);
      expect(issues).toContainEqual([
        'Online Retail',
        '',
        amount,
        'UnitPrice',
        fill(x.price, values),
        x.added,
      ]);
      expect(issues).toContainEqual([
        'Online Retail',
        '',
        amount,
        'C536379',
        fill(x.cancelled, values),
        x.takenOff,
      ]);
      if (lang === 'en') {
        expect(fill(x.price, values)).toBe(
          "Amounts are each line's 'Quantity' × 'UnitPrice', and the lines of one 'InvoiceNo' are added up",
        );
      }
      // The row with no CustomerID is listed as left out, as before.
      const leftOut = issues.filter((r) => r[1] === 8);
      expect(leftOut).toHaveLength(1);

      expect(main.getColumnSetup(null).detection).toMatchObject({
        profile: null,
        amount: { how: 'price', amount: 'UnitPrice', quantity: 'Quantity', order: 'InvoiceNo' },
      });
    });
  }
});

describe('Analyze on Superstore', () => {
  it('Sales of an order added up; Data issues and Column setup say Sales is a line amount', () => {
    env = installFake({ timeZone: 'Europe/London', locale: 'en_US', now: '2017-12-31T12:00:00Z' });
    env.fake.spreadsheet.addSheet(
      'Orders',
      SUPERSTORE.map((r) => [...r]),
    );
    main.analyzeCustomers();
    const insights = env.fake.values('Insights');
    const spent = insights[0]!.indexOf('Total spent');
    expect(Object.fromEntries(insights.slice(1).map((r) => [String(r[0]), r[spent]]))).toEqual({
      'Claire Gute': 993.9,
      'Darrin Van Huff': 14.62,
      "Sean O'Donnell": 979.95,
      'Dennis Kane': 755.94,
    });
    expect(env.fake.values('Data issues')).toContainEqual([
      'Orders',
      '',
      ANALYZE_TEXTS.issues.columnNames.amount.en,
      'Sales',
      "'Sales' is each line's amount, not the order's total: the lines of one 'Order ID' are added up (3 orders of several lines). If 'Sales' is the order's total repeated on each line, rename its header to 'Order total' and analyze again: then it counts once per order",
      'added up',
    ]);
    expect(main.getColumnSetup(null).detection).toMatchObject({
      amount: { how: 'line', amount: 'Sales', order: 'Order ID' },
    });
  });
});
