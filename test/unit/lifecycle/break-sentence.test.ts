// Issue 12, a new-owner trial: a customer with gaps of 26, 24 and 619 days, back 18 days ago, read
// Loyal and "due in 8 days" beside a 2.9% repeat probability — the stage reads the usual gap, the
// purchase model the pace over the whole history, the long break included. Measured on generated
// logs (lifecycle-stage.ts): such customers do come back about as often as other Loyal ones, so the
// stage stays and the sentence names the break the probability reads, in every language.
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import { customerWhyFormula } from '../../../src/core/formulas/formulas';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { describeLifecycle } from '../../../src/core/i18n/lifecycle-reasons';
import { isoOfDay } from '../../../src/core/time/civil';
import { AS_OF, analyzeGenerated, generatedLog } from '../../support/generated-logs';

const SHOP = generatedLog({ customers: 200, seed: 38, spanDays: 730, gaps: 'rhythm' });

function withZed(gaps: readonly number[], silentDays: number): { rows: CellValue[][]; analysis: Analysis } {
  const days = [AS_OF - silentDays];
  for (const gap of [...gaps].reverse()) days.unshift(days[0]! - gap);
  const rows: CellValue[][] = [...SHOP, ...days.map((d) => ['Zed', isoOfDay(d), 60])];
  return { rows, analysis: analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF }) };
}

const asOfDate = new Date(Date.UTC(1970, 0, 1) + AS_OF * 86_400_000);
const env = { timeZone: 'UTC', locale: 'en_US', now: asOfDate };

describe('a customer on rhythm, back from a break that dominates their history', () => {
  it('gaps 26, 24, 619, back 18 days ago: the why names the break beside the low repeat probability, in every language', () => {
    const { rows, analysis } = withZed([26, 24, 619], 18);
    const zed = analysis.byKey.get('zed')!;
    const { stage, reason } = zed.lifecycle;
    expect(stage).toBe('loyal');
    expect(zed.repeatProbability).toBeLessThan(0.1);
    expect(reason).toMatchObject({ kind: 'rhythm', backAfterBreak: { days: 619, purchaseDaysSince: 1 } });
    expect(describeLifecycle(stage, reason, 'en')).toBe(
      '4 purchase days, usually every 26 days; last purchase 18 days ago, on rhythm (0.7× the usual gap); back after 619 days away (1 purchase day since): the repeat probability reads their pace with that break, the stage their usual gap.',
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain(
      '；曾中断 619 天后再次购买（此后共 1 个购买日）：回购概率按含此次中断的购买节奏计算，阶段按通常间隔判断。',
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain(
      '；曾中斷 619 天後再次購買（此後共 1 個購買日）：回購機率按含此次中斷的購買節奏計算，階段按通常間隔判斷。',
    );
    for (const language of LANGUAGES) {
      const formula = customerWhyFormula([['Zed']], rows, asOfDate, language, env) as unknown[][];
      expect(String(formula[0]![0])).toContain('619');
    }
  });

  it('the break earlier (619, 26, 24): 3 purchase days since; a short break (100 in 30s) is not named', () => {
    const earlier = withZed([619, 26, 24], 18).analysis.byKey.get('zed')!;
    expect(earlier.lifecycle.reason).toMatchObject({ backAfterBreak: { days: 619, purchaseDaysSince: 3 } });
    expect(describeLifecycle(earlier.lifecycle.stage, earlier.lifecycle.reason, 'en')).toContain(
      'back after 619 days away (3 purchase days since)',
    );
    const minor = withZed([100, 30, 30, 30, 30, 30, 30, 30, 30, 30], 10).analysis.byKey.get('zed')!;
    expect(minor.lifecycle.stage).toBe('loyal');
    expect(minor.lifecycle.reason).not.toHaveProperty('backAfterBreak');
  });

  it('irregular and exponential logs: every customer named is on rhythm, back from a break longer than all their other gaps together, and no zh-TW sentence keeps a simplified character of it', () => {
    let named = 0;
    for (const gaps of ['irregular', 'exponential'] as const) {
      const analysis = analyzeGenerated({ customers: 1000, seed: 5, spanDays: 900, gaps });
      for (const c of analysis.customers) {
        const { stage, reason } = c.lifecycle;
        if (reason.kind !== 'rhythm' || reason.backAfterBreak === undefined) continue;
        named++;
        const s = c.summary;
        expect(['loyal', 'developing']).toContain(stage);
        expect(reason.backAfterBreak).toEqual(s.lastBreak);
        expect(s.lastBreak!.days).toBeGreaterThan(s.txDays - s.lastBreak!.days);
        expect(s.lastBreak!.days).toBeGreaterThan(analysis.settings.lapsedGapMultiple * s.stageGapDays);
        expect(describeLifecycle(stage, reason, 'zh-TW')).not.toMatch(/[这两来刚断计阶]/);
      }
    }
    expect(named).toBeGreaterThan(10);
  });

  it('a formula reading the analysis another formula shared says the same (the last break is kept in it)', () => {
    const { rows } = withZed([26, 24, 619], 18);
    const entries = new Map<string, string>();
    const store: SharedFitStore = {
      version: 'test-build',
      get: (key) => entries.get(key),
      put: (key, text) => void entries.set(key, text),
    };
    const shared = { ...env, sharedFits: store };
    const alone = customerWhyFormula([['Zed']], rows, asOfDate, 'en', env);
    expect(customerWhyFormula([['Zed']], rows, asOfDate, 'en', shared)).toEqual(alone);
    expect([...entries.keys()].some((k) => k.startsWith('regulars-analysis-'))).toBe(true);
    // The second call reads the shared analysis.
    expect(customerWhyFormula([['Zed']], rows, asOfDate, 'en', shared)).toEqual(alone);
    expect(String((alone as unknown[][])[0]![0])).toContain('back after 619 days away');
  });
});
