// The model is fitted only when a model figure is read (analysis.ts, insights/scored-customer.ts):
// the formulas that show none never fit one, the others fit it once, and the lazily worked-out
// figures are the ones an eager fit gives.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeLog } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { readLog } from '../../../src/core/exports/read-log';
import * as formulas from '../../../src/core/formulas/formulas';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const fits = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/models/customer-model', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/models/customer-model')>();
  return {
    ...original,
    fitCustomerModel: (...args: Parameters<typeof original.fitCustomerModel>) => {
      fits.count++;
      return original.fitCustomerModel(...args);
    },
  };
});

const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2024-06-30T12:00:00Z') };
const asOf = new Date('2024-06-30T00:00:00Z');

/** 60 customers over a year and a half, every third a one-time buyer; customer c0's purchase fully returned. */
function log(): CellValue[][] {
  const rows: CellValue[][] = [['Customer', 'Date', 'Amount']];
  for (let c = 0; c < 60; c++) {
    const visits = c % 3 === 0 ? 1 : 2 + (c % 7);
    for (let v = 0; v < visits; v++) {
      const day = Date.UTC(2023, 0, 1) + (c * 7 + v * (20 + (c % 5) * 9)) * 86_400_000;
      rows.push([`c${c}`, new Date(day), 20 + (c % 4) * 5]);
    }
  }
  rows.push(['c0', new Date(Date.UTC(2023, 0, 2)), -20]);
  return rows;
}

const others = (rows: CellValue[][]) => rows.slice(1).filter((r) => r[0] !== 'c0');
const keysOf = (rows: CellValue[][]) => [...new Set(rows.map((r) => r[0]))].map((k) => [k as CellValue]);

beforeEach(() => {
  fits.count = 0;
});

describe('the lazy model', () => {
  it('RFM_SCORE, RFM_SEGMENT, VALUE_TIER, LIFECYCLE_STAGE, NEXT_PURCHASE_DATE and CUSTOMER_WHY (net spend > 0) fit no model', () => {
    const purchases = log();
    const keys = keysOf(others(purchases));
    formulas.rfmScoreFormula(keys, purchases, asOf, env);
    expect(fits.count).toBe(0);
    formulas.rfmSegmentFormula(keys, purchases, asOf, 'en', env);
    expect(fits.count).toBe(0);
    formulas.valueTierFormula(keys, purchases, asOf, 'en', env);
    expect(fits.count).toBe(0);
    formulas.lifecycleStageFormula(keys, purchases, asOf, 'en', env);
    expect(fits.count).toBe(0);
    formulas.nextPurchaseDateFormula(keys, purchases, asOf, env);
    expect(fits.count).toBe(0);
    formulas.customerWhyFormula(keys, purchases, asOf, 'en', env);
    expect(fits.count).toBe(0);
  });

  it('CUSTOMER_WHY fits the model for a customer whose net spend is not positive (its predicted value is worded)', () => {
    formulas.customerWhyFormula([['c0']], log(), asOf, 'en', env);
    expect(fits.count).toBe(1);
  });

  it('CUSTOMER_INSIGHTS, REPEAT_PROBABILITY and CUSTOMER_MODEL fit it once per call', () => {
    const purchases = log();
    formulas.customerInsights(purchases, asOf, 'en', env);
    expect(fits.count).toBe(1);
    formulas.repeatProbabilityFormula(keysOf(others(purchases)), purchases, 90, asOf, env);
    expect(fits.count).toBe(2);
    formulas.customerModelFormula(purchases, asOf, env);
    expect(fits.count).toBe(3);
  });

  it('figures read from a lazy analysis equal those of an eager one; the model and check are fitted once', () => {
    const asOfDay = Math.floor(asOf.getTime() / 86_400_000);
    const { log: purchaseLog } = readLog(log(), { timeZone: 'UTC', dateOrder: 'YMD', asOfDay });
    const eager = analyzeLog(purchaseLog, asOfDay, DEFAULT_SETTINGS);
    expect(fits.count).toBe(1);
    const lazy = analyzeLog(purchaseLog, asOfDay, DEFAULT_SETTINGS, undefined, { needs: 'none' });
    expect(fits.count).toBe(1);
    expect(lazy.customers.map((c) => c.segment)).toEqual(eager.customers.map((c) => c.segment));
    expect(fits.count).toBe(1);
    lazy.customers.forEach((c, i) => {
      const e = eager.customers[i]!;
      expect(c.repeatProbability).toBe(e.repeatProbability);
      expect(c.predictedValue).toBe(e.predictedValue);
      expect(c.loyaltyScore).toBe(e.loyaltyScore);
    });
    expect(fits.count).toBe(2);
    expect(lazy.model).toBe(lazy.model);
    expect(lazy.check).toEqual(eager.check);
    expect(lazy.check?.status).toBe('checked');
    expect(fits.count).toBe(2);
  });
});
