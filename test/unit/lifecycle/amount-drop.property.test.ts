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
    }
  });
});
