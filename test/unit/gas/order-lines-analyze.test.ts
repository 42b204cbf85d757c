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

const QTY_TEXT: CellValue[][] = [
  ['Order No', 'Customer', 'Date', 'Item', 'Qty', 'Unit price'],
  [1, 'Ann', '2023-01-05', 'Apples', '2 pcs', 3],
  [2, 'Bob', '2023-01-06', 'Pears', 'x3', 2],
  [3, 'Cy', '2023-01-07', 'Cheese', 0.5, 20],
  [4, 'Dee', '2023-01-08', 'Bread', '', 4],
  [5, 'Ann', '2023-02-01', 'Apples', '3', 3],
  [6, 'Eve', '2023-02-02', 'Rice', '1.5 kg', 4],
  [7, 'Eve', '2023-02-03', 'Tea', '2个', 5],
  [8, 'Fay', '2023-02-04', 'Tea', 'some', 5],
];

const QTY: Record<Language, { blank: string; unreadable: string }> = {
  en: {
    blank:
      "Rows with no 'Qty': 1; each is counted as 1 × its 'Unit price'. If more were sold, fill in the quantity",
    unreadable: "Quantity 'some' has no number to read: type the number sold, such as 2, 2 pcs or x2",
  },
  'zh-CN': {
    blank: '没有“Qty”的行：1 行；每行按 1 ×“Unit price”计算。如实际卖出更多，请填写数量',
    unreadable: '数量“some”中没有可读的数字：请填写卖出的数量，如 2、2件 或 x2',
  },
  'zh-TW': {
    blank: '沒有「Qty」的列：1 列；每列按 1 ×「Unit price」計算。如實際賣出更多，請填寫數量',
    unreadable: '數量「some」中沒有可讀的數字：請填寫賣出的數量，如 2、2件 或 x2',
  },
};

describe('Analyze: quantities written as text', () => {
  for (const locale of LOCALES) {
    it(`${locale}: 2 pcs, x3, 1.5 kg, 2个 are their numbers; a blank one is said once; 'some' is the row's problem`, () => {
      const { lang, totals, issues } = analyze(locale, QTY_TEXT, '2023-03-08T12:00:00Z');
      expect(totals).toEqual({ Ann: 15, Bob: 6, Cy: 10, Dee: 4, Eve: 16 });
      expect(issues.filter((r) => r[4] === QTY[lang].blank)).toHaveLength(1);
      const bad = issues.find((r) => String(r[4]).startsWith(QTY[lang].unreadable));
      expect(bad?.slice(0, 4)).toEqual(['Sales', 9, expect.anything(), 'some']);
    });
  }
});

const REPEATED: CellValue[][] = [
  ['Order No', 'Customer', 'Date', 'Item', 'Amount'],
  ['A-1', 'Ann', '2023-01-05', 'Latte', 14],
  ['A-1', 'Ann', '2023-01-05', 'Cake', 14],
  ['A-2', 'Bob', '2023-01-06', 'Latte', 9],
  ['A-2', 'Bob', '2023-01-06', 'Tea', 9],
  ['A-2', 'Bob', '2023-01-06', 'Scone', 9],
  ['A-3', 'Ann', '2023-02-01', 'Tea', 3],
];

const TOTAL: Record<Language, [string, string]> = {
  en: [
    "'Amount' is the same on every line of 2 orders whose products differ, so it is the order's total repeated on each line: counted once per 'Order No'. If it is each line's own amount, rename its header to 'Line amount' and analyze again: then the lines are added up",
    'counted once per order',
  ],
  'zh-CN': [
    '“Amount”在 2 个订单中各行都相同，而各行的商品不同，因此它是每行重复的订单总额：每个“Order No”只计一次。如它其实是每一行自己的金额，请把表头改为“小计”后重新分析：各行会相加',
    '每个订单只计一次',
  ],
  'zh-TW': [
    '「Amount」在 2 筆訂單中各列都相同，而各列的商品不同，因此它是每列重複的訂單總額：每個「Order No」只計一次。如它其實是每一列自己的金額，請把表頭改為「小計」後重新分析：各列會相加',
    '每筆訂單只計一次',
  ],
};

describe('Analyze: an order total repeated under "Amount"', () => {
  for (const locale of LOCALES) {
    it(`${locale}: counted once per order (Ann 17, not 31), and Data issues says so and how to change it`, () => {
      const { lang, totals, issues } = analyze(locale, REPEATED, '2023-03-08T12:00:00Z');
      expect(totals).toEqual({ Ann: 17, Bob: 9 });
      const [said, done] = TOTAL[lang];
      expect(issues.some((r) => r[4] === said && r[5] === done)).toBe(true);
    });
  }
});

const HAND_LINES: CellValue[][] = [
  ['Order No', 'Customer', 'Date', 'Item', 'Qty', 'Price'],
  [1001, 'Ann', '2023-01-05', 'Latte', 2, 4.5],
  [1001, 'Ann', '2023-01-05', 'Cake', 1, 5],
  [1002, 'Bob', '2023-01-06', 'Latte', 1, 4.5],
  [1002, 'Bob', '2023-01-06', 'Latte', 1, 4.5],
  [1003, 'Ann', '2023-02-01', 'Tea', 1, 3],
];

const TWICE: Record<Language, string> = {
  en: 'Identical to the next line of order 1002: counted once, as a line typed twice. If both were sold, type them as one line (a quantity of 2, or both amounts together) and delete the other',
  'zh-CN':
    '与订单 1002 的下一行完全相同：按重复录入只计一次。如两份都卖出了，请合并为一行（数量 2，或两者金额之和）并删除另一行',
  'zh-TW':
    '與訂單 1002 的下一列完全相同：按重複輸入只計一次。如兩份都賣出了，請合併為一列（數量 2，或兩者金額之和）並刪除另一列',
};

describe('Analyze: two identical lines of one order', () => {
  for (const locale of LOCALES) {
    it(`${locale}: counted once and said as a line typed twice, not an earlier copy of the order`, () => {
      const { lang, totals, issues } = analyze(locale, HAND_LINES, '2023-03-08T12:00:00Z');
      expect(totals).toEqual({ Ann: 17, Bob: 4.5 });
      const row = issues.find((r) => r[1] === 4);
      expect(row?.[4]).toBe(TWICE[lang]);
      expect(issues.some((r) => /earlier copy|较早副本|較早副本/.test(String(r[4])))).toBe(false);
    });
  }
});

describe('Column setup on an order total repeated under "Amount"', () => {
  it("says the order's total, counted once, as Analyze reads it; a log whose lines differ stays lines", () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2023-03-08T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Sales', REPEATED);
    expect(main.getColumnSetup(null).detection?.amount).toMatchObject({ how: 'order', amount: 'Amount' });
    env.uninstall();
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2023-03-08T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Sales', [
      ...REPEATED,
      ['A-4', 'Bob', '2023-02-02', 'Tea', 3],
      ['A-4', 'Bob', '2023-02-02', 'Cake', 5],
    ]);
    expect(main.getColumnSetup(null).detection?.amount).toMatchObject({ how: 'line', amount: 'Amount' });
  });
});
