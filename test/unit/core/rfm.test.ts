import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../src/core/customers/customer-summary';
import { quintiles } from '../../../src/core/segments/quintiles';
import type { Score } from '../../../src/core/segments/rfm';
import { scoreRfm } from '../../../src/core/segments/rfm';
import { isTableMatch, RFM_SEGMENTS, tableSegment } from '../../../src/core/segments/rfm-segments';

/**
 * The mid-rank rule of quintiles.ts, value by value (the oracle the sorted walk must match): the
 * least value scores 1 whenever any value is above it (trial 24).
 */
function byDefinition(values: number[]) {
  const n = values.length;
  const scoreOf = (v: number) => {
    const below = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    if (below === 0 && equal < n) return 1;
    return Math.min(5, Math.max(1, 1 + Math.floor((5 * (below + equal / 2)) / n)));
  };
  const scores = values.map(scoreOf);
  const ascending = [...values].sort((a, b) => a - b || (Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0));
  const cuts = [2, 3, 4, 5].map((k) => ascending.find((v) => scoreOf(v) >= k));
  return { scores, cuts };
}

describe('quintile scores', () => {
  it('splits ten distinct values two per score, and reports where each score starts', () => {
    const q = quintiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(q.cuts).toEqual([3, 5, 7, 9]);
    expect(Array.from(q.scores)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives equal values the same score, where the middle of the tie falls, a tie at the bottom 1', () => {
    // Six of ten customers bought once: the tie spans 0–60%, its middle at 30% (score 2 by mid-rank
    // until trial 24); at the bottom with values above it, it scores 1. The tie of two spans 60–80%.
    const values = [1, 1, 1, 1, 1, 1, 2, 2, 3, 7];
    const q = quintiles(values);
    expect(Array.from(q.scores)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(q.cuts).toEqual([2, 2, 2, 3]);
    // A tie in the middle still lands where its middle is.
    expect(Array.from(quintiles([1, 2, 2, 2, 2, 2, 2, 3, 4, 5]).scores)).toEqual([
      1, 3, 3, 3, 3, 3, 3, 4, 5, 5,
    ]);
  });

  it('puts a tie at the top in the top score (everyone who bought today is most recent)', () => {
    // Recency is scored on negated days: three customers bought on the analysis date (0 days).
    const days = [0, 0, 0, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];
    const q = quintiles(Int32Array.from(days, (d) => -d));
    expect(q.scores[0]).toBe(5);
    expect(q.scores[days.length - 1]).toBe(1);
  });

  it('scores a lone customer, or a column where all tie, in the middle, never outside 1–5', () => {
    expect(Array.from(quintiles([42]).scores)).toEqual([3]);
    expect(Array.from(quintiles([7, 7, 7, 7]).scores)).toEqual([3, 3, 3, 3]);
    expect(quintiles([7, 7, 7, 7]).cuts).toEqual([7, 7, undefined, undefined]);
    expect(Array.from(quintiles([3, 1, 2]).scores)).toEqual([5, 1, 3]);
  });

  it('matches the rule value by value: whole numbers (as whole-number columns too) and fractions', () => {
    const agree = (values: number[]) => {
      const expected = byDefinition(values);
      const q = quintiles(values);
      expect(Array.from(q.scores)).toEqual(expected.scores);
      // The same cuts, -0 kept as -0.
      const sign = (c: number | undefined) => (c === undefined ? 'none' : Object.is(c, -0) ? '-0' : c);
      expect(q.cuts.map(sign)).toEqual(expected.cuts.map(sign));
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 300 }),
        (values) => {
          agree(values);
          expect(Array.from(quintiles(Int32Array.from(values)).scores)).toEqual(byDefinition(values).scores);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (values) => agree(values),
      ),
    );
    agree([0, 0, 0, 3, 5, 8].map((d) => -d));
    agree([1, 1e9, 5]);
  });
});

describe('RFM segments', () => {
  const s = (r: number, f: number, m: number) => ({ r, f, m }) as { r: Score; f: Score; m: Score };

  it('follows the rfm 0.3.0 table with its three documented departures, first match wins', () => {
    expect(tableSegment(s(5, 5, 5))).toBe('champions');
    // Departure 1: every score of 4 or 5 is a Champion (package: Potential Loyalist).
    expect(tableSegment(s(5, 4, 4))).toBe('champions');
    expect(tableSegment(s(4, 5, 4))).toBe('champions');
    // Departure 2: frequent, good spenders are Loyal before "potential" (package: 3-5-3 Potential Loyalist).
    expect(tableSegment(s(3, 5, 3))).toBe('loyalCustomers');
    expect(tableSegment(s(5, 3, 5))).toBe('loyalCustomers');
    expect(tableSegment(s(5, 4, 2))).toBe('potentialLoyalist');
    expect(tableSegment(s(2, 2, 2))).toBe('aboutToSleep');
    expect(tableSegment(s(3, 1, 4))).toBe('promising');
    expect(tableSegment(s(5, 1, 1))).toBe('newCustomers');
    // Departure 3: the most frequent big spenders gone quiet are Can't Lose Them (package: At Risk).
    expect(tableSegment(s(1, 5, 5))).toBe('cantLoseThem');
    expect(tableSegment(s(1, 3, 5))).toBe('atRisk');
    expect(tableSegment(s(1, 3, 3))).toBe('needAttention');
    expect(tableSegment(s(3, 1, 1))).toBe('aboutToSleep');
    expect(tableSegment(s(1, 1, 1))).toBe('lost');
  });

  it('names every one of the 125 combinations, the uncovered ones by the nearest rule', () => {
    let uncovered = 0;
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) {
          expect(tableSegment(s(r, f, m))).toBeTruthy();
          if (!isTableMatch(s(r, f, m))) uncovered++;
        }
    // The package leaves these as "Others"; 5-4-1 is one (Potential Loyalist needs M ≥ 2).
    expect(uncovered).toBeGreaterThan(0);
    expect(isTableMatch(s(5, 4, 1))).toBe(false);
    expect(tableSegment(s(5, 4, 1))).toBe('potentialLoyalist');
  });
});

describe('segments an owner recognises (fast-check)', () => {
  const score = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Score>;
  const top = fc.integer({ min: 4, max: 5 }) as fc.Arbitrary<Score>;

  it('a customer scoring 4 or 5 on each of R, F and M is a Champion, never Potential Loyalist, Promising or New', () => {
    fc.assert(
      fc.property(top, top, top, (r, f, m) => {
        const segment = tableSegment({ r, f, m });
        expect(segment).toBe('champions');
        expect(['potentialLoyalist', 'promising', 'newCustomers']).not.toContain(segment);
      }),
    );
  });

  it('on generated customers scored by quintiles, the top scorers are Champions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            daysSinceLast: fc.integer({ min: 0, max: 400 }),
            purchaseDayCount: fc.integer({ min: 1, max: 40 }),
            netSpend: fc.double({ min: -50, max: 5000, noNaN: true }),
          }),
          { minLength: 5, maxLength: 300 },
        ),
        (customers) => {
          // scoreRfm reads only these three numbers of a summary.
          const { scores } = scoreRfm(customers as unknown as CustomerSummary[]);
          for (const sc of scores) {
            if (sc.r >= 4 && sc.f >= 4 && sc.m >= 4) expect(tableSegment(sc)).toBe('champions');
          }
        },
      ),
    );
  });

  it('any score names a segment, and lower scores never make a better segment than Champions', () => {
    fc.assert(
      fc.property(score, score, score, (r, f, m) => {
        expect(RFM_SEGMENTS).toContain(tableSegment({ r, f, m }));
        if (tableSegment({ r, f, m }) === 'champions') expect(Math.min(r, f, m)).toBeGreaterThanOrEqual(4);
      }),
    );
  });
});
