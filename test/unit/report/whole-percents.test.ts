import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/core/i18n/format-number';
import { wholePercentShares } from '../../../src/core/report/whole-percents';

const shown = (shares: number[]) => shares.map(formatPercent);

describe('wholePercentShares (each share to the nearest whole percent)', () => {
  it('one count of one total shows one percent in every table (trial 20: 1 of 6 was 17% and 16%, 4 of 6 was 66%)', () => {
    // Six customers split as the stage table and the segment table split them.
    const stages = wholePercentShares([1, 1, 4, 0, 0]);
    const segments = wholePercentShares([1, 0, 1, 0, 0, 0, 4, 0, 0, 0]);
    const tiers = wholePercentShares([1, 5]);
    expect(shown(stages)).toEqual(['17%', '17%', '67%', '0%', '0%']);
    expect(segments[0]).toBe(stages[0]);
    expect(segments[6]).toBe(stages[2]);
    expect(tiers[0]).toBe(stages[0]);
    expect(shown(tiers)).toEqual(['17%', '83%']);
  });

  it('the rule is not the largest-remainder split: 80.6 / 14.6 / 4.8 show 81% + 15% + 5% (101%)', () => {
    expect(shown(wholePercentShares([806, 146, 48]))).toEqual(['81%', '15%', '5%']);
    expect(wholePercentShares([1, 1, 1])).toEqual([0.33, 0.33, 0.33]);
    // Halves go up, as the '0%' format shows 12.5%.
    expect(wholePercentShares([1, 7])).toEqual([0.13, 0.88]);
  });

  it('a part below zero (net returns) is rounded too (trial 20: 0.8771929824561403 beside rounded rows); nothing to split: zeros', () => {
    expect(wholePercentShares([500, 100, -30])).toEqual([0.88, 0.18, -0.05]);
    expect(wholePercentShares([120, -20])).toEqual([1.2, -0.2]);
    expect(wholePercentShares([0, 0])).toEqual([0, 0]);
    expect(wholePercentShares([10, -10])).toEqual([0, 0]);
    expect(Object.is(wholePercentShares([-1, 1000])[0], -0)).toBe(false);
  });

  it('property: a share depends only on its part and the total, is whole, and within half a percent of exact', () => {
    fc.assert(
      fc.property(
        // Whole numbers (counts, cents): their sum is exact in any order, so only the rule is tested.
        fc.array(fc.oneof(fc.integer({ min: -1e5, max: 1e8 }), fc.integer({ min: 0, max: 5 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        (parts, seed) => {
          const total = parts.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const shares = wholePercentShares(parts);
          // The same parts in another order, with a zero row added: each part's share is unchanged.
          const shuffled = parts
            .map((p, i) => ({ p, i }))
            .sort((a, b) => ((a.i * 7 + seed) % 13) - ((b.i * 7 + seed) % 13));
          const again = wholePercentShares([...shuffled.map((s) => s.p), 0]);
          shuffled.forEach((s, k) => {
            expect(again[k]).toBe(shares[s.i]);
          });
          shares.forEach((share, i) => {
            const percent = share * 100;
            expect(Math.abs(percent - Math.round(percent))).toBeLessThan(1e-9);
            expect(Math.abs(percent - (parts[i]! / total) * 100)).toBeLessThanOrEqual(0.5 + 1e-9);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
