// The Summary's 80/20 sentence: agrees in number with one Key customer ("1 of 2 customers brings",
// trial 22), and is left out when there is no customer ("80/20: 0 of 0 customers bring 0% of revenue"
// said nothing true: trial 22, an analysis date before every purchase).
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { buildSummary } from '../../../src/core/report/summary';
import { dayFromCivil } from '../../../src/core/time/civil';

const AS_OF = dayFromCivil(2026, 6, 30);
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const summary = (grid: CellValue[][], language: 'en' | 'zh-CN' | 'zh-TW' = 'en') =>
  buildSummary(
    analyzePurchases(grid, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF }),
    language,
    'UTC',
    ANALYZE_TEXTS,
  );
const paretoOf = (report: ReturnType<typeof summary>) =>
  report.blocks.find((b) => b.id === 'pareto')?.rows[0]?.[0];

const ONE_KEY: CellValue[][] = [
  ['Ann', d('2026-05-01'), 900],
  ['Bo', d('2026-05-02'), 100],
];

describe('the 80/20 sentence', () => {
  it('one Key customer: "brings", "your Key customer"', () => {
    expect(paretoOf(summary(ONE_KEY))).toBe(
      '80/20: 1 of 2 customers brings 90% of revenue — your Key customer. Look after them first.',
    );
    expect(paretoOf(summary(ONE_KEY, 'zh-CN'))).toBe(
      '80/20：2 位客户中的 1 位带来了 90% 的收入——这是重点客户，请优先照顾。',
    );
    expect(paretoOf(summary(ONE_KEY, 'zh-TW'))).toBe(
      '80/20：2 位客戶中的 1 位帶來 90% 的營收——這是重點客戶，請優先照顧。',
    );
  });

  it('several Key customers: "bring", "your Key customers"', () => {
    const grid: CellValue[][] = [
      ['Ann', d('2026-05-01'), 500],
      ['Bo', d('2026-05-02'), 450],
      ['Cy', d('2026-05-03'), 50],
    ];
    expect(paretoOf(summary(grid))).toMatch(
      /^80\/20: 2 of 3 customers bring \d+% of revenue — your Key customers\./,
    );
    expect(paretoOf(summary(grid, 'zh-CN'))).toMatch(/这些是重点客户/);
  });

  it('no customer: no 80/20 sentence at all', () => {
    const none: CellValue[][] = [['Ann', d('2026-07-01'), 30]];
    const report = summary(none);
    expect(report.blocks.find((b) => b.id === 'overall')!.rows[1]![1]).toBe(0);
    expect(paretoOf(report)).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain('0 of 0');
  });
});
