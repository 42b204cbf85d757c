/**
 * Quintile scores 1–5 by mid-rank: a value's score is 1 + ⌊5 × F(v)⌋ (at most 5), where F is the
 * mid-distribution function — the share of values below v plus half the share equal to v. Distinct
 * values split 20% per score as ordinary quintiles do; equal values always share a score, and a tie
 * lands where its middle is: customers who all bought today share the top recency score instead of
 * being pushed under a cut, a column where everyone ties scores 3, and so does a lone customer.
 */
export interface Quintiles {
  /**
   * The smallest value scoring at least 2, 3, 4 and 5 (undefined where no value reaches that
   * score): the cut points the owner can check a score against.
   */
  cuts: [number | undefined, number | undefined, number | undefined, number | undefined];
  /** The score of a value of the column. */
  score(value: number): 1 | 2 | 3 | 4 | 5;
}

export function quintiles(values: ArrayLike<number>): Quintiles {
  if (values.length === 0) throw new Error('quintiles require at least one value');
  // The constructor, not Float64Array.from: from walks an iterator, boxing each value before the
  // engine has optimised the caller (a cold call runs most of its code once).
  const sorted = new Float64Array(values).sort();
  const n = sorted.length;
  const scoreAt = (below: number, equal: number) => scoreOf(below, equal, n);
  // One walk over the sorted column scores every tie group where it starts, so scoring a value is one
  // binary search for the start of its group — or, for a column of few distinct values (days since
  // last, purchase days), a lookup in a small map.
  const scoreAtStart = new Uint8Array(n);
  let few: Map<number, number> | undefined = new Map();
  const cuts: Quintiles['cuts'] = [undefined, undefined, undefined, undefined];
  for (let start = 0; start < n; ) {
    const value = sorted[start]!;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;
    const s = scoreAt(start, end - start);
    scoreAtStart[start] = s;
    if (few && few.size >= 4096) few = undefined;
    few?.set(value, s);
    for (let k = 2; k <= s; k++) if (cuts[k - 2] === undefined) cuts[k - 2] = value;
    start = end;
  }
  const score = (value: number): 1 | 2 | 3 | 4 | 5 => {
    const known = few?.get(value);
    if (known !== undefined) return known as 1 | 2 | 3 | 4 | 5;
    const below = firstIndexAtLeast(sorted, value);
    if (below < n && sorted[below] === value) return scoreAtStart[below] as 1 | 2 | 3 | 4 | 5;
    return scoreAt(below, 0);
  };
  return { cuts, score };
}

function firstIndexAtLeast(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Score of a tie group: `below` values under it and `equal` in it, out of `n` (the header's rule). */
function scoreOf(below: number, equal: number, n: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, Math.max(1, 1 + Math.floor((5 * (below + equal / 2)) / n))) as 1 | 2 | 3 | 4 | 5;
}

/**
 * Every value's quintile score at once (`scores[i]` for `values[i]`), by the same rule as
 * `quintiles`, with the same cuts. A column of whole numbers over a short range (days since the
 * last purchase, purchase days) is scored by counting each value, with no sorted copy and no
 * search per value; other columns (spend) through `quintiles`.
 */
export function quintileScores(values: ArrayLike<number>): { scores: Uint8Array; cuts: Quintiles['cuts'] } {
  const n = values.length;
  if (n === 0) throw new Error('quintiles require at least one value');
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // An Int32Array holds whole numbers only: no test per value.
  const known = values instanceof Int32Array;
  let whole = true;
  for (let i = 0; i < n && whole; i++) {
    const v = values[i]!;
    whole = known || Number.isInteger(v);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scores = new Uint8Array(n);
  const range = max - min + 1;
  if (!whole || range > 4 * n + 4096) {
    // A score never falls as the value rises (a tie group's mid-rank grows with its value), so a
    // value of the column scores 1 + the number of cuts at or below it: four comparisons, no search.
    const { cuts } = quintiles(values);
    const [c2, c3, c4, c5] = cuts;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      scores[i] =
        1 +
        (c2 !== undefined && v >= c2 ? 1 : 0) +
        (c3 !== undefined && v >= c3 ? 1 : 0) +
        (c4 !== undefined && v >= c4 ? 1 : 0) +
        (c5 !== undefined && v >= c5 ? 1 : 0);
    }
    return { scores, cuts };
  }
  const counts = new Int32Array(range);
  // Each value as the column holds it (a cut is a value of the column, -0 kept as -0).
  const written = new Float64Array(range);
  for (let i = 0; i < n; i++) {
    const at = values[i]! - min;
    counts[at]!++;
    written[at] = values[i]!;
  }
  const scoreAt = new Uint8Array(range);
  const cuts: Quintiles['cuts'] = [undefined, undefined, undefined, undefined];
  let below = 0;
  for (let at = 0; at < range; at++) {
    const equal = counts[at]!;
    if (equal === 0) continue;
    const s = scoreOf(below, equal, n);
    scoreAt[at] = s;
    for (let k = 2; k <= s; k++) if (cuts[k - 2] === undefined) cuts[k - 2] = written[at]!;
    below += equal;
  }
  for (let i = 0; i < n; i++) scores[i] = scoreAt[values[i]! - min]!;
  return { scores, cuts };
}
