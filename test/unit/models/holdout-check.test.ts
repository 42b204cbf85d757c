import { describe, expect, it } from 'vitest';
import { accuracySentence } from '../../../src/core/i18n/model-accuracy';
import { type HoldoutCheck, holdoutCheck } from '../../../src/core/models/holdout-check';
import { parsePurchaseModelChoice } from '../../../src/core/models/model-choice';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { dayColumns } from '../../support/histories';
import { randomSource } from './simulate';

/** Customers on a rhythm who may leave after each purchase, over `span` days up to day 1000. */
function customers(n: number, span: number, seed = 1, memoryless = false) {
  const u = randomSource(seed);
  return Array.from({ length: n }, (_, i) => {
    const gap = 10 + 60 * u();
    const days: number[] = [];
    let day = 1000 - Math.floor(u() * span);
    while (day <= 1000) {
      days.push(day);
      if (u() < 0.2) break;
      day += Math.max(1, Math.round(memoryless ? -gap * Math.log(1 - u()) : gap * (0.6 + 0.8 * u())));
    }
    return { key: `k${i}`, purchaseDays: days };
  });
}

describe('the hold-out check', () => {
  it('holds out 90 days of a long log, scores every model, and picks the lowest Brier score', () => {
    const check = holdoutCheck(dayColumns(customers(600, 700)), 1000);
    if (check.status !== 'checked') throw new Error(`not checked: ${check.reason}`);
    expect(check.holdoutDays).toBe(90);
    expect(check.cutoffDay).toBe(910);
    expect(check.scores.map((s) => s.model)).toEqual(['bg-nbd', 'mbg-nbd', 'mbg-cnbd-k']);
    const best = Math.min(...check.scores.map((s) => s.brier));
    expect(check.scores.find((s) => s.model === check.winner)!.brier).toBe(best);
    for (const s of check.scores) {
      expect(s.brier).toBeGreaterThan(0);
      expect(s.brier).toBeLessThan(0.25);
      expect(s.countError).toBeGreaterThan(0);
    }
    expect(check.bands.reduce((sum, b) => sum + b.customers, 0)).toBe(check.customers);
  });

  it('on memoryless gaps the MBG/CNBD-k is the MBG/NBD (k = 1): it gets its score, and the tie goes to the MBG/NBD', () => {
    const check = holdoutCheck(dayColumns(customers(600, 700, 1, true)), 1000);
    if (check.status !== 'checked') throw new Error(`not checked: ${check.reason}`);
    const [, mbg, regular] = check.scores;
    expect(check.scores.map((s) => s.model)).toEqual(['bg-nbd', 'mbg-nbd', 'mbg-cnbd-k']);
    expect(regular).toEqual({ ...mbg, model: 'mbg-cnbd-k', method: 'mbg-nbd' });
    expect(check.winner).not.toBe('mbg-cnbd-k');
  });

  it('keeps the MBG/CNBD-k (here at k = 1, the MBG/NBD) unless another model is clearly better: a lower Brier score within the noise of a 70-customer sheet does not win', () => {
    let keptWithinNoise = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const check = holdoutCheck(dayColumns(customers(70, 400, seed, true)), 1000);
      if (check.status !== 'checked') continue;
      const score = (model: string) => check.scores.find((s) => s.model === model)!.brier;
      const lowest = Math.min(...check.scores.map((s) => s.brier));
      const kept = check.scores[2]!.method === 'mbg-nbd' ? 'mbg-nbd' : 'mbg-cnbd-k';
      if (check.winner !== kept) expect(score(check.winner)).toBe(lowest);
      else if (score(kept) > lowest) keptWithinNoise++;
    }
    expect(keptWithinNoise).toBeGreaterThan(0);
  });

  it('holds out the last stretch of the log itself: analysed 90 days after its last row, the check is the one at that row', () => {
    const log = customers(600, 700, 3);
    const lastDay = Math.max(...log.map((c) => c.purchaseDays.at(-1)!));
    const stale = holdoutCheck(dayColumns(log), lastDay + 90);
    expect(stale).toEqual(holdoutCheck(dayColumns(log), lastDay));
    if (stale.status !== 'checked') throw new Error('not checked');
    expect(stale.cutoffDay).toBe(lastDay - 90);
  });

  it("says whose figures they are when the owner set another model than the automatic choice (a re-trial read the winner's bands under bg-nbd)", () => {
    const check = holdoutCheck(dayColumns(customers(600, 700)), 1000);
    if (check.status !== 'checked') throw new Error('not checked');
    const names = { 'bg-nbd': 'BG/NBD', 'mbg-nbd': 'MBG/NBD', 'mbg-cnbd-k': 'MBG/CNBD-k' } as const;
    const other = check.winner === 'bg-nbd' ? 'mbg-nbd' : 'bg-nbd';
    const plain = accuracySentence(check, 'en')!;
    expect(accuracySentence(check, 'en', check.winner)).toBe(plain);
    expect(accuracySentence(check, 'en', other)).toBe(
      `For ${names[check.winner]}, the automatic choice, not ${names[other]} as set: ${plain}`,
    );
    expect(accuracySentence(check, 'zh-CN', other)).toMatch(
      /^以下是自动选择的 .+ 的结果，不是所设的 .+：用本表最近/,
    );
  });

  it('holds out a quarter of a short log, and says a log under 56 days is too short', () => {
    const check = holdoutCheck(dayColumns(customers(600, 200)), 1000);
    expect(check.status === 'checked' && check.holdoutDays).toBe(
      Math.floor((1000 - Math.min(...customers(600, 200).map((c) => c.purchaseDays[0]!))) / 4),
    );
    expect(holdoutCheck(dayColumns(customers(600, 50)), 1000)).toEqual({
      status: 'too-short',
      reason: 'short-log',
    });
    expect(holdoutCheck(dayColumns(customers(30, 700)), 1000)).toEqual({
      status: 'too-short',
      reason: 'too-few-customers',
    });
    expect(holdoutCheck(dayColumns([]), 1000)).toEqual({ status: 'too-short', reason: 'too-few-customers' });
  });

  it('the same data gives the same answer whatever its order; large sheets are checked on a fixed subsample', () => {
    const big = customers(9000, 700, 3);
    const check = holdoutCheck(dayColumns(big), 1000);
    const reversed = holdoutCheck(dayColumns([...big].reverse()), 1000);
    expect(reversed).toEqual(check);
    if (check.status !== 'checked') throw new Error('not checked');
    expect(check.customers).toBeLessThan(2900);
    expect(check.customers).toBeGreaterThan(2100);
  });
});

describe('the accuracy sentence', () => {
  const check: HoldoutCheck = {
    status: 'checked',
    holdoutDays: 90,
    cutoffDay: 0,
    customers: 200,
    scores: [],
    winner: 'mbg-nbd',
    bands: [
      { from: 0, to: 0.1, customers: 100, meanPredicted: 0.04, boughtShare: 0.05 },
      { from: 0.1, to: 0.3, customers: 50, meanPredicted: 0.2, boughtShare: 0.2 },
      { from: 0.7, to: 1, customers: 50, meanPredicted: 0.8, boughtShare: 0.74 },
    ],
  };
  it('says, in three languages, how many given 70% or more really bought, and how many given under 30%', () => {
    expect(accuracySentence(check, 'en')).toBe(
      "Checked on this log's last 90 days: of the 50 customers given 70% or more, 74% bought within 90 days; of the 150 given under 30%, 10% did.",
    );
    expect(accuracySentence(check, 'zh-CN')).toBe(
      '用本表最近 90 天检验：预测概率 70% 及以上的 50 位客户中，74% 在 90 天内再次购买；预测低于 30% 的 150 位中，10% 再次购买。',
    );
    expect(accuracySentence(check, 'zh-TW')).toBe(
      '用本表最近 90 天檢驗：預測機率 70% 以上的 50 位客戶中，74% 在 90 天內再次購買；預測低於 30% 的 150 位中，10% 再次購買。',
    );
  });
  it('falls back to the highest band anyone reached; says when the log is too short; nothing without a check', () => {
    const lower: HoldoutCheck = {
      ...check,
      bands: [{ from: 0.5, to: 0.7, customers: 1, meanPredicted: 0.6, boughtShare: 1 }],
    };
    expect(accuracySentence(lower, 'en')).toBe(
      "Checked on this log's last 90 days: of the 1 customer given 50% or more, 100% bought within 90 days.",
    );
    expect(accuracySentence({ status: 'too-short', reason: 'short-log' }, 'en')).toMatch(/^Too short a log/);
    expect(accuracySentence({ status: 'too-short', reason: 'too-few-customers' }, 'zh-TW')).toMatch(
      /^客戶太少/,
    );
    expect(accuracySentence(undefined, 'en')).toBeUndefined();
  });
});

describe('choosing the model', () => {
  it('reads auto, bg-nbd, mbg-nbd (and MBG/NBD) as a formula argument, and nothing else', () => {
    expect(parsePurchaseModelChoice(' AUTO ')).toBe('auto');
    expect(parsePurchaseModelChoice('BG/NBD')).toBe('bg-nbd');
    expect(parsePurchaseModelChoice('mbg-nbd')).toBe('mbg-nbd');
    expect(parsePurchaseModelChoice('pareto')).toBeUndefined();
  });
  it('is auto by default', () => {
    expect(DEFAULT_SETTINGS.purchaseModel).toBe('auto');
  });
});
