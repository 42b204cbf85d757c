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

  it('equal parts: the leftover percent goes to the earlier part', () => {
    expect(wholePercentShares([1, 1, 1])).toEqual([0.34, 0.33, 0.33]);
  });

  it('nothing to split: zeros; a part below zero (net returns): the plain shares', () => {
    expect(wholePercentShares([0, 0])).toEqual([0, 0]);
    expect(wholePercentShares([120, -20])).toEqual([1.2, -0.2]);
  });

  it('property: any parts ≥ 0 with a positive sum show whole percents adding to 100, each within 1 of its exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const total = parts.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const shares = wholePercentShares(parts);
          const percents = shares.map((s) => Math.round(s * 100));
          expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
          percents.forEach((p, i) => {
            expect(Math.abs(p - (parts[i]! / total) * 100)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
