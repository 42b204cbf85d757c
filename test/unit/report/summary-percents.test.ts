// Trial 20: the Summary showed 1 customer of 6 as 17% in one table and 16% in another, 4 of 6 as
// 66%, and a customer with net returns made "Share of revenue" unrounded (0.8771929824561403).
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { buildSummary } from '../../../src/core/report/summary';
import { dayFromCivil } from '../../../src/core/time/civil';
import { instantOfDay } from '../../../src/core/time/zone';

const TZ = 'UTC';
const AS_OF = dayFromCivil(2026, 11, 28);
const d = (iso: string) =>
  instantOfDay(dayFromCivil(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)), TZ);

/** Every (count or revenue, share) pair of the three group tables. */
function shares(grid: CellValue[][]) {
  const a = analyzePurchases(grid, { timeZone: TZ, dateOrder: 'YMD', asOfDay: AS_OF });
  const report = buildSummary(a, 'en', TZ, ANALYZE_TEXTS);
  const pairs: { block: string; value: number; share: number }[] = [];
  for (const block of report.blocks.filter((b) => ['tiers', 'stages', 'segments'].includes(b.id))) {
    for (const row of block.rows.slice(1)) {
      pairs.push({ block: block.id, value: row[1] as number, share: row[2] as number });
      pairs.push({ block: `${block.id} revenue`, value: row[3] as number, share: row[4] as number });
    }
  }
  return pairs;
}

describe('Summary shares', () => {
  it('one count of six customers shows one percent in every table (1 of 6: 17%, 4 of 6: 67%)', () => {
    const grid: CellValue[][] = [
      ['Ann', d('2026-01-05'), 40],
      ['Ann', d('2026-03-07'), 50],
      ['Bob', d('2026-04-10'), 100],
      ['Carol', d('2026-06-01'), 25],
      ['Dan', d('2026-10-01'), 60],
      ['Eve', d('2026-11-20'), 30],
      ['Frank', d('2025-11-20'), 80],
      ['Frank', d('2026-02-20'), 80],
      ['Frank', d('2026-05-20'), 80],
      ['Frank', d('2026-08-20'), 80],
    ];
    const pairs = shares(grid).filter((p) => !p.block.endsWith('revenue'));
    const byCount = new Map<number, Set<number>>();
    for (const p of pairs) byCount.set(p.value, (byCount.get(p.value) ?? new Set()).add(p.share));
    for (const [count, seen] of byCount) {
      expect([...seen], `${count} of 6`).toEqual([Math.round((count / 6) * 100) / 100]);
    }
    expect(byCount.get(1)).toEqual(new Set([0.17]));
  });

  it('with a customer of net returns every share of revenue is a whole percent', () => {
    const grid: CellValue[][] = [
      ['Ann', d('2026-11-01'), 50],
      ['Ann', d('2026-11-02'), 50],
      ['Ben', d('2026-06-01'), 20],
      ['Ben', d('2026-06-10'), -50],
      ['Di', d('2026-11-27'), 500],
    ];
    const revenue = shares(grid).filter((p) => p.block.endsWith('revenue'));
    expect(revenue.map((p) => p.share)).toContain(0.88);
    expect(revenue.map((p) => p.share)).toContain(-0.05);
    for (const p of revenue) expect(Math.abs(p.share * 100 - Math.round(p.share * 100))).toBeLessThan(1e-9);
  });
});
