/**
 * The 30-customer ledger, rebuilt (test/fixtures/ledger/ledger-30.csv: 30 customers, 248
 * purchase days over 11 months, as of 2026-06-30): 12 regulars on a 2–4 week rhythm, 6 developing,
 * 5 recent one-time buyers, 4 one-time buyers long gone (郑艳 bought once, 291 days ago), two
 * regulars who stopped 5 months ago and one who stopped 3 months ago.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { PurchaseModelChoice } from '../../../src/core/models/model-choice';
import { dayFromCivil } from '../../../src/core/time/civil';

const grid = readFileSync(join(import.meta.dirname, '../../fixtures/ledger/ledger-30.csv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','));

function analyze(purchaseModel: PurchaseModelChoice): Analysis {
  return analyzePurchases(grid.slice(1), {
    timeZone: 'Asia/Shanghai',
    dateOrder: 'YMD',
    asOfDay: dayFromCivil(2026, 6, 30),
    purchaseModel,
  });
}

describe('the 30-customer ledger', () => {
  const auto = analyze('auto');
  const who = (a: Analysis, key: string) => a.byKey.get(key)!;

  it('is too small to check on its own history, says so, and uses the MBG/CNBD-k (its regulars are regular)', () => {
    expect(auto.customers.length).toBe(30);
    expect(auto.check).toEqual({ status: 'too-short', reason: 'too-few-customers' });
    expect(auto.model.method.purchases).toBe('mbg-cnbd-k');
    expect(auto.model.mbgCnbdK?.k).toBeGreaterThan(1);
  });

  it('郑艳 (one purchase, 291 days ago, Lapsed) is given under 5%, not 59%, and a predicted value below what she spent', () => {
    const z = who(auto, '郑艳');
    expect(z.lifecycle.stage).toBe('lapsed');
    expect(z.repeatProbability).toBeLessThan(0.05);
    expect(z.predictedValue).toBeLessThan(z.summary.netSpend);
  });

  it('every Lapsed customer: repeat probability at most the median Loyal one, predicted value at most what they spent', () => {
    const loyal = auto.customers
      .filter((c) => c.lifecycle.stage === 'loyal')
      .map((c) => c.repeatProbability)
      .sort((a, b) => a - b);
    const median = loyal[loyal.length >> 1]!;
    const lapsed = auto.customers.filter((c) => c.lifecycle.stage === 'lapsed');
    expect(lapsed.length).toBeGreaterThanOrEqual(7);
    for (const c of lapsed) {
      expect(c.repeatProbability, c.summary.key).toBeLessThanOrEqual(median);
      expect(c.predictedValue, c.summary.key).toBeLessThanOrEqual(c.summary.netSpend);
    }
  });

  it('with BG/NBD asked for, the issue reproduces: 郑艳 cannot have left, so she keeps a high probability', () => {
    const bg = analyze('bg-nbd');
    expect(bg.model.method.purchases).toBe('bg-nbd-common-dropout');
    expect(bg.model.probabilityAlive({ x: 0, tx: 0, T: 291 })).toBe(1);
    expect(who(bg, '郑艳').repeatProbability).toBeGreaterThan(0.3);
  });
});
