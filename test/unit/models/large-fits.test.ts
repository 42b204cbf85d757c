/**
 * Fits on large logs: the whole CDNOW master log, and 150,000 customers simulated from known
 * parameters, which the fit must recover. How long they take is measured by `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { fitCustomerModel } from '../../../src/core/models/customer-model.ts';
import { readCdnowMaster } from './cdnow-data.ts';
import { simulateCustomers } from './simulate.ts';

describe('fits on large logs', () => {
  it('CDNOW master (23,570 customers, whole log) gets the maximum-likelihood models', () => {
    const customers = readCdnowMaster();
    expect(customers.length).toBe(23_570);
    const model = fitCustomerModel(customers);
    expect(model.method).toEqual({ purchases: 'bg-nbd', spend: 'gamma-gamma' });
    for (const c of customers.slice(0, 500)) {
      expect(Number.isFinite(model.predictedValue(c, 365))).toBe(true);
    }
  });

  it('recovers the parameters 150,000 simulated customers were drawn from', () => {
    const truth = { r: 0.5, alpha: 20, a: 0.8, b: 3 };
    const customers = simulateCustomers({
      customers: 150_000,
      seed: 2,
      purchase: truth,
      spend: { p: 4, q: 3, gamma: 30 },
      minT: 0,
      maxT: 730,
      wholeDays: true,
    });
    const model = fitCustomerModel(customers);
    expect(model.method).toEqual({ purchases: 'bg-nbd', spend: 'gamma-gamma' });
    const fitted = model.bgNbd!;
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fitted[name] / truth[name] - 1), `${name} ${fitted[name]}`).toBeLessThan(0.1);
    }
  });
});
