import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/core/i18n/format-number';
import { wholePercentShares } from '../../../src/core/report/whole-percents';

const shown = (shares: number[]) => shares.map(formatPercent);

describe('wholePercentShares (largest remainder)', () => {
  it('three tiers rounded one by one show 101%; the split shows 100%', () => {
    // 80.6 / 14.6 / 4.8: Math.round gives 81 + 15 + 5 = 101.
    const revenue = [806, 146, 48];
    expect(revenue.map((r) => formatPercent(r / 1000))).toEqual(['81%', '15%', '5%']);
    expect(shown(wholePercentShares(revenue))).toEqual(['81%', '14%', '5%']);
  });

  it('equal parts show equal percents: a leftover that cannot go to all of a tie goes to none of it', () => {
    expect(wholePercentShares([1, 1, 1])).toEqual([0.33, 0.33, 0.33]);
    // 12 customers of one each: 8% each (96%), not four at 9% and eight at 8%.
    expect(shown(wholePercentShares(Array(12).fill(1)))).toEqual(Array(12).fill('8%'));
    // A tie that can take the leftover takes it together (42.9 + 42.9 + 14.3).
    expect(wholePercentShares([3, 3, 1])).toEqual([0.43, 0.43, 0.14]);
    // A larger remainder first (4.76 → 5), then a tie of two that one percent cannot serve.
    expect(wholePercentShares([10, 10, 1])).toEqual([0.47, 0.47, 0.05]);
    // Parts of another size with the same remainder between equal ones (31.25 each) do not split a tie.
    expect(wholePercentShares([5, 1, 5, 5])).toEqual([0.31, 0.06, 0.31, 0.31]);
    expect(wholePercentShares([1, 3, 1, 3])).toEqual([0.12, 0.38, 0.12, 0.38]);
    // Nor does a smaller remainder take one past a tie that could not (28.57 × 3, then 14.29).
    expect(wholePercentShares([1, 1, 1, 0.5])).toEqual([0.28, 0.28, 0.28, 0.14]);
  });

  it('nothing to split: zeros; a part below zero (net returns): the plain shares', () => {
    expect(wholePercentShares([0, 0])).toEqual([0, 0]);
    expect(wholePercentShares([120, -20])).toEqual([1.2, -0.2]);
  });

  it('property: any parts ≥ 0 with a positive sum show whole percents, each within 1 of its exact share, equal parts equal, adding to 100 but for less than one per tied part', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 5 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (parts) => {
          const total = parts.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const shares = wholePercentShares(parts);
          const percents = shares.map((s) => Math.round(s * 100));
          const sum = percents.reduce((a, b) => a + b, 0);
          const tied = Math.max(...parts.map((p) => parts.filter((q) => q === p).length));
          expect(sum).toBeLessThanOrEqual(100);
          expect(sum).toBeGreaterThan(100 - tied);
          if (tied === 1) expect(sum).toBe(100);
          parts.forEach((p, i) => {
            parts.forEach((q, j) => {
              if (p === q) expect(percents[i]).toBe(percents[j]);
            });
          });
          percents.forEach((p, i) => {
            expect(Math.abs(p - (parts[i]! / total) * 100)).toBeLessThan(1);
          });
        },
      ),
      // Ties with other parts of the same remainder between them are rare draws: enough runs to meet them.
      { numRuns: 3000 },
    );
  });
});
