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
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const scoreAt = (below: number, equal: number) =>
    Math.min(5, Math.max(1, 1 + Math.floor((5 * (below + equal / 2)) / n))) as 1 | 2 | 3 | 4 | 5;
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
