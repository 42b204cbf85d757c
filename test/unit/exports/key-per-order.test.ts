// Trial 24: Olist's customer_id is one per order; the person is customer_unique_id. When the customer
// column chosen is one per order over 20+ orders while another customer-like column is not, Data
// issues says so, naming both, in each language.
import { afterEach, describe, expect, it } from 'vitest';
import { keyPerOrder } from '../../../src/core/exports/key-per-order';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { fill, SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const HEADER = ['order_id', 'customer_id', 'Email', 'Date', 'Amount'];
/** `n` orders by 5 people, each order with a customer_id of its own. */
const orders = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    `o${i}`,
    `c${i}`,
    `p${i % 5}@example.com`,
    new Date(Date.UTC(2026, 0, 1 + i * 3, 4)),
    10 + i,
  ]);

describe('keyPerOrder', () => {
  const columns = { orderId: 0, customer: 1, email: 2, date: 3, amount: 4 };
  it('20 orders, one customer_id each, emails with several orders: said', () => {
    expect(keyPerOrder(orders(20), columns, HEADER)).toEqual({
      header: 'customer_id',
      other: 'Email',
      orders: 20,
    });
  });
  it('19 orders: too few to tell', () => {
    expect(keyPerOrder(orders(19), columns, HEADER)).toBeUndefined();
  });
  it('a customer column with a repeat buyer: nothing to say', () => {
    const rows = orders(25);
    rows[3]![1] = 'c0';
    expect(keyPerOrder(rows, columns, HEADER)).toBeUndefined();
  });
  it('no other customer-like column with repeats: nothing to say', () => {
    const rows = orders(25).map((r, i) => [r[0]!, r[1]!, `x${i}@example.com`, r[3]!, r[4]!]);
    expect(keyPerOrder(rows, columns, HEADER)).toBeUndefined();
  });
});

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('Analyze: a customer column one per order', () => {
  for (const [locale, lang] of [
    ['en_US', 'en'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
  ] as const) {
    it(locale, () => {
      env = installFake({ locale, now: '2026-12-01T12:00:00Z' });
      env.fake.spreadsheet.addSheet('orders', [HEADER, ...orders(24)]);
      main.analyzeCustomers();
      const issues = env.fake.values(SHEET_NAMES[lang].dataIssues);
      const text = fill(ANALYZE_TEXTS.report[lang].keyPerOrder, {
        header: 'customer_id',
        other: 'Email',
        orders: 24,
      });
      expect(issues).toContainEqual(['orders', '', 'customer_id', '', text, '']);
    });
  }
});
