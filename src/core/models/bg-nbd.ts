/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005a).
 *
 * While alive, a customer makes repeat purchases as a Poisson process with rate λ (purchase days per
 * day); after each repeat purchase they drop out for good with probability p. Across customers,
 * λ ~ Gamma(shape r, rate alpha) and p ~ Beta(a, b). Units: time in days, so alpha is in days
 * (E[λ] = r / alpha per day); r, a and b have no unit. A customer's history is (x, tx, T): x repeat
 * purchase days, tx the day of the last one and T the end of observation, both counted in days from
 * the first purchase day.
 *
 * References
 * [1] Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005a), "'Counting Your Customers' the Easy Way:
 *     An Alternative to the Pareto/NBD Model", Marketing Science 24(2), 275–284.
 *     Eq. (6): the likelihood; eq. (10): the conditional expected number of purchases.
 * [2] Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2008), "Computing P(alive) Using the BG/NBD
 *     Model", note 021, http://brucehardie.com/notes/021/ — P(alive | x, tx, T).
 * [3] Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005), "Implementing the BG/NBD Model for
 *     Customer Base Analysis in Excel", note 004 — the log-likelihood in log space (A1…A4).
 */

import { dropoutObjective } from './dropout-likelihood.ts';
import { expectationCache } from './expectation-cache.ts';
import { type HistoryGroups, historyGroupsOf } from './history-groups.ts';
import { minimizeWithRestarts } from './optimize.ts';
import { betaExpectation } from './quadrature.ts';
import { assertHorizon, assertRepeatHistory, purchaseIfAlive, type RepeatHistory } from './repeat-history.ts';
import { hyp2f1OrNaN, logAddExp, logBeta, logGamma } from './special-functions.ts';

/** BG/NBD parameters: λ ~ Gamma(r, alpha) with alpha in days; p ~ Beta(a, b). */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit {
  readonly params: BgNbdParams;
  /** ln L summed over customers, eq. (6) of [1], with time in days. */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly iterations: number;
}

/** Throws a RangeError unless r, alpha, a and b are finite and positive. */
function assertBgNbdParams(params: BgNbdParams): void {
  const { r, alpha, a, b } = params;
  if (r > 0 && alpha > 0 && a > 0 && b > 0 && r + alpha + a + b < Number.POSITIVE_INFINITY) return;
  for (const key of ['r', 'alpha', 'a', 'b'] as const) {
    const v = params[key];
    if (!(Number.isFinite(v) && v > 0)) {
      throw new RangeError(`BG/NBD parameter ${key} must be a finite number > 0, got ${v}`);
    }
  }
}

/**
 * ln L(r, alpha, a, b | x, tx, T) for one customer, eq. (6) of [1], in log space:
 * L = B(a, b+x)/B(a, b) · Γ(r+x) alpha^r / (Γ(r) (alpha+T)^(r+x))
 *   + [x > 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) alpha^r / (Γ(r) (alpha+tx)^(r+x)).
 */
function customerLogLikelihood(params: BgNbdParams, h: RepeatHistory): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = h;
  const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) - logBeta(a, b);
  const alive = logBeta(a, b + x) - (r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const droppedOut = logBeta(a + 1, b + x - 1) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(alive, droppedOut);
}

/**
 * Sum of ln L over customers, eq. (6) of [1]. Straightforward per-customer evaluation; the fit uses
 * an equivalent grouped form (dropout-likelihood.ts). Time in days: the value differs from the one
 * with time in weeks by −Σx·ln 7 (each of the x purchase times is a density in days, not weeks).
 */
export function bgNbdLogLikelihood(params: BgNbdParams, histories: readonly RepeatHistory[]): number {
  assertBgNbdParams(params);
  let sum = 0;
  histories.forEach((h, i) => {
    assertRepeatHistory(h, i);
    sum += customerLogLikelihood(params, h);
  });
  return sum;
}

/**
 * A fit whose r, a or b passes e^12.5 ≈ 2.7e5 or whose alpha passes e^19.4 ≈ 2.7e8 days is running
 * off to a boundary of the parameter space (e.g. a, b → ∞: everyone has the same dropout
 * probability) and is stopped there, not converged. These are e (2.7) times the customer model's
 * plausibility bounds. Shared by the MBG/NBD's fit.
 */
export const DIVERGENCE_LIMITS = [
  Math.log(1e5) + 1,
  Math.log(1e8) + 1,
  Math.log(1e5) + 1,
  Math.log(1e5) + 1,
] as const;

function paramsFromTheta(theta: readonly number[]): BgNbdParams {
  return {
    r: Math.exp(theta[0]!),
    alpha: Math.exp(theta[1]!),
    a: Math.exp(theta[2]!),
    b: Math.exp(theta[3]!),
  };
}

/** Starts for a fit at this pooled repeat rate (purchase days per day); the MBG/NBD's use them too. */
export function defaultStarts(logAlpha0: number): number[][] {
  // r = 1 with alpha matching the pooled rate and a mean dropout of 1/4, then two spread-out starts.
  return [
    [0, logAlpha0, 0, Math.log(3)],
    [Math.log(0.25), logAlpha0 + Math.log(0.25), Math.log(0.5), Math.log(2)],
    [Math.log(4), logAlpha0 + Math.log(4), Math.log(2), Math.log(8)],
  ];
}

/** ln(1 / the pooled repeat rate Σx/ΣT), the scale of alpha a fit starts from. */
export function pooledLogAlpha(groups: HistoryGroups): number {
  const meanT = groups.sumT / groups.customers;
  const rate = groups.sumX > 0 && groups.sumT > 0 ? groups.sumX / groups.sumT : 1 / Math.max(meanT, 1);
  return Math.log(1 / rate);
}

/**
 * Maximum-likelihood fit of eq. (6) of [1]: BFGS on log-parameters from up to three starts, each
 * resumed once if it stops short. Identical histories are grouped
 * (history-groups.ts), so the cost per likelihood evaluation grows with the number of distinct
 * (x, tx, T), not of customers. Throws for an empty list or an invalid history. `converged` is
 * false when no start reached a stationary point (gradient below 1e−7, or stalled at the rounding
 * floor with gradient below 1e−5), including fits stopped while running off to a boundary (see
 * DIVERGENCE_LIMITS).
 */
export function fitBgNbd(histories: readonly RepeatHistory[] | HistoryGroups): BgNbdFit {
  const groups = historyGroupsOf(histories);
  if (groups.customers === 0) throw new RangeError('fitBgNbd needs at least one customer history');
  const objective = dropoutObjective(groups, { dropoutAtFirstPurchase: false });
  const result = minimizeWithRestarts(objective, defaultStarts(pooledLogAlpha(groups)), {
    maxIterations: 100,
    divergenceLimit: DIVERGENCE_LIMITS,
  });
  return {
    params: paramsFromTheta(result.theta),
    logLikelihood: -result.value * groups.customers,
    converged: result.converged,
    iterations: result.iterations,
  };
}

/**
 * P(alive | x, tx, T) from [2]: 1 / (1 + [x > 0]·a/(b+x−1)·((alpha+T)/(alpha+tx))^(r+x)).
 * Equals 1 for x = 0 (no dropout opportunity yet) — use {@link repeatProbability} to rank one-time
 * buyers.
 */
export function probabilityAlive(params: BgNbdParams, h: RepeatHistory): number {
  assertBgNbdParams(params);
  assertRepeatHistory(h);
  return probabilityAliveUnchecked(params, h);
}

function probabilityAliveUnchecked(params: BgNbdParams, h: RepeatHistory): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = h;
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * Expected purchases in the next `horizonDays` for a customer known to be alive at T, by numerical
 * integration: given alive, λ ~ Gamma(r+x, alpha+T) and p ~ Beta(a, b+x) independently, and a
 * customer with (λ, p) makes (1 − e^{−λ p t})/p purchases in t days on average, so
 * E = E_p[(1 − (1 + p·u)^{−(r+x)}) / p] with u = t/(alpha+T). Valid for every a > 0 (the closed form
 * of eq. (10) has a removable singularity at a = 1 and needs a+b+x−1 > 0). Exported for tests.
 */
export function expectedPurchasesIfAliveByQuadrature(
  params: BgNbdParams,
  x: number,
  T: number,
  horizonDays: number,
): number {
  const { r, alpha, a, b } = params;
  const shape = r + x;
  const u = horizonDays / (alpha + T);
  return betaExpectation(
    (p) => (p === 0 ? shape * u : -Math.expm1(-shape * Math.log1p(p * u)) / p),
    a,
    b + x,
  );
}

/**
 * The closed form of eq. (10) of [1] without its P(alive) denominator:
 * (a+b+x−1)/(a−1) · [1 − ((alpha+T)/(alpha+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(alpha+T+t))].
 * NaN when it cannot be evaluated reliably (a within 1e−3 of 1, a+b+x−1 <= 1e−3, overflow).
 * Exported for tests.
 */
export function expectedPurchasesIfAliveClosedForm(
  params: BgNbdParams,
  x: number,
  T: number,
  horizonDays: number,
): number {
  const { r, alpha, a, b } = params;
  const c = a + b + x - 1;
  if (Math.abs(a - 1) < 1e-3 || !(c > 1e-3)) return Number.NaN;
  const shape = r + x;
  const logOneMinusZ = -Math.log1p(horizonDays / (alpha + T));
  const z = horizonDays / (alpha + T + horizonDays);
  const f = hyp2f1OrNaN(shape, b + x, c, z);
  if (!(f > 0) || !Number.isFinite(f)) return Number.NaN;
  return (c / (a - 1)) * -Math.expm1(shape * logOneMinusZ + Math.log(f));
}

/** E[Y(t) | alive at T] under the BG/NBD with p ~ Beta(a, b+x): the bracket of eq. (10) of [1]. */
export function expectedPurchasesIfAlive(
  params: BgNbdParams,
  x: number,
  T: number,
  horizonDays: number,
): number {
  if (horizonDays === 0) return 0;
  const shape = params.r + x;
  const u = horizonDays / (params.alpha + T);
  // Bounds: dropout can only lower the purchases of a Poisson(λ) customer (upper: E[λ]·t), and a
  // customer who drops out after the first purchase still makes one with P = 1 − E[e^{−λt}] (lower).
  const upper = shape * u;
  const lower = -Math.expm1(-shape * Math.log1p(u));
  const closed = expectedPurchasesIfAliveClosedForm(params, x, T, horizonDays);
  if (closed >= lower * (1 - 1e-9) && closed <= upper * (1 + 1e-9)) {
    return Math.min(upper, Math.max(lower, closed));
  }
  const integrated = expectedPurchasesIfAliveByQuadrature(params, x, T, horizonDays);
  return Math.min(upper, Math.max(lower, Number.isFinite(integrated) ? integrated : lower));
}

/**
 * E[Y(t) | x, tx, T]: expected repeat purchase days in the next `horizonDays`, eq. (10) of [1]
 * (= P(alive) × the expectation given alive). Uses 2F1 (special-functions.ts); where the closed
 * form is ill-conditioned it integrates the same expectation numerically instead.
 */
export function conditionalExpectedPurchases(
  params: BgNbdParams,
  h: RepeatHistory,
  horizonDays: number,
): number {
  assertBgNbdParams(params);
  assertRepeatHistory(h);
  assertHorizon(horizonDays);
  return probabilityAliveUnchecked(params, h) * expectedPurchasesIfAlive(params, h.x, h.T, horizonDays);
}

/**
 * `conditionalExpectedPurchases` for many customers of one fitted model. The expectation given
 * alive depends on x, T and the horizon only, not on tx, and customers of a cohort share those, so
 * it is computed once per distinct (x, T, horizon) (expectation-cache.ts): the 2F1 series behind it
 * is the costliest step of scoring a large sheet.
 */
export function expectedPurchasesPredictor(
  params: BgNbdParams,
): (h: RepeatHistory, horizonDays: number) => number {
  assertBgNbdParams(params);
  const ifAlive = expectationCache((x, T, horizonDays) =>
    expectedPurchasesIfAlive(params, x, T, horizonDays),
  );
  return (h, horizonDays) => {
    assertRepeatHistory(h);
    assertHorizon(horizonDays);
    return probabilityAliveUnchecked(params, h) * ifAlive(h.x, h.T, horizonDays);
  };
}

/**
 * P(at least one purchase in the next d days | x, tx, T)
 *   = P(alive) × (1 − ((alpha+T)/(alpha+T+d))^(r+x)).
 * Exact under the BG/NBD: dropout happens only right after a purchase, so a customer alive at T
 * makes the next purchase iff the Poisson clock rings within d days, and given alive
 * λ ~ Gamma(r+x, alpha+T) (the posterior used for eq. (10) of [1]). Unlike P(alive) it is below 1
 * for one-time buyers and falls as T grows.
 */
export function repeatProbability(params: BgNbdParams, h: RepeatHistory, horizonDays: number): number {
  assertBgNbdParams(params);
  assertRepeatHistory(h);
  assertHorizon(horizonDays);
  return probabilityAliveUnchecked(params, h) * purchaseIfAlive(params.r, params.alpha, h, horizonDays);
}
