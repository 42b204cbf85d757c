import { describe, expect, it } from 'vitest';
import { fitCustomerModel } from '../../../src/core/models/customer-model';
import { gammaVariate, randomSource } from './simulate';

/**
 * "Yearly gifts": 11,104 donors over five years who give about once a year (± 20 days) and almost
 * never stop — the shape of the donor sheet, where the BG/NBD fit runs to a → 0, b → ∞.
 */
function donors(rateVaries: boolean) {
  const random = randomSource(11104);
  const end = 5 * 365;
  const out = [];
  for (let i = 0; i < 11_104; i++) {
    const first = Math.floor(random() * (end - 30));
    const gap = rateVaries ? 365 / (0.25 * gammaVariate(4, random)) : 365;
    let day = first;
    let last = first;
    let x = 0;
    for (;;) {
      if (random() < 0.01) break;
      day += Math.max(1, Math.round(gap + (random() - 0.5) * 40));
      if (day > end) break;
      last = day;
      x++;
    }
    out.push({ x, tx: last - first, T: end - first, meanSpend: 50, meanRepeatSpend: x > 0 ? 50 : 0 });
  }
  return out;
}

describe('the "nobody leaves" edge is fitted at its limit, not by the pooled-rate fallback', () => {
  it('yearly donors with one rhythm: the Poisson limit, rate Σx/ΣT (maximum likelihood at r, alpha → ∞)', () => {
    const input = donors(false);
    const model = fitCustomerModel(input);
    expect(model.method.purchases).toBe('bg-nbd-no-dropout');
    expect(model.fallbackReason.purchases).toBeUndefined();
    const sumX = input.reduce((s, c) => s + c.x, 0);
    const sumT = input.reduce((s, c) => s + c.T, 0);
    expect(model.noDropout!.rate).toBeCloseTo(sumX / sumT, 12);
    // A donor two years in expects about one gift a year.
    const expected = model.expectedPurchases({ x: 2, tx: 720, T: 730 }, 365);
    expect(expected).toBeGreaterThan(0.6);
    expect(expected).toBeLessThan(1.1);
  });
  it('donors whose yearly rate varies: the NBD limit with finite r, alpha, and the frequent donor expects more', () => {
    const model = fitCustomerModel(donors(true));
    expect(model.method.purchases).toBe('bg-nbd-no-dropout');
    expect(Number.isFinite(model.noDropout!.r)).toBe(true);
    const often = model.expectedPurchases({ x: 8, tx: 1400, T: 1450 }, 365);
    const seldom = model.expectedPurchases({ x: 2, tx: 1400, T: 1450 }, 365);
    expect(often).toBeGreaterThan(seldom);
    expect(model.probabilityAlive({ x: 2, tx: 100, T: 1450 })).toBe(1);
  });
});
