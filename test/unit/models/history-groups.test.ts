import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupHistoriesAt, historyGroupsOf } from '../../../src/core/models/history-groups';
import { readCdnowSample } from './cdnow-data';

const sample = readCdnowSample();

describe('history groups (one grouping for every purchase model)', () => {
  it('CDNOW sample: 2,357 customers, 946 repeat, Σx 2,457 (FHL 2005a data); every customer in exactly one group', () => {
    const g = historyGroupsOf(sample);
    expect(g.customers).toBe(2357);
    expect(g.repeatCustomers).toBe(946);
    expect(g.sumX).toBe(2457);
    expect(g.sumT).toBe(sample.reduce((s, c) => s + c.T, 0));
    expect(g.count.reduce((s, w) => s + w, 0)).toBe(2357);
    // Distinct and ascending by (x, tx, T); the one-time buyers first.
    for (let k = 1; k < g.count.length; k++) {
      const order = g.x[k]! - g.x[k - 1]! || g.tx[k]! - g.tx[k - 1]! || g.T[k]! - g.T[k - 1]!;
      expect(order).toBeGreaterThan(0);
    }
    expect(g.x[g.firstRepeat - 1]).toBe(0);
    expect(g.x[g.firstRepeat]).toBeGreaterThan(0);
    // Each group's indices point at its own values, and the per-value counts add up.
    for (let k = 0; k < g.count.length; k++) {
      expect(g.xValues[g.xIndex[k]!]).toBe(g.x[k]);
      expect(g.tValues[g.tIndex[k]!]).toBe(g.T[k]);
      expect(g.txValues[g.txIndex[k]!]).toBe(g.tx[k]);
    }
    expect(g.xCounts.reduce((s, w) => s + w, 0)).toBe(2357);
    expect(g.tCounts.reduce((s, w) => s + w, 0)).toBe(2357);
    expect(g.tSumX.reduce((s, w) => s + w, 0)).toBe(2457);
    const repeatGroups = g.count.slice(g.firstRepeat).reduce((s, w) => s + w, 0);
    expect(repeatGroups).toBe(946);
  });

  it('fractional days (weeks) group as whole days do: same counts, in the same order', () => {
    const days = historyGroupsOf(sample);
    const weeks = historyGroupsOf(sample.map((c) => ({ x: c.x, tx: c.tx / 7, T: c.T / 7 })));
    expect(Array.from(weeks.count)).toEqual(Array.from(days.count));
    expect(Array.from(weeks.T)).toEqual(Array.from(days.T, (t) => t / 7));
    expect(weeks.firstRepeat).toBe(days.firstRepeat);
  });

  it('indexes distinct x, T and tx the same by a table over a short range as by sorting a long one', () => {
    // Whole days over a short span take the table (range within 4 × the list + 4096); spans of
    // hundreds of thousands of days over a few customers take the sort. Both must give every
    // distinct value once, ascending, with each group's index pointing at its own value.
    const history = (maxT: number) =>
      fc
        .tuple(fc.integer({ min: 0, max: maxT }), fc.integer({ min: 0, max: maxT }), fc.nat(12))
        .map(([a, b, x]) => ({ x, tx: Math.min(a, b), T: Math.max(a, b) }));
    const distinctSorted = (values: Iterable<number>) => [...new Set(values)].sort((p, q) => p - q);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(history(400), { minLength: 1, maxLength: 60 }),
          fc.array(history(600_000), { minLength: 1, maxLength: 8 }),
        ),
        (list) => {
          const g = historyGroupsOf(list);
          expect(Array.from(g.xValues)).toEqual(distinctSorted(list.map((h) => h.x)));
          expect(Array.from(g.tValues)).toEqual(distinctSorted(list.map((h) => h.T)));
          expect(Array.from(g.txValues)).toEqual(distinctSorted(list.map((h) => h.tx)));
          for (let k = 0; k < g.count.length; k++) {
            expect(g.xValues[g.xIndex[k]!]).toBe(g.x[k]);
            expect(g.tValues[g.tIndex[k]!]).toBe(g.T[k]);
            expect(g.txValues[g.txIndex[k]!]).toBe(g.tx[k]);
          }
        },
      ),
    );
  });

  it('names the invalid history and its list', () => {
    const bad = [
      { x: 1, tx: 3, T: 5 },
      { x: 0, tx: 0, T: 2 },
      { x: 2, tx: 9, T: 4 },
    ];
    expect(() => groupHistoriesAt(bad.length, (i) => bad[i]!, 'customers')).toThrow(
      /customers\[2\]: T .* must be finite and >= tx/,
    );
    expect(() => historyGroupsOf([{ x: 1.5, tx: 0, T: 1 }])).toThrow(/histories\[0\]: x/);
  });
});

describe('histories that are not numbers', () => {
  // Typed columns would read null as 0, '2' as 2 and true as 1: such histories are refused by name,
  // as they were before the grouping read its inputs into columns (review of issue 13's round 5).
  it.each([
    [{ x: null, tx: 0, T: 5 }, /histories\[1\]: x/],
    [{ x: '2', tx: 3, T: 5 }, /histories\[1\]: x/],
    [{ x: true, tx: 0, T: 5 }, /histories\[1\]: x/],
    [{ x: 1, tx: '3', T: 5 }, /histories\[1\]: tx/],
    [{ x: 1, tx: 3, T: [7] }, /histories\[1\]: T/],
  ])('%j is refused', (bad, message) => {
    const list = [{ x: 0, tx: 0, T: 4 }, bad as unknown as { x: number; tx: number; T: number }];
    expect(() => groupHistoriesAt(list.length, (i) => list[i]!)).toThrow(message);
  });
});
