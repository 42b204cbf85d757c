/**
 * BG/NBD with one dropout probability for everyone: the limit of the BG/NBD (Fader, Hardie & Lee
 * 2005) as its Beta(a, b) dropout distribution narrows to a point, a, b → ∞ with p = a/(a+b) fixed.
 * A shop whose regulars hardly differ in how likely they are to leave drives the full model's
 * maximum-likelihood fit to exactly that boundary (a and b run off together): this model is that
 * fit, with three parameters instead of four.
 *
 * Purchase rate λ ~ Gamma(r, alpha) (alpha in days), as in the BG/NBD; after each purchase the
 * customer leaves with probability p. For one customer (x repeat purchase days, tx, T in days):
 *   L = Γ(r+x) alpha^r / Γ(r) · [(1−p)^x (alpha+T)^−(r+x) + [x>0] p (1−p)^(x−1) (alpha+tx)^−(r+x)],
 * eq. (6) of FHL 2005 with the Beta integrals B(a, b+x)/B(a, b) → (1−p)^x and
 * B(a+1, b+x−1)/B(a, b) → p (1−p)^(x−1).
 * Given alive at T, λ ~ Gamma(r+x, alpha+T), and the purchases in the next t days, each ending the
 * relationship with probability p, number (1 − e^(−λ p t))/p in expectation, so
 *   E[Y(t) | alive] = (1 − ((alpha+T)/(alpha+T+p·t))^(r+x)) / p,
 *   P(alive) = 1 / (1 + [x>0] · p/(1−p) · ((alpha+T)/(alpha+tx))^(r+x)).
 */
import { type HistoryGroups, historyGroupsOf } from './history-groups';
import { minimizeWithRestarts, type Objective } from './optimize';
import { purchaseIfAlive, type RepeatHistory } from './repeat-history';
import { digamma, logAddExp, logGamma } from './special-functions';

export interface CommonDropoutParams {
  readonly r: number;
  /** Scale of the purchase-rate distribution, in days. */
  readonly alpha: number;
  /** Probability of leaving after each purchase. */
  readonly p: number;
}

export interface CommonDropoutFit {
  readonly params: CommonDropoutParams;
  /** ln L with time in days. */
  readonly logLikelihood: number;
  readonly converged: boolean;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** −(mean log-likelihood) over theta = (ln r, ln alpha, logit p), with its gradient. */
function objective(groups: HistoryGroups, customers: number): Objective {
  return (theta, gradient) => {
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const p = sigmoid(theta[2]!);
    if (!(r > 0 && alpha > 0 && p > 0 && p < 1 && Number.isFinite(r) && Number.isFinite(alpha))) {
      return Number.POSITIVE_INFINITY;
    }
    const logP = Math.log(p);
    const log1mP = Math.log1p(-p);
    const logAlpha = Math.log(alpha);
    const lgR = logGamma(r);
    const psiR = digamma(r);
    let total = 0;
    let dR = 0;
    let dAlpha = 0;
    let dP = 0;
    for (let k = 0; k < groups.count.length; k++) {
      const x = groups.x[k]!;
      const tx = groups.tx[k]!;
      const T = groups.T[k]!;
      const count = groups.count[k]!;
      const shape = r + x;
      const logAT = Math.log(alpha + T);
      const lA = x * log1mP - shape * logAT;
      let ll = logGamma(shape) - lgR + r * logAlpha;
      let wA = 1;
      let wB = 0;
      let logATx = 0;
      if (x > 0) {
        logATx = Math.log(alpha + tx);
        const lB = logP + (x - 1) * log1mP - shape * logATx;
        const both = logAddExp(lA, lB);
        ll += both;
        wA = Math.exp(lA - both);
        wB = Math.exp(lB - both);
      } else {
        ll += lA;
      }
      total += count * ll;
      dR += count * (digamma(shape) - psiR + logAlpha - wA * logAT - wB * logATx);
      dAlpha += count * (r / alpha - (wA * shape) / (alpha + T) - (wB * shape) / (alpha + tx));
      dP += count * (-(wA * x) / (1 - p) + wB * (1 / p - (x - 1) / (1 - p)));
    }
    const scale = -1 / customers;
    gradient[0] = scale * dR * r;
    gradient[1] = scale * dAlpha * alpha;
    gradient[2] = scale * dP * p * (1 - p);
    const value = scale * total;
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
}

/** Maximum-likelihood fit; `start` (e.g. the stopped BG/NBD fit's r, alpha, a/(a+b)) seeds it. */
export function fitCommonDropout(
  histories: readonly RepeatHistory[] | HistoryGroups,
  start: CommonDropoutParams = { r: 1, alpha: 30, p: 0.1 },
): CommonDropoutFit {
  const groups = historyGroupsOf(histories);
  if (groups.customers === 0) throw new RangeError('fitCommonDropout needs at least one customer history');
  const logit = (p: number) => Math.log(p / (1 - p));
  const seed = [Math.log(start.r), Math.log(start.alpha), logit(Math.min(0.99, Math.max(1e-6, start.p)))];
  const result = minimizeWithRestarts(
    objective(groups, groups.customers),
    [seed, [0, Math.log(30), logit(0.1)]],
    {
      maxIterations: 200,
      divergenceLimit: [12, 25, 25],
    },
  );
  const [logR, logAlpha, logitP] = result.theta as [number, number, number];
  return {
    params: { r: Math.exp(logR), alpha: Math.exp(logAlpha), p: sigmoid(logitP) },
    logLikelihood: -result.value * groups.customers,
    converged: result.converged,
  };
}

export function probabilityAliveCommon(params: CommonDropoutParams, h: RepeatHistory): number {
  if (h.x === 0) return 1;
  const { r, alpha, p } = params;
  const logRatio = (r + h.x) * (Math.log(alpha + h.T) - Math.log(alpha + h.tx));
  const odds = Math.exp(Math.log(p) - Math.log1p(-p) + logRatio);
  return Number.isFinite(odds) ? 1 / (1 + odds) : 0;
}

/** Expected purchase days in the next `horizonDays` (at least 0, growing with the horizon). */
export function expectedPurchasesCommon(
  params: CommonDropoutParams,
  h: RepeatHistory,
  horizonDays: number,
): number {
  const { r, alpha, p } = params;
  const ifAlive = -Math.expm1(-(r + h.x) * Math.log1p((p * horizonDays) / (alpha + h.T))) / p;
  return probabilityAliveCommon(params, h) * ifAlive;
}

/** P(at least one purchase in the next `horizonDays`), as for the BG/NBD. */
export function repeatProbabilityCommon(
  params: CommonDropoutParams,
  h: RepeatHistory,
  horizonDays: number,
): number {
  return probabilityAliveCommon(params, h) * purchaseIfAlive(params.r, params.alpha, h, horizonDays);
}
