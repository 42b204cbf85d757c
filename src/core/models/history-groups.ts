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
}

const TWO_20 = 2 ** 20;
const TWO_40 = 2 ** 40;

/** The distinct values of `values`, ascending. */
function distinctSorted(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
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

/**
 * The distinct histories with their counts, ascending by (x, tx, T). When every value is a whole
 * number in range (x < 2^13, tx and T < 2^20 days, the usual case) each history is packed into one
 * exact double and the keys are sorted natively; otherwise the customers are sorted by comparison.
 */
function distinct(
  n: number,
  historyAt: (i: number) => RepeatHistory,
): { x: number[]; tx: number[]; T: number[]; count: number[] } {
  const keys = new Float64Array(n);
  let packable = true;
  for (let i = 0; i < n; i++) {
    const { x, tx, T } = historyAt(i);
    if (x < 8192 && T < TWO_20 && Number.isInteger(tx) && Number.isInteger(T)) {
      keys[i] = x * TWO_40 + tx * TWO_20 + T;
    } else {
      packable = false;
      break;
    }
  }
  const out = { x: [] as number[], tx: [] as number[], T: [] as number[], count: [] as number[] };
  if (packable) {
    keys.sort();
    for (let i = 0; i < n; ) {
      const key = keys[i]!;
      let j = i + 1;
      while (j < n && keys[j] === key) j++;
      const x = Math.floor(key / TWO_40);
      const rest = key - x * TWO_40;
      const tx = Math.floor(rest / TWO_20);
      out.x.push(x);
      out.tx.push(tx);
      out.T.push(rest - tx * TWO_20);
      out.count.push(j - i);
      i = j;
    }
    return out;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  const byHistory = (i: number, j: number): number => {
    const p = historyAt(i);
    const q = historyAt(j);
    return p.x - q.x || p.tx - q.tx || p.T - q.T;
  };
  order.sort(byHistory);
  for (let k = 0; k < n; ) {
    let j = k + 1;
    while (j < n && byHistory(order[k]!, order[j]!) === 0) j++;
    const h = historyAt(order[k]!);
    out.x.push(h.x);
    out.tx.push(h.tx);
    out.T.push(h.T);
    out.count.push(j - k);
    k = j;
  }
  return out;
}

/**
 * Groups `n` customers' histories, read by index (so a caller's own columns or objects need no
 * copy), validating each: an invalid one throws a RangeError naming `listName[i]`.
 */
export function groupHistoriesAt(
  n: number,
  historyAt: (i: number) => RepeatHistory,
  listName = 'histories',
): HistoryGroups {
  for (let i = 0; i < n; i++) assertRepeatHistory(historyAt(i), i, listName);
  const d = distinct(n, historyAt);
  const x = Float64Array.from(d.x);
  const tx = Float64Array.from(d.tx);
  const T = Float64Array.from(d.T);
  const count = Float64Array.from(d.count);
  const groups = count.length;
  const xValues = distinctSorted(x);
  const tValues = distinctSorted(T);
  const txValues = distinctSorted(tx);
  const xCounts = new Float64Array(xValues.length);
  const tCounts = new Float64Array(tValues.length);
  const tSumX = new Float64Array(tValues.length);
  const xIndex = new Int32Array(groups);
  const tIndex = new Int32Array(groups);
  const txIndex = new Int32Array(groups);
  let sumX = 0;
  let sumT = 0;
  let repeatCustomers = 0;
  let firstRepeat = groups;
  for (let g = 0; g < groups; g++) {
    const w = count[g]!;
    const xi = firstAtLeast(xValues, x[g]!);
    const ti = firstAtLeast(tValues, T[g]!);
    xIndex[g] = xi;
    tIndex[g] = ti;
    txIndex[g] = firstAtLeast(txValues, tx[g]!);
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
  };
}

/** The groups of a list of histories, or the groups themselves when already built. */
export function historyGroupsOf(input: readonly RepeatHistory[] | HistoryGroups): HistoryGroups {
  if (!Array.isArray(input)) return input as HistoryGroups;
  const histories = input as readonly RepeatHistory[];
  return groupHistoriesAt(histories.length, (i) => histories[i]!);
}
