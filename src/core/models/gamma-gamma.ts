/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005b; Fader & Hardie 2013).
 *
 * A customer's purchase amounts are independent Gamma(shape p, rate ν) draws, so their mean spend is
 * p/ν; across customers ν ~ Gamma(shape q, rate gamma). p and q have no unit; gamma is in money
 * units, and the population mean spend per purchase is p·gamma/(q − 1) (finite when q > 1). The
 * data per customer are x (repeat purchase days, > 0) and zbar = the mean amount of those repeat
 * purchase days (the first purchase is left out, as in the papers). Spend is assumed independent
 * of the purchase process, so it combines with the BG/NBD by multiplication.
 *
 * References
 * [1] Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005b), "RFM and CLV: Using Iso-Value Curves for
 *     Customer Base Analysis", Journal of Marketing Research 42(4), 415–430 — the spend sub-model.
 * [2] Fader, P. S. & Hardie, B. G. S. (2013), "The Gamma-Gamma Model of Monetary Value", note 025,
 *     http://brucehardie.com/notes/025/ — the density of zbar given x (the likelihood below) and
 *     the conditional expectation E(Z | p, q, gamma, zbar, x).
 * [3] Colombo, R. & Jiang, W. (1999), "A stochastic RFM model", Journal of Interactive Marketing
 *     13(3), 2–12 — the same gamma-gamma model, fitted on the individual amounts.
 *
 * The individual amounts. zbar alone says little about p, the shape of one customer's amounts
 * around their own mean (coefficient of variation 1/√p): it is learnt only from how zbar narrows
 * as x grows. When a customer's x repeat amounts are all known and positive, their likelihood is
 * that of the amounts themselves [3]: zbar's density [2] times, in logs, the density of the amounts
 * given their total x·zbar (the shares z_i/(x·zbar) are Dirichlet(p, …, p), free of ν):
 *   ln Γ(px) − x ln Γ(p) + (p − 1)·Σ ln(z_i/(x·zbar)) − (x − 1)·ln(x·zbar) − ln x.
 * It is 0 at x = 1, and only p enters it: the same model, with each customer's own spread counted.
 * A customer whose logAmountSum is not given adds zbar's density alone, as in [2].
 */

import { minimizeWithRestarts, type Objective } from './optimize.ts';
import { digamma, logGamma } from './special-functions.ts';

/** Gamma-Gamma parameters: amounts ~ Gamma(p, ν), ν ~ Gamma(q, gamma); gamma in money units. */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/** x = repeat purchase days; meanSpend = mean amount of those repeat purchase days (zbar). */
export interface SpendHistory {
  readonly x: number;
  readonly meanSpend: number;
  /**
   * Σ ln(amount) over the x repeat purchase days, when every one is positive: given, the customer
   * adds how their own amounts spread around their mean to the likelihood (see the header).
   */
  readonly logAmountSum?: number;
}

export interface GammaGammaFit {
  readonly params: GammaGammaParams;
  /** ln L summed over the customers used (x > 0 and meanSpend > 0). */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly iterations: number;
  /** Customers with x > 0 and meanSpend > 0: the only ones that carry information on spend. */
  readonly customersUsed: number;
}

/** Throws a RangeError naming the field (and `histories[index]` when given) for an invalid history. */
function assertSpendHistory(h: SpendHistory, index = -1): void {
  const logAmountsOk = h.logAmountSum === undefined || Number.isFinite(h.logAmountSum);
  if (Number.isInteger(h.x) && h.x >= 0 && Number.isFinite(h.meanSpend) && logAmountsOk) return;
  const label = index >= 0 ? `histories[${index}]` : 'spend history';
  if (!logAmountsOk)
    throw new RangeError(`${label}: logAmountSum must be finite when given, got ${h.logAmountSum}`);
  if (!(Number.isInteger(h.x) && h.x >= 0)) {
    throw new RangeError(`${label}: x (repeat purchase days) must be a whole number >= 0, got ${h.x}`);
  }
  throw new RangeError(`${label}: meanSpend must be a finite amount, got ${h.meanSpend}`);
}

const PARAM_NAMES = ['p', 'q', 'gamma'] as const;

function assertGammaGammaParams(params: GammaGammaParams): void {
  // Checked once per customer's expected spend: one list for every check, not one per check.
  for (const key of PARAM_NAMES) {
    const v = params[key];
    if (!(Number.isFinite(v) && v > 0)) {
      throw new RangeError(`Gamma-Gamma parameter ${key} must be a finite number > 0, got ${v}`);
    }
  }
}

function isUsable(h: SpendHistory): boolean {
  return h.x > 0 && h.meanSpend > 0;
}

/**
 * Sum over customers with x > 0 and meanSpend > 0 of ln f(zbar | p, q, gamma, x) [2]:
 * f = Γ(px+q)/(Γ(px)Γ(q)) · gamma^q · x^(px) · zbar^(px−1) / (gamma + x·zbar)^(px+q).
 * (x·zbar, the total of x Gamma(p, ν) amounts, is Gamma(px, ν); mixing over ν gives this.)
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  histories: readonly SpendHistory[],
): number {
  assertGammaGammaParams(params);
  const { p, q, gamma } = params;
  let sum = 0;
  histories.forEach((h, i) => {
    assertSpendHistory(h, i);
    if (!isUsable(h)) return;
    const { x, meanSpend: zbar } = h;
    const px = p * x;
    sum +=
      logGamma(px + q) -
      logGamma(px) -
      logGamma(q) +
      q * Math.log(gamma) +
      px * Math.log(x) +
      (px - 1) * Math.log(zbar) -
      (px + q) * Math.log(gamma + x * zbar);
    if (h.logAmountSum !== undefined && x > 1) {
      const logTotal = Math.log(x * zbar);
      sum +=
        logGamma(px) -
        x * logGamma(p) +
        (p - 1) * (h.logAmountSum - x * logTotal) -
        (x - 1) * logTotal -
        Math.log(x);
    }
  });
  return sum;
}

const LOG_PARAM_LIMIT = 30;
/**
 * A fit whose p or q passes e^12.5 ≈ 2.7e5 is running off to a boundary (e.g. identical mean
 * spends everywhere) and is stopped there, not converged; gamma (in money units) is only held to
 * the objective's domain.
 */
const DIVERGENCE_LIMITS = [Math.log(1e5) + 1, Math.log(1e5) + 1, LOG_PARAM_LIMIT];

/**
 * The customers a fit uses (x > 0 and meanSpend > 0), in columns: a fit on a large sheet reads its
 * inputs without an object per customer (customer-model.ts builds them from its own columns).
 * logAmountSum is NaN where not given.
 */
export interface SpendColumns {
  readonly x: Float64Array;
  readonly meanSpend: Float64Array;
  readonly logAmountSum: Float64Array;
}

/** The columns of the usable histories of a list (checked first by the caller). */
function spendColumnsOf(histories: readonly SpendHistory[]): SpendColumns {
  const used = histories.filter(isUsable);
  const x = new Float64Array(used.length);
  const meanSpend = new Float64Array(used.length);
  const logAmountSum = new Float64Array(used.length);
  for (let i = 0; i < used.length; i++) {
    const h = used[i]!;
    x[i] = h.x;
    meanSpend[i] = h.meanSpend;
    logAmountSum[i] = h.logAmountSum ?? Number.NaN;
  }
  return { x, meanSpend, logAmountSum };
}

/**
 * Minus the mean log-likelihood per customer used, as a function of (ln p, ln q, ln gamma), with
 * its analytic gradient; Γ and ψ are evaluated once per distinct x. Exported for tests.
 */
export function gammaGammaObjective(histories: readonly SpendHistory[]): Objective {
  return spendObjective(spendColumnsOf(histories));
}

function spendObjective(used: SpendColumns): Objective {
  const { x: xOf, meanSpend: meanSpendOf, logAmountSum: logAmountsOf } = used;
  const n = xOf.length;
  const xMap = new Map<number, number>();
  const xValues: number[] = [];
  const xIndex = new Int32Array(n);
  const values = new Float64Array(n); // x·zbar
  // ln f has px·ln x + (px − 1)·ln zbar = p·x·(ln x + ln zbar) − ln zbar: the first part is summed
  // per distinct x, the second is a constant.
  let constant = 0;
  const sumXLogXZbar: number[] = [];
  const counts: number[] = [];
  // Per distinct x, over customers whose amounts are known: how many, and Σ(Σ ln z_i − x·ln(x·zbar)).
  const spreadCounts: number[] = [];
  const spreadLogShares: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = xOf[i]!;
    const meanSpend = meanSpendOf[i]!;
    let k = xMap.get(x);
    if (k === undefined) {
      k = xValues.length;
      xMap.set(x, k);
      xValues.push(x);
      sumXLogXZbar.push(0);
      counts.push(0);
      spreadCounts.push(0);
      spreadLogShares.push(0);
    }
    xIndex[i] = k;
    values[i] = x * meanSpend;
    sumXLogXZbar[k]! += x * (Math.log(x) + Math.log(meanSpend));
    counts[k]! += 1;
    constant -= Math.log(meanSpend);
    const logAmounts = logAmountsOf[i]!;
    if (!Number.isNaN(logAmounts) && x > 1) {
      const logTotal = Math.log(x * meanSpend);
      spreadCounts[k]! += 1;
      spreadLogShares[k]! += logAmounts - x * logTotal;
      // The terms free of p (see the header).
      constant -= logAmounts - x * logTotal + (x - 1) * logTotal + Math.log(x);
    }
  }
  const xs = Float64Array.from(xValues);
  const nX = xs.length;
  const scale = n > 0 ? -1 / n : 0;
  const sums = new Float64Array(4);

  return (theta, gradient) => {
    for (let i = 0; i < 3; i++) {
      if (!(Math.abs(theta[i]!) <= LOG_PARAM_LIMIT)) return Number.POSITIVE_INFINITY;
    }
    const p = Math.exp(theta[0]!);
    const q = Math.exp(theta[1]!);
    const logGammaParam = theta[2]!;
    const gamma = Math.exp(logGammaParam);
    const lgQ = logGamma(q);
    const psiQ = digamma(q);
    let ll = constant;
    let dP = 0;
    let dQ = 0;
    let dGamma = 0;
    for (let k = 0; k < nX; k++) {
      const x = xs[k]!;
      const w = counts[k]!;
      const px = p * x;
      ll += w * (logGamma(px + q) - logGamma(px) - lgQ + q * logGammaParam) + p * sumXLogXZbar[k]!;
      const psiPXQ = digamma(px + q);
      dP += w * x * (psiPXQ - digamma(px)) + sumXLogXZbar[k]!;
      dQ += w * (psiPXQ - psiQ + logGammaParam);
      dGamma += (w * q) / gamma;
      const spread = spreadCounts[k]!;
      if (spread > 0) {
        ll += spread * (logGamma(px) - x * logGamma(p)) + p * spreadLogShares[k]!;
        dP += spread * x * (digamma(px) - digamma(p)) + spreadLogShares[k]!;
      }
    }
    customerTerms(p, q, gamma, xs, xIndex, values, sums);
    ll -= sums[0]!;
    dP -= sums[1]!;
    dQ -= sums[2]!;
    dGamma -= sums[3]!;
    gradient[0] = scale * dP * p;
    gradient[1] = scale * dQ * q;
    gradient[2] = scale * dGamma * gamma;
    return scale * ll;
  };
}

/**
 * The terms of ln f [2] that need each customer's own total x·zbar, summed over customers into
 * `sums`: Σ (px+q)·ln(gamma + x·zbar) and its derivatives in p, q and gamma (as Σ x·ln(…), Σ ln(…),
 * Σ (px+q)/(…)). A function of its own, summing straight into `sums` with nothing after its loop:
 * as a loop inside the objective, the engine compiled it mid-loop on the first call (on-stack
 * replacement), before the code after the loop had ever run, and that compiled code bailed out at
 * the loop's end on every later call — the fit's evaluations ran unoptimised, allocating ≈ 20 MB of
 * boxed numbers on CDNOW (issue 13).
 */
function customerTerms(
  p: number,
  q: number,
  gamma: number,
  xs: Float64Array,
  xIndex: Int32Array,
  values: Float64Array,
  sums: Float64Array,
): void {
  sums.fill(0);
  for (let i = 0; i < values.length; i++) {
    const x = xs[xIndex[i]!]!;
    const total = gamma + values[i]!;
    const logTotal = Math.log(total);
    const shape = p * x + q;
    sums[0]! += shape * logTotal;
    sums[1]! += x * logTotal;
    sums[2]! += logTotal;
    sums[3]! += shape / total;
  }
}

/**
 * Maximum-likelihood fit [2] on the customers with x > 0 and meanSpend > 0 (others are ignored):
 * BFGS on log-parameters from up to three starts. Throws when there is no such customer;
 * `converged` is false when no start reached a stationary point, including fits stopped while
 * running off to a boundary (see DIVERGENCE_LIMITS).
 */
export function fitGammaGamma(histories: readonly SpendHistory[]): GammaGammaFit {
  histories.forEach((h, i) => {
    assertSpendHistory(h, i);
  });
  return fitSpendColumns(spendColumnsOf(histories));
}

/** {@link fitGammaGamma} on the columns of the customers it uses (any logAmountSum given is finite). */
export function fitSpendColumns(used: SpendColumns): GammaGammaFit {
  const n = used.x.length;
  if (n === 0) {
    throw new RangeError('fitGammaGamma needs at least one customer with x > 0 and meanSpend > 0');
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += used.meanSpend[i]!;
  const mean = sum / n;
  // Starts: p·gamma/(q−1) equal to the observed mean spend.
  const starts = [
    [0, Math.log(3), Math.log(2 * mean)],
    [Math.log(5), Math.log(4), Math.log((3 * mean) / 5)],
    [Math.log(0.5), Math.log(1.5), Math.log(mean)],
  ];
  const objective = spendObjective(used);
  const result = minimizeWithRestarts(objective, starts, {
    maxIterations: 100,
    divergenceLimit: DIVERGENCE_LIMITS,
  });
  return {
    params: {
      p: Math.exp(result.theta[0]!),
      q: Math.exp(result.theta[1]!),
      gamma: Math.exp(result.theta[2]!),
    },
    logLikelihood: -result.value * n,
    converged: result.converged,
    iterations: result.iterations,
    customersUsed: n,
  };
}

/** The population mean spend per purchase, p·gamma/(q − 1); needs q > 1. */
export function populationMeanSpend(params: GammaGammaParams): number {
  assertGammaGammaParams(params);
  if (!(params.q > 1)) {
    throw new RangeError(`the Gamma-Gamma mean spend is infinite unless q > 1, got q = ${params.q}`);
  }
  return (params.p * params.gamma) / (params.q - 1);
}

/**
 * E(Z | p, q, gamma, zbar, x) [1, 2]: expected spend per future purchase,
 * (gamma + x·zbar)·p / (p·x + q − 1)
 *   = (q−1)/(px+q−1) · p·gamma/(q−1) + px/(px+q−1) · zbar,
 * a weighted mean of the population mean and the customer's own mean. For x = 0 it is the
 * population mean p·gamma/(q−1) (needs q > 1). A negative meanSpend (returns exceeding purchases)
 * counts as 0.
 */
export function conditionalExpectedSpend(params: GammaGammaParams, h: SpendHistory): number {
  assertGammaGammaParams(params);
  assertSpendHistory(h);
  if (h.x === 0) return populationMeanSpend(params);
  return spendGiven(params, h.x, h.meanSpend);
}

/**
 * `conditionalExpectedSpend` for x >= 1 with the parameters checked once (a model's, then read for
 * every customer): no list walked and no history object per customer. The caller checks x and
 * meanSpend.
 */
export function expectedSpendGiven(params: GammaGammaParams): (x: number, meanSpend: number) => number {
  assertGammaGammaParams(params);
  return (x, meanSpend) => spendGiven(params, x, meanSpend);
}

function spendGiven({ p, q, gamma }: GammaGammaParams, x: number, meanSpend: number): number {
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) {
    throw new RangeError(
      `the Gamma-Gamma expected spend needs p·x + q > 1, got p = ${p}, q = ${q}, x = ${x}`,
    );
  }
  return ((gamma + x * Math.max(0, meanSpend)) * p) / denominator;
}
