/**
 * A customer's purchase history as every purchase model reads it, and the checks on it and on a
 * prediction horizon, in one place for every model.
 */

/**
 * One customer's purchase history: x = repeat purchase days (purchase days − 1), tx = days from the
 * first to the last purchase day, T = days from the first purchase day to the analysis date.
 */
export interface RepeatHistory {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
}

/**
 * Throws a RangeError naming the field (and `listName[index]` when an index is given) when `h` is
 * not a valid history. The label is only built on failure, so checking a large list stays cheap.
 */
export function assertRepeatHistory(h: RepeatHistory, index = -1, listName = 'histories'): void {
  const { x, tx, T } = h;
  if (Number.isInteger(x) && x >= 0 && Number.isFinite(tx) && tx >= 0 && Number.isFinite(T) && T >= tx)
    return;
  const label = index >= 0 ? `${listName}[${index}]` : 'history';
  if (!(Number.isInteger(x) && x >= 0)) {
    throw new RangeError(`${label}: x (repeat purchase days) must be a whole number >= 0, got ${x}`);
  }
  if (!(Number.isFinite(tx) && tx >= 0)) {
    throw new RangeError(
      `${label}: tx (days from first to last purchase) must be a finite number >= 0, got ${tx}`,
    );
  }
  throw new RangeError(
    `${label}: T (days from first purchase to the analysis date) must be finite and >= tx, got T = ${T}, tx = ${tx}`,
  );
}

export function assertHorizon(horizonDays: number): void {
  if (!(Number.isFinite(horizonDays) && horizonDays >= 0)) {
    throw new RangeError(`horizonDays must be a finite number of days >= 0, got ${horizonDays}`);
  }
}

/**
 * P(at least one purchase in the next `horizonDays` | alive at T) = 1 − ((alpha+T)/(alpha+T+d))^(r+x):
 * in every model here dropout happens only right after a purchase, so a customer alive at T buys
 * again within d days iff the Poisson clock rings, and given the history λ ~ Gamma(r+x, alpha+T)
 * (the posterior behind eq. (10) of Fader, Hardie & Lee 2005a).
 */
export function purchaseIfAlive(r: number, alpha: number, h: RepeatHistory, horizonDays: number): number {
  return -Math.expm1(-(r + h.x) * Math.log1p(horizonDays / (alpha + h.T)));
}
