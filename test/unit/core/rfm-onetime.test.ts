// Trial 24: on a small shop's sheet of 36 one-time buyers and 4 repeat customers every one-time
// buyer scored F 3 (the mid-rank of a tie spanning 0–90% of the column) and 13 of them were named
// "Loyal Customers" ("Bought once, 112 days ago"); on the Customer Shopping Dataset, where everyone
// buys once, one-time buyers were "Loyal Customers" too. A segment audience would have emailed them as
// loyal. Rules: a tie at the bottom of a column scores 1 whenever anyone has more (a customer never
// scores above one with strictly more), one purchase day is F 1, and so no one-time buyer is in a
// segment that claims loyalty or frequency.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';
import { quintiles } from '../../../src/core/segments/quintiles';
import type { Score } from '../../../src/core/segments/rfm';
import { type RfmSegment, tableSegment } from '../../../src/core/segments/rfm-segments';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

const AS_OF = dayFromCivil(2026, 6, 30);
const analyze = (rows: CellValue[][]) =>
  analyzePurchases([['Customer', 'Date', 'Amount'], ...rows], {
    timeZone: 'UTC',
    dateOrder: 'YMD',
    asOfDay: AS_OF,
  });
/** The segments whose rule (or name) says the customer buys at least middling often. */
const FREQUENT: readonly RfmSegment[] = [
  'champions',
  'loyalCustomers',
  'potentialLoyalist',
  'cantLoseThem',
  'atRisk',
  'needAttention',
];

/** The trial's sheet: 36 one-time buyers every 4 days from 5 January, 4 customers back once. */
function trialRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  const first = dayFromCivil(2026, 1, 5);
  for (let i = 0; i < 36; i++) rows.push([`One${i}`, isoOfDay(first + i * 4), 20 + ((i * 37) % 150)]);
  for (let i = 0; i < 4; i++) {
    rows.push([`Rep${i}`, isoOfDay(dayFromCivil(2026, 2, 1)), 40]);
    rows.push([`Rep${i}`, isoOfDay(dayFromCivil(2026, 3 + i, 10)), 40]);
  }
  return rows;
}

describe('one-time buyers are never called loyal (trial 24)', () => {
  it('36 one-time buyers and 4 repeaters: every one-time buyer scores F 1, none Loyal, in three languages', () => {
    const rows = trialRows();
    const a = analyze(rows);
    const once = a.customers.filter((c) => c.summary.purchaseDayCount === 1);
    expect(once).toHaveLength(36);
    for (const c of once) {
      expect(c.rfm.f).toBe(1);
      expect(FREQUENT).not.toContain(c.segment);
    }
    // The repeaters score above them, as their two purchase days say.
    for (const c of a.customers.filter((c) => c.summary.purchaseDayCount === 2)) expect(c.rfm.f).toBe(5);
    // One16 (bought once, 112 days ago) was "Loyal Customers" in the trial's Insights.
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ...rows.map((r): CellValue[] => [r[0]!, new Date(`${String(r[1])}T00:00:00Z`), r[2]!]),
    ];
    const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2026-06-30T12:00:00Z') };
    const loyal = { en: 'Loyal Customers', 'zh-CN': '忠诚客户', 'zh-TW': '忠誠客戶' } as const;
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      for (let i = 0; i < 36; i++) {
        const named = formulas.rfmSegmentFormula(`One${i}`, log, undefined, language, env);
        expect(named).not.toBe(loyal[language]);
      }
    }
  });

  it('everyone bought once (the Customer Shopping Dataset): F 1 for all, and no loyal or frequent segment', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 50; i++)
      rows.push([`c${i}`, isoOfDay(AS_OF - ((i * 17) % 300)), 10 + ((i * 29) % 90)]);
    const a = analyze(rows);
    for (const c of a.customers) {
      expect(c.rfm.f).toBe(1);
      expect(FREQUENT).not.toContain(c.segment);
    }
    expect(a.rfmCuts.frequency).toEqual([undefined, undefined, undefined, undefined]);
    // Whatever their R and M: a score of F 1 names no loyal or frequent segment.
    for (let r = 1; r <= 5; r++)
      for (let m = 1; m <= 5; m++)
        expect(FREQUENT).not.toContain(tableSegment({ r: r as Score, f: 1, m: m as Score }));
  });

  it('a tie at the bottom of a column scores 1 when anyone has more; the rest keep their mid-rank', () => {
    // Nine of ten bought once: the tie's middle is at 45% (score 3 by mid-rank alone).
    const q = quintiles([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(Array.from(q.scores)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 5]);
    expect(q.cuts).toEqual([2, 2, 2, 2]);
    // A tie of the whole column still has no one above it: the middle score.
    expect(Array.from(quintiles([7, 7, 7]).scores)).toEqual([3, 3, 3]);
  });

  it('property: random small logs with many ties — no one-time buyer in a loyal or frequent segment; R, F, M monotone', () => {
    const customer = fc.record({
      days: fc.constantFrom(1, 1, 1, 1, 2, 2, 3, 5, 9),
      last: fc.constantFrom(0, 1, 5, 5, 30, 30, 90, 200),
      amount: fc.constantFrom(10, 10, 10, 25, 40, 80),
    });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 60 }), (drawn) => {
        const rows: CellValue[][] = [];
        drawn.forEach((c, i) => {
          for (let k = 0; k < c.days; k++) rows.push([`c${i}`, isoOfDay(AS_OF - c.last - 7 * k), c.amount]);
        });
        const a = analyze(rows);
        const all = a.customers;
        const someoneMore = all.some((c) => c.summary.purchaseDayCount > 1);
        for (const c of all) {
          if (c.summary.purchaseDayCount === 1) {
            expect(FREQUENT).not.toContain(c.segment);
            if (someoneMore) expect(c.rfm.f).toBe(1);
          }
          for (const o of all) {
            if (o.summary.purchaseDayCount > c.summary.purchaseDayCount)
              expect(o.rfm.f).toBeGreaterThanOrEqual(c.rfm.f);
            if (o.summary.daysSinceLast < c.summary.daysSinceLast)
              expect(o.rfm.r).toBeGreaterThanOrEqual(c.rfm.r);
            if (o.summary.netSpend > c.summary.netSpend) expect(o.rfm.m).toBeGreaterThanOrEqual(c.rfm.m);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
