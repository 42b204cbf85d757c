// Trial 24 through Analyze, in en, zh-CN and zh-TW: public data as downloaded. The Retail Case Study
// (customer_id, trans_date, tran_amount) and an Olist join (customer_unique_id, order_status,
// order_purchase_timestamp, payment_value) are analysed; Olist's orders tab alone names the columns it
// has and how to fix it; Instacart's orders (no dates, no amounts) are said plainly not to be analysable.
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const LOCALES = [
  ['en_US', 'en'],
  ['zh_CN', 'zh-CN'],
  ['zh_TW', 'zh-TW'],
] as const;

const RETAIL = [
  ['customer_id', 'trans_date', 'tran_amount'],
  ['CS5295', '11-Feb-13', 35],
  ['CS4768', '15-Mar-15', 39],
  ['CS1217', '16-Nov-11', 99],
  ['CS5295', '01-Jan-15', 61],
  ['CS5295', '13-Mar-15', 44],
  ['CS4768', '02-Aug-14', 55],
];

const D = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);
const ANA = '7c396fd4830fd04220f754e42b4e5bff';
const OLIST = [
  [
    'order_id',
    'customer_id',
    'customer_unique_id',
    'order_status',
    'order_purchase_timestamp',
    'payment_type',
    'payment_value',
  ],
  ['e481f51c', '9ef432eb', ANA, 'delivered', D('2017-10-02 10:56:33'), 'credit_card', 38.71],
  ['53cdb2fc', 'b0830fb4', 'af07308b', 'shipped', D('2018-07-24 20:41:37'), 'boleto', 141.46],
  ['47770eb9', '41ce2a54', '3a653a41', 'invoiced', D('2018-08-08 08:38:49'), 'credit_card', 179.12],
  ['949d5b44', 'f8819746', ANA, 'canceled', D('2017-11-18 19:28:06'), 'credit_card', 50],
  ['ad21c59c', '8ab97904', ANA, 'unavailable', D('2018-02-13 21:18:39'), 'credit_card', 72.2],
  ['a4591c26', '503740e9', ANA, 'delivered', D('2018-06-09 16:48:11'), 'credit_card', 99.9],
];

describe('Analyze: public data with compound headers', () => {
  for (const [locale, lang] of LOCALES) {
    it(`${locale}: the Retail Case Study`, () => {
      env = installFake({ locale, now: '2015-03-17T12:00:00Z' });
      env.fake.spreadsheet.addSheet('Retail_Data_Transactions', RETAIL);
      main.analyzeCustomers();
      expect(env.fake.ui.lastAlert()).toBeUndefined();
      const rows = env.fake.values(SHEET_NAMES[lang].insights);
      const cs5295 = rows.find((r) => r[0] === 'CS5295')!;
      expect(cs5295[10]).toBe(3);
      expect(cs5295[11]).toBe(140);
    });

    it(`${locale}: an Olist join is read by customer_unique_id, with Olist's statuses known`, () => {
      env = installFake({ locale, now: '2018-09-01T12:00:00Z' });
      env.fake.spreadsheet.addSheet('orders', OLIST);
      main.analyzeCustomers();
      const rows = env.fake.values(SHEET_NAMES[lang].insights);
      // Ana: one customer with two delivered orders, not four one-time customers.
      expect(
        rows.filter((r) => [ANA, '9ef432eb', '503740e9'].includes(String(r[0]))).map((r) => r[0]),
      ).toEqual([ANA]);
      const ana = rows.find((r) => r[0] === ANA)!;
      expect(ana[10]).toBe(2);
      expect(ana[11]).toBeCloseTo(138.61, 2);
      const issues = env.fake.values(SHEET_NAMES[lang].dataIssues);
      const x = ANALYZE_TEXTS.excluded[lang];
      const unknownLine = x.unknownStatuses.slice(0, x.unknownStatuses.indexOf('{'));
      expect(issues.some((r) => String(r[4]).startsWith(unknownLine))).toBe(false);
      expect(issues.filter((r) => r[3] === 'canceled' || r[3] === 'unavailable').map((r) => r[1])).toEqual([
        5, 6,
      ]);
    });
  }

  const OLIST_TAB = {
    en: [
      'Sheet "olist_orders_dataset" (row 1) has customer (C), date (E), order id (A) but no amount column.',
      'rename its header "Amount", or choose the columns in Column setup.',
    ],
    'zh-CN': [
      '工作表“olist_orders_dataset”（第 1 行）有客户（C 列）、日期（E 列）、订单号（A 列），但没有金额列。',
      '请把表头改为“金额”，或在“列设置”中选择对应的列。',
    ],
    'zh-TW': [
      '工作表「olist_orders_dataset」（第 1 列）有客戶（C 欄）、日期（E 欄）、訂單號（A 欄），但沒有金額欄。',
      '請把標題改為「金額」，或在「欄位設定」中選擇對應的欄。',
    ],
  } as const;
  for (const [locale, lang] of LOCALES) {
    it(`${locale}: Olist’s orders tab alone: the alert names the columns it found, with their letters, and how to fix it`, () => {
      env = installFake({ locale, now: '2018-09-01T12:00:00Z' });
      env.fake.spreadsheet.addSheet(
        'olist_orders_dataset',
        OLIST.map((r) => r.slice(0, 5)),
      );
      main.analyzeCustomers();
      const prompt = env.fake.ui.lastAlert()!.prompt;
      for (const part of OLIST_TAB[lang]) expect(prompt).toContain(part);
    });
  }

  const INSTACART = [
    [
      'order_id',
      'user_id',
      'eval_set',
      'order_number',
      'order_dow',
      'order_hour_of_day',
      'days_since_prior_order',
    ],
    [2539329, 1, 'prior', 1, 2, 8, ''],
    [2398795, 1, 'prior', 2, 3, 7, 15],
    [2168274, 2, 'prior', 1, 2, 11, ''],
  ];
  const CANNOT = {
    en: 'Sheet "orders" cannot be analysed: it has no date column and no amount column',
    'zh-CN': '工作表“orders”无法分析：它没有日期列和金额列',
    'zh-TW': '工作表「orders」無法分析：它沒有日期欄和金額欄',
  } as const;
  for (const [locale, lang] of LOCALES) {
    it(`${locale}: Instacart's orders (no dates, no amounts) cannot be analysed, said plainly`, () => {
      env = installFake({ locale });
      env.fake.spreadsheet.addSheet('orders', INSTACART);
      main.analyzeCustomers();
      expect(env.fake.ui.lastAlert()!.prompt).toContain(CANNOT[lang]);
    });
  }
});
