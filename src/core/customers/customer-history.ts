import type { DayNumber } from '../days';
import type { PurchaseTable } from '../input/purchase-table';

/**
 * One customer's purchases folded into purchase days (SPEC §3): all purchases on one calendar day
 * are one purchase day and their amounts add up. Negative amounts are returns: they lower the net
 * spend but never make a purchase day; a zero amount does count as a purchase.
 */
export interface CustomerHistory {
  key: string;
  label: string;
  /**
   * Distinct days with at least one non-negative purchase, ascending; a day refunded in full that
   * same day is not one, unless it is the customer's only day (`undoneDays`).
   */
  purchaseDays: DayNumber[];
  /** Sum of the non-negative amounts of each purchase day, aligned with `purchaseDays`. */
  dayAmounts: number[];
  /** Sum of the returns (zero or negative). */
  returnsTotal: number;
  /** Everything bought minus everything returned. */
  netSpend: number;
  /** The product bought on most purchase rows, the latest one on a tie; undefined without a product column. */
  favouriteProduct: string | undefined;
}

/** Purchases of customers that have returns but no purchase at all: reported, not analysed. */
export interface ReturnsOnly {
  key: string;
  label: string;
  rows: number[];
}

export interface CustomerHistories {
  histories: CustomerHistory[];
  returnsOnly: ReturnsOnly[];
}

/**
 * Groups purchases by customer and day, in one pass over the purchases after a counting sort by
 * customer (the table numbers customers in the order of their first purchase, which is the order of
 * the histories). Only a customer whose rows are not in date order has their own rows sorted.
 */
export function buildHistories(table: PurchaseTable): CustomerHistories {
  const customers = table.keys.length;
  const n = table.length;
  const customerOf = table.customer;
  const dayOf = table.day;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) start[customerOf[i]! + 1]!++;
  for (let c = 0; c < customers; c++) start[c + 1]! += start[c]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, customers);
  for (let i = 0; i < n; i++) order[fill[customerOf[i]!]!++] = i;

  const histories: CustomerHistory[] = [];
  const returnsOnly: ReturnsOnly[] = [];
  for (let c = 0; c < customers; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    // Logs are mostly written in date order: sort a customer's rows only when they are not.
    // Ties stay in row order (the bucket fill keeps it), so "latest product" means the last row.
    for (let k = from + 1; k < to; k++) {
      if (dayOf[order[k]!]! < dayOf[order[k - 1]!]!) {
        order.subarray(from, to).sort((i, j) => dayOf[i]! - dayOf[j]! || i - j);
        break;
      }
    }
    const history = foldDays(table.keys[c]!, table.labels[c]!, order, from, to, table);
    if (history.purchaseDays.length > 0) histories.push(history);
    else {
      const rows: number[] = [];
      for (let k = from; k < to; k++) rows.push(table.row[order[k]!]!);
      returnsOnly.push({ key: table.keys[c]!, label: table.labels[c]!, rows });
    }
  }
  return { histories, returnsOnly };
}

/** One customer's purchases `order[from..to)`, sorted by day, folded into purchase days. */
function foldDays(
  key: string,
  label: string,
  order: Int32Array,
  from: number,
  to: number,
  table: PurchaseTable,
): CustomerHistory {
  // Sized once: a customer's lists are short, and growing them from empty would reserve 16 slots.
  let dayCount = 0;
  for (let k = from, previous = Number.NaN; k < to; k++) {
    const i = order[k]!;
    if (table.amount[i]! >= 0 && table.day[i] !== previous) {
      dayCount++;
      previous = table.day[i]!;
    }
  }
  const purchaseDays: DayNumber[] = new Array(dayCount);
  const dayAmounts: number[] = new Array(dayCount);
  let last = -1;
  let returnsTotal = 0;
  let netSpend = 0;
  // Most customers buy one product or a few times: the counts map is made only once a second,
  // different product turns up.
  let productCounts: Map<string, number> | undefined;
  let favouriteProduct: string | undefined;
  let favouriteCount = 0;
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    const amount = table.amount[i]!;
    const day = table.day[i]!;
    netSpend += amount;
    if (amount < 0) {
      returnsTotal += amount;
      continue;
    }
    if (last >= 0 && purchaseDays[last] === day) dayAmounts[last]! += amount;
    else {
      last++;
      purchaseDays[last] = day;
      dayAmounts[last] = amount;
    }
    const written = table.product?.[i];
    const product = written === undefined ? undefined : productName(written);
    if (product) {
      if (productCounts === undefined && (favouriteProduct === undefined || favouriteProduct === product)) {
        favouriteProduct = product;
        favouriteCount++;
      } else {
        if (productCounts === undefined) productCounts = new Map([[favouriteProduct!, favouriteCount]]);
        const count = (productCounts.get(product) ?? 0) + 1;
        productCounts.set(product, count);
        if (count >= favouriteCount) {
          favouriteCount = count;
          favouriteProduct = product;
        }
      }
    }
  }
  if (returnsTotal < 0 && purchaseDays.length > 1)
    undoneDays(order, from, to, table, purchaseDays, dayAmounts);
  return { key, label, purchaseDays, dayAmounts, returnsTotal, netSpend, favouriteProduct };
}

/**
 * Takes out of a customer's purchase days each day whose purchases were refunded in full that same
 * day (a plain ledger's +30 and −30 on one date): nothing was bought then, and counting it made
 * "2 purchase days, 27 days apart" of one purchase, and a returner of the return window. The
 * refund still counts in the returns and the net spend. A customer keeps at least one day (their
 * only purchase, refunded, leaves them a buyer whose net spend says so).
 */
function undoneDays(
  order: Int32Array,
  from: number,
  to: number,
  table: PurchaseTable,
  purchaseDays: DayNumber[],
  dayAmounts: number[],
): void {
  const sameDayReturns = new Float64Array(purchaseDays.length);
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    const amount = table.amount[i]!;
    if (amount >= 0) continue;
    const at = purchaseDays.indexOf(table.day[i]!);
    if (at >= 0) sameDayReturns[at]! += amount;
  }
  let kept = 0;
  for (let d = 0; d < purchaseDays.length; d++) {
    if (sameDayReturns[d]! < 0 && dayAmounts[d]! + sameDayReturns[d]! <= 0) continue;
    purchaseDays[kept] = purchaseDays[d]!;
    dayAmounts[kept] = dayAmounts[d]!;
    kept++;
  }
  if (kept === 0) return;
  purchaseDays.length = kept;
  dayAmounts.length = kept;
}

/**
 * The product a line names, without the "+2" some order exports append for the other items of the
 * order ("Keemun 100g +1"): an email saying "running low on Keemun 100g +1" reads as a bug, and the
 * same product with and without the suffix is one product.
 */
function productName(text: string): string {
  return text.replace(/\s+\+\d{1,3}$/, '');
}
