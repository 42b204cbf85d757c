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
  assertRepeatHistory,
  type BgNbdParams,
  distinctHistories,
  expectedPurchasesIfAlive,
  groupTotals,
} from './bg-nbd';
import { minimizeWithRestarts, type Objective } from './optimize';
import { digamma, logGamma } from './special-functions';

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
 * −(ln L + ln prior)/n over theta = (ln r, ln alpha, ln a, ln b), with its gradient. Per customer:
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln alpha + ln Γ(a+b) + ln Γ(b+x+1) − ln Γ(b) − ln Γ(a+b+x+1)
 *          − (r+x) ln(alpha+T) + ln(1 + e^d),  d = ln a − ln(b+x) + (r+x) ln((alpha+T)/(alpha+tx)),
 * eq. (4) of [1] in log space (the second term, "left after the last purchase", is there for x = 0 too).
 */
function objective(
  groups: ReturnType<typeof distinctHistories>,
  customers: number,
  prior: boolean,
): Objective {
  const n = groups.count.length;
  const priorCentre = [Math.log(MBG_PRIOR.r), 0, Math.log(MBG_PRIOR.a), Math.log(MBG_PRIOR.b)];
  const priorWeight = prior ? 1 / (MBG_PRIOR.sd * MBG_PRIOR.sd) : 0;
  return (theta, gradient) => {
    for (let i = 0; i < 4; i++) if (!(Math.abs(theta[i]!) <= 30)) return Number.POSITIVE_INFINITY;
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const a = Math.exp(theta[2]!);
    const b = Math.exp(theta[3]!);
    const logA = theta[2]!;
    const logAlpha = theta[1]!;
    const lgR = logGamma(r);
    const lgB = logGamma(b);
    const lgAB = logGamma(a + b);
    const psiR = digamma(r);
    const psiB = digamma(b);
    const psiAB = digamma(a + b);
    let ll = 0;
    let dR = 0;
    let dAlpha = 0;
    let dA = 0;
    let dB = 0;
    // Special functions depend on x only: computed once per run of equal x (groups are sorted by x).
    let lastX = -1;
    let lgRX = 0;
    let psiRX = 0;
    let shapeTerms = 0;
    let psiBX1 = 0;
    let psiABX1 = 0;
    for (let k = 0; k < n; k++) {
      const x = groups.x[k]!;
      const w = groups.count[k]!;
      if (x !== lastX) {
        lastX = x;
        lgRX = logGamma(r + x);
        psiRX = digamma(r + x);
        shapeTerms = lgAB + logGamma(b + x + 1) - lgB - logGamma(a + b + x + 1);
        psiBX1 = digamma(b + x + 1);
        psiABX1 = digamma(a + b + x + 1);
      }
      const shape = r + x;
      const logAT = Math.log(alpha + groups.T[k]!);
      const logATx = Math.log(alpha + groups.tx[k]!);
      const logRatio = logAT - logATx;
      const d = logA - Math.log(b + x) + shape * logRatio;
      const softplus = d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
      const sigmoid = d > 0 ? 1 / (1 + Math.exp(-d)) : Math.exp(d) / (1 + Math.exp(d));
      ll += w * (lgRX - lgR + r * logAlpha + shapeTerms - shape * logAT + softplus);
      dR += w * (psiRX - psiR + logAlpha - logAT + sigmoid * logRatio);
      dAlpha +=
        w *
        (r / alpha -
          shape / (alpha + groups.T[k]!) +
          sigmoid * shape * (1 / (alpha + groups.T[k]!) - 1 / (alpha + groups.tx[k]!)));
      dA += w * (psiAB - psiABX1 + sigmoid / a);
      dB += w * (psiAB + psiBX1 - psiB - psiABX1 - sigmoid / (b + x));
    }
    const scale = -1 / customers;
    let penalty = 0;
    const raw = [dR * r, dAlpha * alpha, dA * a, dB * b];
    for (let i = 0; i < 4; i++) {
      const offset = i === 1 ? 0 : theta[i]! - priorCentre[i]!;
      penalty += (priorWeight * offset * offset) / 2;
      gradient[i] = scale * raw[i]! + (priorWeight * offset) / customers;
    }
    const value = scale * ll + penalty / customers;
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
}

/** The fit objective for these histories, with or without the prior: exported for the gradient test. */
export function mbgNbdObjective(
  histories: readonly { x: number; tx: number; T: number }[],
  prior: boolean,
): Objective {
  return objective(distinctHistories(histories), histories.length, prior);
}

/** Sum of ln L over customers, eq. (4) of [1], time in days (no prior). */
export function mbgNbdLogLikelihood(
  params: MbgNbdParams,
  histories: readonly { x: number; tx: number; T: number }[],
): number {
  const groups = distinctHistories(histories);
  const theta = Float64Array.from([
    Math.log(params.r),
    Math.log(params.alpha),
    Math.log(params.a),
    Math.log(params.b),
  ]);
  return -objective(groups, histories.length, false)(theta, new Float64Array(4)) * histories.length;
}

/**
 * Fit by maximum a posteriori (default) or maximum likelihood (`prior: false`), BFGS on
 * log-parameters from three starts. Throws for an empty list or an invalid history.
 */
export function fitMbgNbd(
  histories: readonly { x: number; tx: number; T: number }[],
  options: MbgNbdFitOptions = {},
): MbgNbdFit {
  if (histories.length === 0) throw new RangeError('fitMbgNbd needs at least one customer history');
  const groups = distinctHistories(histories);
  const { sumX, sumT } = groupTotals(groups);
  const rate = sumX > 0 && sumT > 0 ? sumX / sumT : 1 / Math.max(sumT / histories.length, 1);
  const logAlpha0 = Math.log(1 / rate);
  const prior = options.prior ?? true;
  const result = minimizeWithRestarts(
    objective(groups, histories.length, prior),
    [
      [
        Math.log(MBG_PRIOR.r),
        logAlpha0 + Math.log(MBG_PRIOR.r),
        Math.log(MBG_PRIOR.a),
        Math.log(MBG_PRIOR.b),
      ],
      [0, logAlpha0, 0, Math.log(3)],
      [Math.log(4), logAlpha0 + Math.log(4), Math.log(2), Math.log(8)],
    ],
    {
      maxIterations: 200,
      divergenceLimit: [Math.log(1e5) + 1, Math.log(1e8) + 1, Math.log(1e5) + 1, Math.log(1e5) + 1],
    },
  );
  const [lr, la, lA, lB] = result.theta as [number, number, number, number];
  const params = { r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lB) };
  return { params, logLikelihood: mbgNbdLogLikelihood(params, histories), converged: result.converged };
}

/** P(alive | x, tx, T) = 1 / (1 + a/(b+x) · ((alpha+T)/(alpha+tx))^(r+x)), appendix A eq. (5) of [1]. */
export function probabilityAliveMbg(params: MbgNbdParams, h: { x: number; tx: number; T: number }): number {
  assertRepeatHistory(h);
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + h.x) + (r + h.x) * Math.log1p((h.T - h.tx) / (alpha + h.tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * P(at least one purchase in the next d days) = P(alive) × (1 − ((alpha+T)/(alpha+T+d))^(r+x)):
 * as in the BG/NBD, dropout happens only right after a purchase, so a customer alive at T buys again
 * within d days iff the Poisson clock rings, with λ ~ Gamma(r+x, alpha+T) given alive.
 */
export function repeatProbabilityMbg(
  params: MbgNbdParams,
  h: { x: number; tx: number; T: number },
  horizonDays: number,
): number {
  const purchaseIfAlive = -Math.expm1(-(params.r + h.x) * Math.log1p(horizonDays / (params.alpha + h.T)));
  return probabilityAliveMbg(params, h) * purchaseIfAlive;
}

/**
 * E[Y(t) | x, tx, T] of [2]: P(alive) × (a+b+x)/(a−1) · [1 − ((alpha+T)/(alpha+T+t))^(r+x) ·
 * 2F1(r+x, b+x+1; a+b+x; t/(alpha+T+t))]. Given alive the customer has survived x + 1 chances to
 * leave, so p ~ Beta(a, b+x+1): the bracket is the BG/NBD's with b + 1 in place of b, and is computed
 * by the same code (closed form, or numerical integration where that is ill-conditioned).
 */
export function expectedPurchasesMbgPredictor(
  params: MbgNbdParams,
): (h: { x: number; tx: number; T: number }, horizonDays: number) => number {
  const shifted = { ...params, b: params.b + 1 };
  const ifAlive = new Map<string, number>();
  return (h, horizonDays) => {
    if (!(Number.isFinite(horizonDays) && horizonDays >= 0)) {
      throw new RangeError(`horizonDays must be a finite number of days >= 0, got ${horizonDays}`);
    }
    const key = `${h.x},${h.T},${horizonDays}`;
    let expected = ifAlive.get(key);
    if (expected === undefined) {
      expected = expectedPurchasesIfAlive(shifted, h.x, h.T, horizonDays);
      ifAlive.set(key, expected);
    }
    return probabilityAliveMbg(params, h) * expected;
  };
}
