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

export function quintiles(values: readonly number[]): Quintiles {
  if (values.length === 0) throw new Error('quintiles require at least one value');
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const score = (value: number): 1 | 2 | 3 | 4 | 5 => {
    const below = firstIndexAtLeast(sorted, value);
    const equal = firstIndexAbove(sorted, value) - below;
    const s = 1 + Math.floor((5 * (below + equal / 2)) / n);
    return Math.min(5, Math.max(1, s)) as 1 | 2 | 3 | 4 | 5;
  };
  const cuts: Quintiles['cuts'] = [undefined, undefined, undefined, undefined];
  for (let i = 0; i < n; i = firstIndexAbove(sorted, sorted[i]!)) {
    const s = score(sorted[i]!);
    for (let k = 2; k <= s; k++) if (cuts[k - 2] === undefined) cuts[k - 2] = sorted[i]!;
  }
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

function firstIndexAbove(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
