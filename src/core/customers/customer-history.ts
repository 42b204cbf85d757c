import type { DayNumber } from '../days';
import type { Purchase } from '../input/purchase';

/**
 * One customer's purchases folded into purchase days (SPEC §3): all purchases on one calendar day
 * are one purchase day and their amounts add up. Negative amounts are returns: they lower the net
 * spend but never make a purchase day; a zero amount does count as a purchase.
 */
export interface CustomerHistory {
  key: string;
  label: string;
  /** Distinct days with at least one non-negative purchase, ascending. */
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
 * Groups purchases by customer and day. Linear in the number of purchases apart from sorting each
 * customer's own days: customers are bucketed by a counting sort, so a million rows never go through
 * one big comparison sort.
 */
export function buildHistories(purchases: readonly Purchase[]): CustomerHistories {
  const indexOfKey = new Map<string, number>();
  const keys: string[] = [];
  const labels: string[] = [];
  const customerOf = new Int32Array(purchases.length);
  for (let i = 0; i < purchases.length; i++) {
    const p = purchases[i]!;
    let c = indexOfKey.get(p.customerKey);
    if (c === undefined) {
      c = keys.length;
      indexOfKey.set(p.customerKey, c);
      keys.push(p.customerKey);
      labels.push(p.customerLabel);
    }
    customerOf[i] = c;
  }

  const start = new Int32Array(keys.length + 1);
  for (let i = 0; i < purchases.length; i++) start[customerOf[i]! + 1]!++;
  for (let c = 0; c < keys.length; c++) start[c + 1]! += start[c]!;
  const order = new Int32Array(purchases.length);
  const fill = start.slice(0, keys.length);
  for (let i = 0; i < purchases.length; i++) order[fill[customerOf[i]!]!++] = i;

  const histories: CustomerHistory[] = [];
  const returnsOnly: ReturnsOnly[] = [];
  for (let c = 0; c < keys.length; c++) {
    const slice = order.subarray(start[c]!, start[c + 1]!);
    // Logs are mostly written in date order: sort a customer's rows only when they are not.
    // Ties stay in row order (the bucket fill keeps it), so "latest product" means the last row.
    if (!isSortedByDay(slice, purchases)) {
      slice.sort((i, j) => purchases[i]!.day - purchases[j]!.day || i - j);
    }
    const history = foldDays(keys[c]!, labels[c]!, slice, purchases);
    if (history.purchaseDays.length > 0) histories.push(history);
    else
      returnsOnly.push({
        key: keys[c]!,
        label: labels[c]!,
        rows: Array.from(slice, (i) => purchases[i]!.row),
      });
  }
  return { histories, returnsOnly };
}

function isSortedByDay(indexes: Int32Array, purchases: readonly Purchase[]): boolean {
  for (let k = 1; k < indexes.length; k++) {
    if (purchases[indexes[k]!]!.day < purchases[indexes[k - 1]!]!.day) return false;
  }
  return true;
}

function foldDays(
  key: string,
  label: string,
  sortedIndexes: Int32Array,
  purchases: readonly Purchase[],
): CustomerHistory {
  const purchaseDays: DayNumber[] = [];
  const dayAmounts: number[] = [];
  let returnsTotal = 0;
  let netSpend = 0;
  // Most customers buy one product or a few times: the counts map is made only once a second,
  // different product turns up.
  let productCounts: Map<string, number> | undefined;
  let favouriteProduct: string | undefined;
  let favouriteCount = 0;
  for (const i of sortedIndexes) {
    const p = purchases[i]!;
    const product = p.product === undefined ? undefined : productName(p.product);
    netSpend += p.amount;
    if (p.amount < 0) {
      returnsTotal += p.amount;
      continue;
    }
    const last = purchaseDays.length - 1;
    if (last >= 0 && purchaseDays[last] === p.day) dayAmounts[last]! += p.amount;
    else {
      purchaseDays.push(p.day);
      dayAmounts.push(p.amount);
    }
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
  return { key, label, purchaseDays, dayAmounts, returnsTotal, netSpend, favouriteProduct };
}

/**
 * The product a line names, without the "+2" some order exports append for the other items of the
 * order ("Keemun 100g +1"): an email saying "running low on Keemun 100g +1" reads as a bug, and the
 * same product with and without the suffix is one product.
 */
function productName(text: string): string {
  return text.replace(/\s+\+\d{1,3}$/, '');
}
