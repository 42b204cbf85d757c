/**
 * The BG/NBD's "nobody leaves" edge, fitted by maximum likelihood at the limit. When a shop's
 * customers hardly ever stop (yearly donors, a subscription-like rhythm) the full fit runs off to
 * a → 0, b → ∞: the Beta dropout distribution collapses onto p = 0. The limit is the NBD of
 * Ehrenberg (1959) — purchases Poisson with rate λ ~ Gamma(r, alpha), alpha in days, and no dropout —
 * with likelihood per customer (FHL 2005, eq. (6) with the Beta terms → 1 and 0):
 *   L = Γ(r+x) alpha^r / (Γ(r) (alpha+T)^(r+x)),
 * and, given the history, λ ~ Gamma(r+x, alpha+T), so
 *   E[Y(t)] = (r+x) t / (alpha+T),  P(at least one purchase in t) = 1 − ((alpha+T)/(alpha+T+t))^(r+x).
 * When rates do not vary between customers either, the NBD's own fit runs off to r, alpha → ∞ with
 * r/alpha fixed: the Poisson limit, whose maximum-likelihood rate is Σx / ΣT (time after each first
 * purchase); then E[Y(t)] = λt and P(purchase) = 1 − e^(−λt) for everyone.
 */
import { type HistoryGroups, historyGroupsOf } from './history-groups';
import { minimizeWithRestarts, type Objective } from './optimize';
import { assertHorizon, purchaseIfAlive, type RepeatHistory } from './repeat-history';
import { digamma, logGamma } from './special-functions';

/** r and alpha (days) of the rate distribution; r = Infinity means the Poisson limit with rate r/alpha = `rate`. */
export interface NoDropoutParams {
  readonly r: number;
  readonly alpha: number;
  /** Mean purchase days per day, r / alpha. */
  readonly rate: number;
}

export interface NoDropoutFit {
  readonly params: NoDropoutParams;
  readonly logLikelihood: number;
  readonly converged: boolean;
}

const LIMIT = Math.log(1e5) + 1;

function objective(groups: HistoryGroups, customers: number): Objective {
  return (theta, gradient) => {
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    if (!(Number.isFinite(r) && Number.isFinite(alpha) && r > 0 && alpha > 0))
      return Number.POSITIVE_INFINITY;
    const lgR = logGamma(r);
    const psiR = digamma(r);
    const logAlpha = theta[1]!;
    let ll = 0;
    let dR = 0;
    let dAlpha = 0;
    for (let k = 0; k < groups.count.length; k++) {
      const x = groups.x[k]!;
      const w = groups.count[k]!;
      const logAT = Math.log(alpha + groups.T[k]!);
      ll += w * (logGamma(r + x) - lgR + r * logAlpha - (r + x) * logAT);
      dR += w * (digamma(r + x) - psiR + logAlpha - logAT);
      dAlpha += w * (r / alpha - (r + x) / (alpha + groups.T[k]!));
    }
    gradient[0] = (-dR * r) / customers;
    gradient[1] = (-dAlpha * alpha) / customers;
    const value = -ll / customers;
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
}

/** Poisson log-likelihood at rate λ: Σ (x ln λ − λT), the NBD's limit as r, alpha → ∞. */
function poissonLogLikelihood(groups: HistoryGroups, rate: number): number {
  let ll = 0;
  for (let k = 0; k < groups.count.length; k++) {
    const x = groups.x[k]!;
    ll += groups.count[k]! * ((x > 0 ? x * Math.log(rate) : 0) - rate * groups.T[k]!);
  }
  return ll;
}

/** Maximum-likelihood fit of the no-dropout limit (NBD, or its Poisson limit); needs Σx > 0 and ΣT > 0. */
export function fitNoDropout(
  histories: readonly RepeatHistory[] | HistoryGroups,
  start?: { r: number; alpha: number },
): NoDropoutFit {
  const groups = historyGroupsOf(histories);
  const { sumX, sumT } = groups;
  if (!(sumX > 0 && sumT > 0)) {
    return { params: { r: 1, alpha: 1, rate: 1 }, logLikelihood: Number.NEGATIVE_INFINITY, converged: false };
  }
  const rate = sumX / sumT;
  const starts = [[0, Math.log(1 / rate)]];
  if (start && start.r > 0 && start.alpha > 0 && start.r < 1e5)
    starts.unshift([Math.log(start.r), Math.log(start.alpha)]);
  const result = minimizeWithRestarts(objective(groups, groups.customers), starts, {
    maxIterations: 200,
    divergenceLimit: [LIMIT, Math.log(1e8) + 1],
  });
  if (result.converged && !result.diverged) {
    const r = Math.exp(result.theta[0]!);
    const alpha = Math.exp(result.theta[1]!);
    return {
      params: { r, alpha, rate: r / alpha },
      logLikelihood: -result.value * groups.customers,
      converged: true,
    };
  }
  if (result.theta[0]! > LIMIT - 1) {
    // Rates do not vary: the Poisson limit, whose maximum is closed form.
    return {
      params: { r: Number.POSITIVE_INFINITY, alpha: Number.POSITIVE_INFINITY, rate },
      logLikelihood: poissonLogLikelihood(groups, rate),
      converged: true,
    };
  }
  const r = Math.exp(result.theta[0]!);
  const alpha = Math.exp(result.theta[1]!);
  return {
    params: { r, alpha, rate: r / alpha },
    logLikelihood: -result.value * groups.customers,
    converged: false,
  };
}

export function repeatProbabilityNoDropout(
  p: NoDropoutParams,
  h: RepeatHistory,
  horizonDays: number,
): number {
  if (!Number.isFinite(p.r)) return -Math.expm1(-p.rate * horizonDays);
  return purchaseIfAlive(p.r, p.alpha, h, horizonDays);
}

export function expectedPurchasesNoDropout(
  p: NoDropoutParams,
  h: RepeatHistory,
  horizonDays: number,
): number {
  assertHorizon(horizonDays);
  if (!Number.isFinite(p.r)) return p.rate * horizonDays;
  return ((p.r + h.x) * horizonDays) / (p.alpha + h.T);
}
