import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { comebackMultiple, weightedQuantile } from '../../../src/core/customers/comeback-multiple';
import { ownMedianGaps } from '../../../src/core/customers/customer-summary';
import { dayFromCivil } from '../../../src/core/time/civil';
import { CDNOW_DIR } from '../../support/cdnow';

/** An analysis day long after every purchase below: every gap could have been seen, none weighed up. */
const OLD_LOG = 100_000;

/** The three fields comebackMultiple reads, from each customer's gaps (first day 0). */
function histories(gapsOf: readonly (readonly number[])[]) {
  const start = new Int32Array(gapsOf.length + 1);
  const days: number[] = [];
  gapsOf.forEach((gaps, c) => {
    let day = 0;
    days.push(day);
    for (const g of gaps) {
      day += g;
      days.push(day);
    }
    start[c + 1] = days.length;
  });
  const h = { count: gapsOf.length, start, days: Int32Array.from(days) };
  return { h, own: ownMedianGaps(h as never) };
}

describe('how many times their gap this shop’s customers have been away and come back', () => {
  it('customers on a rhythm (gaps within ±40%): under the Lapsed setting’s 3×, so it changes nothing', () => {
    const { h, own } = histories(
      Array.from({ length: 10 }, (_, c) => [20, 28, 14, 24, 20].map((g) => g + c)),
    );
    const found = comebackMultiple(h, own, OLD_LOG, 3)!;
    expect(found.customers).toBe(10);
    // No gap past 3× its customer's: no break, so no silence is held by one.
    expect(found.longestDays).toBe(0);
    expect(found.multiple).toBeGreaterThan(1);
    expect(found.multiple).toBeLessThan(2);
  });

  it('customers who take a season away, 1 gap in 10 six or eight times their usual one: the multiple is the breaks’', () => {
    const gaps = Array.from({ length: 20 }, (_, c) => [10, 10, 10, 10, 10, 10, 10, 10, 10, c % 2 ? 80 : 60]);
    const { h, own } = histories(gaps);
    // 200 gaps: 180 of 1×, 10 of 6×, 10 of 8×. All but 1 in 20 (190) are within 6×.
    expect(comebackMultiple(h, own, OLD_LOG, 3)).toEqual({ multiple: 6, customers: 20, longestDays: 80 });
  });

  it('each customer weighs the same: one regular’s many breaks are not the shop’s', () => {
    // 29 monthly regulars without breaks, and one who buys every 2 days with a 25-day break every 10
    // visits: 20 of the shop's 316 gaps are 12.5× a gap, over 5% of the gaps but one customer's habit.
    const monthly = Array.from({ length: 29 }, (_, c) => [30, 28 + (c % 5), 31, 29]);
    const hopper = Array.from({ length: 200 }, (_, i) => (i % 10 === 9 ? 25 : 2));
    const { h, own } = histories([...monthly, hopper]);
    const found = comebackMultiple(h, own, OLD_LOG, 3)!;
    expect(found.customers).toBe(30);
    expect(found.multiple).toBeLessThan(1.2);
  });

  it('in a young shop long breaks are under-seen: each gap is weighed by how few customers are old enough to show it', () => {
    // 10 customers since day 0: 9 gaps of 10 days, then a break of 250. 20 who started on day 250:
    // 9 gaps of 10, too young to have taken such a break. Unweighed the breaks are 1 of 30 customers'
    // worth of gaps, under 1 in 20.
    const old = Array.from({ length: 10 }, () => [10, 10, 10, 10, 10, 10, 10, 10, 10, 250]);
    const young = Array.from({ length: 20 }, () => [10, 10, 10, 10, 10, 10, 10, 10, 10]);
    const { h, own } = histories([...old, ...young]);
    const youngStart = 250;
    const shifted = { ...h, days: h.days.map((d, i) => (i >= h.start[10]! ? d + youngStart : d)) };
    expect(comebackMultiple(shifted, own, OLD_LOG, 3)!.multiple).toBe(1);
    // As of day 350 only the 10 are 250 days old: each of their breaks stands for 30 / 10 = 3,
    // trimmed to 2 — 2 of 31 customers' worth, over 1 in 20.
    expect(comebackMultiple(shifted, own, 350, 3)).toEqual({ multiple: 25, customers: 30, longestDays: 250 });
  });

  it('a few early customers’ breaks stand for at most twice their number', () => {
    // The same with 30 young customers: 10 of 40 old enough, each break trimmed from 4 to 2: 2 of 41.
    const old = Array.from({ length: 10 }, () => [10, 10, 10, 10, 10, 10, 10, 10, 10, 250]);
    const young = Array.from({ length: 30 }, () => [10, 10, 10, 10, 10, 10, 10, 10, 10]);
    const { h, own } = histories([...old, ...young]);
    const shifted = { ...h, days: h.days.map((d, i) => (i >= h.start[10]! ? d + 250 : d)) };
    expect(comebackMultiple(shifted, own, 350, 3)!.multiple).toBe(1);
  });

  it('a break one or two customers took is not the shop’s', () => {
    const rhythm = [10, 10, 10, 10];
    const two = histories([rhythm, rhythm, rhythm, [10, 10, 100], [10, 10, 80]]);
    expect(comebackMultiple(two.h, two.own, OLD_LOG, 3)).toEqual({
      multiple: 1,
      customers: 5,
      longestDays: 0,
    });
    const three = histories([rhythm, rhythm, [10, 10, 60], [10, 10, 100], [10, 10, 80]]);
    expect(comebackMultiple(three.h, three.own, OLD_LOG, 3)).toEqual({
      multiple: 6,
      customers: 5,
      longestDays: 60,
    });
  });

  it('one-time buyers and customers with fewer than three gaps do not count; under 5 customers nothing is learnt', () => {
    const few = histories([[], [10], [10, 90], [10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]]);
    expect(comebackMultiple(few.h, few.own, OLD_LOG, 3)).toBeUndefined();
    const enough = histories([...Array.from({ length: 5 }, () => [10, 10, 10]), [10, 90]]);
    expect(comebackMultiple(enough.h, enough.own, OLD_LOG, 3)).toEqual({
      multiple: 1,
      customers: 5,
      longestDays: 0,
    });
  });
});

describe('CDNOW master, whose customers buy when they please', () => {
  it('as of 1998-06-30: breaks of several times their usual gap are ordinary there', () => {
    const [, ...lines] = readFileSync(join(CDNOW_DIR, 'CDNOW_master.txt'), 'utf8').trim().split('\n');
    const grid: CellValue[][] = [['Customer', 'Date', 'Amount']];
    for (const line of lines) {
      const [id, ymd, , dollars] = line.trim().split(/\s+/);
      grid.push([id!, `${ymd!.slice(0, 4)}-${ymd!.slice(4, 6)}-${ymd!.slice(6, 8)}`, Number(dollars)]);
    }
    const analysis = analyzePurchases(grid, {
      timeZone: 'UTC',
      dateOrder: 'YMD',
      asOfDay: dayFromCivil(1998, 6, 30),
    });
    const learnt = analysis.store.comeback!;
    expect(learnt.customers).toBe(5270);
    // README "Lapsed past the breaks…" cites it: memoryless customers, far from a rhythm's 1.4.
    expect(Math.round(learnt.multiple * 10) / 10).toBe(5.8);
    expect(learnt.longestDays).toBe(478);
  });
});

/**
 * The weighted quantile as it was before issue 13's round 5: indices sorted with a comparator, equal
 * values in their order. Kept here to show the radix order gives the same answer to the bit.
 */
function comparatorQuantile(
  values: Float64Array,
  weights: Float64Array,
  total: number,
  share: number,
): number {
  const order = new Int32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => values[a]! - values[b]! || a - b);
  const target = share * total * (1 - 1e-12);
  let cumulative = 0;
  for (let i = 0; i < order.length; i++) {
    cumulative += weights[order[i]!]!;
    if (cumulative >= target) return values[order[i]!]!;
  }
  return values[order[order.length - 1]!]!;
}

describe('the weighted quantile, ordered by a radix sort', () => {
  it('is the comparator sort’s to the bit, ties summed in their order, on random gaps and weights', () => {
    // Gap ratios as the multiple makes them (whole gaps over a few own gaps: many ties), weights of
    // 1 / gaps trimmed as there, and shares from the ends to the middle.
    const entry = fc.record({
      gap: fc.integer({ min: 1, max: 60 }),
      own: fc.constantFrom(1, 2, 3, 7, 7.5, 10, 1 / 3),
      weight: fc.oneof(fc.constantFrom(1, 1 / 3, 0.25, 2 / 7), fc.double({ min: 0.01, max: 2, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.05, 0.5, 0.8, 0.95, 1),
        (entries, share) => {
          const values = Float64Array.from(entries, (e) => e.gap / e.own);
          const weights = Float64Array.from(entries, (e) => e.weight);
          const total = weights.reduce((sum, w) => sum + w, 0);
          expect(weightedQuantile(values, weights, total, share)).toBe(
            comparatorQuantile(values, weights, total, share),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is the same past 65,536 values, where the radix sort orders them', () => {
    // A million-row log's ratios: whole gaps over own gaps of whole and half days, many ties.
    fc.assert(
      fc.property(
        fc.integer({ min: 70_000, max: 90_000 }),
        fc.integer(),
        fc.constantFrom(0.5, 0.95),
        (n, seed, share) => {
          let state = seed >>> 0;
          const next = () => {
            state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
            return state / 2 ** 32;
          };
          const values = new Float64Array(n);
          const weights = new Float64Array(n);
          for (let i = 0; i < n; i++) {
            values[i] = Math.ceil(next() * 400) / (1 + Math.floor(next() * 120) / 2);
            weights[i] = 1 / (3 + Math.floor(next() * 20));
          }
          const total = weights.reduce((sum, w) => sum + w, 0);
          expect(weightedQuantile(values, weights, total, share)).toBe(
            comparatorQuantile(values, weights, total, share),
          );
        },
      ),
      { numRuns: 6 },
    );
  });
});
