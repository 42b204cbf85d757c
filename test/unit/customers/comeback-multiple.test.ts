import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { comebackMultiple, TYPICAL_COMEBACK_MULTIPLE } from '../../../src/core/customers/comeback-multiple';
import { ownMedianGaps } from '../../../src/core/customers/customer-summary';
import { dayFromCivil } from '../../../src/core/time/civil';
import { CDNOW_DIR } from '../../support/cdnow';

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
    const found = comebackMultiple(h, own)!;
    expect(found.gaps).toBe(50);
    expect(found.customers).toBe(10);
    expect(found.multiple).toBeGreaterThan(1);
    expect(found.multiple).toBeLessThan(2);
  });

  it('customers who take a season away, 1 gap in 10 six or eight times their usual one: the multiple is the breaks’', () => {
    const gaps = Array.from({ length: 20 }, (_, c) => [10, 10, 10, 10, 10, 10, 10, 10, 10, c % 2 ? 80 : 60]);
    const { h, own } = histories(gaps);
    // 200 gaps: 180 of 1×, 10 of 6×, 10 of 8×. All but 1 in 20 (190) are within 6×.
    expect(comebackMultiple(h, own)?.multiple).toBe(6);
  });

  it('one-time buyers and customers with fewer than three gaps do not count; too few gaps: a typical shop’s', () => {
    const few = histories([[], [10], [10, 90], [10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]]);
    // Four customers with three gaps each: 12 gaps, under the 20 needed.
    expect(comebackMultiple(few.h, few.own)).toEqual({
      multiple: TYPICAL_COMEBACK_MULTIPLE,
      gaps: 12,
      customers: 4,
      fromTypical: true,
    });
    const enough = histories([...Array.from({ length: 5 }, () => [10, 10, 10, 10]), [10, 90]]);
    expect(comebackMultiple(enough.h, enough.own)).toEqual({
      multiple: 1,
      gaps: 20,
      customers: 5,
      fromTypical: false,
    });
  });
});

describe('the typical multiple is CDNOW master’s', () => {
  it('as of 1998-06-30, rounded to the tenth it is written with', () => {
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
    const learnt = analysis.store.comeback;
    expect(learnt.fromTypical).toBe(false);
    expect(learnt.customers).toBe(5270);
    expect(Math.round(learnt.multiple * 10) / 10).toBe(TYPICAL_COMEBACK_MULTIPLE);
  });
});
