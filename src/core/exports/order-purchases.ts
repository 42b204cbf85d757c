// The purchases an export's orders make, held as columns until the currency split says which are
// kept, then written into the purchase table in sheet order. An object per order (the purchase, and
// a wrapper with its order and currency) and a second pass making the table from those objects were
// a large share of the export reader's allocation on a cold call.
import type { DayNumber } from '../days';
import {
  addPurchase,
  customerIndex,
  finishTable,
  type PurchaseTable,
  tableBuilder,
} from '../input/purchase-table';

/** Purchase `i` of the orders, as the reader found it; the currency is the order's (none: undefined). */
export interface OrderPurchases {
  count: number;
  readonly row: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  /** NaN when the order gives none. */
  readonly quantity: Float64Array;
  readonly key: string[];
  readonly label: string[];
  readonly product: (string | undefined)[];
  readonly orderId: (string | undefined)[];
  readonly currency: (string | undefined)[];
}

/** Room for `capacity` purchases (one per order at most). */
export function orderPurchases(capacity: number): OrderPurchases {
  return {
    count: 0,
    row: new Int32Array(capacity),
    day: new Int32Array(capacity),
    amount: new Float64Array(capacity),
    quantity: new Float64Array(capacity),
    // Sized once: pushes would leave their smaller copies for the collector.
    key: new Array(capacity),
    label: new Array(capacity),
    product: new Array(capacity),
    orderId: new Array(capacity),
    currency: new Array(capacity),
  };
}

export function addOrderPurchase(
  p: OrderPurchases,
  row: number,
  key: string,
  label: string,
  day: DayNumber,
  amount: number,
  product: string | undefined,
  quantity: number | undefined,
  orderId: string | undefined,
  currency: string | undefined,
): void {
  const i = p.count++;
  p.row[i] = row;
  p.day[i] = day;
  p.amount[i] = amount;
  p.quantity[i] = quantity ?? Number.NaN;
  p.key[i] = key;
  p.label[i] = label;
  p.product[i] = product;
  p.orderId[i] = orderId;
  p.currency[i] = currency;
}

/** Each purchase's currency, in the order they were added (the list cut to their number). */
export function currenciesOf(p: OrderPurchases): readonly (string | undefined)[] {
  p.currency.length = p.count;
  return p.currency;
}

/**
 * The table of the purchases not `dropped`, in sheet order (by row), customers numbered in the order
 * of their first purchase there; an optional column only when some kept purchase fills it.
 */
export function tableOfOrderPurchases(
  p: OrderPurchases,
  dropped: readonly boolean[] | undefined,
): PurchaseTable {
  const kept: number[] = [];
  let sorted = true;
  let hasProduct = false;
  let hasQuantity = false;
  let hasOrderId = false;
  for (let i = 0; i < p.count; i++) {
    if (dropped?.[i]) continue;
    if (kept.length > 0 && p.row[kept[kept.length - 1]!]! > p.row[i]!) sorted = false;
    kept.push(i);
    if (p.product[i] !== undefined) hasProduct = true;
    if (!Number.isNaN(p.quantity[i]!)) hasQuantity = true;
    if (p.orderId[i] !== undefined) hasOrderId = true;
  }
  // In sheet order unless a later copy of an order replaced it (rows are distinct).
  if (!sorted) kept.sort((a, b) => p.row[a]! - p.row[b]!);
  const b = tableBuilder(kept.length, { product: hasProduct, quantity: hasQuantity, orderId: hasOrderId });
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    const quantity = p.quantity[i]!;
    addPurchase(
      b,
      p.row[i]!,
      customerIndex(b, p.key[i]!, p.label[i]!),
      p.day[i]!,
      p.amount[i]!,
      p.product[i],
      Number.isNaN(quantity) ? undefined : quantity,
      p.orderId[i],
    );
  }
  return finishTable(b);
}
