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

  it('a partial refund leaves the days as they are; a free day beside a paid one is none', () => {
    const partial = history([line('p', 10, 30), line('p', 10, -10), line('p', 37, 25)], 'p');
    expect(partial.purchaseDays).toEqual([10, 37]);
    const free = history([line('f', 10, 0), line('f', 37, 25)], 'f');
    expect(free.purchaseDays).toEqual([37]);
  });

  // Trial 29: Schmidt, 45,90 € on 10 Feb, "(45,90 €)" on 11 Feb, 12 € on 1 Oct, was "2 purchase days,
  // 233 days apart", average 6,00 €: one purchase of 12 € was made (SPEC §3: returns are no purchases).
  it('a day a later return gives back in full, within 30 days, is not a purchase day either; the return still counts', () => {
    const built = buildHistories(
      tableOfPurchases([line('s', 41, 45.9), line('s', 42, -45.9), line('s', 274, 12)]),
    );
    const schmidt = historyList(built.histories)[0]!;
    expect(schmidt.purchaseDays).toEqual([274]);
    expect(schmidt.dayAmounts).toEqual([12]);
    expect(schmidt.netSpend).toBeCloseTo(12, 9);
    // A visit that paid nothing in the end, for the follow-ups' "you visited us once".
    expect(built.refundedDays).toEqual([{ key: 's', label: 's', rows: [{ row: row - 2 }] }]);
    // Partly given back, given back after 30 days, or a return of another amount: the day stays.
    const stays = (purchases: Purchase[]) => history(purchases, purchases[0]!.customerKey).purchaseDays;
    expect(stays([line('a', 10, 30), line('a', 11, -10), line('a', 37, 25)])).toEqual([10, 37]);
    expect(stays([line('b', 10, 30), line('b', 41, -30), line('b', 60, 25)])).toEqual([10, 60]);
    expect(stays([line('c', 10, 30), line('c', 12, -25), line('c', 37, 25)])).toEqual([10, 37]);
    // One return gives back one day: two days of 30, one return of 30, the later day goes.
    expect(stays([line('d', 10, 30), line('d', 20, 30), line('d', 25, -30), line('d', 40, 5)])).toEqual([
      10, 40,
    ]);
    // Their only purchase given back days later: they stay a customer who bought (not "refunded that
    // same day"), their net spend of 0 says the rest.
    expect(stays([line('e', 10, 30), line('e', 11, -30)])).toEqual([10]);
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
