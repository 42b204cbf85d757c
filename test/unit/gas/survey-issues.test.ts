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
});
