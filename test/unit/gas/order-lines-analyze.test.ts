// "Analyze customers" on logs of order lines that are no known export (helper lines26, trial 25), in
// en, zh-CN and zh-TW: refund lines beyond an order's sales come off the customer's spend with a true
// sentence, quantities written as text count, an order total repeated under "Amount" counts once, and
// two identical lines of one order are said as such.
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { INSIGHT_COLUMNS, insightHeaders } from '../../../src/core/i18n/labels';
import { type Language, languageOfLocale } from '../../../src/core/i18n/language';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const LOCALES = ['en_US', 'zh_CN', 'zh_TW'] as const;

/** Analyze on one sheet: each customer's total spent, and the Data issues rows. */
function analyze(locale: string, rows: CellValue[][], now = '2023-06-30T12:00:00Z') {
  env = installFake({ timeZone: 'UTC', locale, now });
  env.fake.spreadsheet.addSheet('Sales', rows);
  main.analyzeCustomers();
  const lang = languageOfLocale(locale);
  const [header, ...insights] = env.fake.values(SHEET_NAMES[lang].insights);
  const spent = header!.indexOf(insightHeaders(lang, 90, 365)[INSIGHT_COLUMNS.indexOf('totalSpent')]!);
  return {
    lang,
    totals: Object.fromEntries(insights.map((r) => [String(r[0]), r[spent]])),
    issues: env.fake.values(SHEET_NAMES[lang].dataIssues),
  };
}

const REFUND_LINES: CellValue[][] = [
  ['Order No', 'Customer', 'Date', 'Item', 'Qty', 'Unit price'],
  [1, 'Ann', '2023-01-05', 'Latte', 2, 4.5],
  [1, 'Ann', '2023-01-05', 'Cake', 1, 5],
  [2, 'Ann', '2023-03-01', 'Latte', -2, 4.5],
  [3, 'Bob', '2023-02-06', 'Cake', 2, 5],
  [4, 'Bob', '2023-04-06', 'Cake', 1, 5],
  [4, 'Bob', '2023-04-06', 'Cake', -3, 5],
  [5, 'Cy', '2023-05-07', 'Tea', 3, 3],
];

const OVER: Record<Language, [string, string]> = {
  en: [
    'Refunds of 15.00 on 6 April 2023 exceed that day’s sales of 5.00 (rows 6, 7)',
    'the other 10.00 is taken off their total spent',
  ],
  'zh-CN': [
    '2023年4月6日的退款 15.00 超过当天的销售额 5.00（第 6、7 行）',
    '多出的 10.00 已从其总消费中扣除',
  ],
  'zh-TW': [
    '2023年4月6日的退款 15.00 超過當天的銷售額 5.00（第 6、7 列）',
    '多出的 10.00 已從其總消費中扣除',
  ],
};

describe('Analyze: refund lines beyond an order’s sales', () => {
  for (const locale of LOCALES) {
    it(`${locale}: Bob's 10 + 5 − 15 is 0, and Data issues says where the 10 went`, () => {
      const { lang, totals, issues } = analyze(locale, REFUND_LINES);
      expect(totals).toMatchObject({ Ann: 5, Bob: 0, Cy: 9 });
      const [said, taken] = OVER[lang];
      expect(issues.some((r) => r[4] === said && r[5] === taken)).toBe(true);
      expect(issues.some((r) => /Refunded in full|全额退款|全額退款/.test(String(r[4])))).toBe(false);
    });
  }
});
