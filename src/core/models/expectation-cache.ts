/**
 * A memo for an expectation that depends on a customer's (x, T) and the horizon only, not on tx —
 * the expected purchases given alive, whose 2F1 series is the costliest step of scoring: customers
 * of one cohort (same first purchase day and count) share it. Keyed by one number (x and T packed
 * when T is a whole number of days, as the analysis makes it), so a lookup allocates nothing.
 */
type Expectation = (x: number, T: number, horizonDays: number) => number;

const TWO_21 = 2 ** 21;

export function expectationCache(compute: Expectation): Expectation {
  const byHorizon = new Map<number, Map<number, number>>();
  // The last horizon's values at hand: every customer of a formula asks for the same horizon.
  let lastHorizon = Number.NaN;
  let values = new Map<number, number>();
  return (x, T, horizonDays) => {
    // Fractional days (a test's weeks) are not packed: computed each time, never confused.
    if (!(Number.isInteger(T) && T >= 0 && T < TWO_21 && x < TWO_21)) return compute(x, T, horizonDays);
    if (horizonDays !== lastHorizon) {
      values = byHorizon.get(horizonDays) ?? new Map();
      byHorizon.set(horizonDays, values);
      lastHorizon = horizonDays;
    }
    const key = x * TWO_21 + T;
    let value = values.get(key);
    if (value === undefined) {
      value = compute(x, T, horizonDays);
      values.set(key, value);
    }
    return value;
  };
}
