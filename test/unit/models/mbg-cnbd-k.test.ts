import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fitMbgCnbdK,
  logGapSum,
  type MbgCnbdKParams,
  mbgCnbdKLogLikelihood,
  mbgCnbdKObjective,
  mbgCnbdKPredictor,
  probabilityAliveMbgCnbdK,
  type RegularityHistory,
} from '../../../src/core/models/mbg-cnbd-k';
import {
  expectedPurchasesMbgPredictor,
  probabilityAliveMbg,
  repeatProbabilityMbg,
} from '../../../src/core/models/mbg-nbd';
import { logBeta, logGamma } from '../../../src/core/models/special-functions';
import { readCdnowSample } from './cdnow-data';
import { gammaVariate, randomSource } from './simulate';

const relative = (u: number, v: number) => Math.abs(u - v) / Math.abs(v);
const cdnow = readCdnowSample();

interface LifetimesReference {
  mbgNbd: {
    r: number;
    alpha: number;
    a: number;
    b: number;
    logLikelihood: number;
    predictions: {
      x: number;
      tx: number;
      T: number;
      probabilityAlive: number;
      expectedPurchases90: number;
      expectedPurchases365: number;
    }[];
  };
}
/** lifetimes' ModifiedBetaGeoFitter on CDNOW_sample.txt in days: bench/reference/lifetimes_reference.py. */
const LIFETIMES: LifetimesReference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/reference/lifetimes-cdnow.json'), 'utf8'),
);

interface OwnReference {
  command: string;
  k: number;
  r: number;
  alpha: number;
  a: number;
  b: number;
  logLikelihood: number;
  tried: { k: number; logLikelihood: number }[];
  predictions: { x: number; tx: number; T: number; probabilityAlive: number; expectedPurchases365: number }[];
}
/** This model's own fit on CDNOW, committed with the command that made it (see the JSON's `command`). */
const OWN: OwnReference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/reference/mbg-cnbd-k-cdnow.json'), 'utf8'),
);

describe('MBG/CNBD-k with k = 1 is the MBG/NBD: CDNOW against lifetimes ModifiedBetaGeoFitter (test/fixtures/reference/lifetimes-cdnow.json)', () => {
  const ref = LIFETIMES.mbgNbd;
  const ml = fitMbgCnbdK(cdnow, { prior: false, k: 1 });
  it('maximum likelihood at k = 1: r, alpha (days), a, b within 0.1% of lifetimes (r 0.525, alpha 43.28, a 0.891, b 1.614)', () => {
    expect(ml.converged).toBe(true);
    expect(ml.params.k).toBe(1);
    for (const key of ['r', 'alpha', 'a', 'b'] as const)
      expect(relative(ml.params[key], ref[key])).toBeLessThan(1e-3);
  });
  it('log-likelihood within 0.01 of lifetimes (−14,363.24 in days), and exactly its value at its parameters', () => {
    expect(Math.abs(ml.logLikelihood - ref.logLikelihood)).toBeLessThan(0.01);
    expect(Math.abs(mbgCnbdKLogLikelihood({ ...ref, k: 1 }, cdnow) - ref.logLikelihood)).toBeLessThan(1e-6);
  });
  it('P(alive), expected purchases in 90 and 365 days match lifetimes at its parameters (relative 1e−6)', () => {
    const params = { ...ref, k: 1 };
    const predict = mbgCnbdKPredictor(params);
    for (const p of ref.predictions) {
      expect(relative(probabilityAliveMbgCnbdK(params, p), p.probabilityAlive)).toBeLessThan(1e-6);
      expect(relative(predict.expectedPurchases(p, 90), p.expectedPurchases90)).toBeLessThan(1e-6);
      expect(relative(predict.expectedPurchases(p, 365), p.expectedPurchases365)).toBeLessThan(1e-6);
    }
  });
  it('repeat probability and expected purchases equal mbg-nbd.ts on every CDNOW history (relative 1e−9)', () => {
    const params = { ...ref, k: 1 };
    const predict = mbgCnbdKPredictor(params);
    const mbgExpected = expectedPurchasesMbgPredictor(ref);
    for (const h of cdnow.slice(0, 400)) {
      expect(relative(probabilityAliveMbgCnbdK(params, h), probabilityAliveMbg(ref, h))).toBeLessThan(1e-9);
      expect(relative(predict.repeatProbability(h, 90), repeatProbabilityMbg(ref, h, 90))).toBeLessThan(1e-9);
      expect(relative(predict.expectedPurchases(h, 365), mbgExpected(h, 365))).toBeLessThan(1e-9);
    }
  });
});

describe('MBG/CNBD-k on CDNOW: k chosen by likelihood (figures in test/fixtures/reference/mbg-cnbd-k-cdnow.json)', () => {
  const fit = fitMbgCnbdK(cdnow, { prior: false });
  it(`chooses k = ${OWN.k} (CDNOW's buying is irregular), with the committed parameters (relative 1e−4) and ln L (±0.01)`, () => {
    expect(fit.converged).toBe(true);
    expect(fit.params.k).toBe(OWN.k);
    for (const key of ['r', 'alpha', 'a', 'b'] as const)
      expect(relative(fit.params[key], OWN[key])).toBeLessThan(1e-4);
    expect(Math.abs(fit.logLikelihood - OWN.logLikelihood)).toBeLessThan(0.01);
  });
  it('every k it tried is worse than the chosen one, and ln L at k = 2 is the committed one (±0.01)', () => {
    for (const t of fit.tried)
      if (t.k !== fit.params.k) expect(t.logLikelihood).toBeLessThan(fit.logLikelihood);
    expect(fit.tried.map((t) => t.k)).toEqual(OWN.tried.map((t) => t.k));
    const k2 = fitMbgCnbdK(cdnow, { prior: false, k: 2 });
    const committed = OWN.tried.find((t) => t.k === 2)!;
    expect(Math.abs(k2.logLikelihood - committed.logLikelihood)).toBeLessThan(0.01);
  });
  it('the committed predictions (relative 1e−6)', () => {
    const predict = mbgCnbdKPredictor(OWN);
    for (const p of OWN.predictions) {
      expect(relative(probabilityAliveMbgCnbdK(OWN, p), p.probabilityAlive)).toBeLessThan(1e-6);
      expect(relative(predict.expectedPurchases(p, 365), p.expectedPurchases365)).toBeLessThan(1e-6);
    }
  });
});

/** Histories with their gaps, for checks that need the gaps themselves. */
const sample: (RegularityHistory & { gaps: number[] })[] = [
  { x: 0, tx: 0, T: 120, gaps: [] },
  { x: 1, tx: 30, T: 200, gaps: [30] },
  { x: 3, tx: 95, T: 100, gaps: [28, 35, 32] },
  { x: 3, tx: 95, T: 260, gaps: [28, 35, 32] },
  { x: 6, tx: 40, T: 44, gaps: [5, 8, 6, 7, 7, 7] },
].map((h) => ({ ...h, logGapSum: h.gaps.reduce((s, g) => s + Math.log(g), 0) }));

/**
 * The likelihood of one history by integrating over λ numerically (p analytically, Beta moments):
 * alive-and-silent (1−p)^(x+1) · Π Erlang(g) · P(fewer than k stages in T − tx), plus left-after-
 * the-last-purchase p(1−p)^x · Π Erlang(g). Independent of the closed form's sums.
 */
function likelihoodByIntegration(p: MbgCnbdKParams, h: (typeof sample)[number]): number {
  const { k, r, alpha, a, b } = p;
  const logStay = logBeta(a, b + h.x + 1) - logBeta(a, b);
  const logLeave = logBeta(a + 1, b + h.x) - logBeta(a, b);
  const steps = 20000;
  const low = Math.log(1e-7);
  const high = Math.log(50);
  let total = 0;
  for (let i = 0; i <= steps; i++) {
    const logLambda = low + ((high - low) * i) / steps;
    const lambda = Math.exp(logLambda);
    const logPrior = r * Math.log(alpha) - logGamma(r) + r * logLambda - alpha * lambda; // × dλ = λ d(ln λ)
    let logGaps = 0;
    for (const g of h.gaps)
      logGaps += k * Math.log(lambda) + (k - 1) * Math.log(g) - lambda * g - logGamma(k);
    let silent = 0;
    const u = h.T - h.tx;
    for (let j = 0; j < k; j++)
      silent +=
        Math.exp(-lambda * u + j * Math.log(lambda * u || 1) - logGamma(j + 1)) * (u > 0 || j === 0 ? 1 : 0);
    const value = Math.exp(logPrior + logGaps) * (Math.exp(logStay) * silent + Math.exp(logLeave));
    total += (i === 0 || i === steps ? 0.5 : 1) * value;
  }
  return total * ((high - low) / steps);
}

describe('MBG/CNBD-k formulas against direct numerical integration over λ', () => {
  const params: MbgCnbdKParams = { k: 3, r: 1.2, alpha: 4, a: 0.7, b: 2.5 };
  it('the closed-form likelihood equals the integral, per history (relative 1e−6)', () => {
    for (const h of sample) {
      const closed = mbgCnbdKLogLikelihood(params, [h]);
      expect(Math.abs(closed - Math.log(likelihoodByIntegration(params, h)))).toBeLessThan(1e-6);
    }
  });
  it('P(alive) equals the integral over the posterior of λ and of the phase j (relative 1e−6)', () => {
    const { k, r, alpha, a, b } = params;
    for (const h of sample) {
      const u = h.T - h.tx;
      const stay = Math.exp(logBeta(a, b + h.x + 1) - logBeta(a, b));
      const leave = Math.exp(logBeta(a + 1, b + h.x) - logBeta(a, b));
      let alive = 0;
      let dead = 0;
      const steps = 3000;
      const low = Math.log(1e-7);
      const high = Math.log(5);
      for (let i = 0; i <= steps; i++) {
        const lambda = Math.exp(low + ((high - low) * i) / steps);
        const weight =
          (i === 0 || i === steps ? 0.5 : 1) *
          Math.exp((r + k * h.x) * Math.log(lambda) - alpha * lambda - lambda * h.tx);
        dead += weight * leave;
        for (let j = 0; j < k; j++) {
          if (u === 0 && j > 0) continue;
          alive += weight * stay * Math.exp(-lambda * u + j * Math.log(lambda * u || 1) - logGamma(j + 1));
        }
      }
      expect(relative(probabilityAliveMbgCnbdK(params, h), alive / (alive + dead))).toBeLessThan(1e-6);
    }
  });
  it("a repeat buyer's P(a purchase in d days) and expected purchase days: exact, equal to integrals over the posterior of λ and the phase (relative 1e−6)", () => {
    const { k, r, alpha, a, b } = params;
    const predict = mbgCnbdKPredictor(params);
    for (const h of sample.filter((s) => s.x > 0)) {
      for (const d of [30, 365]) {
        // Posterior of (λ, j stages since the last purchase, alive) on a grid; then, given λ and j,
        // P(N ≥ k − j) and Σ_n c_n P(N ≥ nk − j) for N ~ Poisson(λd).
        const u = h.T - h.tx;
        const stay = Math.exp(logBeta(a, b + h.x + 1) - logBeta(a, b));
        const leave = Math.exp(logBeta(a + 1, b + h.x) - logBeta(a, b));
        let alive = 0;
        let dead = 0;
        let buys = 0;
        let purchases = 0;
        const steps = 3000;
        const low = Math.log(1e-7);
        const high = Math.log(5);
        for (let i = 0; i <= steps; i++) {
          const lambda = Math.exp(low + ((high - low) * i) / steps);
          const weight =
            (i === 0 || i === steps ? 0.5 : 1) *
            Math.exp((r + k * h.x) * Math.log(lambda) - alpha * lambda - lambda * h.tx);
          dead += weight * leave;
          // P(N >= m) for N ~ Poisson(λd), from its pmf walked out of the mode.
          const mean = lambda * d;
          const limit = Math.ceil(mean + 15 * Math.sqrt(mean) + 60);
          const pmf = new Float64Array(limit + 1);
          const mode = Math.floor(mean);
          pmf[mode] = Math.exp(-mean + mode * Math.log(mean) - logGamma(mode + 1));
          for (let m = mode + 1; m <= limit; m++) pmf[m] = (pmf[m - 1]! * mean) / m;
          for (let m = mode - 1; m >= 0; m--) pmf[m] = (pmf[m + 1]! * (m + 1)) / mean;
          const tail = new Float64Array(limit + 2);
          for (let m = limit; m >= 0; m--) tail[m] = tail[m + 1]! + pmf[m]!;
          for (let j = 0; j < k; j++) {
            if (u === 0 && j > 0) continue;
            const w = weight * stay * Math.exp(-lambda * u + j * Math.log(lambda * u || 1) - logGamma(j + 1));
            alive += w;
            buys += w * tail[k - j]!;
            let c = 1;
            let sum = 0;
            for (let n = 1; n * k - j <= limit; n++) {
              sum += c * tail[n * k - j]!;
              c *= (b + h.x + n) / (a + b + h.x + n);
            }
            purchases += w * sum;
          }
        }
        const total = alive + dead;
        expect(relative(probabilityAliveMbgCnbdK(params, h), alive / total)).toBeLessThan(1e-6);
        expect(relative(predict.repeatProbability(h, d), buys / total)).toBeLessThan(1e-6);
        expect(relative(predict.expectedPurchases(h, d), purchases / total)).toBeLessThan(1e-6);
      }
    }
  });
  it("a one-time buyer's forecast as BTYDplus's for k > 1: P(alive) times the MBG/NBD's forecast given alive with alpha scaled by k (relative 1e−9)", () => {
    const { k, r, alpha, a, b } = params;
    const memoryless = { r, alpha: k * alpha, a, b };
    const predict = mbgCnbdKPredictor(params);
    const expected = expectedPurchasesMbgPredictor(memoryless);
    for (const T of [0, 3, 40, 400]) {
      const h = { x: 0, tx: 0, T };
      const alive = probabilityAliveMbgCnbdK(params, h);
      const aliveMemoryless = probabilityAliveMbg(memoryless, h);
      for (const d of [30, 365]) {
        expect(
          relative(
            predict.repeatProbability(h, d),
            (alive * repeatProbabilityMbg(memoryless, h, d)) / aliveMemoryless,
          ),
        ).toBeLessThan(1e-9);
        expect(
          relative(predict.expectedPurchases(h, d), (alive * expected(h, d)) / aliveMemoryless),
        ).toBeLessThan(1e-9);
      }
    }
  });
  it('a yearly regular near their due day: the exact forecast of buying within 90 days is over twice the memoryless one (k = 12: 48% against 20%)', () => {
    const yearly: MbgCnbdKParams = { k: 12, r: 20, alpha: 20 * 30, a: 1, b: 20 };
    // λ ≈ r/alpha = 1/30 a stage: 12 stages ≈ 360 days. Three yearly purchases, the last 348 days ago.
    const h = { x: 3, tx: 3 * 365, T: 3 * 365 + 348 };
    const p = mbgCnbdKPredictor(yearly).repeatProbability(h, 90);
    expect(p).toBeGreaterThan(0.45);
    const memoryless = { r: yearly.r, alpha: yearly.k * yearly.alpha, a: yearly.a, b: yearly.b };
    const alive = probabilityAliveMbgCnbdK(yearly, h);
    expect(p).toBeGreaterThan(
      (2 * alive * repeatProbabilityMbg(memoryless, h, 90)) / probabilityAliveMbg(memoryless, h),
    );
  });
  it("a one-time buyer's repeat probability and expected purchases never rise with silence, even on a steady rhythm (k = 12)", () => {
    for (const k of [3, 12]) {
      const predict = mbgCnbdKPredictor({ ...params, k });
      let lastP = Number.POSITIVE_INFINITY;
      let lastE = Number.POSITIVE_INFINITY;
      for (let T = 0; T <= 400; T++) {
        const h = { x: 0, tx: 0, T };
        const p = predict.repeatProbability(h, 90);
        const e = predict.expectedPurchases(h, 365);
        expect(p).toBeLessThanOrEqual(lastP);
        expect(e).toBeLessThanOrEqual(lastE);
        lastP = p;
        lastE = e;
      }
    }
  });
  it('the analytic gradient of the fit objective (k = 4, with and without prior) matches central differences (relative 1e−5)', () => {
    const h = cdnow.slice(0, 300);
    for (const prior of [false, true]) {
      const f = mbgCnbdKObjective(h, 4, prior);
      const theta = Float64Array.from([Math.log(0.8), Math.log(9), Math.log(1.2), Math.log(2.5)]);
      const gradient = new Float64Array(4);
      f(theta, gradient);
      for (let i = 0; i < 4; i++) {
        const up = Float64Array.from(theta);
        const down = Float64Array.from(theta);
        up[i]! += 1e-6;
        down[i]! -= 1e-6;
        const numeric = (f(up, new Float64Array(4)) - f(down, new Float64Array(4))) / 2e-6;
        expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      }
    }
  });
});

/** Customers drawn from the MBG/CNBD-k itself: Erlang-k gaps, leaving after any purchase with p. */
function simulate(params: MbgCnbdKParams, customers: number, seed: number): RegularityHistory[] {
  const random = randomSource(seed);
  const out: RegularityHistory[] = [];
  for (let i = 0; i < customers; i++) {
    const lambda = gammaVariate(params.r, random) / params.alpha;
    const ga = gammaVariate(params.a, random);
    const p = ga / (ga + gammaVariate(params.b, random));
    const T = Math.floor(random() * 365) + 1;
    const days = [0];
    let day = 0;
    while (random() >= p) {
      let gap = 0;
      for (let s = 0; s < params.k; s++) gap -= Math.log(1 - random()) / lambda;
      day += Math.max(1, Math.round(gap));
      if (day > T) break;
      days.push(day);
    }
    out.push({ x: days.length - 1, tx: days[days.length - 1]!, T, logGapSum: logGapSum(days) });
  }
  return out;
}

describe('MBG/CNBD-k recovers a known truth', () => {
  const truth: MbgCnbdKParams = { k: 4, r: 2, alpha: 40, a: 0.8, b: 3 };
  const data = simulate(truth, 4000, 7);
  const fit = fitMbgCnbdK(data, { prior: false });
  it('chooses k = 4 on 4,000 simulated customers with Erlang-4 gaps (mean gap 80 days)', () => {
    expect(fit.converged).toBe(true);
    expect(fit.params.k).toBe(4);
  });
  it('and recovers r, alpha and the mean dropout a/(a+b) within 20%', () => {
    expect(relative(fit.params.r, truth.r)).toBeLessThan(0.2);
    expect(relative(fit.params.alpha, truth.alpha)).toBeLessThan(0.2);
    expect(
      relative(fit.params.a / (fit.params.a + fit.params.b), truth.a / (truth.a + truth.b)),
    ).toBeLessThan(0.2);
  });
  it('memoryless data (k = 1 truth) gets k = 1', () => {
    const memoryless = simulate({ ...truth, k: 1, alpha: 10 }, 3000, 11);
    expect(fitMbgCnbdK(memoryless, { prior: false }).params.k).toBe(1);
  });
  it('a regular who is several gaps late is seen as gone, unlike under k = 1', () => {
    const onTime = { x: 6, tx: 480, T: 500 };
    const late = { x: 6, tx: 480, T: 900 };
    const regular = fit.params;
    const memoryless = fitMbgCnbdK(data, { prior: false, k: 1 }).params;
    expect(probabilityAliveMbgCnbdK(regular, onTime)).toBeGreaterThan(0.8);
    expect(probabilityAliveMbgCnbdK(regular, late)).toBeLessThan(0.01);
    expect(probabilityAliveMbgCnbdK(memoryless, late)).toBeGreaterThan(0.05);
  });
});

describe('MBG/CNBD-k inputs', () => {
  it('logGapSum adds the natural logs of the gaps between ascending days (the first `count` days)', () => {
    expect(logGapSum([10, 12, 15])).toBeCloseTo(Math.log(2) + Math.log(3), 14);
    expect(logGapSum([10, 12, 15], 2)).toBeCloseTo(Math.log(2), 14);
    expect(logGapSum([10])).toBe(0);
  });
  it('throws a RangeError naming the field for a non-finite logGapSum, and for k outside 1–64', () => {
    expect(() => fitMbgCnbdK([{ x: 1, tx: 5, T: 9, logGapSum: Number.NaN }])).toThrow(/logGapSum/);
    expect(() => fitMbgCnbdK([{ x: 1, tx: 5, T: 9, logGapSum: 1 }], { k: 0 })).toThrow(/k must be/);
    expect(() => mbgCnbdKPredictor({ k: 1.5, r: 1, alpha: 1, a: 1, b: 1 })).toThrow(/k must be/);
  });
});
