// The usable purchases of a log as columns, one entry per purchase in sheet order. A log of a
// million rows is read in every formula call: typed columns and one customer index per purchase
// cost a few numbers a row, where one object a row (with its key and label strings) cost most of the
// read and most of the garbage collection. Consumers that want a purchase as an object (the
// customer card, follow-up outcomes) make one with `purchaseAt` for the rows they need.
import type { DayNumber } from '../days';
import type { Purchase } from './purchase';

export interface PurchaseTable {
  /** Number of purchases. */
  readonly length: number;
  /** Sheet row number of each purchase (1-based, as the owner sees it). */
  readonly row: Int32Array;
  /** Calendar day of each purchase in the spreadsheet's time zone. */
  readonly day: Int32Array;
  /** Amount of each purchase; negative for a return. */
  readonly amount: Float64Array;
  /** Index of each purchase's customer in `keys` and `labels`. */
  readonly customer: Int32Array;
  /** Grouping key of each customer (customer-key.ts), in the order of their first purchase. */
  readonly keys: readonly string[];
  /** Each customer as first written in the log (trimmed). */
  readonly labels: readonly string[];
  /** Per purchase, when the log has a product column. */
  readonly product: readonly (string | undefined)[] | undefined;
  /** Per purchase, NaN when blank or unreadable, when the log has a quantity column. */
  readonly quantity: Float64Array | undefined;
  /** Per purchase, when the log has an order id column. */
  readonly orderId: readonly (string | undefined)[] | undefined;
  /** Per purchase, when the log spans several tabs (exports/tabs.ts). */
  readonly sheet: readonly (string | undefined)[] | undefined;
}

/** Which optional columns a table has. */
export interface OptionalPurchaseColumns {
  readonly product: boolean;
  readonly quantity: boolean;
  readonly orderId: boolean;
}

/** Purchases collected row by row into columns sized for at most `capacity` of them. */
export interface PurchaseTableBuilder {
  count: number;
  readonly row: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly customer: Int32Array;
  readonly keys: string[];
  readonly labels: string[];
  /** Made by `customerIndex` for readers that meet a customer's key more than once. */
  indexOfKey: Map<string, number> | undefined;
  readonly product: (string | undefined)[] | undefined;
  readonly quantity: Float64Array | undefined;
  readonly orderId: (string | undefined)[] | undefined;
}

export function tableBuilder(capacity: number, columns: OptionalPurchaseColumns): PurchaseTableBuilder {
  return {
    count: 0,
    row: new Int32Array(capacity),
    day: new Int32Array(capacity),
    amount: new Float64Array(capacity),
    customer: new Int32Array(capacity),
    keys: [],
    labels: [],
    indexOfKey: undefined,
    // Sized once, as the typed columns are: grown a push at a time, a million-row log's column
    // would leave its smaller copies (about twice its size) for the collector.
    product: columns.product ? new Array(capacity) : undefined,
    quantity: columns.quantity ? new Float64Array(capacity) : undefined,
    orderId: columns.orderId ? new Array(capacity) : undefined,
  };
}

/** Adds a customer the caller knows is new to the table (it keeps one entry per key). */
export function addCustomer(b: PurchaseTableBuilder, key: string, label: string): number {
  b.keys.push(key);
  b.labels.push(label);
  return b.keys.length - 1;
}

/** The index of the customer with this key, added with `label` at their first purchase. */
export function customerIndex(b: PurchaseTableBuilder, key: string, label: string): number {
  b.indexOfKey ??= new Map();
  let index = b.indexOfKey.get(key);
  if (index === undefined) {
    index = addCustomer(b, key, label);
    b.indexOfKey.set(key, index);
  }
  return index;
}

/** Adds a purchase; the optional values are ignored for columns the table does not have. */
export function addPurchase(
  b: PurchaseTableBuilder,
  row: number,
  customer: number,
  day: DayNumber,
  amount: number,
  product?: string,
  quantity?: number,
  orderId?: string,
): void {
  const i = b.count++;
  b.row[i] = row;
  b.day[i] = day;
  b.amount[i] = amount;
  b.customer[i] = customer;
  if (b.product !== undefined) b.product[i] = product;
  if (b.quantity !== undefined) b.quantity[i] = quantity ?? Number.NaN;
  if (b.orderId !== undefined) b.orderId[i] = orderId;
}

export function finishTable(b: PurchaseTableBuilder): PurchaseTable {
  const n = b.count;
  if (b.product !== undefined) b.product.length = n;
  if (b.orderId !== undefined) b.orderId.length = n;
  return {
    length: n,
    row: b.row.subarray(0, n),
    day: b.day.subarray(0, n),
    amount: b.amount.subarray(0, n),
    customer: b.customer.subarray(0, n),
    keys: b.keys,
    labels: b.labels,
    product: b.product,
    quantity: b.quantity?.subarray(0, n),
    orderId: b.orderId,
    sheet: undefined,
  };
}

/** Purchase `index` of the table as an object. */
export function purchaseAt(table: PurchaseTable, index: number): Purchase {
  const c = table.customer[index]!;
  const quantity = table.quantity?.[index];
  const sheet = table.sheet?.[index];
  return {
    row: table.row[index]!,
    ...(sheet !== undefined ? { sheet } : {}),
    customerKey: table.keys[c]!,
    customerLabel: table.labels[c]!,
    day: table.day[index]!,
    amount: table.amount[index]!,
    product: table.product?.[index],
    quantity: quantity === undefined || Number.isNaN(quantity) ? undefined : quantity,
    orderId: table.orderId?.[index],
  };
}

/** The purchases of the customer with this key, as objects, in table order. */
export function purchasesOf(table: PurchaseTable, key: string): Purchase[] {
  const customer = table.keys.indexOf(key);
  const list: Purchase[] = [];
  if (customer < 0) return list;
  for (let i = 0; i < table.length; i++) if (table.customer[i] === customer) list.push(purchaseAt(table, i));
  return list;
}

/** Every purchase of the table as an object, in table order. */
export function purchaseList(table: PurchaseTable): Purchase[] {
  const list: Purchase[] = [];
  for (let i = 0; i < table.length; i++) list.push(purchaseAt(table, i));
  return list;
}

/** A table of purchase objects, customers in the order of their first purchase. */
export function tableOfPurchases(purchases: readonly Purchase[]): PurchaseTable {
  const b = tableBuilder(purchases.length, {
    product: purchases.some((p) => p.product !== undefined),
    quantity: purchases.some((p) => p.quantity !== undefined),
    orderId: purchases.some((p) => p.orderId !== undefined),
  });
  for (const p of purchases) {
    const customer = customerIndex(b, p.customerKey, p.customerLabel);
    addPurchase(b, p.row, customer, p.day, p.amount, p.product, p.quantity, p.orderId);
  }
  const table = finishTable(b);
  if (!purchases.some((p) => p.sheet !== undefined)) return table;
  return { ...table, sheet: purchases.map((p) => p.sheet) };
}
