// Trial 29 defect 2: an "Order" column whose values repeat across days or customers merged purchases:
// a bakery's Order = what was bought ("Sourdough loaf" weekly) made Ann's four purchases one, added
// Cy's Rye to Bo's and lost Cy; a café's "Order No" restarting at 1 each day merged the days. Real
// multi-line orders (same id, customer and day; lines with blank cells) stay one purchase.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { columnReadingRows } from '../../../src/core/report/column-reading-rows';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const AS_OF_DAY = Math.floor(Date.UTC(2026, 10, 28) / 86_400_000);
const OPTIONS = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: AS_OF_DAY };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const BAKERY: CellValue[][] = [
  ['Date', 'Customer', 'Order', 'Amount'],
  [day('2026-10-01'), 'Ann', 'Sourdough loaf', 8],
  [day('2026-10-08'), 'Ann', 'Sourdough loaf', 8],
  [day('2026-10-15'), 'Ann', 'Sourdough loaf', 8],
  [day('2026-10-22'), 'Ann', 'Sourdough loaf', 8],
  [day('2026-10-05'), 'Bo', 'Rye', 6],
  [day('2026-11-05'), 'Bo', 'Rye', 6],
  [day('2026-11-06'), 'Cy', 'Rye', 6],
];

/** customer → [day, amount] of each purchase. */
function purchasesOf(grid: CellValue[][]): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const p of purchaseList(readLog(grid, OPTIONS).log.purchases)) {
    const list = out.get(p.customerLabel) ?? [];
    list.push([p.day, p.amount]);
    out.set(p.customerLabel, list);
  }
  return out;
}

describe('an order id that comes back on another day or for another customer', () => {
  it('the bakery: Ann 4 purchases, Bo 2, Cy 1 of her own', () => {
    const read = purchasesOf(BAKERY);
    expect(read.get('Ann')?.map(([, a]) => a)).toEqual([8, 8, 8, 8]);
    expect(read.get('Bo')?.map(([, a]) => a)).toEqual([6, 6]);
    expect(read.get('Cy')?.map(([, a]) => a)).toEqual([6]);
  });
  it('Data issues names the column, a value that came back, its row and how many rows', () => {
    const { log } = readLog(BAKERY, OPTIONS);
    expect(log.orderIdSpans).toEqual({ header: 'Order', id: 'Sourdough loaf', row: 3, rows: 5 });
    const [row] = columnReadingRows(log, 'Bakery', 'en', ANALYZE_TEXTS);
    expect(row!.slice(0, 4)).toEqual(['Bakery', 3, 'Order', 'Sourdough loaf']);
    expect(String(row![4])).toContain("'Order' is not an order number here");
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const text = String(columnReadingRows(log, 'Bakery', language, ANALYZE_TEXTS)[0]![4]);
      expect(text).toContain('Sourdough loaf');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
  it('a café numbering orders from 1 each day: each day its own purchase, the lines of one order together', () => {
    const grid: CellValue[][] = [['Date', 'Order No', 'Customer', 'Amount']];
    for (const d of ['2026-11-02', '2026-11-09', '2026-11-16']) {
      grid.push([day(d), 1, 'Ann', 5], [day(d), 1, 'Ann', 2], [day(d), 2, 'Bo', 7]);
    }
    const read = purchasesOf(grid);
    expect(read.get('Ann')?.map(([, a]) => a)).toEqual([7, 7, 7]);
    expect(read.get('Bo')?.map(([, a]) => a)).toEqual([7, 7, 7]);
  });
  it('real orders of several lines, later lines blank but the amount: one purchase each, nothing said', () => {
    const grid: CellValue[][] = [
      ['Order ID', 'Date', 'Customer', 'Product', 'Amount'],
      ['A1', day('2026-10-01'), 'Ann', 'Mug', 10],
      ['A1', '', '', 'Tea', 5],
      ['A2', day('2026-10-02'), 'Bo', 'Mug', 10],
      ['A2', day('2026-10-02'), 'Bo', 'Pot', 20],
      ['A3', day('2026-10-09'), 'Ann', 'Tea', 5],
    ];
    const { log } = readLog(grid, OPTIONS);
    expect(log.orderIdSpans).toBeUndefined();
    const read = purchasesOf(grid);
    expect(read.get('Ann')?.map(([, a]) => a)).toEqual([15, 5]);
    expect(read.get('Bo')?.map(([, a]) => a)).toEqual([30]);
  });
  it('property: ids reused across days or customers never merge them; real multi-line orders stay one', () => {
    const line = fc.record({
      customer: fc.integer({ min: 0, max: 3 }),
      date: fc.integer({ min: 1, max: 20 }),
      id: fc.integer({ min: 1, max: 4 }),
      lines: fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 15 }), (orders) => {
        // Each line its own product: a row typed twice is another matter (read-export.ts).
        const grid: CellValue[][] = [['Date', 'Customer', 'Order', 'Product', 'Amount']];
        let n = 0;
        // What each customer spent on each day: purchases are never moved to another day or buyer.
        const spent = new Map<string, number>();
        for (const o of orders) {
          const date = `2026-10-${String(o.date).padStart(2, '0')}`;
          for (const amount of o.lines)
            grid.push([day(date), `C${o.customer}`, `#${o.id}`, `P${n++}`, amount]);
          const key = `C${o.customer} ${date}`;
          spent.set(key, (spent.get(key) ?? 0) + o.lines.reduce((a, b) => a + b, 0));
        }
        const got = new Map<string, number>();
        for (const [customer, list] of purchasesOf(grid)) {
          for (const [d, amount] of list) {
            const key = `${customer} ${new Date(d * 86_400_000).toISOString().slice(0, 10)}`;
            got.set(key, (got.get(key) ?? 0) + amount);
          }
        }
        expect(got).toEqual(spent);
      }),
    );
  });
  it('property: ids each of one customer on one day: one purchase per id, nothing said', () => {
    const line = fc.record({
      customer: fc.integer({ min: 0, max: 3 }),
      date: fc.integer({ min: 1, max: 20 }),
      lines: fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }),
      blankLater: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 15 }), (orders) => {
        const grid: CellValue[][] = [['Order ID', 'Date', 'Customer', 'Product', 'Amount']];
        const ids = new Set<string>();
        let n = 0;
        for (const o of orders) {
          const id = `${o.customer}-${o.date}`;
          const date = day(`2026-10-${String(o.date).padStart(2, '0')}`);
          o.lines.forEach((amount, i) => {
            const later = i > 0 && o.blankLater;
            grid.push([id, later ? '' : date, later ? '' : `C${o.customer}`, `P${n++}`, amount]);
          });
          ids.add(id);
        }
        const { log } = readLog(grid, OPTIONS);
        expect(log.orderIdSpans).toBeUndefined();
        expect(log.purchases.length).toBe(ids.size);
      }),
    );
  });
});

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('through the Apps Script fake', () => {
  it('Analyze on the bakery: Ann 4 purchase days, Cy analysed, Data issues says what was done', () => {
    env = installFake({ now: '2026-11-28T15:00:00Z', timeZone: 'UTC' });
    const { fake } = env;
    fake.spreadsheet.addSheet('Bakery', BAKERY);
    main.analyzeCustomers();
    const insights = fake.values('Insights');
    const days = insights[0]!.indexOf('Purchase days');
    expect(insights.slice(1).map((r) => [r[0], r[days]])).toEqual([
      ['Ann', 4],
      ['Bo', 2],
      ['Cy', 1],
    ]);
    const note = fake.values('Data issues').find((r) => r[2] === 'Order')!;
    expect(note[3]).toBe('Sourdough loaf');
  });
});

describe('a return under the order id, on a later day', () => {
  it('stays with its order: the order nets, nothing said about the id', () => {
    const grid: CellValue[][] = [
      ['Invoice', 'Date', 'Customer', 'Product', 'Amount'],
      ['536365', day('2026-10-01'), 'Ann', 'Mug', 30],
      ['536365', day('2026-10-01'), 'Ann', 'Pot', 20],
      ['536365', day('2026-10-04'), 'Ann', 'Mug', -30],
      ['536366', day('2026-10-09'), 'Bo', 'Tea', 5],
    ];
    const { log } = readLog(grid, OPTIONS);
    expect(log.orderIdSpans).toBeUndefined();
    const spent = new Map<string, number>();
    for (const p of purchaseList(log.purchases))
      spent.set(p.customerLabel, (spent.get(p.customerLabel) ?? 0) + p.amount);
    expect(spent.get('Ann')).toBe(20);
  });
});
