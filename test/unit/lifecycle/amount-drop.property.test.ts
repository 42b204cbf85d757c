// "Spending less" that means it (issue 12): on generated sheets whose truth is known, ordinary
// basket noise almost never moves a regular to At risk, and a real, sustained fall is caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeAll, regularPurchases } from './regulars';

const share = (flags: boolean[]) => flags.filter(Boolean).length / flags.length;

describe('amount drops judged against the customer’s own spread (fast-check)', () => {
  it('regulars on rhythm whose baskets are independent noise are At risk for at most 5% of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (customers, maxSpread, seed) => {
          const purchases = regularPurchases({ customers, spread: [0.02, maxSpread], seed });
          const { judged } = judgeAll(purchases);
          expect(judged).toHaveLength(customers);
          expect(share(judged.map((j) => j.result.stage === 'atRisk'))).toBeLessThanOrEqual(0.05);
          // None of them is late: whatever flags them can only be the amounts.
          expect(judged.every((j) => j.result.stage !== 'lapsed')).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('regulars whose last three baskets really fell to 30% are flagged for at least 70% of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (customers, maxSpread, seed) => {
          const purchases = regularPurchases({
            customers,
            spread: [0.02, maxSpread],
            lastThreeShare: 0.3,
            seed,
          });
          const { judged } = judgeAll(purchases);
          const flagged = judged.map((j) => j.result.reason.kind === 'amountDrop');
          expect(share(flagged)).toBeGreaterThanOrEqual(0.7);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('regulars who buy their usual basket as 3 to 5 smaller ones on days in a row are never spending less (trial 29)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 600 }),
        fc.double({ min: 0.02, max: 0.3, noNaN: true }),
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (customers, maxSpread, parts, seed) => {
          const purchases = regularPurchases({
            customers,
            spread: [0.02, maxSpread],
            splitLastInto: parts,
            seed,
          });
          const { judged } = judgeAll(purchases);
          expect(judged.filter((j) => j.result.reason.kind === 'amountDrop')).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('Sid: 60 a month for 10 months, then 20 on each of three days in a row, is not spending less; Dana, whose three months fell to 15, is (trial 29)', () => {
    const monthly = Array.from({ length: 10 }, (_, i) => 19_000 + 30 * i);
    const sidMonthly = monthly.map((day) => day + 90);
    const buys = (key: string, days: number[], amounts: number[]) =>
      days.map((day, i) => ({ row: day, customerKey: key, customerLabel: key, day, amount: amounts[i]! }));
    const sidDays = [...sidMonthly, 19_388, 19_389, 19_390];
    const danaDays = [...monthly, 19_300, 19_330, 19_360];
    const { judged } = judgeAll(
      [
        ...buys('sid', sidDays, [...sidMonthly.map(() => 60), 20, 20, 20]),
        ...buys('dana', danaDays, [...monthly.map(() => 100), 15, 15, 15]),
      ],
      19_392,
    );
    const [sid, dana] = judged;
    expect(sid!.result.reason.kind).toBe('rhythm');
    expect(sid!.result.stage).toBe('loyal');
    expect(dana!.result.reason).toMatchObject({
      kind: 'amountDrop',
      recentMean: 15,
      usualAmount: 100,
      recentSpend: 45,
      recentStretchDays: 90,
    });
    // Dana's earlier pace: 900 over the 270 days from her first purchase to her tenth.
    expect((dana!.result.reason as { paceSpend: number }).paceSpend).toBeCloseTo(300, 9);
  });

  it('a flagged customer’s reason states the numbers the decision used', () => {
    const { judged } = judgeAll(
      regularPurchases({ customers: 300, spread: [0.05, 0.4], lastThreeShare: 0.3, seed: 7 }),
    );
    for (const { summary, result } of judged) {
      if (result.reason.kind !== 'amountDrop') continue;
      const r = result.reason;
      expect(r.recentPurchaseDays).toBe(3);
      expect(r.earlierPurchaseDays).toBe(summary.purchaseDayCount - 3);
      expect(r.dropShare).toBeCloseTo(1 - r.recentMean / r.usualAmount, 12);
      expect(r.dropShare).toBeGreaterThan(0.5);
      expect(r.earlierLow).toBeLessThanOrEqual(r.usualAmount);
      expect(r.earlierHigh).toBeGreaterThanOrEqual(r.usualAmount);
      expect(r.daysSinceLast).toBe(summary.daysSinceLast);
      expect(r.recentSpend).toBeCloseTo(3 * r.recentMean, 9);
      expect(r.recentSpend).toBeLessThan(0.5 * r.paceSpend);
      expect(r.recentStretchDays).toBeGreaterThan(0);
    }
  });
});
