import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, fitBgNbd } from '../../../src/core/models/bg-nbd.ts';
import {
  type CustomerModel,
  type CustomerSummary,
  fitCustomerModel,
  isPlausibleBgNbd,
  isPlausibleGammaGamma,
  POOLED_RATE,
} from '../../../src/core/models/customer-model.ts';
import { fitGammaGamma } from '../../../src/core/models/gamma-gamma.ts';
import type { RepeatHistory } from '../../../src/core/models/repeat-history.ts';
import { fitSpendShrinkage, shrunkSpend } from '../../../src/core/models/spend-shrinkage';
import { readCdnowSample } from './cdnow-data.ts';
import { randomSource, simulateCustomers } from './simulate.ts';

const HORIZONS = [0, 1, 30, 90, 365, 3650];

function customer(x: number, tx: number, T: number, meanSpend = 20, meanRepeatSpend = x > 0 ? meanSpend : 0) {
  return { x, tx, T, meanSpend, meanRepeatSpend };
}

/** Every output the model gives for `c` is finite and in range, and purchases grow with the horizon. */
function expectSaneOutputs(model: CustomerModel, c: CustomerSummary): void {
  const alive = model.probabilityAlive(c);
  expect(alive).toBeGreaterThanOrEqual(0);
  expect(alive).toBeLessThanOrEqual(1);
  let previous = 0;
  for (const d of HORIZONS) {
    const repeat = model.repeatProbability(c, d);
    expect(Number.isFinite(repeat)).toBe(true);
    expect(repeat).toBeGreaterThanOrEqual(0);
    expect(repeat).toBeLessThanOrEqual(1);
    const purchases = model.expectedPurchases(c, d);
    expect(Number.isFinite(purchases)).toBe(true);
    expect(purchases).toBeGreaterThanOrEqual(previous * (1 - 1e-12));
    previous = purchases;
    const value = model.predictedValue(c, d);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
  }
  const spend = model.expectedSpend(c);
  expect(Number.isFinite(spend)).toBe(true);
  expect(spend).toBeGreaterThanOrEqual(0);
}

/** A customer who bought more recently is never predicted below an otherwise identical older one. */
function expectRecencyOrdering(model: CustomerModel, recent: RepeatHistory, older: RepeatHistory): void {
  for (const d of [30, 90, 365]) {
    expect(model.expectedPurchases(recent, d)).toBeGreaterThanOrEqual(
      model.expectedPurchases(older, d) * (1 - 1e-12),
    );
    expect(model.repeatProbability(recent, d)).toBeGreaterThanOrEqual(
      model.repeatProbability(older, d) * (1 - 1e-12),
    );
  }
}

describe('fitCustomerModel on the CDNOW sample', () => {
  const sample = readCdnowSample();
  const model = fitCustomerModel(sample);

  it('uses BG/NBD and Gamma-Gamma with the maximum-likelihood parameters', () => {
    expect(model.method).toEqual({ purchases: 'bg-nbd', spend: 'gamma-gamma' });
    expect(model.fallbackReason).toEqual({ purchases: undefined, spend: undefined });
    expect(model.bgNbd).toEqual(fitBgNbd(sample).params);
    expect(model.purchaseParams).toBe(model.bgNbd);
    expect(model.gammaGamma).toEqual(
      fitGammaGamma(sample.map((c) => ({ x: c.x, meanSpend: c.meanRepeatSpend }))).params,
    );
    expect(Math.abs(model.bgNbdLogLikelihood! - -14363.53)).toBeLessThan(0.05);
    expect(model.customers).toBe(2357);
    expect(model.repeatCustomers).toBe(946);
  });

  it('expects 1.226 purchases in 273 days for x = 2, tx = 213, T = 272 (FHL 2005a, §5) ± 0.005', () => {
    expect(Math.abs(model.expectedPurchases({ x: 2, tx: 213, T: 272 }, 273) - 1.226)).toBeLessThan(0.005);
  });

  it('predicted value = expected purchases × expected spend (customer 1: x = 2, zbar = 22.35 → 24.65)', () => {
    const first = sample.find((c) => Number(c.id) === 1)!;
    expect(Math.abs(model.expectedSpend(first) - 24.65)).toBeLessThan(0.006);
    expect(model.predictedValue(first, 365)).toBeCloseTo(
      model.expectedPurchases(first, 365) * model.expectedSpend(first),
      12,
    );
    // A one-time buyer's one purchase counts as one observed amount: (gamma + 999)·p/(p + q − 1).
    expect(model.expectedSpend(customer(0, 0, 100, 999))).toBeCloseTo(
      ((15.4435 + 999) * 6.2496) / (6.2496 + 2.7442),
      0,
    );
  });
});

describe('fallbacks for small and degenerate sheets', () => {
  it('no customers at all: pooled-rate with the prior rate, store mean 0', () => {
    const model = fitCustomerModel([]);
    expect(model.method).toEqual({ purchases: 'pooled-rate', spend: 'shrunk-mean' });
    expect(model.fallbackReason).toEqual({
      purchases: 'too-few-customers',
      spend: 'too-few-repeat-customers',
    });
    expect(model.bgNbd).toBeUndefined();
    expect(model.gammaGamma).toBeUndefined();
    expect(model.purchaseParams).toEqual({ r: 0.25, alpha: 0.25 * 90, a: 0.8, b: 2.4 });
    expect(model.storeMeanSpend).toBe(0);
    const newcomer = customer(0, 0, 0);
    expect(model.repeatProbability(newcomer, 90)).toBeCloseTo(1 - (22.5 / 112.5) ** 0.25, 14);
    expectSaneOutputs(model, newcomer);
  });

  it('one customer who bought once, today (T = 0)', () => {
    const only = customer(0, 0, 0, 35);
    const model = fitCustomerModel([only]);
    expect(model.method.purchases).toBe('pooled-rate');
    expect(model.storeMeanSpend).toBe(35);
    // Alone on the sheet, their one basket is the shop's centre: shrinking changes nothing.
    expect(model.expectedSpend(only)).toBeCloseTo(35, 12);
    expectSaneOutputs(model, only);
    expect(model.repeatProbability(only, 90)).toBeGreaterThan(0);
  });

  it('one customer with repeat purchases: alpha = r·(ΣT + 90)/(Σx + 1)', () => {
    const only = customer(3, 60, 90, 40, 50);
    const model = fitCustomerModel([only]);
    expect(model.method).toEqual({ purchases: 'pooled-rate', spend: 'shrunk-mean' });
    expect(model.purchaseParams.alpha).toBeCloseTo((POOLED_RATE.r * (90 + 90)) / (3 + 1), 12);
    // Alone on the sheet, their own mean (40) is the shop's centre (spend-shrinkage.ts).
    expect(model.expectedSpend(only)).toBeCloseTo(40, 12);
    expectSaneOutputs(model, only);
    expect(model.expectedPurchases(only, 365)).toBeGreaterThan(0.5);
  });

  it('only one-time buyers: cautious pooled rate, later first purchase → higher repeat probability', () => {
    const buyers = Array.from({ length: 40 }, (_, i) => customer(0, 0, 10 * i, 10 + i));
    const model = fitCustomerModel(buyers);
    expect(model.method.purchases).toBe('pooled-rate');
    expect(model.fallbackReason.purchases).toBe('too-few-repeat-customers');
    const sumT = buyers.reduce((s, c) => s + c.T, 0);
    expect(model.purchaseParams.alpha).toBeCloseTo((POOLED_RATE.r * (sumT + 90)) / 1, 9);
    for (const c of buyers) expectSaneOutputs(model, c);
    for (let i = 1; i < buyers.length; i++) {
      expect(model.repeatProbability(buyers[i]!, 90)).toBeLessThan(
        model.repeatProbability(buyers[i - 1]!, 90),
      );
    }
    expect(model.repeatProbability(buyers[39]!, 90)).toBeLessThan(0.1);
  });

  it('all purchases on the same day (every T = 0): the prior rate, identical outputs for identical customers', () => {
    const sameDay = Array.from({ length: 30 }, (_, i) => customer(0, 0, 0, 5 + i));
    const model = fitCustomerModel(sameDay);
    expect(model.method).toEqual({ purchases: 'pooled-rate', spend: 'shrunk-mean' });
    expect(model.purchaseParams.alpha).toBeCloseTo(22.5, 12);
    const first = model.expectedPurchases(sameDay[0]!, 365);
    for (const c of sameDay) {
      expectSaneOutputs(model, c);
      expect(model.expectedPurchases(c, 365)).toBe(first);
    }
    // Spend: each customer's own amount pulled toward the shop's centre as spend-shrinkage.ts fits it
    // (its own tests check the fit); amounts 5…34 differ far more between customers than retail's
    // typical visit-to-visit spread, so the $5 customer stays nearer $5 than the shop's $19.5 mean.
    const spreads = fitSpendShrinkage(sameDay);
    expect(model.expectedSpend(sameDay[0]!)).toBeCloseTo(shrunkSpend(spreads, 0, 5), 12);
    expect(model.expectedSpend(sameDay[0]!)).toBeGreaterThan(5);
    expect(model.expectedSpend(sameDay[0]!)).toBeLessThan((19.5 + 5) / 2);
  });

  it('fewer than 20 customers → pooled-rate even with repeat buyers; ordering by recency and frequency holds', () => {
    const few = Array.from({ length: 19 }, (_, i) => customer(1 + (i % 4), 50 + 5 * i, 200, 30));
    const model = fitCustomerModel(few);
    expect(model.fallbackReason.purchases).toBe('too-few-customers');
    for (const c of few) expectSaneOutputs(model, c);
    expectRecencyOrdering(model, { x: 3, tx: 190, T: 200 }, { x: 3, tx: 40, T: 200 });
    // Just bought, more purchase days → more expected purchases.
    expect(model.expectedPurchases({ x: 5, tx: 200, T: 200 }, 90)).toBeGreaterThan(
      model.expectedPurchases({ x: 1, tx: 200, T: 200 }, 90),
    );
  });

  it('enough customers but fewer than 5 repeat customers → pooled-rate', () => {
    const mostlyOnce = Array.from({ length: 25 }, (_, i) =>
      i < 4 ? customer(2, 40, 100) : customer(0, 0, 100),
    );
    const model = fitCustomerModel(mostlyOnce);
    expect(model.fallbackReason.purchases).toBe('too-few-repeat-customers');
    expect(model.bgNbdLogLikelihood).toBeUndefined();
  });

  it('a fit that does not converge (identical customers: the likelihood has no interior maximum) → pooled-rate', () => {
    const clones = Array.from({ length: 30 }, () => customer(2, 50, 100, 10));
    expect(fitBgNbd(clones).converged).toBe(false);
    const model = fitCustomerModel(clones);
    expect(model.method).toEqual({ purchases: 'pooled-rate', spend: 'shrunk-mean' });
    expect(model.fallbackReason).toEqual({
      purchases: 'fit-did-not-converge',
      spend: 'fit-did-not-converge',
    });
    expectSaneOutputs(model, clones[0]!);
    expect(model.expectedSpend(clones[0]!)).toBeCloseTo(10, 12);
  });

  it('a converged spend fit with q <= 1 (no finite mean spend) → shrunk-mean, reason implausible-parameters', () => {
    // 300 customers simulated with q = 0.7: per-customer mean spends so spread out that the
    // population mean p·gamma/(q−1) does not exist.
    const heavy = simulateCustomers({
      customers: 300,
      seed: 1,
      purchase: { r: 1, alpha: 20, a: 0.8, b: 3 },
      spend: { p: 5, q: 0.7, gamma: 10 },
      minT: 100,
      maxT: 400,
      wholeDays: true,
    });
    const raw = fitGammaGamma(heavy.map((c) => ({ x: c.x, meanSpend: c.meanRepeatSpend })));
    expect(raw.converged).toBe(true);
    expect(raw.params.q).toBeLessThan(1);
    const model = fitCustomerModel(heavy);
    expect(model.method).toEqual({ purchases: 'bg-nbd', spend: 'shrunk-mean' });
    expect(model.fallbackReason.spend).toBe('implausible-parameters');
    for (const c of heavy.slice(0, 50)) expectSaneOutputs(model, c);
  });

  it('a spend fit running off to a boundary (Pareto amounts) → shrunk-mean, not converged', () => {
    const random = randomSource(3);
    const pareto = Array.from({ length: 40 }, () => {
      const x = 1 + Math.floor(random() * 3);
      const amount = 1 / random() ** 1.5; // tail index 2/3: no finite mean
      return customer(x, 10, 100, amount, amount);
    });
    const model = fitCustomerModel(pareto);
    expect(model.method.spend).toBe('shrunk-mean');
    expect(model.fallbackReason.spend).toBe('fit-did-not-converge');
    for (const c of pareto) expectSaneOutputs(model, c);
  });

  it('fewer than 10 repeat spenders → shrunk-mean even when purchases use BG/NBD', () => {
    let kept = 0;
    const sample = readCdnowSample().map((c) => {
      if (c.x === 0 || c.meanRepeatSpend <= 0) return c;
      kept++;
      return kept <= 9 ? c : { ...c, meanRepeatSpend: 0 };
    });
    const model = fitCustomerModel(sample);
    expect(model.method).toEqual({ purchases: 'bg-nbd', spend: 'shrunk-mean' });
    expect(model.fallbackReason.spend).toBe('too-few-repeat-customers');
    const spreads = fitSpendShrinkage(sample);
    for (const c of sample.slice(0, 20)) {
      expect(model.expectedSpend(c)).toBeCloseTo(shrunkSpend(spreads, c.x, c.meanSpend), 12);
    }
  });

  it('the plausibility tests reject runaway parameters', () => {
    expect(isPlausibleBgNbd({ r: 0.24, alpha: 31, a: 0.79, b: 2.4 })).toBe(true);
    expect(isPlausibleBgNbd({ r: 0.24, alpha: 31, a: 0.79, b: 3e5 })).toBe(false);
    expect(isPlausibleBgNbd({ r: 5, alpha: 2, a: 0.79, b: 2.4 })).toBe(false); // > 1 purchase day per day
    expect(isPlausibleBgNbd({ r: 1e-5, alpha: 31, a: 0.79, b: 2.4 })).toBe(false);
    expect(isPlausibleGammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 }, 300)).toBe(true);
    expect(isPlausibleGammaGamma({ p: 6.25, q: 0.9, gamma: 15.44 }, 300)).toBe(false);
    expect(isPlausibleGammaGamma({ p: 6.25, q: 1.001, gamma: 15.44 }, 300)).toBe(false); // mean 96,500
  });

  it('rejects invalid summaries with a message naming the customer and field', () => {
    expect(() => fitCustomerModel([customer(0, 0, 5), customer(1, 9, 5)])).toThrow(/customers\[1\]: T/);
    expect(() => fitCustomerModel([customer(-1, 0, 5)])).toThrow(/customers\[0\]: x/);
    expect(() => fitCustomerModel([customer(0, 0, 5, Number.NaN)])).toThrow(/customers\[0\]: meanSpend/);
    const model = fitCustomerModel([]);
    expect(() => model.expectedPurchases(customer(0, 0, 5), Number.NaN)).toThrow(/horizonDays/);
  });
});

describe('property: any small sheet gives finite, ordered numbers', () => {
  // Valid summaries as the preprocessing produces them: whole days, x <= T (distinct purchase days),
  // x = 0 ⇒ tx = 0, x > 0 ⇒ x <= tx <= T; spends may be zero or negative (returns).
  const history = fc
    .record({
      T: fc.integer({ min: 0, max: 1000 }),
      xRaw: fc.integer({ min: 0, max: 40 }),
      txShare: fc.double({ min: 0, max: 1, noNaN: true }),
      meanSpend: fc.double({ min: -50, max: 500, noNaN: true }),
      meanRepeatSpend: fc.double({ min: -50, max: 500, noNaN: true }),
    })
    .map(({ T, xRaw, txShare, meanSpend, meanRepeatSpend }) => {
      const x = Math.min(xRaw, T);
      const tx = x === 0 ? 0 : x + Math.floor(txShare * (T - x));
      return { x, tx, T, meanSpend, meanRepeatSpend: x > 0 ? meanRepeatSpend : 0 };
    });
  // Tiny sheets (all fallbacks) and sheets past the thresholds (maximum-likelihood fits on noise).
  const sheets = fc.oneof(
    fc.array(history, { maxLength: 12 }),
    fc.array(history, { minLength: 20, maxLength: 60, size: 'max' }),
  );

  it('never NaN/Infinity, probabilities in [0, 1], purchases >= 0 and growing with the horizon, recency ordering', () => {
    fc.assert(
      fc.property(sheets, (customers) => {
        const model = fitCustomerModel(customers);
        for (const value of Object.values(model.purchaseParams)) {
          expect(Number.isFinite(value) && value > 0).toBe(true);
        }
        const probes = [...customers.slice(0, 8), customer(0, 0, 0), customer(3, 10, 400)];
        for (const c of probes) {
          expectSaneOutputs(model, c);
          if (c.x > 0 && c.tx < c.T) expectRecencyOrdering(model, { ...c, tx: c.T }, c);
        }
        if (model.method.purchases === 'bg-nbd') {
          const c = probes[0]!;
          expect(model.expectedPurchases(c, 90)).toBe(conditionalExpectedPurchases(model.bgNbd!, c, 90));
        }
      }),
      { numRuns: 100, seed: 20_250_101 },
    );
  });
});
