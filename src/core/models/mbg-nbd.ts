/**
 * The MBG/NBD model (Batislam, Denizel & Filiztekin 2007): the BG/NBD with one more chance to leave,
 * right after the first purchase. A one-time buyer can therefore have left, and the longer they stay
 * silent the likelier it is — which the BG/NBD, where dropout only follows a repeat purchase, cannot
 * say (there P(alive) = 1 for every one-time buyer).
 *
 * While alive, purchases follow a Poisson process with rate λ (purchase days per day),
 * λ ~ Gamma(r, alpha) with alpha in days; after every purchase, the first included, the customer
 * leaves for good with probability p ~ Beta(a, b). History (x, tx, T) in days as in bg-nbd.ts.
 *
 * References
 * [1] Batislam, E. P., Denizel, M. & Filiztekin, A. (2007), "Empirical validation and comparison of
 *     models for customer base analysis", International Journal of Research in Marketing 24(3),
 *     201–209. The likelihood (their eq. 4), P(alive) (appendix A, eq. 5).
 * [2] Wagner, U. & Hoppe, D. (2008), "Erratum on the MBG/NBD model", IJRM 25(3), 225–226: the
 *     conditional expectation.
 * [3] lifetimes' ModifiedBetaGeoFitter, whose figures on CDNOW the tests compare against
 *     (test/fixtures/reference/lifetimes-cdnow.json, made by bench/reference/lifetimes_reference.py).
 *
 * Weakly informative prior. On a small sheet the likelihood is nearly flat in the shapes r, a, b and
 * a maximum-likelihood fit runs off to an edge (everyone stays, or everyone is alike) and then makes
 * confident claims no shop shows. The fit therefore maximises ln L + ln prior, with independent
 * normal priors on ln r, ln a and ln b centred on typical retail behaviour — rounded from the CDNOW
 * fit of this model (r 0.5, a 0.9, b 1.6: rates vary a lot between customers, and about 1 in 3
 * leaves after any one purchase) — with standard deviation 1 (a factor e ≈ 2.7 either way).
 * alpha, a time scale, gets no prior, so the store's own rhythm is learnt unchanged. The prior's
 * weight is fixed while ln L grows with the number of customers, so on large sheets it vanishes:
 * on CDNOW (2,357 customers) the fit moves by well under 1% (a test checks it).
 */
import {
  type BgNbdParams,
  DIVERGENCE_LIMITS,
  defaultStarts,
  expectedPurchasesIfAlive,
  pooledLogAlpha,
} from './bg-nbd';
import { dropoutObjective } from './dropout-likelihood';
import { expectationCache } from './expectation-cache';
import { type HistoryGroups, historyGroupsOf } from './history-groups';
import { minimizeWithRestarts, type Objective } from './optimize';
import { assertHorizon, assertRepeatHistory, purchaseIfAlive, type RepeatHistory } from './repeat-history';

/** MBG/NBD parameters, named and scaled as the BG/NBD's: λ ~ Gamma(r, alpha), alpha in days; p ~ Beta(a, b). */
export type MbgNbdParams = BgNbdParams;

export interface MbgNbdFit {
  readonly params: MbgNbdParams;
  /** ln L (without the prior) summed over customers, time in days. */
  readonly logLikelihood: number;
  readonly converged: boolean;
}

/** Centre (of ln r, ln a, ln b) and standard deviation of the weakly informative prior; see the header. */
export const MBG_PRIOR = { r: 0.5, a: 0.9, b: 1.6, sd: 1 } as const;

export interface MbgNbdFitOptions {
  /** Maximise ln L + ln prior (default) or ln L alone (the reference fit of [3]). */
  readonly prior?: boolean;
}

/**
 * −(ln L + ln prior)/n over theta = (ln r, ln alpha, ln a, ln b), with its gradient: eq. (4) of [1]
 * in log space, the BG/NBD's objective with one more chance to leave (dropout-likelihood.ts, where
 * the second term, "left after the last purchase", is there for x = 0 too).
 */
export function mbgNbdObjective(
  histories: readonly RepeatHistory[] | HistoryGroups,
  prior: boolean,
): Objective {
  return dropoutObjective(historyGroupsOf(histories), {
    dropoutAtFirstPurchase: true,
    ...(prior ? { prior: { ...MBG_PRIOR, weight: 1 / (MBG_PRIOR.sd * MBG_PRIOR.sd) } } : {}),
  });
}

/** Sum of ln L over customers, eq. (4) of [1], time in days (no prior). */
export function mbgNbdLogLikelihood(
  params: MbgNbdParams,
  histories: readonly RepeatHistory[] | HistoryGroups,
): number {
  const groups = historyGroupsOf(histories);
  const theta = Float64Array.from([params.r, params.alpha, params.a, params.b].map(Math.log));
  return -mbgNbdObjective(groups, false)(theta, new Float64Array(4)) * groups.customers;
}

/**
 * Fit by maximum a posteriori (default) or maximum likelihood (`prior: false`), BFGS on
 * log-parameters from three starts. Throws for an empty list or an invalid history.
 */
export function fitMbgNbd(
  histories: readonly RepeatHistory[] | HistoryGroups,
  options: MbgNbdFitOptions = {},
): MbgNbdFit {
  const groups = historyGroupsOf(histories);
  if (groups.customers === 0) throw new RangeError('fitMbgNbd needs at least one customer history');
  const logAlpha0 = pooledLogAlpha(groups);
  const prior = options.prior ?? true;
  const [first, , third] = defaultStarts(logAlpha0);
  // From the prior's centre first, then the BG/NBD's first and third starts.
  const starts = [
    [Math.log(MBG_PRIOR.r), logAlpha0 + Math.log(MBG_PRIOR.r), Math.log(MBG_PRIOR.a), Math.log(MBG_PRIOR.b)],
    first!,
    third!,
  ];
  const objective = mbgNbdObjective(groups, prior);
  const result = minimizeWithRestarts(objective, starts, {
    maxIterations: 200,
    divergenceLimit: DIVERGENCE_LIMITS,
  });
  const [lr, la, lA, lB] = result.theta as [number, number, number, number];
  const params = { r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lB) };
  // ln L without the prior: the prior's share of the optimum's value is taken back out.
  const logLikelihood = prior ? mbgNbdLogLikelihood(params, groups) : -result.value * groups.customers;
  return { params, logLikelihood, converged: result.converged };
}

/** P(alive | x, tx, T) = 1 / (1 + a/(b+x) · ((alpha+T)/(alpha+tx))^(r+x)), appendix A eq. (5) of [1]. */
export function probabilityAliveMbg(params: MbgNbdParams, h: RepeatHistory): number {
  assertRepeatHistory(h);
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + h.x) + (r + h.x) * Math.log1p((h.T - h.tx) / (alpha + h.tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * P(at least one purchase in the next d days) = P(alive) × (1 − ((alpha+T)/(alpha+T+d))^(r+x)):
 * as in the BG/NBD (repeat-history.ts's purchaseIfAlive).
 */
export function repeatProbabilityMbg(params: MbgNbdParams, h: RepeatHistory, horizonDays: number): number {
  return probabilityAliveMbg(params, h) * purchaseIfAlive(params.r, params.alpha, h, horizonDays);
}

/**
 * E[Y(t) | x, tx, T] of [2]: P(alive) × (a+b+x)/(a−1) · [1 − ((alpha+T)/(alpha+T+t))^(r+x) ·
 * 2F1(r+x, b+x+1; a+b+x; t/(alpha+T+t))]. Given alive the customer has survived x + 1 chances to
 * leave, so p ~ Beta(a, b+x+1): the bracket is the BG/NBD's with b + 1 in place of b, and is computed
 * by the same code (closed form, or numerical integration where that is ill-conditioned), once per
 * distinct (x, T, horizon).
 */
export function expectedPurchasesMbgPredictor(
  params: MbgNbdParams,
  alive: (h: RepeatHistory) => number = (h) => probabilityAliveMbg(params, h),
): (h: RepeatHistory, horizonDays: number) => number {
  const shifted = { ...params, b: params.b + 1 };
  const ifAlive = expectationCache((x, T, horizonDays) =>
    expectedPurchasesIfAlive(shifted, x, T, horizonDays),
  );
  return (h, horizonDays) => {
    assertHorizon(horizonDays);
    return alive(h) * ifAlive(h.x, h.T, horizonDays);
  };
}
