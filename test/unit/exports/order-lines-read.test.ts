// Order lines read honestly in a log that is no known export (helper lines26, trial 25): refund lines
// beyond an order's sales, quantities written as text, an order total repeated under "Amount", and
// two identical lines of one order.
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells';
import { buildHistories } from '../../../src/core/customers/customer-history';
import { readLog } from '../../../src/core/exports/read-log';
import { dayFromCivil } from '../../../src/core/time/civil';
import { historyList } from '../../support/histories';

const options = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2023, 6, 30) };

/** Each customer's net spend, to the cent, by label, and the histories' over-refunded days. */
function read(grid: Grid) {
  const { log } = readLog(grid, options);
  const built = buildHistories(log.purchases);
  const spent = Object.fromEntries(
    historyList(built.histories).map((h) => [h.label, Math.round(h.netSpend * 100) / 100]),
  );
  return { log, spent, overRefunds: built.overRefunds };
}

describe('refund lines beyond an order’s sales', () => {
  const LOG: CellValue[][] = [
    ['Order No', 'Customer', 'Date', 'Item', 'Qty', 'Unit price'],
    [1, 'Ann', '2023-01-05', 'Latte', 2, 4.5],
    [1, 'Ann', '2023-01-05', 'Cake', 1, 5],
    [2, 'Ann', '2023-03-01', 'Latte', -2, 4.5],
    [3, 'Bob', '2023-02-06', 'Cake', 2, 5],
    [4, 'Bob', '2023-04-06', 'Cake', 1, 5],
    [4, 'Bob', '2023-04-06', 'Cake', -3, 5],
    [5, 'Cy', '2023-05-07', 'Tea', 3, 3],
  ];

  it('are a sale and a return that day: the 10 beyond the sale comes off the customer, said as an over-refund', () => {
    const { log, spent, overRefunds } = read(LOG);
    expect(spent).toEqual({ Ann: 5, Bob: 0, Cy: 9 });
    expect(log.excluded ?? []).toEqual([]);
    expect(overRefunds).toEqual([
      expect.objectContaining({
        label: 'Bob',
        day: dayFromCivil(2023, 4, 6),
        sales: 5,
        refunds: 15,
        rows: [6, 7],
      }),
    ]);
  });

  it('refund lines of exactly the sale still leave the order out as refunded in full', () => {
    const even = LOG.map((r) => (r[0] === 4 && r[4] === -3 ? [...r.slice(0, 4), -1, 5] : r));
    const { log, spent } = read(even);
    expect(spent).toEqual({ Ann: 5, Bob: 10, Cy: 9 });
    expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([
      [6, 'refunded'],
      [7, 'refunded'],
    ]);
  });
});

describe('quantities written as text', () => {
  const LOG: CellValue[][] = [
    ['Order No', 'Customer', 'Date', 'Item', 'Qty', 'Unit price'],
    [1, 'Ann', '2023-01-05', 'Apples', '2 pcs', 3],
    [2, 'Bob', '2023-01-06', 'Pears', 'x3', 2],
    [3, 'Cy', '2023-01-07', 'Cheese', 0.5, 20],
    [4, 'Dee', '2023-01-08', 'Bread', '', 4],
    [5, 'Ann', '2023-02-01', 'Apples', '3', 3],
    [6, 'Eve', '2023-02-02', 'Rice', '1.5 kg', 4],
    [7, 'Eve', '2023-02-03', 'Tea', '2件', 5],
    [8, 'Fay', '2023-02-04', 'Tea', 'some', 5],
  ];

  it('are their numbers; a blank one counts 1 and is counted once for Data issues; one with no number is the row’s problem', () => {
    const { log, spent } = read(LOG);
    expect(spent).toEqual({ Ann: 15, Bob: 6, Cy: 10, Dee: 4, Eve: 16 });
    expect(log.issues).toEqual([
      expect.objectContaining({
        row: 9,
        column: 'quantity',
        value: 'some',
        problem: 'unreadable',
        action: 'skipped',
      }),
    ]);
    expect(log.lineAmounts).toMatchObject({
      how: 'price',
      blankQuantity: 1,
      quantity: 'Qty',
      amount: 'Unit price',
    });
  });
});

describe('an order total repeated under "Amount"', () => {
  const LOG: CellValue[][] = [
    ['Order No', 'Customer', 'Date', 'Item', 'Amount'],
    ['A-1', 'Ann', '2023-01-05', 'Latte', 14],
    ['A-1', 'Ann', '2023-01-05', 'Cake', 14],
    ['A-2', 'Bob', '2023-01-06', 'Latte', 9],
    ['A-2', 'Bob', '2023-01-06', 'Tea', 9],
    ['A-2', 'Bob', '2023-01-06', 'Scone', 9],
    ['A-3', 'Ann', '2023-02-01', 'Tea', 3],
  ];

  it('alike on the lines of 2+ orders of different products, differing in none: the order’s total, once', () => {
    const { log, spent } = read(LOG);
    expect(spent).toEqual({ Ann: 17, Bob: 9 });
    expect(log.lineAmounts).toMatchObject({ how: 'total', orders: 2, amount: 'Amount', order: 'Order No' });
  });

  it('one such order is not evidence; an order whose lines differ makes them lines; a header that says line adds up', () => {
    expect(read(LOG.slice(0, 3).concat([LOG[6]!])).spent).toEqual({ Ann: 31 });
    const differing = [
      ...LOG,
      ['A-4', 'Bob', '2023-02-02', 'Tea', 3],
      ['A-4', 'Bob', '2023-02-02', 'Cake', 5],
    ];
    expect(read(differing).spent).toEqual({ Ann: 31, Bob: 35 });
    expect(read(differing).log.lineAmounts).toMatchObject({ how: 'line' });
    const said = [['Order No', 'Customer', 'Date', 'Item', 'Line amount'], ...LOG.slice(1)];
    expect(read(said).spent).toEqual({ Ann: 31, Bob: 27 });
    // The same item on each line (a latte in two sizes, each at 14) says nothing: alike prices are expected.
    const sameItem = LOG.map((r, i) =>
      i === 0 ? [...r, 'Size'] : [...r.slice(0, 3), 'Latte', r[4]!, `S${i}`],
    );
    expect(read(sameItem).spent).toEqual({ Ann: 31, Bob: 27 });
  });
});

describe('two identical lines of one order', () => {
  const LOG: CellValue[][] = [
    ['Order No', 'Customer', 'Date', 'Item', 'Qty', 'Price'],
    [1001, 'Ann', '2023-01-05', 'Latte', 2, 4.5],
    [1001, 'Ann', '2023-01-05', 'Cake', 1, 5],
    [1002, 'Bob', '2023-01-06', 'Latte', 1, 4.5],
    [1002, 'Bob', '2023-01-06', 'Latte', 1, 4.5],
    [1003, 'Ann', '2023-02-01', 'Tea', 1, 3],
  ];

  it('count once, left out as a line typed twice (not an earlier copy of the order)', () => {
    const { log, spent } = read(LOG);
    expect(spent).toEqual({ Ann: 17, Bob: 4.5 });
    expect(log.excluded).toEqual([{ row: 4, reason: 'repeated_line', value: '1002' }]);
  });

  it('an order row pasted twice in a log with no line columns is still an earlier copy', () => {
    const orders = [
      ['Order No', 'Customer', 'Date', 'Total'],
      [1002, 'Bob', '2023-01-06', 9],
      [1002, 'Bob', '2023-01-06', 9],
    ];
    expect(read(orders).log.excluded).toEqual([{ row: 2, reason: 'duplicate', value: '1002' }]);
  });
});
