/**
 * Quintile scores 1–5 with the type-1 quantile (inverse of the empirical distribution function,
 * Hyndman & Fan 1996): cut k is the smallest value with at least k/5 of the values at or below
 * it, and a value scores 1 + the number of cuts it is strictly above. Equal values therefore always
 * get the same score, and a column where most values tie (most customers bought once) puts the whole
 * tie in one score instead of splitting it arbitrarily.
 */
export interface Quintiles {
  /** The four cut points, ascending. */
  cuts: [number, number, number, number];
  score(value: number): 1 | 2 | 3 | 4 | 5;
}

export function quintiles(values: readonly number[]): Quintiles {
  if (values.length === 0) throw new Error('quintiles require at least one value');
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const cut = (k: number) => sorted[Math.ceil((k * n) / 5) - 1]!;
  const cuts: [number, number, number, number] = [cut(1), cut(2), cut(3), cut(4)];
  return {
    cuts,
    score(value: number) {
      let s = 1;
      for (const c of cuts) if (value > c) s++;
      return s as 1 | 2 | 3 | 4 | 5;
    },
  };
}
