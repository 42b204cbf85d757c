import { describe, expect, it } from 'vitest';
import type { Purchase } from '../../../src/core/input/purchase';
import {
  purchaseAt,
  purchaseList,
  purchasesOf,
  tableOfPurchases,
} from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';

const buy = (
  row: number,
  key: string,
  day: number,
  amount: number,
  more: Partial<Purchase> = {},
): Purchase => ({
  row,
  customerKey: key,
  customerLabel: key.toUpperCase(),
  day,
  amount,
  ...more,
});

describe('the purchase table', () => {
  it('holds purchases as columns and gives them back as the same objects', () => {
    const purchases = [
      buy(2, 'b', 10, 5, { product: 'Tea', quantity: 2, orderId: '#1' }),
      buy(3, 'a', 11, -1, { product: 'Cup', orderId: '#2' }),
      buy(4, 'b', 12, 7.25, { quantity: 1 }),
    ];
    const table = tableOfPurchases(purchases);
    expect(table.length).toBe(3);
    expect([...table.customer]).toEqual([0, 1, 0]);
    expect(table.keys).toEqual(['b', 'a']);
    expect(table.labels).toEqual(['B', 'A']);
    expect([...table.amount]).toEqual([5, -1, 7.25]);
    expect(purchaseList(table)).toEqual(purchases);
    expect(purchaseAt(table, 1)).toEqual(purchases[1]);
    expect(purchasesOf(table, 'b')).toEqual([purchases[0], purchases[2]]);
    expect(purchasesOf(table, 'nobody')).toEqual([]);
  });

  it('has no optional column the purchases do not have', () => {
    const table = tableOfPurchases([buy(2, 'a', 1, 1)]);
    expect([table.product, table.quantity, table.orderId, table.sheet]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('numbers the customers of a subset again, in the order of their first purchase there', () => {
    const table = tableOfPurchases([
      buy(2, 'a', 1, 1),
      buy(3, 'b', 2, 2),
      buy(4, 'c', 3, 3),
      buy(5, 'b', 4, 4),
    ]);
    const kept = tableOfPurchases(purchaseList(table).filter((_, i) => i !== 0 && i !== 2));
    expect(kept.keys).toEqual(['b']);
    expect([...kept.customer]).toEqual([0, 0]);
    expect(purchaseList(kept)).toEqual([buy(3, 'b', 2, 2), buy(5, 'b', 4, 4)]);
  });
});

describe('readPurchases fills the table', () => {
  const options = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: 20_000 };

  it('numbers customers by first purchase, not by first row (a skipped row comes first)', () => {
    const log = readPurchases(
      [
        ['Ann', 'not a date', 5],
        ['Bob', '2024-03-05', 5],
        ['ann', '2024-03-06', 7],
      ],
      options,
    );
    expect(log.purchases.keys).toEqual(['bob', 'ann']);
    // The label is the first spelling in the log, even on a row that was skipped.
    expect(log.purchases.labels).toEqual(['Bob', 'Ann']);
    expect(log.rowsSkipped).toBe(1);
  });

  it('drops a customer whose only purchase is in another currency', () => {
    const log = readPurchases(
      [
        ['Ann', '2024-03-05', '€15'],
        ['Bob', '2024-03-05', '$60'],
        ['Cy', '2024-03-06', '$65'],
      ],
      options,
    );
    expect(log.currency).toBe('$');
    expect(log.purchases.keys).toEqual(['bob', 'cy']);
    expect([...log.purchases.row]).toEqual([2, 3]);
    expect(log.excluded).toEqual([{ row: 1, reason: 'other_currency', value: '€' }]);
  });
});
