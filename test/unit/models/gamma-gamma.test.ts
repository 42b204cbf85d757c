import { beforeAll, describe, expect, it } from 'vitest';
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  type GammaGammaFit,
  gammaGammaLogLikelihood,
  gammaGammaObjective,
  populationMeanSpend,
  type SpendHistory,
} from '../../../src/core/models/gamma-gamma.ts';
import { logGamma as logGammaOf } from '../../../src/core/models/special-functions.ts';
import { readCdnowSample } from './cdnow-data.ts';
import { gammaVariate, randomSource, simulateCustomers } from './simulate.ts';

/** Published Gamma-Gamma fit on the CDNOW sample: Fader, Hardie & Lee (2005b); Fader & Hardie (2013). */
const PUBLISHED = { p: 6.25, q: 3.74, gamma: 15.44 };

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual / expected - 1);
}

let spend: (SpendHistory & { id: string })[];
let fit: GammaGammaFit;

beforeAll(() => {
  spend = readCdnowSample().map((c) => ({ id: c.id, x: c.x, meanSpend: c.meanRepeatSpend }));
  fit = fitGammaGamma(spend);
});

describe('CDNOW sample', () => {
  it('fits p, q, gamma within 1% of the published 6.25, 3.74, 15.44 on the 946 repeat customers', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customersUsed).toBe(946);
    expect(relativeError(fit.params.p, PUBLISHED.p)).toBeLessThan(0.01);
    expect(relativeError(fit.params.q, PUBLISHED.q)).toBeLessThan(0.01);
    expect(relativeError(fit.params.gamma, PUBLISHED.gamma)).toBeLessThan(0.01);
  });

  it('matches the lifetimes fit to 0.05% (FACTS.md: p 6.2496, q 3.7442, gamma 15.4435)', () => {
    expect(relativeError(fit.params.p, 6.2496)).toBeLessThan(5e-4);
    expect(relativeError(fit.params.q, 3.7442)).toBeLessThan(5e-4);
    expect(relativeError(fit.params.gamma, 15.4435)).toBeLessThan(5e-4);
  });

  it('reproduces the expected spend of customers 1–10 in Hardie’s note-025 spreadsheet (± 0.006)', () => {
    // Values from the spreadsheet accompanying Fader & Hardie (2013), as quoted in pymc-marketing's
    // gamma-gamma tests; x = 0 customers get the population mean.
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    const first = spend.filter((c) => Number(c.id) <= 10).sort((u, v) => Number(u.id) - Number(v.id));
    expect(first.length).toBe(10);
    first.forEach((c, i) => {
      expect(Math.abs(conditionalExpectedSpend(fit.params, c) - expected[i]!)).toBeLessThan(0.006);
    });
  });

  it('the grouped objective equals the direct likelihood and its gradient matches central differences', () => {
    const objective = gammaGammaObjective(spend);
    const theta = Float64Array.from([Math.log(3), Math.log(2.5), Math.log(20)]);
    const gradient = new Float64Array(3);
    const value = -objective(theta, gradient) * 946;
    expect(relativeError(value, gammaGammaLogLikelihood({ p: 3, q: 2.5, gamma: 20 }, spend))).toBeLessThan(
      1e-12,
    );
    const scratch = new Float64Array(3);
    for (let i = 0; i < 3; i++) {
      const h = 1e-5;
      const plus = Float64Array.from(theta);
      const minus = Float64Array.from(theta);
      plus[i]! += h;
      minus[i]! -= h;
      const numeric = (objective(plus, scratch) - objective(minus, scratch)) / (2 * h);
      expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  });
});

describe('conditional expected spend', () => {
  const params = { p: 6.25, q: 3.74, gamma: 15.44 };

  it('is the weighted mean of the population mean and the customer mean', () => {
    const h = { x: 4, meanSpend: 50 };
    const weight = (params.p * h.x) / (params.p * h.x + params.q - 1);
    const expected = (1 - weight) * populationMeanSpend(params) + weight * h.meanSpend;
    expect(relativeError(conditionalExpectedSpend(params, h), expected)).toBeLessThan(1e-14);
  });

  it('gives one-time buyers the population mean p·gamma/(q−1), and needs q > 1 for it', () => {
    expect(
      relativeError(conditionalExpectedSpend(params, { x: 0, meanSpend: 999 }), (6.25 * 15.44) / 2.74),
    ).toBeLessThan(1e-14);
    expect(() => conditionalExpectedSpend({ p: 2, q: 0.9, gamma: 5 }, { x: 0, meanSpend: 3 })).toThrow(
      /q > 1/,
    );
  });

  it('treats a negative mean (returns exceeding purchases) as 0 and moves toward the customer mean as x grows', () => {
    expect(conditionalExpectedSpend(params, { x: 2, meanSpend: -40 })).toBe(
      conditionalExpectedSpend(params, { x: 2, meanSpend: 0 }),
    );
    const few = conditionalExpectedSpend(params, { x: 1, meanSpend: 100 });
    const many = conditionalExpectedSpend(params, { x: 30, meanSpend: 100 });
    expect(many).toBeGreaterThan(few);
    expect(many).toBeLessThan(100);
  });
});

describe('fitting', () => {
  it('recovers known parameters from 30,000 simulated customers (within 10%)', () => {
    const truth = { p: 4, q: 3, gamma: 30 };
    const simulated = simulateCustomers({
      customers: 30_000,
      seed: 11,
      purchase: { r: 0.8, alpha: 20, a: 0.8, b: 3 },
      spend: truth,
      minT: 100,
      maxT: 700,
    });
    const recovered = fitGammaGamma(simulated.map((c) => ({ x: c.x, meanSpend: c.meanRepeatSpend })));
    expect(recovered.converged).toBe(true);
    for (const key of ['p', 'q', 'gamma'] as const) {
      expect(relativeError(recovered.params[key], truth[key])).toBeLessThan(0.1);
    }
  });

  it('ignores customers without repeat spend and rejects invalid input', () => {
    const withNoise = [...spend, { x: 0, meanSpend: 1e6 }, { x: 3, meanSpend: 0 }, { x: 2, meanSpend: -5 }];
    expect(fitGammaGamma(withNoise).params).toEqual(fit.params);
    expect(() => fitGammaGamma([{ x: 0, meanSpend: 10 }])).toThrow(/at least one customer/);
    expect(() => fitGammaGamma([{ x: 1, meanSpend: Number.NaN }])).toThrow(/histories\[0\]: meanSpend/);
    expect(() => fitGammaGamma([{ x: -1, meanSpend: 3 }])).toThrow(/histories\[0\]: x/);
  });
});

describe("each customer's own spread of amounts (logAmountSum, Colombo & Jiang 1999)", () => {
  /** A few customers' repeat amounts, then their spend histories with and without the spread. */
  const amounts = [[12, 30, 18], [55, 61], [9, 11, 10, 14], [100], [40, 20, 35, 25, 30]];
  const withSpread = amounts.map((z) => ({
    x: z.length,
    meanSpend: z.reduce((s, v) => s + v, 0) / z.length,
    logAmountSum: z.reduce((s, v) => s + Math.log(v), 0),
  }));

  it('the likelihood is that of the amounts themselves: the integral over ν of their gamma densities (relative 1e−6)', () => {
    const params = { p: 3, q: 2.5, gamma: 40 };
    for (let i = 0; i < amounts.length; i++) {
      const z = amounts[i]!;
      // ∫ Π Gamma(z_i; p, ν) · Gamma(ν; q, gamma) dν on a log grid of ν.
      const steps = 20_000;
      const low = Math.log(1e-6);
      const high = Math.log(50);
      let integral = 0;
      for (let s = 0; s <= steps; s++) {
        const nu = Math.exp(low + ((high - low) * s) / steps);
        let log =
          params.q * Math.log(params.gamma) +
          (params.q - 1) * Math.log(nu) -
          params.gamma * nu -
          logGammaOf(params.q);
        for (const v of z)
          log += params.p * Math.log(nu) + (params.p - 1) * Math.log(v) - nu * v - logGammaOf(params.p);
        integral += (s === 0 || s === steps ? 0.5 : 1) * Math.exp(log) * nu;
      }
      integral *= (high - low) / steps;
      const closed = gammaGammaLogLikelihood(params, [withSpread[i]!]);
      expect(Math.abs(closed - Math.log(integral))).toBeLessThan(1e-6);
    }
  });

  it('the objective with spreads equals the direct likelihood, and its gradient matches central differences', () => {
    const objective = gammaGammaObjective(withSpread);
    const theta = Float64Array.from([Math.log(3), Math.log(2.5), Math.log(20)]);
    const gradient = new Float64Array(3);
    const value = -objective(theta, gradient) * withSpread.length;
    expect(
      relativeError(value, gammaGammaLogLikelihood({ p: 3, q: 2.5, gamma: 20 }, withSpread)),
    ).toBeLessThan(1e-12);
    const scratch = new Float64Array(3);
    for (let i = 0; i < 3; i++) {
      const h = 1e-5;
      const plus = Float64Array.from(theta);
      const minus = Float64Array.from(theta);
      plus[i]! += h;
      minus[i]! -= h;
      const numeric = (objective(plus, scratch) - objective(minus, scratch)) / (2 * h);
      expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  });

  it("learns p (a customer's own spread) far better from the amounts than from their means: 1,500 customers, p = 18", () => {
    const truth = { p: 18, q: 3, gamma: 200 };
    const random = randomSource(7);
    const histories = Array.from({ length: 1500 }, (_, i) => {
      const nu = gammaVariate(truth.q, random) / truth.gamma;
      const z = Array.from({ length: 1 + (i % 4) }, () => gammaVariate(truth.p, random) / nu);
      return {
        x: z.length,
        meanSpend: z.reduce((s, v) => s + v, 0) / z.length,
        logAmountSum: z.reduce((s, v) => s + Math.log(v), 0),
      };
    });
    const full = fitGammaGamma(histories);
    const meansOnly = fitGammaGamma(histories.map(({ x, meanSpend }) => ({ x, meanSpend })));
    expect(full.converged).toBe(true);
    expect(relativeError(full.params.p, truth.p)).toBeLessThan(0.1);
    expect(relativeError(full.params.p, truth.p)).toBeLessThan(relativeError(meansOnly.params.p, truth.p));
  });

  it('rejects a non-finite logAmountSum', () => {
    expect(() => fitGammaGamma([{ x: 2, meanSpend: 10, logAmountSum: Number.NaN }])).toThrow(/logAmountSum/);
  });
});
