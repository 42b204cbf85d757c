import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitCustomerModel } from '../../../src/core/models/customer-model';
import {
  expectedPurchasesMbgPredictor,
  fitMbgNbd,
  mbgNbdLogLikelihood,
  mbgNbdObjective,
  probabilityAliveMbg,
  repeatProbabilityMbg,
} from '../../../src/core/models/mbg-nbd';
import { readCdnowSample } from './cdnow-data';

interface Reference {
  customers: number;
  sumX: number;
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
const REFERENCE: Reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/reference/lifetimes-cdnow.json'), 'utf8'),
);
const cdnow = readCdnowSample();
const relative = (u: number, v: number) => Math.abs(u - v) / Math.abs(v);

describe('MBG/NBD on the CDNOW sample against lifetimes (reference JSON, made by bench/reference/lifetimes_reference.py)', () => {
  const ref = REFERENCE.mbgNbd;
  const ml = fitMbgNbd(cdnow, { prior: false });
  it('the same customers as the reference script (2,357, Σx = 2,457)', () => {
    expect(cdnow.length).toBe(REFERENCE.customers);
    expect(cdnow.reduce((s, c) => s + c.x, 0)).toBe(REFERENCE.sumX);
  });
  it('maximum likelihood: r, alpha (days), a, b within 0.1% of lifetimes (r 0.525, alpha 43.28, a 0.891, b 1.614)', () => {
    expect(ml.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      expect(relative(ml.params[k], ref[k])).toBeLessThan(1e-3);
  });
  it('log-likelihood within 0.01 of lifetimes (−14,363.24 in days)', () => {
    expect(Math.abs(ml.logLikelihood - ref.logLikelihood)).toBeLessThan(0.01);
    expect(Math.abs(mbgNbdLogLikelihood(ref, cdnow) - ref.logLikelihood)).toBeLessThan(1e-6);
  });
  it('with the weakly informative prior the fit moves by less than 1% (the prior vanishes on large data)', () => {
    const map = fitMbgNbd(cdnow);
    expect(map.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      expect(relative(map.params[k], ref[k])).toBeLessThan(0.01);
  });
  it('P(alive) and expected purchases in 90 and 365 days match lifetimes at its parameters (relative 1e−6)', () => {
    const expected = expectedPurchasesMbgPredictor(ref);
    for (const p of ref.predictions) {
      expect(relative(probabilityAliveMbg(ref, p), p.probabilityAlive)).toBeLessThan(1e-6);
      expect(relative(expected(p, 90), p.expectedPurchases90)).toBeLessThan(1e-6);
      expect(relative(expected(p, 365), p.expectedPurchases365)).toBeLessThan(1e-6);
    }
  });
});

describe('MBG/NBD properties', () => {
  const params = { r: 0.5, alpha: 40, a: 0.9, b: 1.6 };
  it('a one-time buyer can have left: P(alive) < 1 and falls as the silence grows', () => {
    let previous = 1;
    for (const T of [0, 30, 90, 180, 365, 730]) {
      const alive = probabilityAliveMbg(params, { x: 0, tx: 0, T });
      expect(alive).toBeLessThan(1);
      expect(alive).toBeLessThan(previous);
      previous = alive;
    }
  });
  it('repeat probability is P(alive)·(1 − ((α+T)/(α+T+d))^(r+x)) and falls with T for one-time buyers', () => {
    const h = { x: 0, tx: 0, T: 100 };
    const want = probabilityAliveMbg(params, h) * (1 - ((40 + 100) / (40 + 100 + 90)) ** 0.5);
    expect(repeatProbabilityMbg(params, h, 90)).toBeCloseTo(want, 12);
    expect(repeatProbabilityMbg(params, { x: 0, tx: 0, T: 200 }, 90)).toBeLessThan(want);
  });
  it('the analytic gradient of the fit objective (with and without prior) matches central differences (relative 1e−5)', () => {
    const h = cdnow.slice(0, 300);
    for (const prior of [false, true]) {
      const f = mbgNbdObjective(h, prior);
      const theta = Float64Array.from([Math.log(0.4), Math.log(30), Math.log(1.2), Math.log(2.5)]);
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
  it('small sheets: a fit on 12 customers stays finite and near the prior rather than at an edge', () => {
    const small = [
      { x: 0, tx: 0, T: 291 },
      { x: 0, tx: 0, T: 20 },
      { x: 3, tx: 200, T: 210 },
      { x: 5, tx: 280, T: 290 },
      { x: 1, tx: 40, T: 150 },
      { x: 0, tx: 0, T: 100 },
      { x: 8, tx: 300, T: 305 },
      { x: 2, tx: 90, T: 250 },
      { x: 0, tx: 0, T: 60 },
      { x: 4, tx: 180, T: 300 },
      { x: 0, tx: 0, T: 200 },
      { x: 6, tx: 250, T: 260 },
    ];
    const fit = fitMbgNbd(small);
    expect(fit.converged).toBe(true);
    expect(fit.params.a).toBeGreaterThan(0.05);
    expect(fit.params.b).toBeLessThan(200);
    expect(probabilityAliveMbg(fit.params, small[0]!)).toBeLessThan(0.9);
  });
});

describe('the MBG/NBD in the customer model on small sheets', () => {
  const small = (repeat: number) =>
    Array.from({ length: 10 }, (_, i) => {
      const x = i < repeat ? 2 + i : 0;
      return {
        x,
        tx: x > 0 ? 100 + 10 * i : 0,
        T: 200 + 5 * i,
        meanSpend: 50,
        meanRepeatSpend: x > 0 ? 50 : 0,
      };
    });
  it('10 customers, 3 of them repeat: fitted with its prior, and the long-silent one-time buyer may have left', () => {
    const model = fitCustomerModel(small(3), { purchaseModel: 'mbg-nbd' });
    expect(model.method.purchases).toBe('mbg-nbd');
    expect(model.mbgNbd).toBeDefined();
    expect(model.probabilityAlive({ x: 0, tx: 0, T: 250 })).toBeLessThan(1);
  });
  it('10 customers, 2 repeat: the labelled pooled-rate fallback, still with the MBG/NBD formulas (P(alive) < 1 for a one-time buyer)', () => {
    const model = fitCustomerModel(small(2), { purchaseModel: 'mbg-nbd' });
    expect(model.method.purchases).toBe('pooled-rate');
    expect(model.fallbackReason.purchases).toBe('too-few-repeat-customers');
    expect(model.mbgNbd).toBeUndefined();
    const alive = model.probabilityAlive({ x: 0, tx: 0, T: 250 });
    expect(alive).toBeGreaterThan(0);
    expect(alive).toBeLessThan(1);
    // The BG/NBD's fallback cannot say that.
    expect(fitCustomerModel(small(2)).probabilityAlive({ x: 0, tx: 0, T: 250 })).toBe(1);
  });
});
