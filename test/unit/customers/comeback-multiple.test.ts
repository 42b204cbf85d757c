import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { comebackMultiple } from '../../../src/core/customers/comeback-multiple';
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
    const found = comebackMultiple(h, own, OLD_LOG)!;
    expect(found.customers).toBe(10);
    expect(found.longestDays).toBe(37);
    expect(found.multiple).toBeGreaterThan(1);
    expect(found.multiple).toBeLessThan(2);
  });

  it('customers who take a season away, 1 gap in 10 six or eight times their usual one: the multiple is the breaks’', () => {
    const gaps = Array.from({ length: 20 }, (_, c) => [10, 10, 10, 10, 10, 10, 10, 10, 10, c % 2 ? 80 : 60]);
    const { h, own } = histories(gaps);
    // 200 gaps: 180 of 1×, 10 of 6×, 10 of 8×. All but 1 in 20 (190) are within 6×.
    expect(comebackMultiple(h, own, OLD_LOG)).toEqual({ multiple: 6, customers: 20, longestDays: 80 });
  });

  it('each customer weighs the same: one regular’s many breaks are not the shop’s', () => {
    // 29 monthly regulars without breaks, and one who buys every 2 days with a 25-day break every 10
    // visits: 20 of the shop's 316 gaps are 12.5× a gap, over 5% of the gaps but one customer's habit.
    const monthly = Array.from({ length: 29 }, (_, c) => [30, 28 + (c % 5), 31, 29]);
    const hopper = Array.from({ length: 200 }, (_, i) => (i % 10 === 9 ? 25 : 2));
    const { h, own } = histories([...monthly, hopper]);
    const found = comebackMultiple(h, own, OLD_LOG)!;
    expect(found.customers).toBe(30);
    expect(found.multiple).toBeLessThan(1.2);
  });

  it('on a short log long breaks are under-seen: each gap is weighed by how few purchases are old enough to show it', () => {
    // 20 customers, 29 gaps of 10 days and one break of 250 (first for half of them, last for the
    // others): 20 of 600 gaps, under 1 in 20, so unweighed the multiple is their rhythm's.
    const rhythm = Array.from({ length: 29 }, () => 10);
    const gaps = Array.from({ length: 20 }, (_, c) => (c % 2 ? [250, ...rhythm] : [...rhythm, 250]));
    const { h, own } = histories(gaps);
    expect(comebackMultiple(h, own, OLD_LOG)!.multiple).toBe(1);
    // As of the last purchase (day 540), 360 of the 620 purchase days are 250 days old, so each break
    // seen stands for 1.7: over 1 in 20.
    expect(comebackMultiple(h, own, 540)!.multiple).toBe(25);
  });

  it('one-time buyers and customers with fewer than three gaps do not count; under 5 customers nothing is learnt', () => {
    const few = histories([[], [10], [10, 90], [10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]]);
    expect(comebackMultiple(few.h, few.own, OLD_LOG)).toBeUndefined();
    const enough = histories([...Array.from({ length: 5 }, () => [10, 10, 10]), [10, 90]]);
    expect(comebackMultiple(enough.h, enough.own, OLD_LOG)).toEqual({
      multiple: 1,
      customers: 5,
      longestDays: 10,
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
    expect(Math.round(learnt.multiple * 10) / 10).toBe(7.8);
    expect(learnt.longestDays).toBe(494);
  });
});
