// An order id that comes back on a later day for the same customer, in a log whose amount is the
// order's total repeated on its lines (regress2, trial 2 t44): C1 = Mug + Tea on 10-06 (Order Total 40
// on each line) and a backorder line Pot on 10-12 (40 again) was read as two purchases, Cy "2 purchase
// days, 80, Lapsed" for an order of 40. It is a later line of that order: counted once, and said. The
// bakery (Order = "Sourdough loaf" every week, its Amount each row's money) keeps its 4 purchase days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { columnReadingRows } from '../../../src/core/report/column-reading-rows';

const AS_OF_DAY = Math.floor(Date.UTC(2026, 10, 28) / 86_400_000);
const OPTIONS = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: AS_OF_DAY };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function purchasesOf(grid: CellValue[][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of purchaseList(readLog(grid, OPTIONS).log.purchases)) {
    out.set(p.customerLabel, [...(out.get(p.customerLabel) ?? []), p.amount]);
  }
  return out;
}

const HEADER: CellValue[] = ['Order', 'Date', 'Customer', 'Item', 'Order Total'];
const BACKORDER: CellValue[][] = [
  HEADER,
  ['A1', day('2026-10-01'), 'Ann', 'Mug', 30],
  ['A1', day('2026-10-01'), 'Ann', 'Tea', 30],
  ['A2', day('2026-10-20'), 'Ann', 'Tea', 10],
  ['C1', day('2026-10-06'), 'Cy', 'Mug', 40],
  ['C1', day('2026-10-06'), 'Cy', 'Tea', 40],
  ['C1', day('2026-10-12'), 'Cy', 'Pot', 40],
];

describe('an order id back on a later day for the same customer, its total repeated', () => {
  it('a backorder line: one purchase of 40, not two of 40', () => {
    const read = purchasesOf(BACKORDER);
    expect(read.get('Cy')).toEqual([40]);
    expect(read.get('Ann')).toEqual([30, 10]);
  });
  it('Data issues says the row was read as a later line of its order, in every language', () => {
    const { log } = readLog(BACKORDER, OPTIONS);
    expect(log.orderIdSpans).toBeUndefined();
    expect(log.orderIdLater).toEqual({ header: 'Order', id: 'C1', row: 7, rows: 1 });
    const [row] = columnReadingRows(log, 'Orders', 'en', ANALYZE_TEXTS);
    expect(row!.slice(0, 4)).toEqual(['Orders', 7, 'Order', 'C1']);
    expect(String(row![4])).toContain('once');
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const text = String(columnReadingRows(log, 'Orders', language, ANALYZE_TEXTS)[0]![4]);
      expect(text).toContain('C1');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
  it('another customer with the same id is still a purchase of their own', () => {
    const read = purchasesOf([...BACKORDER, ['C1', day('2026-10-12'), 'Di', 'Pot', 40]]);
    expect(read.get('Cy')).toEqual([40]);
    expect(read.get('Di')).toEqual([40]);
  });
  it("the bakery (Amount each row's money, no item column) keeps its weekly purchases, with either header", () => {
    for (const money of ['Amount', 'Total']) {
      const grid: CellValue[][] = [['Date', 'Customer', 'Order', money]];
      for (const d of ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'])
        grid.push([day(d), 'Ann', 'Sourdough loaf', 8]);
      expect(purchasesOf(grid).get('Ann'), money).toEqual([8, 8, 8, 8]);
    }
  });
  it("property: an order total repeated on any days of one customer's order is counted once", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.constantFrom('Mug', 'Tea', 'Pot')), {
          minLength: 1,
          maxLength: 4,
        }),
        (total, later) => {
          const grid: CellValue[][] = [
            HEADER,
            ['C1', day('2026-10-01'), 'Cy', 'Mug', total],
            ['C1', day('2026-10-01'), 'Cy', 'Tea', total],
          ];
          for (const [shift, item] of later)
            grid.push(['C1', new Date(Date.UTC(2026, 9, 2 + shift)), 'Cy', item, total]);
          const read = purchasesOf(grid).get('Cy');
          expect(read).toEqual([total]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
