import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { ScoredCustomer } from '../../../src/core/insights/scored-customer';
import { lifecycleStage } from '../../../src/core/lifecycle/lifecycle-stage';
import { loyaltyScore } from '../../../src/core/loyalty/loyalty-score';
import { rfmSegment } from '../../../src/core/segments/rfm-segments';
import { dayFromCivil } from '../../../src/core/time/civil';
import { instantOfDay } from '../../../src/core/time/zone';

const TZ = 'UTC';
const AS_OF = dayFromCivil(2026, 6, 30);
const rows: CellValue[][] = [];
// 30 customers, each buying every (5 + i) days a few times, so the model has repeat buyers to fit.
for (let i = 0; i < 30; i++) {
  for (let k = 0; k <= i % 6; k++)
    rows.push([`c${i}`, instantOfDay(AS_OF - 3 * i - k * (5 + i), TZ), 10 + i]);
}
const analysis = analyzePurchases(rows, { timeZone: TZ, dateOrder: 'YMD', asOfDay: AS_OF });

/** A customer of the analysis scored again, counting how often the model is asked for. */
function counted(index: number) {
  const summary = analysis.customers[index]!.summary;
  const counter = { modelCalls: 0 };
  const input = {
    x: summary.x,
    tx: summary.txDays,
    T: summary.TDays,
    meanRepeatSpend: summary.meanRepeatSpend,
    meanSpend: summary.meanSpend,
  };
  const context = {
    store: analysis.store,
    settings: analysis.settings,
    model: () => {
      counter.modelCalls++;
      return analysis.model;
    },
  };
  const original = analysis.customers[index]!;
  return {
    counter,
    original,
    customer: new ScoredCustomer(summary, original.rfm, original.tier, input, context),
  };
}

describe('a scored customer works out what is read, once', () => {
  it('reading scores, segment, tier and stage never asks the model (RFM_SCORE, LIFECYCLE_STAGE)', () => {
    const { counter, customer } = counted(7);
    expect(customer.segment).toBe(
      rfmSegment(customer.rfm, customer.lifecycle.stage, customer.summary.purchaseDayCount),
    );
    expect(customer.tier).toBeDefined();
    expect(customer.lifecycle).toEqual(lifecycleStage(customer.summary, analysis.store, analysis.settings));
    expect(counter.modelCalls).toBe(0);
  });

  it('keeps the stage it worked out: the same reason object on every read', () => {
    const { customer } = counted(11);
    expect(customer.lifecycle).toBe(customer.lifecycle);
  });

  it('asks the model once per prediction, with the horizons of the settings', () => {
    const { counter, customer, original } = counted(13);
    const s = customer.summary;
    const input = {
      x: s.x,
      tx: s.txDays,
      T: s.TDays,
      meanRepeatSpend: s.meanRepeatSpend,
      meanSpend: s.meanSpend,
    };
    const repeat = analysis.model.repeatProbability(input, analysis.settings.repeatHorizonDays);
    expect(customer.repeatProbability).toBe(repeat);
    expect(customer.repeatProbability).toBe(repeat);
    expect(counter.modelCalls).toBe(1);
    expect(customer.loyaltyScore).toBe(loyaltyScore({ repeatProbability: repeat }));
    expect(counter.modelCalls).toBe(1);
    expect(customer.predictedValue).toBe(
      analysis.model.predictedValue(input, analysis.settings.valueHorizonDays),
    );
    expect(customer.predictedValue).toBe(original.predictedValue);
    expect(counter.modelCalls).toBe(2);
  });

  it('the analysis hands out scored customers, found by key', () => {
    expect(analysis.customers).toHaveLength(30);
    for (const c of analysis.customers) {
      expect(c).toBeInstanceOf(ScoredCustomer);
      expect(analysis.byKey.get(c.summary.key)).toBe(c);
    }
  });
});
