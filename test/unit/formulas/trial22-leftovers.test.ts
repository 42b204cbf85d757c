// Trial 22's leftovers in the formulas (helper brief r10): a total row without a date asked about
// answered blank, though a dated one says it was left out; a text date after the analysis date, whose
// day and month could swap, was named without the day it was read as.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import * as formulas from '../../../src/core/formulas/formulas';

const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2026-11-28T12:00:00Z') };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AS_OF = day('2026-11-28');

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', day('2026-09-01'), 50],
  ['Bob', day('2026-10-01'), 30],
  ['Cy', '12/05/2026', 20],
  ['Total', '', 1234],
  ['小计：', day('2026-10-02'), 80],
];

describe('trial 22 leftovers in the worded formulas', () => {
  it('a total row without a date is said to be a total row, left out, as a dated one is', () => {
    const said = formulas.customerWhyFormula([['Total'], ['小计：']], LOG, AS_OF, 'en', env);
    expect(said).toEqual([
      ['Total was not analysed; 1 row left out: total or subtotal row (Total)'],
      ['小计： was not analysed; 1 row left out: total or subtotal row (小计：)'],
    ]);
    expect(formulas.lifecycleStageFormula('Total', LOG, AS_OF, 'zh-CN', env)).toBe(
      'Total 未纳入分析；排除了 1 行：合计或小计行（Total）',
    );
    // A numeric formula leaves it empty, as for any customer not analysed.
    expect(formulas.rfmScoreFormula('Total', LOG, AS_OF, env)).toBe('');
  });

  it('a date after the analysis date is shown with the day it was read as', () => {
    expect(formulas.customerWhyFormula('Cy', LOG, AS_OF, 'en', env)).toBe(
      'Cy was not analysed; 1 row skipped (row 4 of the range): date after the analysis date (12/05/2026, read as 5 December 2026)',
    );
    expect(formulas.customerWhyFormula('Cy', LOG, AS_OF, 'zh-TW', env)).toBe(
      'Cy 未納入分析；略過了 1 列（所選範圍的第 4 列）：日期晚於分析日期（12/05/2026，讀作 2026年12月5日）',
    );
  });

  it('a blank as_of on a log dated wholly after today says so, not a header alone', () => {
    const future: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['Ann', day('2027-09-01'), 50],
      ['Bob', day('2027-10-01'), 30],
    ];
    const said =
      'The analysis date 28 November 2026 (today, as_of blank) is before every purchase (the first on 1 September 2027): check the dates of the log or pick a later date.';
    for (const asOf of [undefined, '', AS_OF])
      expect(() => formulas.customerInsights(future, asOf, 'en', env)).toThrow(said);
    // A per-customer formula already says it of each customer; after one, the table still says it
    // (the analysis it shares has no customer either).
    const saved = new Map<string, string>();
    const store: SharedFitStore = {
      version: 'test',
      get: (k) => saved.get(k),
      put: (k, v) => void saved.set(k, v),
    };
    const shared = { ...env, sharedFits: store };
    expect(formulas.customerWhyFormula('Ann', future, undefined, 'en', shared)).toBe(
      'Ann was not analysed; 1 row skipped (row 2 of the range): date after the analysis date (2027-09-01)',
    );
    expect(saved.size).toBeGreaterThan(0);
    expect(() => formulas.customerInsights(future, undefined, 'en', shared)).toThrow(said);
    const zh = { ...env, locale: 'zh_CN' };
    expect(() => formulas.customerInsights(future, undefined, 'zh-CN', zh)).toThrow(
      '分析日期 2026年11月28日（今天，as_of 留空）早于所有购买（最早一笔在 2027年9月1日）：请检查记录中的日期，或改选更晚的日期。',
    );
    // Today's log with a row ahead keeps its answer.
    expect(
      formulas.customerInsights([...future, ['Cy', day('2026-11-01'), 20]], undefined, 'en', env),
    ).toHaveLength(2);
  });
});
