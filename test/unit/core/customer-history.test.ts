// A day whose purchases were refunded in full that same day is not a purchase day: a new-owner trial's
// café ledger (Farah Khan: +30 and −30 on 2 February, 25 on 1 March) read "2 purchase days, 27 days
// apart", and made her one of the customers who came back.
import { describe, expect, it } from 'vitest';
import { buildHistories } from '../../../src/core/customers/customer-history';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { historyList } from '../../support/histories';

let row = 1;
const line = (customer: string, day: number, amount: number): Purchase => ({
  row: ++row,
  customerKey: customer,
  customerLabel: customer,
  day,
  amount,
});
const history = (purchases: Purchase[], key: string) =>
  historyList(buildHistories(tableOfPurchases(purchases)).histories).find((h) => h.key === key)!;

describe('purchase days and same-day refunds', () => {
  it('a day refunded in full that same day is not a purchase day; the refund still counts', () => {
    const farah = history([line('farah', 10, 30), line('farah', 10, -30), line('farah', 37, 25)], 'farah');
    expect(farah.purchaseDays).toEqual([37]);
    expect(farah.dayAmounts).toEqual([25]);
    expect(farah.returnsTotal).toBe(-30);
    expect(farah.netSpend).toBe(25);
  });

  it('a partial refund and a refund on another day leave the days as they are; a free day beside a paid one is none', () => {
    const partial = history([line('p', 10, 30), line('p', 10, -10), line('p', 37, 25)], 'p');
    expect(partial.purchaseDays).toEqual([10, 37]);
    const later = history([line('l', 10, 30), line('l', 11, -30), line('l', 37, 25)], 'l');
    expect(later.purchaseDays).toEqual([10, 37]);
    const free = history([line('f', 10, 0), line('f', 37, 25)], 'f');
    expect(free.purchaseDays).toEqual([37]);
  });

  // Trial 21: kept as a buyer, such a customer was "Bought once, 177 days ago", At risk.
  it('a customer whose every purchase was refunded that same day is not analysed: reported with the days and rows', () => {
    const built = buildHistories(
      tableOfPurchases([
        line('o', 10, 30),
        line('o', 10, -30),
        line('p', 12, 5),
        line('t', 3, 9),
        line('t', 3, -9),
        line('t', 8, 4),
        line('t', 8, -4),
      ]),
    );
    expect(historyList(built.histories).map((h) => h.key)).toEqual(['p']);
    expect(built.returnsOnly).toEqual([
      { key: 'o', label: 'o', rows: [row - 6, row - 5], refunded: [10] },
      { key: 't', label: 't', rows: [row - 3, row - 2, row - 1, row], refunded: [3, 8] },
    ]);
    expect(built.refundedDays).toEqual([]);
  });
});

describe('customers with returns only', () => {
  it('are left out of the histories and reported, before, between and after customers who bought', () => {
    const built = buildHistories(
      tableOfPurchases([
        line('r1', 3, -5),
        line('b1', 4, 20),
        line('r2', 5, -7),
        line('b2', 6, 9),
        line('b1', 8, 11),
        line('r3', 9, -2),
      ]),
    );
    expect(built.returnsOnly.map((r) => r.key)).toEqual(['r1', 'r2', 'r3']);
    expect(built.histories.keys).toEqual(['b1', 'b2']);
    expect(Array.from(built.histories.start)).toEqual([0, 2, 3]);
    expect(Array.from(built.histories.days)).toEqual([4, 8, 6]);
  });

  it('a log of returns only has no histories and no purchase days', () => {
    const built = buildHistories(tableOfPurchases([line('r1', 3, -5), line('r2', 5, -7), line('r1', 6, -1)]));
    expect(built.histories.count).toBe(0);
    expect(built.histories.days.length).toBe(0);
    expect(Array.from(built.histories.start)).toEqual([0]);
    expect(built.returnsOnly.map((r) => r.rows.length)).toEqual([2, 1]);
  });
});
