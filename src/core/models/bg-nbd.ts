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

import { minimizeWithRestarts, type Objective } from './optimize.ts';
import { betaExpectation } from './quadrature.ts';
import { digamma, hyp2f1OrNaN, logAddExp, logBeta, logGamma } from './special-functions.ts';

/** BG/NBD parameters: λ ~ Gamma(r, alpha) with alpha in days; p ~ Beta(a, b). */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * One customer's purchase history: x = repeat purchase days (purchase days − 1), tx = days from the
 * first to the last purchase day, T = days from the first purchase day to the analysis date.
 */
export interface RepeatHistory {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
}

export interface BgNbdFit {
  readonly params: BgNbdParams;
  /** ln L summed over customers, eq. (6) of [1], with time in days. */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly iterations: number;
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

function assertHorizon(horizonDays: number): void {
  if (!(Number.isFinite(horizonDays) && horizonDays >= 0)) {
    throw new RangeError(`horizonDays must be a finite number of days >= 0, got ${horizonDays}`);
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
 * an equivalent grouped form ({@link bgNbdObjective}). Time in days: the value differs from the one
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
 * Histories grouped for fast likelihood evaluation: per distinct x, per distinct T, and one entry
 * per distinct repeat history (x > 0, tx, T) with its count. One-time buyers (x = 0) need no
 * per-group work: their likelihood r·ln(alpha) − r·ln(alpha+T) is summed per distinct T.
 */
export interface GroupedHistories {
  readonly customers: number;
  readonly sumX: number;
  readonly sumT: number;
  readonly repeatCustomers: number;
  readonly xValues: Float64Array;
  readonly xCounts: Float64Array;
  readonly tValues: Float64Array;
  readonly tCounts: Float64Array;
  /** Σ x over the customers with this T. */
  readonly tSumX: Float64Array;
  readonly txValues: Float64Array;
  readonly groupCount: Float64Array;
  readonly groupX: Float64Array;
  readonly groupXIndex: Int32Array;
  readonly groupTIndex: Int32Array;
  readonly groupTxIndex: Int32Array;
}

function indexOf(map: Map<number, number>, values: number[], value: number): number {
  let index = map.get(value);
  if (index === undefined) {
    index = values.length;
    values.push(value);
    map.set(value, index);
  }
  return index;
}

const TWO_20 = 2 ** 20;
const TWO_40 = 2 ** 40;

/** Repeat purchases and observed days summed over grouped histories: the pooled rate's parts. */
export function groupTotals(groups: {
  x: readonly number[];
  T: readonly number[];
  count: readonly number[];
}): {
  sumX: number;
  sumT: number;
} {
  let sumX = 0;
  let sumT = 0;
  for (let k = 0; k < groups.count.length; k++) {
    sumX += groups.count[k]! * groups.x[k]!;
    sumT += groups.count[k]! * groups.T[k]!;
  }
  return { sumX, sumT };
}

/**
 * Distinct (x, tx, T) with their counts, in ascending order. When every value is a whole number in
 * range (x < 2^13, tx and T < 2^20 days, the usual case) each history is packed into one exact
 * double and the keys are sorted natively; otherwise a string-keyed map is used.
 */
export function distinctHistories(histories: readonly RepeatHistory[]): {
  x: number[];
  tx: number[];
  T: number[];
  count: number[];
} {
  const n = histories.length;
  const keys = new Float64Array(n);
  let packable = true;
  for (let i = 0; i < n; i++) {
    const h = histories[i]!;
    assertRepeatHistory(h, i);
    const { x, tx, T } = h;
    if (packable && x < 8192 && T < TWO_20 && Number.isInteger(tx) && Number.isInteger(T)) {
      keys[i] = x * TWO_40 + tx * TWO_20 + T;
    } else {
      packable = false;
    }
  }
  const out = { x: [] as number[], tx: [] as number[], T: [] as number[], count: [] as number[] };
  if (packable) {
    keys.sort();
    for (let i = 0; i < n; ) {
      const key = keys[i]!;
      let j = i + 1;
      while (j < n && keys[j] === key) j++;
      const x = Math.floor(key / TWO_40);
      const rest = key - x * TWO_40;
      const tx = Math.floor(rest / TWO_20);
      out.x.push(x);
      out.tx.push(tx);
      out.T.push(rest - tx * TWO_20);
      out.count.push(j - i);
      i = j;
    }
    return out;
  }
  const index = new Map<string, number>();
  for (const { x, tx, T } of histories) {
    const key = `${x}|${tx}|${T}`;
    const k = index.get(key);
    if (k === undefined) {
      index.set(key, out.count.length);
      out.x.push(x);
      out.tx.push(tx);
      out.T.push(T);
      out.count.push(1);
    } else {
      out.count[k]! += 1;
    }
  }
  return out;
}

/** Groups histories (validating each); see {@link GroupedHistories}. */
export function groupRepeatHistories(histories: readonly RepeatHistory[]): GroupedHistories {
  const distinct = distinctHistories(histories);
  const xMap = new Map<number, number>();
  const tMap = new Map<number, number>();
  const txMap = new Map<number, number>();
  const xs: number[] = [];
  const ts: number[] = [];
  const txs: number[] = [];
  const xCounts: number[] = [];
  const tCounts: number[] = [];
  const tSumX: number[] = [];
  const gCount: number[] = [];
  const gX: number[] = [];
  const gXi: number[] = [];
  const gTi: number[] = [];
  const gTxi: number[] = [];
  let sumX = 0;
  let sumT = 0;
  let repeatCustomers = 0;
  for (let k = 0; k < distinct.count.length; k++) {
    const x = distinct.x[k]!;
    const T = distinct.T[k]!;
    const count = distinct.count[k]!;
    const xi = indexOf(xMap, xs, x);
    const ti = indexOf(tMap, ts, T);
    xCounts[xi] = (xCounts[xi] ?? 0) + count;
    tCounts[ti] = (tCounts[ti] ?? 0) + count;
    tSumX[ti] = (tSumX[ti] ?? 0) + count * x;
    sumX += count * x;
    sumT += count * T;
    if (x === 0) continue;
    repeatCustomers += count;
    gCount.push(count);
    gX.push(x);
    gXi.push(xi);
    gTi.push(ti);
    gTxi.push(indexOf(txMap, txs, distinct.tx[k]!));
  }
  return {
    customers: histories.length,
    sumX,
    sumT,
    repeatCustomers,
    xValues: Float64Array.from(xs),
    xCounts: Float64Array.from(xCounts),
    tValues: Float64Array.from(ts),
    tCounts: Float64Array.from(tCounts),
    tSumX: Float64Array.from(tSumX),
    txValues: Float64Array.from(txs),
    groupCount: Float64Array.from(gCount),
    groupX: Float64Array.from(gX),
    groupXIndex: Int32Array.from(gXi),
    groupTIndex: Int32Array.from(gTi),
    groupTxIndex: Int32Array.from(gTxi),
  };
}

/** Log-parameters beyond ±this are outside the objective's domain (e^30 ≈ 1e13). */
const LOG_PARAM_LIMIT = 30;
/**
 * A fit whose r, a or b passes e^12.5 ≈ 2.7e5 or whose alpha passes e^19.4 ≈ 2.7e8 days is running
 * off to a boundary of the parameter space (e.g. a, b → ∞: everyone has the same dropout
 * probability) and is stopped there, not converged. These are e (2.7) times the customer model's
 * plausibility bounds.
 */
const DIVERGENCE_LIMITS = [Math.log(1e5) + 1, Math.log(1e8) + 1, Math.log(1e5) + 1, Math.log(1e5) + 1];

/**
 * The fitting objective: minus the mean log-likelihood per customer, eq. (6) of [1], as a function
 * of theta = (ln r, ln alpha, ln a, ln b), with its analytic gradient. Writing
 * d = ln a − ln(b+x−1) + (r+x)·ln((alpha+T)/(alpha+tx)) (the log-ratio of the two terms of eq. (6)),
 * ln L = ln Γ(r+x) − ln Γ(r) + r ln alpha + ln Γ(b+x) + ln Γ(a+b) − ln Γ(b) − ln Γ(a+b+x)
 *        − (r+x) ln(alpha+T) + [x > 0]·ln(1 + e^d).
 * Special functions are evaluated once per distinct x, logarithms once per distinct T and tx, and
 * nothing is allocated per evaluation.
 */
export function bgNbdObjective(grouped: GroupedHistories): Objective {
  const { xValues, xCounts, tValues, tCounts, tSumX, txValues } = grouped;
  const { groupCount, groupX, groupXIndex, groupTIndex, groupTxIndex } = grouped;
  const nX = xValues.length;
  const nT = tValues.length;
  const nTx = txValues.length;
  const nGroups = groupCount.length;
  const logBx1 = new Float64Array(nX);
  const invBx1 = new Float64Array(nX);
  const logAlphaT = new Float64Array(nT);
  const invAlphaT = new Float64Array(nT);
  const logAlphaTx = new Float64Array(nTx);
  const invAlphaTx = new Float64Array(nTx);
  const scale = grouped.customers > 0 ? -1 / grouped.customers : 0;

  return (theta, gradient) => {
    for (let i = 0; i < 4; i++) {
      if (!(Math.abs(theta[i]!) <= LOG_PARAM_LIMIT)) return Number.POSITIVE_INFINITY;
    }
    const logAlpha = theta[1]!;
    const logA = theta[2]!;
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(logAlpha);
    const a = Math.exp(logA);
    const b = Math.exp(theta[3]!);
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
    for (let k = 0; k < nX; k++) {
      const x = xValues[k]!;
      const w = xCounts[k]!;
      ll += w * r * logAlpha;
      dR += w * logAlpha;
      dAlpha += (w * r) / alpha;
      if (x === 0) continue;
      ll += w * (logGamma(r + x) - lgR + logGamma(b + x) + lgAB - lgB - logGamma(a + b + x));
      const psiABX = digamma(a + b + x);
      dR += w * (digamma(r + x) - psiR);
      dA += w * (psiAB - psiABX);
      dB += w * (digamma(b + x) - psiABX - psiB + psiAB);
      logBx1[k] = Math.log(b + x - 1);
      invBx1[k] = 1 / (b + x - 1);
    }
    for (let k = 0; k < nT; k++) {
      const sum = alpha + tValues[k]!;
      const logSum = Math.log(sum);
      logAlphaT[k] = logSum;
      invAlphaT[k] = 1 / sum;
      const coefficient = r * tCounts[k]! + tSumX[k]!;
      ll -= coefficient * logSum;
      dR -= tCounts[k]! * logSum;
      dAlpha -= coefficient / sum;
    }
    for (let k = 0; k < nTx; k++) {
      const sum = alpha + txValues[k]!;
      logAlphaTx[k] = Math.log(sum);
      invAlphaTx[k] = 1 / sum;
    }
    let sumWeightedSigmoid = 0;
    for (let g = 0; g < nGroups; g++) {
      const w = groupCount[g]!;
      const shape = r + groupX[g]!;
      const ti = groupTIndex[g]!;
      const txi = groupTxIndex[g]!;
      const xi = groupXIndex[g]!;
      const logRatio = logAlphaT[ti]! - logAlphaTx[txi]!;
      const d = logA - logBx1[xi]! + shape * logRatio;
      // ln(1 + e^d) and its derivative σ(d) = e^d / (1 + e^d), sharing one exponential.
      let softplus: number;
      let sigmoid: number;
      if (d > 0) {
        const e = Math.exp(-d);
        softplus = d + Math.log1p(e);
        sigmoid = 1 / (1 + e);
      } else {
        const e = Math.exp(d);
        softplus = Math.log1p(e);
        sigmoid = e / (1 + e);
      }
      ll += w * softplus;
      const ws = w * sigmoid;
      sumWeightedSigmoid += ws;
      dR += ws * logRatio;
      dAlpha += ws * shape * (invAlphaT[ti]! - invAlphaTx[txi]!);
      dB -= ws * invBx1[xi]!;
    }
    dA += sumWeightedSigmoid / a;

    gradient[0] = scale * dR * r;
    gradient[1] = scale * dAlpha * alpha;
    gradient[2] = scale * dA * a;
    gradient[3] = scale * dB * b;
    return scale * ll;
  };
}

function paramsFromTheta(theta: readonly number[]): BgNbdParams {
  return {
    r: Math.exp(theta[0]!),
    alpha: Math.exp(theta[1]!),
    a: Math.exp(theta[2]!),
    b: Math.exp(theta[3]!),
  };
}

/**
 * Maximum-likelihood fit of eq. (6) of [1]: BFGS on log-parameters from up to three starts, each
 * resumed once if it stops short. Identical histories are grouped, so the cost per likelihood
 * evaluation grows with the number of distinct (x, tx, T), not of customers. Throws for an empty
 * list or an invalid history. `converged` is false when no start reached a stationary point
 * (gradient below 1e−7, or stalled at the rounding floor with gradient below 1e−5), including
 * fits stopped while running off to a boundary (see DIVERGENCE_LIMITS).
 */
export function fitBgNbd(histories: readonly RepeatHistory[]): BgNbdFit {
  if (histories.length === 0) throw new RangeError('fitBgNbd needs at least one customer history');
  const grouped = groupRepeatHistories(histories);
  const objective = bgNbdObjective(grouped);
  // Start at r = 1 with alpha matching the pooled repeat rate Σx/ΣT, and a mean dropout of 1/4.
  const meanT = grouped.sumT / grouped.customers;
  const rate = grouped.sumX > 0 && grouped.sumT > 0 ? grouped.sumX / grouped.sumT : 1 / Math.max(meanT, 1);
  const logAlpha0 = Math.log(1 / rate);
  const starts = [
    [0, logAlpha0, 0, Math.log(3)],
    [Math.log(0.25), logAlpha0 + Math.log(0.25), Math.log(0.5), Math.log(2)],
    [Math.log(4), logAlpha0 + Math.log(4), Math.log(2), Math.log(8)],
  ];
  const result = minimizeWithRestarts(objective, starts, {
    maxIterations: 100,
    divergenceLimit: DIVERGENCE_LIMITS,
  });
  return {
    params: paramsFromTheta(result.theta),
    logLikelihood: -result.value * grouped.customers,
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
 * it is computed once per distinct (x, T, horizon): the 2F1 series behind it is the costliest step
 * of scoring a large sheet.
 */
export function expectedPurchasesPredictor(
  params: BgNbdParams,
): (h: RepeatHistory, horizonDays: number) => number {
  assertBgNbdParams(params);
  const ifAlive = new Map<string, number>();
  return (h, horizonDays) => {
    assertRepeatHistory(h);
    assertHorizon(horizonDays);
    const key = `${h.x},${h.T},${horizonDays}`;
    let expected = ifAlive.get(key);
    if (expected === undefined) {
      expected = expectedPurchasesIfAlive(params, h.x, h.T, horizonDays);
      ifAlive.set(key, expected);
    }
    return probabilityAliveUnchecked(params, h) * expected;
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
  const shape = params.r + h.x;
  const purchaseIfAlive = -Math.expm1(-shape * Math.log1p(horizonDays / (params.alpha + h.T)));
  return probabilityAliveUnchecked(params, h) * purchaseIfAlive;
}
