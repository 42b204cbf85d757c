/**
 * Customers grouped for the likelihoods of every purchase model (BG/NBD, MBG/NBD and their limits).
 * Customers with the same history (x, tx, T) contribute the same likelihood term, so each distinct
 * history is one weighted term; and since the terms are built from ln(alpha+T), ln(alpha+tx) and
 * special functions of x, each distinct T, tx and x gets an index so those are computed once per
 * value, not once per customer. Built once per set of customers (in columns, no Maps on the usual
 * path) and shared by every fit on it: the hold-out check's candidates, the full fit, its limits.
 */
import { assertRepeatHistory, type RepeatHistory } from './repeat-history';

export interface HistoryGroups {
  /** Customers grouped (the sum of `count`). */
  readonly customers: number;
  /** Customers with x > 0. */
  readonly repeatCustomers: number;
  /** Σx and ΣT over customers: the pooled repeat rate's parts. */
  readonly sumX: number;
  readonly sumT: number;
  /**
   * One entry per distinct history, ascending by x, then tx, then T: the one-time buyers (x = 0)
   * come first and the repeat customers start at `firstRepeat`.
   */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly count: Float64Array;
  readonly firstRepeat: number;
  /** Distinct x ascending, customers with each, and each group's index into them. */
  readonly xValues: Float64Array;
  readonly xCounts: Float64Array;
  readonly xIndex: Int32Array;
  /** Distinct T ascending, customers with each, Σx over them, and each group's index. */
  readonly tValues: Float64Array;
  readonly tCounts: Float64Array;
  readonly tSumX: Float64Array;
  readonly tIndex: Int32Array;
  /** Distinct tx ascending and each group's index. */
  readonly txValues: Float64Array;
  readonly txIndex: Int32Array;
  /** Each customer's group (customer `i` as grouped): what a prediction per group is read back by. */
  readonly customerGroup: Int32Array;
}

const TWO_20 = 2 ** 20;

/** The distinct values of `values`, ascending. */
function distinctSorted(values: Float64Array): Float64Array {
  // The constructor, not Float64Array.from: from walks an iterator, boxing each value before the
  // engine has optimised the caller (a cold call runs most of its code once).
  const sorted = new Float64Array(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** The first index of the ascending `sorted` whose value is >= `value` (its length if none is). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The distinct values of `values` ascending, and each entry's index into them. */
function indexValues(values: Float64Array): { distinct: Float64Array; index: Int32Array } {
  const distinct = distinctSorted(values);
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) index[i] = firstAtLeast(distinct, values[i]!);
  return { distinct, index };
}

/**
 * The same for whole numbers in [0, range): a table over the range marks the values present and
 * ranks them, so no sort or search is needed — days since a first purchase span a few thousand
 * values where a large sheet has hundreds of thousands of customers.
 */
function indexWholeValues(
  values: Float64Array,
  range: number,
): { distinct: Float64Array; index: Int32Array } {
  const rank = new Int32Array(range);
  for (let i = 0; i < values.length; i++) rank[values[i]!] = 1;
  let count = 0;
  for (let v = 0; v < range; v++) if (rank[v] !== 0) rank[v] = ++count;
  const distinct = new Float64Array(count);
  for (let v = 0; v < range; v++) if (rank[v] !== 0) distinct[rank[v]! - 1] = v;
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) index[i] = rank[values[i]!]! - 1;
  return { distinct, index };
}

/**
 * `order` stably sorted by `key` (whole numbers in [0, range)) into `sorted`: one counting-sort
 * pass. The caller passes the buffer back and forth between passes rather than a new one each.
 */
function sortByKey(order: Int32Array, key: Int32Array, range: number, sorted: Int32Array): Int32Array {
  const start = new Int32Array(range + 1);
  for (let i = 0; i < order.length; i++) start[key[order[i]!]! + 1]!++;
  for (let v = 0; v < range; v++) start[v + 1]! += start[v]!;
  for (let i = 0; i < order.length; i++) sorted[start[key[order[i]!]!]!++] = order[i]!;
  return sorted;
}

/** Every customer's history in columns (customer `i` at index `i`), as the grouping reads them. */
export interface HistoryColumns {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
}

/**
 * The distinct histories with their counts, ascending by (x, tx, T), validating each history (an
 * invalid one throws a RangeError naming `listName[i]`). When every value is a whole number below
 * 2^20 days (the usual case) the customers are ordered by a radix sort (T, then tx, then x: three
 * counting passes, no comparisons); otherwise by a comparison sort.
 */
function distinct(
  columns: HistoryColumns,
  listName: string,
): {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  count: Float64Array;
  customerGroup: Int32Array;
  /** When every value is a whole number: x below `xRange`, tx and T below `tRange`. */
  ranges: { xRange: number; tRange: number } | undefined;
} {
  const { x: xAt, tx: txAt, T: tAt } = columns;
  const n = xAt.length;
  // Each loop below is a function of its own, taking the columns (not an object of them, whose
  // shape differs between the hold-out check and the full fit): a cold call's engine compiles a loop
  // while it runs, and with five loops in one function it compiled that whole function again for
  // each (the full fit's grouping of CDNOW's 23,570 customers cost more than its fit; issue 13).
  const xs = new Int32Array(n);
  const txs = new Int32Array(n);
  const ts = new Int32Array(n);
  const whole = wholeHistories(xAt, txAt, tAt, listName, xs, txs, ts);
  let order = identityOrder(n);
  const ranges = whole ? { xRange: largestOf(xs) + 1, tRange: largestOf(ts) + 1 } : undefined;
  if (ranges !== undefined) {
    const { xRange, tRange } = ranges;
    const other = new Int32Array(n);
    order = sortByKey(sortByKey(sortByKey(order, ts, tRange, other), txs, tRange, order), xs, xRange, other);
  } else {
    order.sort((i, j) => xAt[i]! - xAt[j]! || txAt[i]! - txAt[j]! || tAt[i]! - tAt[j]!);
  }
  // Each customer's group, numbered in the sorted order, then each group's history (from its first
  // customer) and count: the columns compared directly, no call per customer in code a cold call
  // runs once.
  const customerGroup = new Int32Array(n);
  const groups = numberGroups(xAt, txAt, tAt, order, customerGroup);
  const x = new Float64Array(groups);
  const tx = new Float64Array(groups);
  const T = new Float64Array(groups);
  const count = new Float64Array(groups);
  fillGroups(xAt, txAt, tAt, order, customerGroup, { x, tx, T, count });
  return { x, tx, T, count, customerGroup, ranges };
}

/**
 * Validates every history (assertRepeatHistory's test, checked here; it is called, and throws, only
 * for a bad one) and copies them into `xs`, `txs`, `ts` while all are whole numbers below 2^20:
 * whether they all are.
 */
function wholeHistories(
  xAt: Float64Array,
  txAt: Float64Array,
  tAt: Float64Array,
  listName: string,
  xs: Int32Array,
  txs: Int32Array,
  ts: Int32Array,
): boolean {
  let whole = true;
  for (let i = 0; i < xAt.length; i++) {
    const x = xAt[i]!;
    const tx = txAt[i]!;
    const T = tAt[i]!;
    if (!(Number.isInteger(x) && x >= 0 && Number.isFinite(tx) && tx >= 0 && Number.isFinite(T) && T >= tx))
      assertRepeatHistory({ x, tx, T }, i, listName);
    if (whole && x < TWO_20 && T < TWO_20 && Number.isInteger(tx) && Number.isInteger(T)) {
      xs[i] = x;
      txs[i] = tx;
      ts[i] = T;
    } else whole = false;
  }
  return whole;
}

/** The largest of `values`, at least 0. */
function largestOf(values: Int32Array): number {
  let most = 0;
  for (let i = 0; i < values.length; i++) most = Math.max(most, values[i]!);
  return most;
}

/** 0, 1, …, n − 1. */
export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Numbers each customer's group in the sorted `order` into `customerGroup`; returns how many there are. */
function numberGroups(
  xAt: Float64Array,
  txAt: Float64Array,
  tAt: Float64Array,
  order: Int32Array,
  customerGroup: Int32Array,
): number {
  if (order.length === 0) return 0;
  // The first customer begins group 0 outside the loop: read at k = 0, order[k − 1] is out of
  // bounds, which bailed out of the compiled loop on its second call (the full fit's, after the check's).
  customerGroup[order[0]!] = 0;
  let groups = 1;
  for (let k = 1; k < order.length; k++) {
    const i = order[k]!;
    const j = order[k - 1]!;
    if (xAt[i] !== xAt[j] || txAt[i] !== txAt[j] || tAt[i] !== tAt[j]) groups++;
    customerGroup[i] = groups - 1;
  }
  return groups;
}

/** Each group's history, from its first customer in `order`, and how many customers it has. */
function fillGroups(
  xAt: Float64Array,
  txAt: Float64Array,
  tAt: Float64Array,
  order: Int32Array,
  customerGroup: Int32Array,
  into: { x: Float64Array; tx: Float64Array; T: Float64Array; count: Float64Array },
): void {
  const { x, tx, T, count } = into;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const g = customerGroup[i]!;
    if (count[g]!++ === 0) {
      x[g] = xAt[i]!;
      tx[g] = txAt[i]!;
      T[g] = tAt[i]!;
    }
  }
}

/**
 * Groups `n` customers' histories, read by index (so a caller's own objects need no copy; each
 * field read once, as a history may be a view whose fields are getters), validating each: an
 * invalid one throws a RangeError naming `listName[i]`.
 */
export function groupHistoriesAt(
  n: number,
  historyAt: (i: number) => RepeatHistory,
  listName = 'histories',
): HistoryGroups {
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = historyAt(i);
    const hx = h.x;
    const htx = h.tx;
    const hT = h.T;
    // A typed column would read null, '2' or true as a number: such a history is refused here.
    if (typeof hx !== 'number' || typeof htx !== 'number' || typeof hT !== 'number')
      assertRepeatHistory({ x: hx, tx: htx, T: hT }, i, listName);
    x[i] = hx;
    tx[i] = htx;
    T[i] = hT;
  }
  return groupHistories({ x, tx, T }, listName);
}

/** Groups the histories of columns, validating each (see {@link groupHistoriesAt}). */
export function groupHistories(columns: HistoryColumns, listName = 'histories'): HistoryGroups {
  const n = columns.x.length;
  const { x, tx, T, count, customerGroup, ranges } = distinct(columns, listName);
  const groups = count.length;
  // By a table over the range when it is not much longer than the list, else by sorting.
  const index = (values: Float64Array, range: number | undefined) =>
    range !== undefined && range <= 4 * values.length + 4096
      ? indexWholeValues(values, range)
      : indexValues(values);
  const { distinct: xValues, index: xIndex } = index(x, ranges?.xRange);
  const { distinct: tValues, index: tIndex } = index(T, ranges?.tRange);
  const { distinct: txValues, index: txIndex } = index(tx, ranges?.tRange);
  const xCounts = new Float64Array(xValues.length);
  const tCounts = new Float64Array(tValues.length);
  const tSumX = new Float64Array(tValues.length);
  let sumX = 0;
  let sumT = 0;
  let repeatCustomers = 0;
  let firstRepeat = groups;
  for (let g = 0; g < groups; g++) {
    const w = count[g]!;
    const xi = xIndex[g]!;
    const ti = tIndex[g]!;
    xCounts[xi]! += w;
    tCounts[ti]! += w;
    tSumX[ti]! += w * x[g]!;
    sumX += w * x[g]!;
    sumT += w * T[g]!;
    if (x[g]! > 0) {
      repeatCustomers += w;
      if (firstRepeat === groups) firstRepeat = g;
    }
  }
  return {
    customers: n,
    repeatCustomers,
    sumX,
    sumT,
    x,
    tx,
    T,
    count,
    firstRepeat,
    xValues,
    xCounts,
    xIndex,
    tValues,
    tCounts,
    tSumX,
    tIndex,
    txValues,
    txIndex,
    customerGroup,
  };
}

/** The groups of a list of histories, or the groups themselves when already built. */
export function historyGroupsOf(input: readonly RepeatHistory[] | HistoryGroups): HistoryGroups {
  if (!Array.isArray(input)) return input as HistoryGroups;
  const histories = input as readonly RepeatHistory[];
  return groupHistoriesAt(histories.length, (i) => histories[i]!);
}
