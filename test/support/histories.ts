// The customers' purchase days as the core keeps them (columns shared by every customer:
// customers/customer-history.ts), read back as one plain object per customer for assertions, and
// built from plain lists for tests of what reads them.
import type { CustomerHistories } from '../../src/core/customers/customer-history';
import type { HoldoutCustomers } from '../../src/core/models/holdout-check';

/** One customer's history as a plain object. */
export interface HistoryObject {
  key: string;
  label: string;
  purchaseDays: number[];
  dayAmounts: number[];
  returnsTotal: number;
  netSpend: number;
  favouriteProduct: string | undefined;
}

/** Every customer's history, in the histories' order. */
export function historyList(h: CustomerHistories): HistoryObject[] {
  return Array.from({ length: h.count }, (_, c) => ({
    key: h.keys[c]!,
    label: h.labels[c]!,
    purchaseDays: Array.from(h.days.subarray(h.start[c]!, h.start[c + 1]!)),
    dayAmounts: Array.from(h.amounts.subarray(h.start[c]!, h.start[c + 1]!)),
    returnsTotal: h.returnsTotal[c]!,
    netSpend: h.netSpend[c]!,
    favouriteProduct: h.favouriteProduct?.[c],
  }));
}

/** Each customer's ascending purchase days as columns: what the hold-out check and the return window read. */
export function dayColumns(
  customers: readonly { key: string; purchaseDays: readonly number[] }[],
): HoldoutCustomers {
  const start = new Int32Array(customers.length + 1);
  customers.forEach((c, i) => {
    start[i + 1] = start[i]! + c.purchaseDays.length;
  });
  return {
    keys: customers.map((c) => c.key),
    start,
    days: Int32Array.from(customers.flatMap((c) => c.purchaseDays)),
  };
}
