// Rows typed twice (trial 22): named in Data issues, never dropped; rows with different order
// numbers are different orders and never named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { repeatedPurchases, repeatedRowsLine } from '../../../src/core/report/repeated-rows';
import { dayFromCivil } from '../../../src/core/time/civil';

const asOfDay = dayFromCivil(2026, 6, 30);
const read = (
  grid: CellValue[][],
  columns?: { customer: number; date: number; amount: number; orderId?: number },
) => readPurchases(grid, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay, ...(columns ? { columns } : {}) });

describe('repeatedPurchases', () => {
  it('names each later copy with the row it repeats; a third copy repeats the second', () => {
    const log = read([
      ['Customer', 'Date', 'Amount'],
      ['Bob', '2026-03-01', 50],
      ['Ann', '2026-03-01', 50],
      ['Bob', '2026-03-01', 50],
      ['Bob', '2026-03-01', 40],
      ['bob', '2026-03-01', 50],
      ['Bob', '2026-03-02', 50],
    ]);
    const rows = repeatedPurchases(log.purchases).map((r) => [
      log.purchases.row[r.at],
      log.purchases.row[r.of],
    ]);
    expect(rows).toEqual([
      [4, 2],
      [6, 4],
    ]);
  });

  it('rows with different order numbers are not named; the same order number twice is', () => {
    const columns = { customer: 1, date: 2, amount: 3, orderId: 0 };
    const log = read(
      [
        ['Order', 'Customer', 'Date', 'Amount'],
        ['A-1', 'Bob', '2026-03-01', 50],
        ['A-2', 'Bob', '2026-03-01', 50],
        ['A-2', 'Bob', '2026-03-01', 50],
      ],
      columns,
    );
    expect(repeatedPurchases(log.purchases).map((r) => log.purchases.row[r.at])).toEqual([4]);
    const line = repeatedRowsLine(log, 'Sales', 'en', ANALYZE_TEXTS);
    expect(line?.[4]).toBe(
      '1 row repeats another row exactly (same customer, date, amount and order number): row 4 repeats row 3 — counted both times; delete one if it was typed twice',
    );
  });

  it('no line when no row repeats another; more than ten pairs end with "…"', () => {
    expect(
      repeatedRowsLine(
        read([
          ['Ann', '2026-03-01', 5],
          ['Ann', '2026-03-02', 5],
        ]),
        'S',
        'en',
        ANALYZE_TEXTS,
      ),
    ).toBeUndefined();
    const grid: CellValue[][] = [];
    for (let i = 0; i < 12; i++) grid.push([`C${i}`, '2026-03-01', 5], [`C${i}`, '2026-03-01', 5]);
    const line = repeatedRowsLine(read(grid), 'S', 'zh-CN', ANALYZE_TEXTS);
    expect(line?.[4]).toMatch(
      /^有 12 行与另一行完全相同（客户、日期和金额都相同）：第 2 行与第 1 行相同（C0）；.*第 20 行与第 19 行相同（C9）…——/,
    );
  });

  it('pairs of several customers each name theirs, the value names none; customers not analysed are left to their own line (trial 23)', () => {
    const log = read([
      ['Customer', 'Date', 'Amount'],
      ['Rae', '2026-01-05', 40],
      ['Rae', '2026-01-05', -40],
      ['Rae', '2026-01-05', -40],
      ['Bo', '2026-02-01', 30],
      ['Bo', '2026-02-01', 30],
      ['Cy', '2026-02-03', 20],
      ['Cy', '2026-02-03', 20],
    ]);
    const both = repeatedRowsLine(log, 'S', 'en', ANALYZE_TEXTS, new Set(['rae']));
    expect(both?.[3]).toBe('');
    expect(both?.[4]).toContain(
      ': row 6 repeats row 5 (Bo), row 8 repeats row 7 (Cy) — each counted both times',
    );
    expect(both?.[4]).not.toContain('row 4');
    const bo = repeatedRowsLine(
      read(
        log.purchases.length
          ? [
              ['Customer', 'Date', 'Amount'],
              ['Rae', '2026-01-05', 40],
              ['Rae', '2026-01-05', -40],
              ['Rae', '2026-01-05', -40],
              ['Bo', '2026-02-01', 30],
              ['Bo', '2026-02-01', 30],
            ]
          : [],
      ),
      'S',
      'en',
      ANALYZE_TEXTS,
      new Set(['rae']),
    );
    expect(bo?.slice(1, 4)).toEqual([6, '', 'Bo']);
    expect(bo?.[4]).toContain(': row 6 repeats row 5 — counted both times');
  });

  it('across tabs read as one log, each row is named with its tab', () => {
    const p = (sheet: string, row: number): Purchase => ({
      sheet,
      row,
      customerKey: 'ann',
      customerLabel: 'Ann',
      day: 20_000,
      amount: 12,
    });
    const purchases = tableOfPurchases([p('Jan', 5), p('Feb', 2)]);
    const line = repeatedRowsLine({ purchases }, 'Jan', 'en', ANALYZE_TEXTS);
    expect(line?.slice(0, 4)).toEqual(['Feb', 2, '', 'Ann']);
    expect(line?.[4]).toContain(': row Feb!2 repeats row Jan!5 — counted both times');
  });

  it('property: names exactly the purchases equal to an earlier one, each with an earlier equal one', () => {
    const purchase = fc.record({
      customerKey: fc.constantFrom('a', 'b', 'c'),
      day: fc.integer({ min: 20_000, max: 20_003 }),
      amount: fc.constantFrom(10, 20, -10, 0),
      product: fc.constantFrom(undefined, 'tea'),
      orderId: fc.constantFrom(undefined, '1', '2'),
    });
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 40 }), (list) => {
        const purchases: Purchase[] = list.map((p, i) => ({
          ...p,
          row: i + 2,
          customerLabel: p.customerKey,
        }));
        const table = tableOfPurchases(purchases);
        const same = (x: Purchase, y: Purchase) =>
          x.customerKey === y.customerKey &&
          x.day === y.day &&
          x.amount === y.amount &&
          x.product === y.product &&
          x.orderId === y.orderId;
        const found = repeatedPurchases(table);
        const expected = purchases.flatMap((p, i) =>
          purchases.slice(0, i).some((q) => same(p, q)) ? [i] : [],
        );
        expect(found.map((r) => r.at)).toEqual(expected);
        for (const r of found) {
          expect(r.of).toBeLessThan(r.at);
          expect(same(purchases[r.at]!, purchases[r.of]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
