// Analyze on a log whose "price" is each row's total (the Kaggle Customer Shopping Dataset's shape):
// Insights' totals are the prices, and Data issues says the price was read as each row's total, with
// two rows of one product that show it, in each language (exports/price-row-totals.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { INSIGHT_COLUMNS, insightHeaders } from '../../../src/core/i18n/labels';
import { languageOfLocale } from '../../../src/core/i18n/language';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const ROWS = [
  ['invoice_no', 'customer_id', 'category', 'quantity', 'price', 'invoice_date'],
  ['I138884', 'C241288', 'Clothing', 5, 1500.4, new Date(Date.UTC(2022, 7, 5))],
  ['I127801', 'C266599', 'Clothing', 1, 300.08, new Date(Date.UTC(2021, 10, 9))],
  ['I293112', 'C176086', 'Clothing', 2, 600.16, new Date(Date.UTC(2021, 0, 13))],
  ['I293455', 'C159642', 'Clothing', 3, 900.24, new Date(Date.UTC(2021, 10, 4))],
  ['I317333', 'C241288', 'Shoes', 3, 1800.51, new Date(Date.UTC(2021, 11, 12))],
  ['I173702', 'C988172', 'Shoes', 5, 3000.85, new Date(Date.UTC(2021, 4, 16))],
];

const SENTENCE = {
  en: "'price' is each row's total, not a price per unit: a product's rows cost the same per unit whatever the 'quantity' ('Clothing': 5 for 1500.4, 1 for 300.08), so it is not multiplied by 'quantity'",
  'zh-CN':
    '“price”是每一行的总额，不是单价：同一商品各行的“quantity”不同而单位价格相同（“Clothing”：5 个 1500.4，1 个 300.08），因此不再乘以“quantity”',
  'zh-TW':
    '「price」是每一列的總額，不是單價：同一商品各列的「quantity」不同而單位價格相同（「Clothing」：5 個 1500.4，1 個 300.08），因此不再乘以「quantity」',
} as const;

describe('Analyze on a log whose price is each row’s total', () => {
  for (const locale of ['en_US', 'zh_CN', 'zh_TW']) {
    it(`${locale}: totals are the prices, and Data issues says why`, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2023-01-01T12:00:00Z' });
      const { fake } = env;
      fake.spreadsheet.addSheet('Sales', ROWS);
      main.analyzeCustomers();
      const lang = languageOfLocale(locale);
      const [header, ...rows] = fake.values(SHEET_NAMES[lang].insights);
      const spent = header!.indexOf(insightHeaders(lang, 90, 365)[INSIGHT_COLUMNS.indexOf('totalSpent')]!);
      const totals = Object.fromEntries(rows.map((r) => [String(r[0]), r[spent]]));
      expect(totals).toMatchObject({ C241288: 3300.91, C988172: 3000.85, C266599: 300.08 });
      const issues = fake.values(SHEET_NAMES[lang].dataIssues);
      expect(issues.some((r) => r[4] === SENTENCE[lang])).toBe(true);
    });
  }
});
