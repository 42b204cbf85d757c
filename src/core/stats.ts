/** Median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) throw new Error('median requires at least one value');
  // The constructor, not Float64Array.from: from walks an iterator, boxing each value before the
  // engine has optimised the caller (a cold call runs most of its code once).
  const sorted = new Float64Array(values).sort();
  return medianOfSorted(sorted);
}

/** Median of a non-empty list already in ascending order (a caller's own scratch list, sorted in place). */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Sum of values[from..to) with Kahan–Babuška compensation, so long money columns add up to the
 * cent; a range, so callers need not copy part of a list.
 */
function sumOf(values: ArrayLike<number>, from = 0, to = values.length): number {
  let total = 0;
  let compensation = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    const t = total + v;
    compensation += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  return total + compensation;
}

/** Mean of values[from..to); the range must not be empty. */
export function meanOf(values: ArrayLike<number>, from = 0, to = values.length): number {
  if (to <= from) throw new Error('meanOf requires a non-empty range');
  return sumOf(values, from, to) / (to - from);
}
