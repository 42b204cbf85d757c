// Trial 21: an analysed customer with an unreadable row was told the problem ("not a real date") but
// not the row or its value, while a customer none of whose rows was analysed is told both ("1 row
// skipped (row 5): date not readable (yesterday)"). The note now names the rows and the first one's
// value, the same from CUSTOMER_WHY, CUSTOMER_INSIGHTS, a shared analysis read back (which keeps
// one value per customer) and Analyze's Insights, in en, zh-CN and zh-TW.
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import * as formulas from '../../../src/core/formulas/formulas';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { insightsTable } from '../../../src/core/report/insights-table';
import { dayFromCivil } from '../../../src/core/time/civil';

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Dan', '2024-01-05', 60],
  ['Dan', '2024-13-01', 30],
  ['Ann', '2024-01-05', 60],
  ['Dan', '2024-03-05', 40],
  ['Ann', '2024-03-05', 40],
  ['Eve', '2024-02-01', 25],
  ['Eve', '2024-04-01', 'paid cash'],
  ['Eve', '2024-13-09', 20],
  ['Eve', '2024-05-01', 30],
];
const env = (locale: string, sharedFits?: SharedFitStore) => ({
  timeZone: 'UTC',
  locale,
  now: new Date('2024-06-30T12:00:00Z'),
  ...(sharedFits ? { sharedFits } : {}),
});
const localeOf = (language: Language) => (language === 'en' ? 'en_US' : language.replace('-', '_'));

function memoryStore(): SharedFitStore & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return { version: 'test', saved, get: (k) => saved.get(k), put: (k, v) => void saved.set(k, v) };
}

const NOTES: Record<Language, [dan: string, eve: string]> = {
  en: [
    ' One more row of theirs in the log is not counted here (row 3 of the range): not a real date (2024-13-01).',
    ' 2 more rows of theirs in the log are not counted here (rows 8, 9 of the range): amount not readable (paid cash): 1; not a real date: 1.',
  ],
  'zh-CN': [
    '记录中另有 1 行未计入（所选范围的第 3 行）：不是真实存在的日期（2024-13-01）。',
    '记录中另有 2 行未计入（所选范围的第 8、9 行）：金额无法识别（paid cash）：1；不是真实存在的日期：1。',
  ],
  'zh-TW': [
    '紀錄中另有 1 列未計入（所選範圍的第 3 列）：不是實際存在的日期（2024-13-01）。',
    '紀錄中另有 2 列未計入（所選範圍的第 8、9 列）：金額無法辨識（paid cash）：1；不是實際存在的日期：1。',
  ],
};

describe("the why's note names the rows not counted and the first one's value", () => {
  it('CUSTOMER_WHY, CUSTOMER_INSIGHTS and a shared analysis read back say the same, in en, zh-CN, zh-TW', () => {
    for (const language of LANGUAGES) {
      const [dan, eve] = NOTES[language];
      const direct = formulas.customerWhyFormula(
        [['Dan'], ['Eve'], ['Ann']],
        LOG,
        undefined,
        language,
        env(localeOf(language)),
      );
      const [d = '', e = '', a = ''] = (direct as string[][]).map((r) => r[0]!);
      expect(d.endsWith(dan), `${language}: ${d}`).toBe(true);
      expect(e.endsWith(eve), `${language}: ${e}`).toBe(true);
      expect(a).not.toMatch(/not counted|未[计計]入/);
      const table = formulas.customerInsights(LOG, undefined, language, env(localeOf(language)));
      expect(table.find((r) => r[0] === 'Dan')![2]).toBe(d);
      const store = memoryStore();
      formulas.valueTierFormula('Ann', LOG, undefined, language, env(localeOf(language), store));
      expect(store.saved.size).toBeGreaterThan(0);
      const shared = formulas.customerWhyFormula(
        [['Dan'], ['Eve'], ['Ann']],
        LOG,
        undefined,
        language,
        env(localeOf(language), store),
      );
      expect(shared).toEqual(direct);
    }
  });

  it("Analyze's Insights says the same", () => {
    const analysis = analyzePurchases(LOG, {
      timeZone: 'UTC',
      dateOrder: 'YMD',
      asOfDay: dayFromCivil(2024, 6, 30),
    });
    for (const language of LANGUAGES) {
      const rows = insightsTable(analysis, language, 'UTC', ANALYZE_TEXTS).rows;
      const why = String(rows.find((r) => r[0] === 'Eve')![2]);
      // Analyze reads the sheet itself, so it names the sheet's rows (a formula, its range's).
      const sheetRows = NOTES[language][1].replace(' of the range', '').replace(/所选范围的|所選範圍的/, '');
      expect(why.endsWith(sheetRows), why).toBe(true);
    }
  });
});
