// A fit saved as text (models/model-state.ts) and read back gives a model whose every prediction is
// exactly the fitted one's, for each purchase method; text that is not what this build writes is
// refused, so a damaged or foreign cache entry only costs a refit.
import { describe, expect, it } from 'vitest';
import {
  type CustomerModel,
  type CustomerSummary,
  customerModelOf,
  fitCustomerModel,
} from '../../../src/core/models/customer-model';
import { holdoutCheck } from '../../../src/core/models/holdout-check';
import { decodeSavedFit, encodeSavedFit, type SavedFit } from '../../../src/core/models/model-state';
import { dayColumns } from '../../support/histories';
import { readCdnowSample } from './cdnow-data';
import { simulateCustomers } from './simulate';

const sample = readCdnowSample();
const simulated = (a: number, b: number) =>
  simulateCustomers({
    customers: 3000,
    seed: 7,
    purchase: { r: 2, alpha: 40, a, b },
    minT: 200,
    maxT: 400,
    wholeDays: true,
  });

/** Every prediction of `model` for every customer, over two horizons. */
function predictions(model: CustomerModel, customers: readonly CustomerSummary[]) {
  return customers.flatMap((c) => [
    model.probabilityAlive(c),
    model.repeatProbability(c, 90),
    model.expectedPurchases(c, 365),
    model.expectedSpend(c),
    model.predictedValue(c, 30),
  ]);
}

const roundTrip = (fit: SavedFit): SavedFit => {
  const text = encodeSavedFit(fit);
  expect(text).toBeDefined();
  const back = decodeSavedFit(text!);
  expect(back).toBeDefined();
  return back!;
};

const cases: [string, readonly CustomerSummary[], Parameters<typeof fitCustomerModel>[1], string][] = [
  ['CDNOW sample, BG/NBD', sample, { purchaseModel: 'bg-nbd' }, 'bg-nbd'],
  ['CDNOW sample, MBG/NBD', sample, { purchaseModel: 'mbg-nbd' }, 'mbg-nbd'],
  ['CDNOW sample, MBG/CNBD-k', sample, { purchaseModel: 'mbg-cnbd-k' }, 'mbg-cnbd-k'],
  [
    '12 customers, BG/NBD asked: pooled rate',
    sample.slice(0, 12),
    { purchaseModel: 'bg-nbd' },
    'pooled-rate',
  ],
  [
    '5 customers, MBG/NBD asked: pooled rate',
    sample.slice(0, 5),
    { purchaseModel: 'mbg-nbd' },
    'pooled-rate',
  ],
  [
    'regulars with one dropout probability (a 2000, b 8000): the common-dropout limit',
    simulated(2000, 8000),
    { purchaseModel: 'bg-nbd' },
    'bg-nbd-common-dropout',
  ],
  ['hardly anyone leaves (a 1e-5, b 5): the no-dropout limit', simulated(1e-5, 5), {}, 'bg-nbd-no-dropout'],
];

describe('a saved fit read back', () => {
  for (const [name, customers, options, method] of cases) {
    it(`${name}: the rebuilt model predicts exactly as the fitted one`, () => {
      const fitted = fitCustomerModel(customers, options);
      expect(fitted.method.purchases).toBe(method);
      const back = roundTrip({ model: fitted.fit, check: undefined });
      const rebuilt = customerModelOf(back.model);
      expect(predictions(rebuilt, customers)).toEqual(predictions(fitted, customers));
      expect(rebuilt.method).toEqual(fitted.method);
      expect(rebuilt.bgNbd).toEqual(fitted.bgNbd);
      expect(rebuilt.mbgNbd).toEqual(fitted.mbgNbd);
      expect(rebuilt.mbgCnbdK).toEqual(fitted.mbgCnbdK);
      expect(rebuilt.commonDropout).toEqual(fitted.commonDropout);
      expect(rebuilt.noDropout).toEqual(fitted.noDropout);
      expect(rebuilt.gammaGamma).toEqual(fitted.gammaGamma);
      expect(rebuilt.bgNbdLogLikelihood).toBe(fitted.bgNbdLogLikelihood);
      expect(rebuilt.purchaseModel).toBe(fitted.purchaseModel);
    });
  }

  it('keeps the hold-out check as it was (winner, scores, calibration bands)', () => {
    // Each CDNOW customer's purchase days spread evenly from their first to their last, all
    // starting on one day: enough for the check to run and choose.
    const histories = sample.map((c) => ({
      key: c.id,
      purchaseDays: Array.from(
        { length: c.x + 1 },
        (_, k) => 9000 + Math.round((k * c.tx) / Math.max(1, c.x)),
      ),
    }));
    const check = holdoutCheck(dayColumns(histories), 9000 + 272);
    expect(check.status).toBe('checked');
    const fitted = fitCustomerModel(sample);
    expect(roundTrip({ model: fitted.fit, check }).check).toEqual(check);
  });
});

describe('text that is not a saved fit of this build is refused', () => {
  const good = JSON.parse(encodeSavedFit({ model: fitCustomerModel(sample).fit, check: undefined })!);
  const refused = (change: (fit: typeof good) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return decodeSavedFit(JSON.stringify(copy));
  };

  it('accepts the text as written', () => {
    expect(decodeSavedFit(JSON.stringify(good))).toEqual(good);
  });
  it('refuses non-JSON, null where a number was (NaN or Infinity once), unknown methods and models', () => {
    expect(decodeSavedFit('{"model":')).toBeUndefined();
    expect(decodeSavedFit('null')).toBeUndefined();
    expect(refused((f) => (f.model.purchases.params.r = null))).toBeUndefined();
    expect(refused((f) => (f.model.purchases.method = 'pareto-nbd'))).toBeUndefined();
    expect(refused((f) => (f.model.spend.method = 'mean'))).toBeUndefined();
    expect(refused((f) => (f.model.purchaseModel = 'toString'))).toBeUndefined();
    expect(refused((f) => (f.model.purchases.method = 'toString'))).toBeUndefined();
    expect(refused((f) => delete f.model.spend.params)).toBeUndefined();
    expect(refused((f) => (f.model.customers = 1.5))).toBeUndefined();
    expect(refused((f) => (f.check = { status: 'checked', winner: 'bg-nbd' }))).toBeUndefined();
    expect(refused((f) => (f.check = { status: 'too-short', reason: 'why not' }))).toBeUndefined();
  });
  it('will not write what JSON cannot give back exactly (a NaN or an Infinity)', () => {
    const fit = fitCustomerModel(sample).fit;
    expect(
      encodeSavedFit({ model: { ...fit, storeMeanSpend: Number.NaN }, check: undefined }),
    ).toBeUndefined();
    expect(
      encodeSavedFit({ model: { ...fit, storeMeanSpend: Number.POSITIVE_INFINITY }, check: undefined }),
    ).toBeUndefined();
  });
});
