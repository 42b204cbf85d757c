// Trial 2's order-line regressions through the built dist/Code.js as Sheets runs it (repros of
// /tmp/trial2/s/t39, t44, t42 and trial 29's t19): a status rule on lines with statuses of their own
// leaves only those lines, an order total repeated on a backorder line counts once, the bakery keeps
// its weekly purchase days, a Paid column of 1/0 beside Amount is a flag.
import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;
let context: vm.Context;
let day: (iso: string) => Date;

beforeAll(() => {
  context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => 'UTC',
        getSpreadsheetLocale: () => 'en_US',
      }),
    },
  });
  const CtxDate = contextDate(context);
  day = (iso) => new CtxDate(`${iso}T00:00:00Z`);
});
const call = (name: string, ...args: unknown[]) => (context[name] as Fn)(...args);

/** CUSTOMER_INSIGHTS in English: customer → [purchase days, total, reason]. */
function insights(rows: unknown[][], rule = ''): Map<string, [unknown, unknown, string]> {
  const [, ...table] = call('CUSTOMER_INSIGHTS', rows, day('2026-11-28'), 'en', rule) as unknown[][];
  return new Map(table.map((r) => [String(r[0]), [r[10], r[11], String(r[2])]]));
}

describe('order lines read as the owner wrote them (trial 2, through the bundle)', () => {
  it('t39: Status=Comp on lines with their own statuses leaves only those lines', () => {
    const rows = [
      ['Order', 'Date', 'Customer', 'Item', 'Amount', 'Status'],
      ['A1', day('2026-10-01'), 'Ann', 'Mug', 20, 'Completed'],
      ['A1', day('2026-10-01'), 'Ann', 'Tea', 10, 'Comp'],
      ['A2', day('2026-10-20'), 'Ann', 'Tea', 10, 'Completed'],
      ['B1', day('2026-10-05'), 'Bo', 'Mug', 25, 'Comp'],
      ['B1', day('2026-10-05'), 'Bo', 'Tea', 25, 'Completed'],
      ['B2', day('2026-10-25'), 'Bo', 'Mug', 20, 'Completed'],
    ];
    const read = insights(rows, 'Status=Comp');
    expect(read.get('Ann')!.slice(0, 2)).toEqual([2, 30]);
    expect(read.get('Ann')![2]).toMatch(/^2 purchase days/);
    expect(read.get('Bo')!.slice(0, 2)).toEqual([2, 45]);
  });
  it('t38: a status on the first line only still leaves its whole order (B2: 45 → 25)', () => {
    const rows = [
      ['Order', 'Date', 'Customer', 'Type', 'Item', 'Amount', 'Status'],
      ['B1', day('2026-10-05'), 'Bo', 'Gift card', 'Gift card', 25, 'Completed'],
      ['B2', day('2026-10-25'), 'Bo', 'Product', 'Mug', 20, 'Staff'],
      ['B2', day('2026-10-25'), 'Bo', 'Product', 'Tea', 10, ''],
    ];
    expect(insights(rows, 'Status=Staff').get('Bo')!.slice(0, 2)).toEqual([1, 25]);
  });
  it('t44: a backorder line of C1 on a later day, its Order Total repeated: once, 40', () => {
    const rows = [
      ['Order', 'Date', 'Customer', 'Item', 'Order Total'],
      ['C1', day('2026-10-06'), 'Cy', 'Mug', 40],
      ['C1', day('2026-10-06'), 'Cy', 'Tea', 40],
      ['C1', day('2026-10-12'), 'Cy', 'Pot', 40],
    ];
    const cy = insights(rows).get('Cy')!;
    expect(cy.slice(0, 2)).toEqual([1, 40]);
    expect(cy[2]).toMatch(/^Bought once/);
  });
  it('t19: the bakery (Order = the product, weekly) keeps 4 purchase days', () => {
    const rows: unknown[][] = [['Date', 'Customer', 'Order', 'Amount']];
    for (const d of ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'])
      rows.push([day(d), 'Ann', 'Sourdough loaf', 8]);
    expect(insights(rows).get('Ann')!.slice(0, 2)).toEqual([4, 32]);
  });
  it('t42: Paid 1/0 beside Amount is whether it was paid, not the amount (Ann 1 → 75)', () => {
    const rows = [
      ['Customer', 'Date', 'Amount', 'Paid'],
      ['Ann', day('2026-10-01'), 45, 1],
      ['Ann', day('2026-10-20'), 30, 0],
      ['Bo', day('2026-10-05'), 20, 1],
    ];
    const read = insights(rows);
    expect(read.get('Ann')!.slice(0, 2)).toEqual([2, 75]);
    expect(read.get('Bo')!.slice(0, 2)).toEqual([1, 20]);
  });
});
