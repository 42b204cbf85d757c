// A customer some of whose purchases could not be counted (a row in another currency, a date that
// cannot be read) is described from the counted ones only: their "why" says so, in every language,
// the same from CUSTOMER_WHY, CUSTOMER_INSIGHTS, and a formula answering from a shared analysis
// (second new-owner trial: Sol Vega paid $20, then €15, and read "Bought once, 270 days ago").
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import * as formulas from '../../../src/core/formulas/formulas';
import { LANGUAGES } from '../../../src/core/i18n/language';

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', '2024-01-05', '$60'],
  ['Ann', '2024-03-05', '$40'],
  ['Sol Vega', '2024-03-03', '$20'],
  ['Sol Vega', '2024-06-03', '€15'],
  ['Bob', '2024-02-01', '$25'],
  ['Bob', '2024-05-01', '$30'],
  ['Bob', 'soon', '$30'],
  ['Cy', '2024-04-01', '$35'],
  ['Cy', '2024-05-11', '$35'],
  ['Dee', '2024-02-11', '€50'],
  ['Dee', '2024-03-11', '€40'],
  // A return dated after the analysis date is no purchase missed: Cy gets no note.
  ['Cy', '2024-07-20', '-$35'],
];
const env = (locale: string, sharedFits?: SharedFitStore) => ({
  timeZone: 'UTC',
  locale,
  now: new Date('2024-06-30T12:00:00Z'),
  ...(sharedFits ? { sharedFits } : {}),
});

function memoryStore(): SharedFitStore & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return { version: 'test', saved, get: (k) => saved.get(k), put: (k, v) => void saved.set(k, v) };
}

describe('rows of a customer not counted are said in their why', () => {
  it('CUSTOMER_WHY: one row not counted for Sol Vega (another currency) and Bob (unreadable date), none for Ann', () => {
    const why = formulas.customerWhyFormula(
      [['Sol Vega'], ['Bob'], ['Ann']],
      LOG,
      undefined,
      undefined,
      env('en_US'),
    ) as string[][];
    // What was wrong is named (trial 20: "paid cash" got only the list of what it might have been).
    expect(why[0]![0]).toMatch(
      /^Bought once, .*\. One more row of theirs in the log is not counted here \(row 5 of the range\): another currency \(€\)\.$/,
    );
    expect(why[1]![0]).toMatch(
      / One more row of theirs in the log is not counted here \(row 8 of the range\): date not readable \(soon\)\.$/,
    );
    expect(why[2]![0]).not.toMatch(/not counted/);
    const cy = formulas.customerWhyFormula([['Cy']], LOG, undefined, undefined, env('en_US')) as string[][];
    expect(cy[0]![0]).not.toMatch(/not counted/);
    const zh = formulas.customerWhyFormula(
      [['Sol Vega']],
      LOG,
      undefined,
      'zh-CN',
      env('zh_CN'),
    ) as string[][];
    expect(zh[0]![0]).toMatch(/记录中另有 1 行未计入（所选范围的第 5 行）：其他币种（€）。$/);
    const tw = formulas.customerWhyFormula(
      [['Sol Vega']],
      LOG,
      undefined,
      'zh-TW',
      env('zh_TW'),
    ) as string[][];
    expect(tw[0]![0]).toMatch(/紀錄中另有 1 列未計入（所選範圍的第 5 列）：其他幣別（€）。$/);
  });

  it('CUSTOMER_INSIGHTS says the same, and a formula answering from a shared analysis says it too', () => {
    for (const language of LANGUAGES) {
      const locale = language === 'en' ? 'en_US' : language.replace('-', '_');
      const alone = formulas.customerInsights(LOG, undefined, language, env(locale)) as CellOutputRows;
      const store = memoryStore();
      formulas.customerModelFormula(LOG, undefined, env(locale, store));
      // The analysis was saved, so what follows answers from it.
      expect([...store.saved.keys()].some((k) => k.includes('analysis'))).toBe(true);
      const shared = formulas.customerInsights(
        LOG,
        undefined,
        language,
        env(locale, store),
      ) as CellOutputRows;
      expect(shared).toEqual(alone);
      const why = formulas.customerWhyFormula(
        [['Sol Vega'], ['Bob']],
        LOG,
        undefined,
        language,
        env(locale, store),
      );
      expect(why).toEqual(
        formulas.customerWhyFormula([['Sol Vega'], ['Bob']], LOG, undefined, language, env(locale)),
      );
      const sol = alone.find((r) => r[0] === 'Sol Vega')!;
      expect(String(sol[2])).toMatch(
        language === 'en'
          ? /not counted here \(row 5 of the range\): another currency/
          : /未计入（所选范围的第 5 行）：其他币种（€）。$|未計入（所選範圍的第 5 列）：其他幣別（€）。$/,
      );
      const bob = alone.find((r) => r[0] === 'Bob')!;
      expect(String(bob[2])).toMatch(
        language === 'en'
          ? /\(row 8 of the range\): date not readable \(soon\)\.$/
          : /未计入（所选范围的第 8 行）：日期无法识别（soon）。$|未計入（所選範圍的第 8 列）：日期無法辨識（soon）。$/,
      );
    }
  });
});

type CellOutputRows = CellValue[][];
