// Trial 24 through Analyze and the formulas: a ledger's 备注/Notes = 退货/Return row with a positive
// amount was another purchase a week later (total 1874.5, "back after 7 days"), and Data issues said
// every row was used. Now it is a return, taken off, and Data issues names the row, in each language.
import { afterEach, describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../../src/core/input/issue-messages';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const LEDGER = [
  ['王阿姨', '2026年3月4日', '¥1,234.50', ''],
  ['王阿姨', '2026年4月2日', '¥320.00', ''],
  ['王阿姨', '2026年4月9日', '¥320.00', '退货'],
  ['李先生', '2026年3月15日', '¥88.00', ''],
  ['李先生', '2026年5月20日', '¥128.00', ''],
  ['张小姐', '2026年1月8日', '¥560.00', ''],
  ['张小姐', '2026年2月8日', '-¥60.00', '退货'],
];
const HEADERS = {
  en: ['Customer', 'Date', 'Amount', 'Notes'],
  'zh-CN': ['客户', '日期', '金额', '备注'],
  'zh-TW': ['客戶', '日期', '金額', '備註'],
} as const;

describe('Analyze: a return written in the notes column', () => {
  for (const [locale, lang] of [
    ['en_US', 'en'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
  ] as const) {
    it(locale, () => {
      env = installFake({ locale });
      const grid = [[...HEADERS[lang]], ...LEDGER];
      env.fake.spreadsheet.addSheet('记账', grid);
      main.analyzeCustomers();
      const names = SHEET_NAMES[lang];
      const insights = env.fake.values(names.insights);
      const wang = insights.find((r) => r[0] === '王阿姨')!;
      // Total spent 1234.5, not 1874.5 over three purchase days; and one purchase day: the ¥320 of
      // 2 April was given back in full a week later (trial 29: such a day is no purchase day).
      expect(wang[11]).toBe(1234.5);
      expect(wang[10]).toBe(1);
      const issues = env.fake.values(names.dataIssues);
      const row = issues.find((r) => r[1] === 4)!;
      expect(row[0]).toBe('记账');
      expect(row[2]).toBe(ANALYZE_TEXTS.issues.columnNames.note[lang]);
      expect(row[3]).toBe('退货');
      expect(row[5]).toBe(ANALYZE_TEXTS.issues.actions.returned[lang]);
      // Zhang's −¥60 row was a return already: nothing to report on it.
      expect(issues.some((r) => r[1] === 8)).toBe(false);
      // The formulas read the same.
      const formula = main.CUSTOMER_INSIGHTS(grid, '', lang, '') as unknown[][];
      const fwang = formula.find((r) => r[0] === '王阿姨')!;
      expect(fwang[11]).toBe(1234.5);
      expect(fwang[10]).toBe(1);
    });
  }
});

// Leftovers 29: 退款10元 on a ¥30 sale was counted as the full sale, said only as a note that
// "mentions a return … If it was a return, make its amount negative" (wrong for part of a sale), and
// not counted among the rows with problems.
describe('Analyze: a refund with a number written in the notes column', () => {
  for (const [locale, lang, problems] of [
    ['en_US', 'en', /Rows with problems: (\d+)/],
    ['zh_CN', 'zh-CN', /有问题的行：(\d+)/],
    ['zh_TW', 'zh-TW', /有問題的列：(\d+)/],
  ] as const) {
    it(locale, () => {
      env = installFake({ locale });
      env.fake.spreadsheet.addSheet('记账', [
        [...HEADERS[lang]],
        ['李先生', '2026年3月15日', '¥88.00', ''],
        ['李先生', '2026年5月20日', '¥30.00', '退款10元'],
      ]);
      main.analyzeCustomers();
      const names = SHEET_NAMES[lang];
      expect(env.fake.values(names.insights).find((r) => r[0] === '李先生')![11]).toBe(118);
      const row = env.fake.values(names.dataIssues).find((r) => r[1] === 3)!;
      expect(row.slice(3)).toEqual([
        '退款10元',
        ISSUE_MESSAGES.note_refund_of[lang].replace('{value}', '退款10元'),
        ANALYZE_TEXTS.issues.actions.counted[lang],
      ]);
      const toast = env.fake.spreadsheet.toasts.at(-1)!.msg;
      expect(Number(problems.exec(toast)?.[1]), toast).toBe(1);
    });
  }
});
