import { describe, expect, it } from 'vitest';
import { fitCustomerModel } from '../../../src/core/models/customer-model';
import { fitMbgCnbdK, logGapSum } from '../../../src/core/models/mbg-cnbd-k';
import { parsePurchaseModelChoice } from '../../../src/core/models/model-choice';

/** Customers buying every `gap` days (±10%), some stopped long ago, with their gaps' log sum. */
function regulars(count: number, gap: number) {
  return Array.from({ length: count }, (_, i) => {
    const purchases = 2 + (i % 6);
    const days = [0];
    for (let p = 1; p < purchases; p++)
      days.push(days[p - 1]! + Math.round(gap * (0.9 + (0.2 * ((i * 7 + p * 3) % 10)) / 10)));
    const tx = days[days.length - 1]!;
    const T = tx + (i % 4 === 0 ? 5 * gap : Math.round(gap / 2));
    return { x: purchases - 1, tx, T, meanSpend: 40, meanRepeatSpend: 40, logGapSum: logGapSum(days) };
  });
}

describe('the MBG/CNBD-k in the customer model', () => {
  it('"mbg-cnbd-k" and "MBG/CNBD-k" name it as a formula argument or setting', () => {
    expect(parsePurchaseModelChoice('mbg-cnbd-k')).toBe('mbg-cnbd-k');
    expect(parsePurchaseModelChoice(' MBG/CNBD-k ')).toBe('mbg-cnbd-k');
  });
  it('fits it with k > 1 on regular buyers, and a regular five gaps late is far less likely to buy than one half a gap in', () => {
    const input = regulars(60, 30);
    const model = fitCustomerModel(input, { purchaseModel: 'mbg-cnbd-k' });
    expect(model.method.purchases).toBe('mbg-cnbd-k');
    expect(model.mbgCnbdK!.k).toBeGreaterThan(1);
    expect(model.mbgNbd).toBeUndefined();
    const late = input.find((c) => c.T - c.tx === 150 && c.x >= 3)!;
    const due = input.find((c) => c.T - c.tx === 15 && c.x === late.x)!;
    expect(model.repeatProbability(late, 90)).toBeLessThan(0.1 * model.repeatProbability(due, 90));
    expect(model.bgNbdLogLikelihood).toBeCloseTo(fitMbgCnbdK(input).logLikelihood, 6);
  });
  it("without every repeat customer's logGapSum, k cannot be compared: k = 1, the MBG/NBD", () => {
    const input = regulars(60, 30).map(({ logGapSum: _, ...c }, i) => (i === 5 ? c : { ...c, logGapSum: _ }));
    const model = fitCustomerModel(input, { purchaseModel: 'mbg-cnbd-k' });
    expect(model.mbgCnbdK!.k).toBe(1);
  });
  it("too few customers: the MBG/NBD's pooled-rate fallback, one-time buyers can still have left", () => {
    const input = regulars(5, 30);
    const model = fitCustomerModel(input, { purchaseModel: 'mbg-cnbd-k' });
    expect(model.method.purchases).toBe('pooled-rate');
    expect(model.fallbackReason.purchases).toBe('too-few-customers');
    expect(model.probabilityAlive({ x: 0, tx: 0, T: 100 })).toBeLessThan(1);
  });
});
