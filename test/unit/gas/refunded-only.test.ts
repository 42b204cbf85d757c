// Trial 21 through Analyze: a customer whose only sale was refunded in full the same day has no row in
// Insights, is not counted in the Summary or the message, and Data issues says what happened, in en,
// zh-CN and zh-TW (the formulas' side: test/unit/formulas/refunded-only.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const DATE = { en: '4 June 2026', 'zh-CN': '2026年6月4日', 'zh-TW': '2026年6月4日' } as const;

describe('Analyze: a customer whose only purchase was refunded that same day', () => {
  for (const [locale, lang] of [
    ['en_US', 'en'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
  ] as const) {
    it(locale, () => {
      env = installFake({ timeZone: 'UTC', locale, now: '2026-11-28T12:00:00Z' });
      env.fake.spreadsheet.addSheet('Orders', [
        ['Date', 'Customer', 'Amount'],
        [day('2026-10-01'), 'Dan', 60],
        [day('2026-06-04'), 'Rae', 40],
        [day('2026-11-01'), 'Dan', 40],
        [day('2026-06-04'), 'Rae', -40],
        [day('2026-09-01'), 'Ann', 30],
      ]);
      main.analyzeCustomers();
      const names = SHEET_NAMES[lang];
      const insights = env.fake.values(names.insights);
      expect(insights.map((r) => r[0]).filter((c) => c === 'Rae')).toEqual([]);
      const t = ANALYZE_TEXTS.report[lang];
      const summary = env.fake.values(names.summary);
      // The figures row under "As of | Customers | …": 2 customers, Rae not among them.
      const head = summary.findIndex((r) => r[1] === t.customers);
      expect(summary[head + 1]![1]).toBe(2);
      expect(env.fake.values(names.dataIssues)).toContainEqual([
        'Orders',
        3,
        ANALYZE_TEXTS.issues.columnNames.customer[lang],
        'Rae',
        t.refundedOnly.replace('{dates}', DATE[lang]),
        t.leftOut,
      ]);
    });
  }
});
