/**
 * The MBG/CNBD-k model (Platzer & Reutterer 2016; Reutterer, Platzer & Schröder 2021): the MBG/NBD
 * with regular purchase timing. The BG/NBD family is memoryless — a customer on a monthly rhythm
 * who is three months late looks no more "gone" than one who is three days late — so it cannot tell
 * a lapsed regular from a quiet one. Here the gaps between a living customer's purchase days are
 * Erlang-k: the sum of k exponential stages with rate λ, so gaps have mean k/λ and a coefficient of
 * variation 1/√k. k = 1 is the MBG/NBD exactly (mbg-nbd.ts); a larger k is a steadier rhythm, and a
 * customer silent for several of their gaps has then almost surely left.
 *
 * Model (time in days). λ ~ Gamma(r, alpha) across customers (λ is the rate of Erlang stages, so a
 * customer's purchase rate is λ/k); after every purchase day, the first included, the customer
 * leaves for good with probability p ~ Beta(a, b). Inputs per customer: x (repeat purchase days),
 * tx, T as in bg-nbd.ts, and litt = Σ ln(gap in days) over their x gaps, which the likelihood needs
 * only to compare different k (for a fixed k it is a constant).
 *
 * The Erlang-k renewal process is a Poisson process of stages (rate λ) in which every k-th stage is
 * a purchase. Given alive at T and j stages since the last purchase (0 <= j < k), the posterior of λ
 * is Gamma(r + kx + j, alpha + T); that gives the likelihood and P(alive) in closed form.
 *
 * References
 * [1] Platzer, M. & Reutterer, T. (2016), "Ticking Away the Moments: Timing Regularity Helps to
 *     Better Predict Customer Activity", Marketing Science 35(5), 779–799: the (M)BG/CNBD-k model,
 *     its likelihood (appendix) and P(alive).
 * [2] Reutterer, T., Platzer, M. & Schröder, N. (2021), "Leveraging purchase regularity for
 *     predicting customer behavior the easy way", IJRM 38(1), 194–215.
 * [3] BTYDplus (R), mbgcnbd.* / bgcnbd.LL, bgcnbd.PAlive and bgcnbd.ConditionalExpectedTransactions
 *     with dropout_at_zero = TRUE: the same likelihood and P(alive), and the forecast used here for
 *     one-time buyers at k > 1 — P(alive) exact, the future given alive memoryless (the MBG/NBD's
 *     with alpha scaled by k); a repeat buyer's is exact (mbg-cnbd-k-exact.ts). See
 *     {@link mbgCnbdKPredictor} for why, and for the one step of [3] left out. BTYDplus's own
 *     figures on CDNOW (fit, ln L for k = 1 … 12, P(alive), forecasts) are committed in
 *     test/fixtures/reference/btydplus-mbg-cnbd-k-cdnow.json by `Rscript
 *     bench/reference/btydplus_reference.R …` and checked in btydplus-mbg-cnbd-k.test.ts.
 * [4] Batislam, Denizel & Filiztekin (2007) — the MBG/NBD, which this is at k = 1 (mbg-nbd.ts).
 *
 * k is chosen by likelihood among 1 … K_MAX (12, as [3]'s grid): starting from a quick estimate from
 * the customers' own gaps (regularityEstimate), the fit climbs to the k whose likelihood beats both
 * neighbours — about 2–3 fits instead of [3]'s up to 12. Like [3]'s early stop, it assumes the
 * likelihood has one peak in k. The fit carries the MBG/NBD's weakly
 * informative prior on ln r, ln a, ln b (MBG_PRIOR, mbg-nbd.ts; r is a shape, the same for stage and
 * purchase rates); `prior: false` is plain maximum likelihood, the reference fit. k is then chosen
 * by the maximised ln L + ln prior, which is ln L alone without the prior.
 *
 * k carries no penalty (no BIC-type cost per step, no prior over k), as measured on the property
 * scan's small sheets (test/scan/property-scan.test.ts): the climb already stays at k = 1 where the
 * gaps are memoryless (94 of 98 generated exponential sheets of 5–40 customers; a gate of ½ ln(gaps)
 * on ln L(k) − ln L(1) would move 2 of the other 4), while on rhythm sheets of 5–40 customers
 * (true gaps ±40%, CV 0.23, k ≈ 19) ln L climbs by 30 or more from k = 1 to 12 — far past any such
 * penalty. A one-time or two-purchase-day customer predicted above all they spent at k = 12 on a
 * 9–17-customer sheet was predicted more, not less, at every lower k (19 such sheets of 8,000): a
 * lower k is a less regular rhythm, in which a long silence says less about having left.
 */
import { expectedPurchasesIfAlive } from './bg-nbd';
import { expectationCache } from './expectation-cache';
import { groupHistoriesAt, type HistoryGroups } from './history-groups';
import { buyByPhase, purchasesByPhase } from './mbg-cnbd-k-exact';
import { MBG_PRIOR } from './mbg-nbd';
import { minimizeWithRestarts, type Objective } from './optimize';
import { assertHorizon, assertRepeatHistory, purchaseIfAlive, type RepeatHistory } from './repeat-history';
import { digamma, logGamma } from './special-functions';

/** k (Erlang stages per gap, a whole number >= 1); λ ~ Gamma(r, alpha), alpha in days; p ~ Beta(a, b). */
export interface MbgCnbdKParams {
  readonly k: number;
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** A repeat history with the sum of the natural logs of its x gaps in days (0 when x = 0). */
export interface RegularityHistory extends RepeatHistory {
  readonly logGapSum: number;
}

export interface MbgCnbdKFit {
  readonly params: MbgCnbdKParams;
  /** ln L (without the prior), time in days, gap density included (comparable across k). */
  readonly logLikelihood: number;
  readonly converged: boolean;
  /** ln L (without the prior) of each k tried, in order. */
  readonly tried: readonly { readonly k: number; readonly logLikelihood: number }[];
}

export interface MbgCnbdKFitOptions {
  /** Maximise ln L + ln prior (default) or ln L alone. */
  readonly prior?: boolean;
  /** Fit this k only instead of choosing it. */
  readonly k?: number;
}

/** Largest k tried (as BTYDplus's grid): a gap's coefficient of variation 1/√12 ≈ 0.29. */
const K_MAX = 12;

/**
 * Σ ln(gap) of ascending distinct purchase days `days[from..to)`: the litt of [1], 0 for fewer than
 * two days. A range, so a customer's days can be read in place from a column of everyone's.
 */
export function logGapSum(days: ArrayLike<number>, to = days.length, from = 0): number {
  let sum = 0;
  for (let i = from + 1; i < to; i++) sum += Math.log(days[i]! - days[i - 1]!);
  return sum;
}

interface Data {
  readonly groups: HistoryGroups;
  readonly customers: number;
  readonly sumX: number;
  readonly sumLogGaps: number;
}

function dataOf(histories: readonly RegularityHistory[]): Data {
  let sumLogGaps = 0;
  for (let i = 0; i < histories.length; i++) {
    const h = histories[i]!;
    assertRepeatHistory(h, i);
    if (!Number.isFinite(h.logGapSum)) {
      throw new RangeError(`histories[${i}]: logGapSum must be a finite number, got ${h.logGapSum}`);
    }
    sumLogGaps += h.logGapSum;
  }
  const groups = groupHistoriesAt(histories.length, (i) => histories[i]!);
  return { groups, customers: histories.length, sumX: groups.sumX, sumLogGaps };
}

/**
 * −(ln L + ln prior)/n over theta = (ln r, ln alpha, ln a, ln b) for a fixed k, with its gradient.
 * Per customer (the appendix of [1] with dropout after the first purchase, as [3]'s bgcnbd.LL):
 *   ln L = (k−1)·litt − x·ln((k−1)!) + ln B(a, b+x+1) − ln B(a, b) + ln Γ(r+kx) − ln Γ(r)
 *          + r ln alpha − (r+kx) ln(alpha+T) + ln(S1 + S2),
 *   S1 = a/(b+x) · ((alpha+T)/(alpha+tx))^(r+kx)   (left right after the last purchase),
 *   S2 = Σ_{j<k} (r+kx)_j (T−tx)^j / (j! (alpha+T)^j)   (alive, j stages since the last purchase).
 * S2 >= 1 is summed directly (terms stay far below overflow for k <= 12); S1 in logs.
 */
function objective(data: Data, k: number, prior: boolean): Objective {
  const { groups, customers } = data;
  const n = groups.count.length;
  const constant = (k - 1) * data.sumLogGaps - data.sumX * logGamma(k);
  const priorCentre = [Math.log(MBG_PRIOR.r), 0, Math.log(MBG_PRIOR.a), Math.log(MBG_PRIOR.b)];
  const priorWeight = prior ? 1 / (MBG_PRIOR.sd * MBG_PRIOR.sd) : 0;
  // Per x (groups are sorted by x): the factors (s+j−1)/j and the partial sums Σ_{i<j} 1/(s+i).
  const factor = new Float64Array(k);
  const harmonicAt = new Float64Array(k);
  return (theta, gradient) => {
    for (let i = 0; i < 4; i++) if (!(Math.abs(theta[i]!) <= 30)) return Number.POSITIVE_INFINITY;
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const a = Math.exp(theta[2]!);
    const b = Math.exp(theta[3]!);
    const logAlpha = theta[1]!;
    const lgR = logGamma(r);
    const psiR = digamma(r);
    const lgB = logGamma(b);
    const lgAB = logGamma(a + b);
    const psiB = digamma(b);
    const psiAB = digamma(a + b);
    let ll = constant;
    let dR = 0;
    let dAlpha = 0;
    let dA = 0;
    let dB = 0;
    let lastX = -1;
    let lgS = 0;
    let psiS = 0;
    let shapeTerms = 0;
    let psiBX1 = 0;
    let psiABX1 = 0;
    for (let g = 0; g < n; g++) {
      const x = groups.x[g]!;
      const w = groups.count[g]!;
      const s = r + k * x;
      if (x !== lastX) {
        lastX = x;
        lgS = logGamma(s);
        psiS = digamma(s);
        shapeTerms = lgAB + logGamma(b + x + 1) - lgB - logGamma(a + b + x + 1);
        psiBX1 = digamma(b + x + 1);
        psiABX1 = digamma(a + b + x + 1);
        let harmonic = 0;
        for (let j = 1; j < k; j++) {
          harmonic += 1 / (s + j - 1);
          factor[j] = (s + j - 1) / j;
          harmonicAt[j] = harmonic;
        }
      }
      const T = groups.T[g]!;
      const tx = groups.tx[g]!;
      const beta = alpha + T;
      const gamma = alpha + tx;
      const logBeta = Math.log(beta);
      const logRatio = logBeta - Math.log(gamma);
      // S2 and its derivatives: Σ t_j, Σ t_j·Σ_{i<j} 1/(s+i) (∂/∂r), Σ j·t_j (∂/∂alpha × −beta).
      let s2 = 1;
      let s2r = 0;
      let s2j = 0;
      const u = T - tx;
      if (k > 1 && u > 0) {
        const ratio = u / beta;
        let term = 1;
        for (let j = 1; j < k; j++) {
          term *= factor[j]! * ratio;
          s2 += term;
          s2r += term * harmonicAt[j]!;
          s2j += j * term;
        }
      }
      const logS2 = Math.log(s2);
      const d = Math.log(a) - Math.log(b + x) + s * logRatio - logS2;
      const softplus = d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
      const sigma = d > 0 ? 1 / (1 + Math.exp(-d)) : Math.exp(d) / (1 + Math.exp(d));
      const alive = 1 - sigma;
      ll += w * (lgS - lgR + r * logAlpha + shapeTerms - s * logBeta + logS2 + softplus);
      dR += w * (psiS - psiR + logAlpha - logBeta + sigma * logRatio + (alive * s2r) / s2);
      dAlpha += w * (r / alpha - s / beta + sigma * s * (1 / beta - 1 / gamma) - (alive * s2j) / (beta * s2));
      dA += w * (psiAB - psiABX1 + sigma / a);
      dB += w * (psiAB + psiBX1 - psiB - psiABX1 - sigma / (b + x));
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

/** The fit objective for a fixed k: exported for the gradient test. */
export function mbgCnbdKObjective(
  histories: readonly RegularityHistory[],
  k: number,
  prior: boolean,
): Objective {
  return objective(dataOf(histories), k, prior);
}

function thetaOf(p: Omit<MbgCnbdKParams, 'k'>): Float64Array {
  return Float64Array.from([Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)]);
}

function logLikelihoodOf(data: Data, params: MbgCnbdKParams): number {
  return -objective(data, params.k, false)(thetaOf(params), new Float64Array(4)) * data.customers;
}

/** Sum of ln L over customers (no prior), time in days; see {@link objective}. */
export function mbgCnbdKLogLikelihood(
  params: MbgCnbdKParams,
  histories: readonly RegularityHistory[],
): number {
  assertK(params.k);
  return logLikelihoodOf(dataOf(histories), params);
}

function assertK(k: number): void {
  if (!(Number.isInteger(k) && k >= 1 && k <= 64)) {
    throw new RangeError(`k must be a whole number from 1 to 64, got ${k}`);
  }
}

interface FixedFit {
  readonly params: MbgCnbdKParams;
  readonly value: number;
  readonly converged: boolean;
}

/** The fitted k nearest to `k` (a warm start), if any converged. */
function nearestFit(fits: ReadonlyMap<number, FixedFit>, k: number): MbgCnbdKParams | undefined {
  let nearest: FixedFit | undefined;
  for (const [other, fit] of fits) {
    if (fit.converged && (nearest === undefined || Math.abs(other - k) < Math.abs(nearest.params.k - k)))
      nearest = fit;
  }
  return nearest?.params;
}

function clampK(k: number): number {
  return Math.min(K_MAX, Math.max(1, Number.isFinite(k) ? k : 1));
}

/**
 * A quick estimate of k from the customers' own gaps, where the search for the likelihood's best k
 * starts. Each customer's complete gaps are Erlang-k with their own rate; the within-customer
 * statistic ln(mean gap) − mean(ln gap) = ln(tx/x) − litt/x then has expectation
 * ψ(xk) − ln(xk) − ψ(k) + ln k whatever the rate (the gamma shape's moment, unbiased for few gaps).
 * k solves Σ x·[that expectation] = Σ x·[the statistic] over customers with two gaps or more; it
 * decreases in k, so bisection on ln k. 1 when no customer has two gaps.
 */
function regularityEstimate(histories: readonly RegularityHistory[]): number {
  const byX = new Map<number, number>();
  let observed = 0;
  for (const h of histories) {
    if (h.x < 2 || !(h.tx > 0)) continue;
    observed += h.x * Math.log(h.tx / h.x) - h.logGapSum;
    byX.set(h.x, (byX.get(h.x) ?? 0) + 1);
  }
  if (byX.size === 0) return 1;
  const expected = (k: number): number => {
    let sum = 0;
    for (const [x, count] of byX)
      sum += count * x * (digamma(x * k) - Math.log(x * k) - digamma(k) + Math.log(k));
    return sum;
  };
  let low = Math.log(0.1);
  let high = Math.log(1000);
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (expected(Math.exp(mid)) > observed) low = mid;
    else high = mid;
  }
  return Math.exp((low + high) / 2);
}

/**
 * The k the customers' own gaps suggest (regularityEstimate, rounded, within 1 … K_MAX): where the
 * fit's climb in k starts, and the one k the hold-out check fits.
 */
export function kFromGaps(histories: readonly RegularityHistory[]): number {
  return clampK(Math.round(regularityEstimate(histories)));
}

function fitFixedK(data: Data, k: number, prior: boolean, warm: MbgCnbdKParams | undefined): FixedFit {
  const { sumX, sumT } = data.groups;
  const rate = sumX > 0 && sumT > 0 ? sumX / sumT : 1 / Math.max(sumT / data.customers, 1);
  // Mean stage rate r/alpha = k × the purchase rate.
  const logAlpha0 = Math.log(1 / (k * rate));
  const starts: number[][] = [];
  if (warm !== undefined) {
    // The previous k's fit with its stage rate scaled to this k: the same purchase rate.
    starts.push([Math.log(warm.r), Math.log((warm.alpha * warm.k) / k), Math.log(warm.a), Math.log(warm.b)]);
  }
  starts.push(
    [Math.log(MBG_PRIOR.r), logAlpha0 + Math.log(MBG_PRIOR.r), Math.log(MBG_PRIOR.a), Math.log(MBG_PRIOR.b)],
    [0, logAlpha0, 0, Math.log(3)],
    [Math.log(4), logAlpha0 + Math.log(4), Math.log(2), Math.log(8)],
  );
  const result = minimizeWithRestarts(objective(data, k, prior), starts, {
    maxIterations: 200,
    divergenceLimit: [Math.log(1e5) + 1, Math.log(1e8) + 1, Math.log(1e5) + 1, Math.log(1e5) + 1],
  });
  const [lr, la, lA, lB] = result.theta as [number, number, number, number];
  return {
    params: { k, r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lB) },
    value: result.value,
    converged: result.converged,
  };
}

/**
 * Fit by maximum a posteriori (default) or maximum likelihood (`prior: false`), choosing k as the
 * header says unless `options.k` fixes it. Throws for an empty list or an invalid history.
 */
export function fitMbgCnbdK(
  histories: readonly RegularityHistory[],
  options: MbgCnbdKFitOptions = {},
): MbgCnbdKFit {
  if (histories.length === 0) throw new RangeError('fitMbgCnbdK needs at least one customer history');
  const data = dataOf(histories);
  const prior = options.prior ?? true;
  const fixedK = options.k;
  if (fixedK !== undefined) assertK(fixedK);
  const fits = new Map<number, FixedFit>();
  const tried: { k: number; logLikelihood: number }[] = [];
  // Lower is better: −(ln L + ln prior)/n, or +Infinity for a fit that did not converge.
  const score = (k: number): number => {
    let fit = fits.get(k);
    if (fit === undefined) {
      fit = fitFixedK(data, k, prior, nearestFit(fits, k));
      fits.set(k, fit);
      tried.push({ k, logLikelihood: logLikelihoodOf(data, fit.params) });
    }
    return fit.converged ? fit.value : Number.POSITIVE_INFINITY;
  };
  // Hill-climb in k from the gaps' own estimate (regularityEstimate): fit it and its neighbours, and
  // go on in the better direction while the likelihood improves. About 2–3 fits instead of 12.
  let lo = fixedK ?? kFromGaps(histories);
  let hi = lo;
  if (fixedK === undefined) {
    if (lo > 1) lo--;
    if (hi < K_MAX) hi++;
    while (lo > 1 && score(lo) < score(lo + 1)) lo--;
    while (hi < K_MAX && score(hi) < score(hi - 1)) hi++;
  }
  for (let k = lo; k <= hi; k++) score(k);
  let best: FixedFit | undefined;
  for (const fit of fits.values()) {
    if (best === undefined || (fit.converged && (!best.converged || fit.value < best.value))) best = fit;
  }
  tried.sort((u, v) => u.k - v.k);
  const chosen = best!;
  return {
    params: chosen.params,
    logLikelihood: logLikelihoodOf(data, chosen.params),
    converged: chosen.converged,
    tried,
  };
}

/**
 * ln S1 − ln S2 of {@link objective} for one history: S2's terms multiplied up as there (for k <= 12
 * they stay far below overflow). S2's j-th term over S2 is P(j stages since the last purchase |
 * alive): given `phases` (length k), they are written there, for the exact forecast
 * (mbg-cnbd-k-exact.ts).
 */
function aliveLogOdds(params: MbgCnbdKParams, h: RepeatHistory, phases?: Float64Array): number {
  assertRepeatHistory(h);
  const { k, r, alpha, a, b } = params;
  const s = r + k * h.x;
  const ratio = (h.T - h.tx) / (alpha + h.T);
  if (phases) phases.fill(0);
  let term = 1;
  let s2 = 1;
  for (let j = 1; j < k && ratio > 0; j++) {
    term *= ((s + j - 1) * ratio) / j;
    s2 += term;
    if (phases) phases[j] = term;
  }
  if (phases) {
    phases[0] = 1;
    for (let j = 0; j < k; j++) phases[j] = phases[j]! / s2;
  }
  const logS1 = Math.log(a) - Math.log(b + h.x) + s * Math.log1p((h.T - h.tx) / (alpha + h.tx));
  return logS1 - Math.log(s2);
}

/** P(alive | x, tx, T) = S2 / (S1 + S2) ([1]; [3]'s bgcnbd.PAlive). */
export function probabilityAliveMbgCnbdK(params: MbgCnbdKParams, h: RepeatHistory): number {
  return 1 / (1 + Math.exp(aliveLogOdds(params, h)));
}

/**
 * The customer's P(at least one purchase in the next d days) and expected purchase days in them:
 * P(alive) exact (above) times a forecast given alive, which depends on what the history shows.
 * - A repeat buyer (x >= 1): the exact Erlang-k forecast (mbg-cnbd-k-exact.ts), over the posterior of
 *   the stages done since their last purchase. Their rhythm is what the model learnt: a yearly donor
 *   due in 17 days is likely to give within 90 days. (A memoryless forecast, [3]'s approximation,
 *   gave such a donor 16%, beside "Loyal, due in 17 days", in a new-owner trial.)
 * - A one-time buyer (x = 0): as [3] forecasts for k > 1, the MBG/NBD's forecast given alive with the
 *   purchase rate λ/k ~ Gamma(r, k·alpha), memoryless. The exact one rises over a one-time buyer's
 *   first days of silence (under regular timing nobody buys again a day after buying), which an
 *   owner reads as "silence raises the chance" (issue 12 forbids it); P(alive), exact, still falls
 *   with silence. [3] also rescales its forecasts to sum to the unconditional expectation over the
 *   customers; that sheet-wide factor is left out (one customer's figure depends on the fit only).
 * At k = 1 both are the MBG/NBD exactly.
 */
export function mbgCnbdKPredictor(params: MbgCnbdKParams): {
  repeatProbability: (h: RepeatHistory, horizonDays: number) => number;
  expectedPurchases: (h: RepeatHistory, horizonDays: number) => number;
} {
  assertK(params.k);
  const { k, r, alpha, a, b } = params;
  const purchaseScale = k * alpha;
  // The MBG/NBD's bracket with b + 1 (one more chance to leave survived), as in mbg-nbd.ts.
  const ifAlive = expectationCache((x, T, horizonDays) =>
    expectedPurchasesIfAlive({ r, alpha: purchaseScale, a, b: b + 1 }, x, T, horizonDays),
  );
  // The exact forecast's per-phase figures depend on (x, T, d) only; the phase weights on tx too.
  const buys = new Map<string, Float64Array>();
  const purchases = new Map<string, { values: Float64Array; phase: (j: number) => number }>();
  const weights = new Float64Array(k);
  const exact = k > 1;
  // P(alive) and, in `weights`, the phases' posterior, from one pass over S2's terms.
  const aliveWithPhases = (h: RepeatHistory) => 1 / (1 + Math.exp(aliveLogOdds(params, h, weights)));
  return {
    repeatProbability: (h, d) => {
      assertHorizon(d);
      if (!exact || h.x === 0)
        return probabilityAliveMbgCnbdK(params, h) * purchaseIfAlive(r, purchaseScale, h, d);
      const alive = aliveWithPhases(h);
      const key = `${h.x},${h.T},${d}`;
      let values = buys.get(key);
      if (values === undefined) {
        values = buyByPhase(params, h.x, h.T, d);
        buys.set(key, values);
      }
      let sum = 0;
      for (let j = 0; j < k; j++) sum += weights[j]! * values[j]!;
      return Math.min(1, alive * sum);
    },
    expectedPurchases: (h, d) => {
      assertHorizon(d);
      if (!exact || h.x === 0) return probabilityAliveMbgCnbdK(params, h) * ifAlive(h.x, h.T, d);
      const alive = aliveWithPhases(h);
      const key = `${h.x},${h.T},${d}`;
      let entry = purchases.get(key);
      if (entry === undefined) {
        entry = {
          values: new Float64Array(k).fill(Number.NaN),
          phase: purchasesByPhase(params, h.x, h.T, d),
        };
        purchases.set(key, entry);
      }
      let sum = 0;
      for (let j = 0; j < k; j++) {
        // A phase this unlikely cannot move the sum (each phase's figure is within a few purchases).
        if (!(weights[j]! > 1e-15)) continue;
        if (Number.isNaN(entry.values[j]!)) entry.values[j] = entry.phase(j);
        sum += weights[j]! * entry.values[j]!;
      }
      return alive * sum;
    },
  };
}
