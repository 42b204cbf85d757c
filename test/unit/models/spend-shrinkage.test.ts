import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSpendShrinkage, shrunkSpend } from '../../../src/core/models/spend-shrinkage';
import { random } from '../../support/generated-logs';

/** A customer as the spend model reads them, from their amounts (first purchase day first). */
function evidence(amounts: readonly number[]) {
  const x = amounts.length - 1;
  const repeat = amounts.slice(1);
  const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  return {
    x,
    meanSpend: mean(amounts),
    meanRepeatSpend: x > 0 ? mean(repeat) : 0,
    logRepeatSpendSum: x >= 2 ? repeat.reduce((s, v) => s + Math.log(v), 0) : undefined,
  };
}

/**
 * A shop whose customers' usual baskets spread by `between` (a factor, log-uniform) around 100 and
 * whose visits spread by `within` (× U(1 − within, 1 + within)); 1–6 purchase days each. Returns
 * the customers and each one's true usual basket.
 */
function shop(seed: number, customers: number, between: number, within: number) {
  const u = random(seed);
  const rows = [];
  for (let i = 0; i < customers; i++) {
    const basket = 100 * between ** (2 * u() - 1);
    const days = 1 + Math.floor(u() * 6);
    const amounts = Array.from({ length: days }, () => basket * (1 - within + 2 * within * u()));
    rows.push({ basket, ...evidence(amounts) });
  }
  return rows;
}

const logError = (estimate: number, truth: number) => Math.abs(Math.log(estimate / truth));

describe('spend per purchase day on sheets too small for the Gamma-Gamma (spend-shrinkage.ts)', () => {
  it('learns the two spreads: steady customers who differ get their own level, noisy alike customers the shop’s', () => {
    const steady = fitSpendShrinkage(shop(1, 200, 5, 0.1));
    // Visits vary ±10% (log variance ≈ 0.0033); levels over a factor 5 either way (≈ 0.86).
    expect(steady.within).toBeGreaterThan(0.002);
    expect(steady.within).toBeLessThan(0.006);
    expect(steady.between).toBeGreaterThan(0.6);
    expect(steady.between).toBeLessThan(1.2);
    // One basket of 30 in a shop centred near 100: still about 30.
    expect(shrunkSpend(steady, 0, 30)).toBeGreaterThan(30);
    expect(shrunkSpend(steady, 0, 30)).toBeLessThan(31);

    const alike = fitSpendShrinkage(shop(2, 200, 1.05, 0.6));
    expect(alike.between).toBeLessThan(0.01);
    const centre = Math.exp(alike.centre);
    // One basket of 40 in a shop where everyone's level is about 100: nearly the shop's.
    expect(Math.abs(shrunkSpend(alike, 0, 40) - centre)).toBeLessThan(0.25 * (centre - 40));
  });

  it("predicts a customer's usual basket better than the old fixed pull (one purchase day at the shop mean) and than their own mean alone, on small sheets", () => {
    for (const [between, within] of [
      [5, 0.4], // customers differ a lot, visits vary (the property scan's generator is like this)
      [1.3, 0.6], // customers alike, visits noisy
      [2.5, 0.3],
    ] as const) {
      let shrunk = 0;
      let fixed = 0;
      let own = 0;
      for (let seed = 0; seed < 300; seed++) {
        const rows = shop(1000 + seed, 8 + (seed % 30), between, within);
        const fit = fitSpendShrinkage(rows);
        const shopMean =
          rows.reduce((s, r) => s + (r.x + 1) * r.meanSpend, 0) / rows.reduce((s, r) => s + r.x + 1, 0);
        for (const r of rows) {
          shrunk += logError(shrunkSpend(fit, r.x, r.meanSpend), r.basket);
          fixed += logError((shopMean + (r.x + 1) * r.meanSpend) / (r.x + 2), r.basket);
          own += logError(r.meanSpend, r.basket);
        }
      }
      expect(shrunk, `between ${between}, within ${within}`).toBeLessThan(fixed);
      expect(shrunk, `between ${between}, within ${within}`).toBeLessThan(own);
    }
  });

  it("a few one-off orders among a shop's usual baskets do not set the spread between customers", () => {
    // A florist: ten customers of $30–80 bouquets (some back twice), then a $2,400 wedding and a
    // $1,200 corporate order. A variance of the logs would grow about sevenfold with the two; the
    // median absolute deviation hardly moves, so the pull on everyone stays what the usual ones say.
    const usual = [35, 42, 55, 60, 80, 30, 48, 66, 52, 71].map((a, i) =>
      evidence(i % 3 ? [a] : [a, a * 1.3, a * 0.7]),
    );
    const alone = fitSpendShrinkage(usual);
    const withOneOffs = fitSpendShrinkage([...usual, evidence([2400]), evidence([1200])]);
    expect(withOneOffs.between).toBeLessThan(2 * alone.between + 0.01);
    const logs = [...usual.map((c) => Math.log(c.meanSpend)), Math.log(2400), Math.log(1200)];
    const mean = logs.reduce((s, y) => s + y, 0) / logs.length;
    const variance = logs.reduce((s, y) => s + (y - mean) ** 2, 0) / (logs.length - 1);
    expect(variance).toBeGreaterThan(5 * withOneOffs.between);
  });

  it("a first basket unlike the later ones (a trial lesson, a first-visit discount) is read as the shop's first baskets stand from later ones", () => {
    // A tutor: lessons at ¥200–300, each repeat customer's first a ¥99 trial; one-time buyers of the
    // trial are expected at about a lesson's price, not ¥99.
    const u = random(5);
    const regulars = Array.from({ length: 12 }, () => {
      const lesson = 200 + 100 * u();
      return evidence([99, ...Array.from({ length: 2 + Math.floor(u() * 8) }, () => lesson)]);
    });
    const fit = fitSpendShrinkage([...regulars, evidence([99]), evidence([99]), evidence([99])]);
    expect(fit.firstShift).toBeLessThan(-0.6);
    const trial = shrunkSpend(fit, 0, 99);
    expect(trial).toBeGreaterThan(180);
    expect(trial).toBeLessThan(300);
    // Where first baskets are like the others (the shops of the test above), a shift is taken only
    // by chance (a three-standard-error test), and then a small one.
    let taken = 0;
    for (let seed = 0; seed < 100; seed++) {
      const shift = fitSpendShrinkage(shop(1000 + seed, 30, 5, 0.4)).firstShift;
      if (shift !== 0) taken++;
      expect(Math.abs(shift)).toBeLessThan(0.35);
    }
    expect(taken).toBeLessThanOrEqual(10);
  });

  it('a fixed-price shop (more than half on one price) still tells a big regular from the rest, and a shift never pushes a first basket away from the shop', () => {
    // A review: 6 regulars at ¥200 × 5, one at 200/220/180, "Big" at ¥2,000 × 20, one-time buyers at
    // ¥200 and one at ¥5,000. The MAD is 0 there; Big was expected at ¥200 a visit.
    const priced = [
      ...Array.from({ length: 6 }, () => evidence([200, 200, 200, 200, 200])),
      evidence([200, 220, 180]),
      evidence(Array.from({ length: 20 }, () => 2000)),
      ...Array.from({ length: 4 }, () => evidence([200])),
      evidence([5000]),
    ];
    const fit = fitSpendShrinkage(priced);
    expect(fit.between).toBeGreaterThan(0.1);
    expect(shrunkSpend(fit, 19, 2000)).toBeGreaterThan(1900);
    // A tutor: 7 students at a ¥99 trial then 5 × ¥200; 12 one-time ¥99 trials; one ¥500 first visit.
    const tutor = [
      ...Array.from({ length: 7 }, () => evidence([99, 200, 200, 200, 200, 200])),
      ...Array.from({ length: 12 }, () => evidence([99])),
      evidence([500]),
    ];
    const tutorFit = fitSpendShrinkage(tutor);
    expect(tutorFit.firstShift).toBeLessThan(-0.6);
    expect(shrunkSpend(tutorFit, 0, 99)).toBeGreaterThan(99);
    // Not doubled to ¥1,010: the shift moves a first basket toward the shop's level, never away.
    expect(shrunkSpend(tutorFit, 0, 500)).toBeLessThanOrEqual(500);
  });

  it('too few customers to learn a spread: retail’s typical ones; nobody who spent: centre 0', () => {
    const two = fitSpendShrinkage([evidence([20]), evidence([80, 90])]);
    expect(two.within).toBeCloseTo(Math.log(1 + 1 / 6.25), 12);
    expect(two.between).toBeCloseTo(Math.log(1 + 1 / 1.74), 12);
    expect(two.centre).toBeCloseTo((Math.log(20) + Math.log(85)) / 2, 12);
    expect(fitSpendShrinkage([]).centre).toBe(0);
    expect(fitSpendShrinkage([evidence([0])]).centre).toBe(0);
  });

  it('property: finite, at least 0, between the own mean and the shop’s centre, rising with the own mean, 0 for nothing kept', () => {
    const customer = fc
      .array(fc.double({ min: -50, max: 5000, noNaN: true }), { minLength: 1, maxLength: 8 })
      .map((amounts) => evidence(amounts.map((a) => (a > 0 ? a : 0))));
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 40 }), fc.nat(40), (customers, x) => {
        const fit = fitSpendShrinkage(customers);
        for (const v of Object.values(fit)) expect(Number.isFinite(v)).toBe(true);
        const centre = Math.exp(fit.centre);
        expect(shrunkSpend(fit, x, 0)).toBe(0);
        expect(shrunkSpend(fit, x, -5)).toBe(0);
        let previous = 0;
        for (const mean of [0, 1e-300, 0.01, 1, 10, 100, 1e4]) {
          const spend = shrunkSpend(fit, x, mean);
          expect(Number.isFinite(spend) && spend >= 0).toBe(true);
          expect(spend).toBeGreaterThanOrEqual(previous * (1 - 1e-12));
          if (mean > 1e-200) {
            // A one-time buyer's basket is first read as their level (less the shift, if any).
            const own = x === 0 ? mean * Math.exp(-fit.firstShift) : mean;
            expect(spend).toBeGreaterThanOrEqual(Math.min(own, centre) * (1 - 1e-9));
            expect(spend).toBeLessThanOrEqual(Math.max(own, centre) * (1 + 1e-9));
          }
          previous = spend;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
