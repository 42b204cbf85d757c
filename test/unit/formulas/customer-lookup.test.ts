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
  it('by key or by a name only one customer carries; two customers of one name: neither', () => {
    const insights = formulas.customerInsights(LOG, undefined, 'en', env) as unknown[][];
    expect(insights.slice(1).map((r) => r[0])).toEqual(
      expect.arrayContaining(['Alice Wong', 'Bob Lee', 'Sam Ng']),
    );
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
    expect(formulas.lifecycleStageFormula('Sam Ng', LOG, undefined, 'en', env)).toBe('');
  });

  it('a customer not analysed is found by name too', () => {
    expect(formulas.customerWhyFormula('Zoe Hart', LOG, undefined, 'en', env)).toBe(
      'Zoe Hart was not analysed; 1 row left out: voided',
    );
  });
});
