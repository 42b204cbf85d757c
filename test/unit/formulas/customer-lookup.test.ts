// A per-customer formula asked by the name CUSTOMER_INSIGHTS shows, when the log keys customers by
// email: a new-owner trial pointed LIFECYCLE_STAGE at Insights' Customer column and got blanks.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';

const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2024-06-30T12:00:00Z') };

const LOG: CellValue[][] = [
  ['Order', 'Email', 'Billing Name', 'Date', 'Status', 'Total'],
  ['#1', 'alice@example.com', 'Alice Wong', '2024-01-05', 'paid', 60],
  ['#2', 'alice@example.com', 'Alice Wong', '2024-03-05', 'paid', 40],
  ['#3', 'bob@example.com', 'Bob Lee', '2024-02-01', 'paid', 25],
  ['#4', 'sam1@example.com', 'Sam Ng', '2024-02-02', 'paid', 30],
  ['#5', 'sam2@example.com', 'Sam Ng', '2024-04-02', 'paid', 35],
  ['#6', 'zoe@example.com', 'Zoe Hart', '2024-04-03', 'voided', 20],
];

describe('per-customer formulas find a customer by the name Insights shows', () => {
  it('by key or by a name only one customer carries', () => {
    const insights = formulas.customerInsights(LOG, undefined, 'en', env) as unknown[][];
    expect(insights.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['Alice Wong', 'Bob Lee']));
    const byEmail = formulas.lifecycleStageFormula(
      [['alice@example.com'], ['bob@example.com']],
      LOG,
      undefined,
      'en',
      env,
    );
    const byName = formulas.lifecycleStageFormula([['Alice Wong'], ['bob lee']], LOG, undefined, 'en', env);
    expect(byName).toEqual(byEmail);
    expect((byName as string[][]).every(([s]) => s !== '')).toBe(true);
    expect(formulas.repeatProbabilityFormula('Alice Wong', LOG, undefined, undefined, env)).toBe(
      formulas.repeatProbabilityFormula('alice@example.com', LOG, undefined, undefined, env),
    );
  });

  it('two customers of one name: Insights tells their rows apart by key, which finds each; asked by the name, the worded formulas say whose it is (trial 29)', () => {
    const insights = formulas.customerInsights(LOG, undefined, 'en', env) as unknown[][];
    const shown = insights.slice(1).map((r) => r[0]);
    expect(shown).toEqual(
      expect.arrayContaining([
        'Alice Wong',
        'Bob Lee',
        'Sam Ng (sam1@example.com)',
        'Sam Ng (sam2@example.com)',
      ]),
    );
    // Each row's name finds that row's customer, as the owner points a formula at the column.
    const stages = formulas.lifecycleStageFormula(
      shown.map((name) => [name as string]),
      LOG,
      undefined,
      'en',
      env,
    ) as string[][];
    expect(stages.map(([s]) => s)).toEqual(insights.slice(1).map((r) => r[1]));
    expect(formulas.customerWhyFormula('Sam Ng (sam2@example.com)', LOG, undefined, 'en', env)).toBe(
      formulas.customerWhyFormula('sam2@example.com', LOG, undefined, 'en', env),
    );
    // A key beside another customer's name finds nobody.
    expect(formulas.lifecycleStageFormula('Bob Lee (sam2@example.com)', LOG, undefined, 'en', env)).toBe('');
    expect(formulas.lifecycleStageFormula('Sam Ng', LOG, undefined, 'en', env)).toBe(
      'Sam Ng is the name of 2 customers: sam1@example.com, sam2@example.com; ask by one of those',
    );
    expect(formulas.rfmSegmentFormula('sam ng', LOG, undefined, 'zh-CN', env)).toBe(
      '有 2 位客户名为 sam ng：sam1@example.com、sam2@example.com；请改用其中之一查询',
    );
    expect(formulas.valueTierFormula('Sam Ng', LOG, undefined, 'zh-TW', env)).toBe(
      '有 2 位客戶名為 Sam Ng：sam1@example.com、sam2@example.com；請改用其中之一查詢',
    );
    // A number column stays numbers: an empty cell, as for any customer it cannot answer.
    expect(formulas.repeatProbabilityFormula('Sam Ng', LOG, undefined, undefined, env)).toBe('');
  });

  it('a customer not analysed is found by name too', () => {
    expect(formulas.customerWhyFormula('Zoe Hart', LOG, undefined, 'en', env)).toBe(
      'Zoe Hart was not analysed; 1 row left out: voided',
    );
  });
});
