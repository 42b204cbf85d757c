// Trial 21: Analyze read a survey cell of the customer sheet it could not read ("7" on the 1–5 scale)
// as no answer without a word, while LOYALTY_SCORE stops on it. Data issues now names the cell, and
// Insights' loyalty is worked out without it, as that line says.
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('Analyze: survey cells of the customer sheet', () => {
  for (const [locale, lang] of [
    ['en_US', 'en'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
  ] as const) {
    it(`an unreadable one is a Data issues line with its row, header and value (${locale})`, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2026-11-28T12:00:00Z' });
      env.fake.spreadsheet.addSheet('Orders', [
        ['Date', 'Customer', 'Amount'],
        [day('2026-10-01'), 'Dan', 60],
        [day('2026-11-01'), 'Dan', 40],
        [day('2026-09-01'), 'Ann', 30],
      ]);
      env.fake.spreadsheet.addSheet('Customers', [
        ['Customer', 'Email', 'Satisfaction'],
        ['Dan', 'dan@x.com', 7],
        ['Ann', 'ann@x.com', 'N/A'],
      ]);
      main.analyzeCustomers();
      const t = ANALYZE_TEXTS.report[lang];
      const issues = env.fake.values(SHEET_NAMES[lang].dataIssues);
      expect(issues).toContainEqual([
        'Customers',
        2,
        'Satisfaction',
        '7',
        t.surveySatisfaction,
        t.surveyNoAnswer,
      ]);
      expect(issues.some((r) => r[0] === 'Customers' && r[1] === 3)).toBe(false);
    });
  }

  for (const [locale, lang, said] of [
    ['en_US', 'en', 'not used: no purchase of theirs was analysed, so they have no loyalty score'],
    ['zh_CN', 'zh-CN', '未使用：此客户没有纳入分析的购买，因此没有忠诚度得分'],
    ['zh_TW', 'zh-TW', '未使用：此客戶沒有納入分析的購買，因此沒有忠誠度分數'],
  ] as const) {
    // Trial 23: Rae's only sale was refunded that day, so she has no score; her line said one was
    // worked out without her answer.
    it(`a customer not analysed: not used, no loyalty score (${locale})`, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2026-11-28T12:00:00Z' });
      env.fake.spreadsheet.addSheet('Orders', [
        ['Date', 'Customer', 'Amount'],
        [day('2026-10-01'), 'Dan', 60],
        [day('2026-07-04'), 'Rae', 40],
        [day('2026-07-04'), 'Rae', -40],
      ]);
      env.fake.spreadsheet.addSheet('Customers', [
        ['Customer', 'Email', 'Satisfaction', 'Recommend'],
        ['Dan', 'dan@x.com', 7, 9],
        ['Rae', 'rae@x.com', 9, 'n.a.'],
        ['Zoe', 'zoe@x.com', 0, ''],
      ]);
      main.analyzeCustomers();
      const t = ANALYZE_TEXTS.report[lang];
      const issues = env.fake.values(SHEET_NAMES[lang].dataIssues).filter((r) => r[0] === 'Customers');
      expect(issues.map((r) => [r[1], r[5]])).toEqual([
        [2, t.surveyNoAnswer],
        [3, said],
        [3, said],
        [4, said],
      ]);
    });
  }
});
