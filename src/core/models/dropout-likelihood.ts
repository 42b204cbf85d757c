/**
 * The fitting objective of the BG/NBD (Fader, Hardie & Lee 2005a, eq. (6)) and of the MBG/NBD
 * (Batislam, Denizel & Filiztekin 2007, eq. (4)), which differ only in one more chance to leave,
 * right after the first purchase: s = 0 for the BG/NBD, s = 1 for the MBG/NBD. Per customer, with
 * theta = (ln r, ln alpha, ln a, ln b):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln alpha + ln Γ(b+x+s) + ln Γ(a+b) − ln Γ(b) − ln Γ(a+b+x+s)
 *          − (r+x) ln(alpha+T) + [x+s > 0]·ln(1 + e^d),
 *   d = ln a − ln(b+x+s−1) + (r+x)·ln((alpha+T)/(alpha+tx)),
 * d being the log-ratio of "left after the last purchase" to "still alive". The objective is minus
 * the mean of ln L over customers (plus, for the MBG/NBD's MAP fit, a normal prior on ln r, ln a,
 * ln b), with its analytic gradient. On grouped histories (history-groups.ts): special functions
 * once per distinct x, logarithms once per distinct T and tx, one exponential per distinct history,
 * and nothing allocated per evaluation.
 */
import type { HistoryGroups } from './history-groups';
import type { Objective } from './optimize';
import { digamma, logGamma } from './special-functions';

export interface DropoutObjectiveOptions {
  /** The MBG/NBD: a customer may also leave right after the first purchase (s = 1). */
  readonly dropoutAtFirstPurchase: boolean;
  /** Independent normal priors on ln r, ln a, ln b: their centres and 1/sd². None by default. */
  readonly prior?: { readonly r: number; readonly a: number; readonly b: number; readonly weight: number };
}

/** The coordinates of theta with a prior: ln r, ln a, ln b. */
const PRIOR_COORDINATES = [0, 2, 3] as const;
/** Log-parameters beyond ±this are outside the objective's domain (e^30 ≈ 1e13). */
const LOG_PARAM_LIMIT = 30;

export function dropoutObjective(groups: HistoryGroups, options: DropoutObjectiveOptions): Objective {
  const s = options.dropoutAtFirstPurchase ? 1 : 0;
  const { xValues, xCounts, tValues, tCounts, tSumX, txValues } = groups;
  const { x: groupX, count: groupCount, xIndex, tIndex, txIndex } = groups;
  const nX = xValues.length;
  const nT = tValues.length;
  const nTx = txValues.length;
  const nGroups = groupCount.length;
  // Under the BG/NBD a one-time buyer has no dropout term: their groups are skipped.
  const firstGroup = s === 1 ? 0 : groups.firstRepeat;
  const customers = groups.customers;
  const logDropShape = new Float64Array(nX);
  const invDropShape = new Float64Array(nX);
  const logAlphaT = new Float64Array(nT);
  const invAlphaT = new Float64Array(nT);
  const logAlphaTx = new Float64Array(nTx);
  const invAlphaTx = new Float64Array(nTx);
  const scale = customers > 0 ? -1 / customers : 0;
  const prior = options.prior;
  // A typed array in every fit: as a plain array it held small integers in the BG/NBD's fit (no
  // prior) and fractions in the MBG/NBD's, two shapes, and the code the engine had optimised on the
  // first bailed out on the second ("wrong map", `node --trace-deopt`) and was compiled again.
  const centre = new Float64Array(
    prior ? [Math.log(prior.r), 0, Math.log(prior.a), Math.log(prior.b)] : [0, 0, 0, 0],
  );
  const priorWeight = prior?.weight ?? 0;
  // Divides the prior's terms; never 0, so that weight 0 adds exactly 0 even without customers.
  const priorCustomers = customers || 1;

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

    let ll = customers * r * logAlpha;
    let dR = customers * logAlpha;
    let dAlpha = (customers * r) / alpha;
    let dA = 0;
    let dB = 0;
    for (let k = 0; k < nX; k++) {
      const x = xValues[k]!;
      const shifted = x + s;
      if (shifted === 0) continue; // every term below is 0 for a one-time buyer under the BG/NBD
      const w = xCounts[k]!;
      ll += w * (logGamma(r + x) - lgR + logGamma(b + shifted) + lgAB - lgB - logGamma(a + b + shifted));
      const psiABX = digamma(a + b + shifted);
      dR += w * (digamma(r + x) - psiR);
      dA += w * (psiAB - psiABX);
      dB += w * (digamma(b + shifted) - psiABX - psiB + psiAB);
      logDropShape[k] = Math.log(b + shifted - 1);
      invDropShape[k] = 1 / (b + shifted - 1);
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
    for (let g = firstGroup; g < nGroups; g++) {
      const w = groupCount[g]!;
      const shape = r + groupX[g]!;
      const ti = tIndex[g]!;
      const txi = txIndex[g]!;
      const xi = xIndex[g]!;
      const logRatio = logAlphaT[ti]! - logAlphaTx[txi]!;
      const d = logA - logDropShape[xi]! + shape * logRatio;
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
      dB -= ws * invDropShape[xi]!;
    }
    dA += sumWeightedSigmoid / a;

    gradient[0] = scale * dR * r;
    gradient[1] = scale * dAlpha * alpha;
    gradient[2] = scale * dA * a;
    gradient[3] = scale * dB * b;
    let value = scale * ll;
    // The prior's terms are added in every fit, weight 0 when there is none (adding 0 changes
    // nothing): the BG/NBD's fit, which has no prior, runs first in the hold-out check and the engine
    // optimises this function on it. Code that had never run when it was optimised bailed out to the
    // interpreter on every later evaluation of the MBG/NBD's fits (up to ≈ 40 per cold call on
    // CDNOW, `node --trace-deopt`). Indexed, not for…of: an iterator is a property access too.
    // alpha, a time scale, has no prior (centre[1] is unused).
    for (let k = 0; k < PRIOR_COORDINATES.length; k++) {
      const i = PRIOR_COORDINATES[k]!;
      const offset = theta[i]! - centre[i]!;
      value += (priorWeight * offset * offset) / 2 / priorCustomers;
      gradient[i]! += (priorWeight * offset) / priorCustomers;
    }
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
}
