import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BgNbdFit,
  type BgNbdParams,
  bgNbdLogLikelihood,
  conditionalExpectedPurchases,
  expectedPurchasesIfAliveByQuadrature,
  expectedPurchasesIfAliveClosedForm,
  fitBgNbd,
  probabilityAlive,
  repeatProbability,
} from '../../../src/core/models/bg-nbd.ts';
import { dropoutObjective } from '../../../src/core/models/dropout-likelihood.ts';
import { historyGroupsOf } from '../../../src/core/models/history-groups.ts';
import type { RepeatHistory } from '../../../src/core/models/repeat-history.ts';
import { type CdnowCustomer, readCdnowSample, readPublishedSummary } from './cdnow-data.ts';
import { simulateCustomers } from './simulate.ts';

const bgNbdObjective = (groups: ReturnType<typeof historyGroupsOf>) =>
  dropoutObjective(groups, { dropoutAtFirstPurchase: false });

/** Published BG/NBD fit on the CDNOW sample, time in weeks: Fader, Hardie & Lee (2005a), §5. */
const PUBLISHED_WEEKS = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 };
/** The same with time in days (alpha × 7), as the data README states. */
const PUBLISHED_DAYS: BgNbdParams = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual / expected - 1);
}

let sample: CdnowCustomer[];
let fit: BgNbdFit;
let sumX: number;

beforeAll(() => {
  sample = readCdnowSample();
  fit = fitBgNbd(sample);
  sumX = sample.reduce((s, c) => s + c.x, 0);
});

describe('CDNOW sample (2,357 customers, calibration end 1997-09-30)', () => {
  it('summaries computed from the raw log agree with the published weekly summary (rounded to 0.01)', () => {
    const published = readPublishedSummary();
    expect(sample.length).toBe(2357);
    expect(published.length).toBe(2357);
    const byId = new Map(sample.map((c) => [Number(c.id), c]));
    for (const row of published) {
      const c = byId.get(Number(row.id))!;
      expect(c.x).toBe(row.x);
      expect(Math.abs(c.tx / 7 - row.txWeeks)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.T / 7 - row.TWeeks)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.meanRepeatSpend - row.zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('fitted r, a, b are within 1% of the published 0.243, 0.793, 2.426 and alpha/7 of 4.414', () => {
    expect(fit.converged).toBe(true);
    expect(relativeError(fit.params.r, PUBLISHED_WEEKS.r)).toBeLessThan(0.01);
    expect(relativeError(fit.params.a, PUBLISHED_WEEKS.a)).toBeLessThan(0.01);
    expect(relativeError(fit.params.b, PUBLISHED_WEEKS.b)).toBeLessThan(0.01);
    expect(relativeError(fit.params.alpha / 7, PUBLISHED_WEEKS.alpha)).toBeLessThan(0.01);
  });

  it('matches the lifetimes fit in daily units to 0.05% (FACTS.md: r 0.2426, alpha 30.895, a 0.7929, b 2.4259)', () => {
    expect(relativeError(fit.params.r, 0.2426)).toBeLessThan(5e-4);
    expect(relativeError(fit.params.alpha, 30.895)).toBeLessThan(5e-4);
    expect(relativeError(fit.params.a, 0.7929)).toBeLessThan(5e-4);
    expect(relativeError(fit.params.b, 2.4259)).toBeLessThan(5e-4);
  });

  it('log-likelihood: −9582.4 in weeks, i.e. −9582.4 − Σx·ln 7 = −14,363.5 in days (Σx = 2,457)', () => {
    // Each customer's likelihood is a density in the x repeat-purchase times, so changing the unit
    // from weeks to days multiplies it by 7^−x: LL_days = LL_weeks − Σx·ln 7.
    expect(sumX).toBe(2457);
    expect(Math.abs(fit.logLikelihood + sumX * Math.log(7) - PUBLISHED_WEEKS.logLikelihood)).toBeLessThan(
      0.05,
    );
    expect(Math.abs(fit.logLikelihood - -14363.53)).toBeLessThan(0.05);
  });

  it('fitting the same data in weeks gives the same r, a, b, alpha/7 and LL −9582.4', () => {
    const weekly = sample.map((c) => ({ x: c.x, tx: c.tx / 7, T: c.T / 7 }));
    const weeks = fitBgNbd(weekly);
    expect(weeks.converged).toBe(true);
    expect(relativeError(weeks.params.alpha, fit.params.alpha / 7)).toBeLessThan(1e-6);
    expect(relativeError(weeks.params.r, fit.params.r)).toBeLessThan(1e-6);
    expect(Math.abs(weeks.logLikelihood - PUBLISHED_WEEKS.logLikelihood)).toBeLessThan(0.05);
    // At the published (rounded) weekly parameters the likelihood is within 0.1 of the optimum.
    const atPublished = bgNbdLogLikelihood(PUBLISHED_WEEKS, weekly);
    expect(Math.abs(atPublished - PUBLISHED_WEEKS.logLikelihood)).toBeLessThan(0.1);
    expect(atPublished).toBeLessThanOrEqual(weeks.logLikelihood);
  });

  it('customer x = 2, tx = 30.43 weeks, T = 38.86 weeks expects 1.226 purchases in the next 39 weeks (FHL 2005a, §5) ± 0.005', () => {
    const customer = { x: 2, tx: 213, T: 272 };
    expect(Math.abs(conditionalExpectedPurchases(fit.params, customer, 273) - 1.226)).toBeLessThan(0.005);
    expect(Math.abs(conditionalExpectedPurchases(PUBLISHED_DAYS, customer, 273) - 1.226)).toBeLessThan(0.005);
  });
});

describe('likelihood', () => {
  it('the grouped objective equals the per-customer eq. (6) sum', () => {
    const grouped = historyGroupsOf(sample);
    expect(grouped.customers).toBe(2357);
    expect(grouped.repeatCustomers).toBe(946);
    const objective = bgNbdObjective(grouped);
    const params = { r: 0.5, alpha: 12, a: 1.7, b: 0.9 };
    const theta = Float64Array.from([params.r, params.alpha, params.a, params.b].map(Math.log));
    const value = -objective(theta, new Float64Array(4)) * grouped.customers;
    expect(relativeError(value, bgNbdLogLikelihood(params, sample))).toBeLessThan(1e-12);
  });

  it('groups non-integer histories the same way as whole days', () => {
    const weekly = sample.map((c) => ({ x: c.x, tx: c.tx / 7, T: c.T / 7 }));
    const grouped = historyGroupsOf(weekly);
    const theta = Float64Array.from([0.3, 4, 0.8, 2.5].map(Math.log));
    const value = -bgNbdObjective(grouped)(theta, new Float64Array(4)) * grouped.customers;
    expect(
      relativeError(value, bgNbdLogLikelihood({ r: 0.3, alpha: 4, a: 0.8, b: 2.5 }, weekly)),
    ).toBeLessThan(1e-12);
  });

  it('the analytic gradient matches central differences', () => {
    const objective = bgNbdObjective(historyGroupsOf(sample));
    const gradient = new Float64Array(4);
    const scratch = new Float64Array(4);
    for (const point of [
      [Math.log(0.3), Math.log(25), Math.log(0.6), Math.log(3)],
      [Math.log(2), Math.log(300), Math.log(3), Math.log(0.5)],
    ]) {
      const theta = Float64Array.from(point);
      objective(theta, gradient);
      for (let i = 0; i < 4; i++) {
        const h = 1e-5;
        const plus = Float64Array.from(theta);
        const minus = Float64Array.from(theta);
        plus[i]! += h;
        minus[i]! -= h;
        const numeric = (objective(plus, scratch) - objective(minus, scratch)) / (2 * h);
        expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it('recovers known parameters from 20,000 simulated customers (within 12%)', () => {
    const truth = { r: 0.5, alpha: 20, a: 0.8, b: 3 };
    const simulated = simulateCustomers({ customers: 20_000, seed: 7, purchase: truth, minT: 30, maxT: 400 });
    const recovered = fitBgNbd(simulated);
    expect(recovered.converged).toBe(true);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(relativeError(recovered.params[key], truth[key])).toBeLessThan(0.12);
    }
  });

  it('rejects invalid histories with a message naming the field', () => {
    expect(() => fitBgNbd([])).toThrow(/at least one/);
    expect(() => fitBgNbd([{ x: 1.5, tx: 3, T: 9 }])).toThrow(/histories\[0\]: x/);
    expect(() =>
      fitBgNbd([
        { x: 1, tx: 3, T: 9 },
        { x: 1, tx: 10, T: 9 },
      ]),
    ).toThrow(/histories\[1\]: T .* >= tx/);
    expect(() => bgNbdLogLikelihood({ r: 1, alpha: -1, a: 1, b: 1 }, [])).toThrow(/alpha/);
    expect(() => conditionalExpectedPurchases(PUBLISHED_DAYS, { x: 0, tx: 0, T: 5 }, -1)).toThrow(
      /horizonDays/,
    );
  });
});

describe('predictions', () => {
  const grid: BgNbdParams[] = [
    PUBLISHED_DAYS,
    { r: 0.5, alpha: 20, a: 2.5, b: 6 },
    { r: 3, alpha: 2, a: 0.2, b: 0.3 }, // a + b < 1: eq. (10) has c = a + b − 1 < 0 for x = 0
    { r: 0.05, alpha: 500, a: 15, b: 40 },
    { r: 1.2, alpha: 0.5, a: 0.9999, b: 1.5 }, // a ≈ 1: eq. (10) has 0/0
    { r: 1.2, alpha: 0.5, a: 1, b: 1.5 },
  ];
  const histories: RepeatHistory[] = [
    { x: 0, tx: 0, T: 0 },
    { x: 0, tx: 0, T: 200 },
    { x: 1, tx: 5, T: 300 },
    { x: 4, tx: 120, T: 125 },
    { x: 40, tx: 700, T: 730 },
  ];
  const horizons = [1, 30, 90, 365, 3650];

  it('the closed form of eq. (10) agrees with direct integration over the posterior (relative 1e−8)', () => {
    let compared = 0;
    for (const params of grid) {
      for (const h of histories) {
        for (const t of horizons) {
          const closed = expectedPurchasesIfAliveClosedForm(params, h.x, h.T, t);
          if (Number.isNaN(closed)) continue;
          const integrated = expectedPurchasesIfAliveByQuadrature(params, h.x, h.T, t);
          expect(relativeError(closed, integrated)).toBeLessThan(1e-8);
          compared++;
        }
      }
    }
    expect(compared).toBe(90); // 150 cases minus a ≈ 1 (50) and x = 0 with a + b < 1 (10)
  });

  it('is continuous through a = 1, where the closed form is 0/0', () => {
    const base = { r: 1.2, alpha: 0.5, b: 1.5 };
    const h = { x: 3, tx: 40, T: 100 };
    const at = conditionalExpectedPurchases({ ...base, a: 1 }, h, 90);
    const below = conditionalExpectedPurchases({ ...base, a: 1 - 2e-3 }, h, 90);
    const above = conditionalExpectedPurchases({ ...base, a: 1 + 2e-3 }, h, 90);
    expect(Number.isFinite(at)).toBe(true);
    expect(Math.abs(at - (below + above) / 2)).toBeLessThan(1e-5 * at);
    expect(Math.abs(below - above)).toBeGreaterThan(0); // the neighbours really do differ
  });

  it('P(alive) is 1 for x = 0 and falls as the last purchase ages', () => {
    expect(probabilityAlive(PUBLISHED_DAYS, { x: 0, tx: 0, T: 300 })).toBe(1);
    const recent = probabilityAlive(PUBLISHED_DAYS, { x: 3, tx: 250, T: 272 });
    const older = probabilityAlive(PUBLISHED_DAYS, { x: 3, tx: 50, T: 272 });
    expect(recent).toBeGreaterThan(older);
    expect(recent).toBeLessThan(1);
    // tx = T: 1/(1 + a/(b+x−1)) exactly.
    expect(
      relativeError(probabilityAlive(PUBLISHED_DAYS, { x: 3, tx: 272, T: 272 }), 1 / (1 + 0.793 / 4.426)),
    ).toBeLessThan(1e-14);
  });

  it('repeat probability is below 1 for one-time buyers, falls with T, and is P(alive)·(1 − ((α+T)/(α+T+d))^(r+x))', () => {
    const fresh = repeatProbability(PUBLISHED_DAYS, { x: 0, tx: 0, T: 10 }, 90);
    const stale = repeatProbability(PUBLISHED_DAYS, { x: 0, tx: 0, T: 300 }, 90);
    expect(fresh).toBeLessThan(1);
    expect(stale).toBeLessThan(fresh);
    const expected = 1 - ((30.898 + 10) / (30.898 + 10 + 90)) ** 0.243;
    expect(relativeError(fresh, expected)).toBeLessThan(1e-12);
    const h = { x: 2, tx: 100, T: 272 };
    const manual =
      probabilityAlive(PUBLISHED_DAYS, h) * (1 - ((30.898 + 272) / (30.898 + 272 + 90)) ** 2.243);
    expect(relativeError(repeatProbability(PUBLISHED_DAYS, h, 90), manual)).toBeLessThan(1e-12);
  });

  it('expected purchases are 0 at horizon 0, increase with the horizon, and never exceed E[λ | alive]·t', () => {
    for (const params of grid) {
      for (const h of histories) {
        expect(conditionalExpectedPurchases(params, h, 0)).toBe(0);
        let previous = 0;
        for (const t of horizons) {
          const value = conditionalExpectedPurchases(params, h, t);
          expect(value).toBeGreaterThan(previous);
          expect(value).toBeLessThanOrEqual(((params.r + h.x) / (params.alpha + h.T)) * t * (1 + 1e-12));
          previous = value;
        }
      }
    }
  });
});
