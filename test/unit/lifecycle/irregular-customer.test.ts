// The new-owner trial's irregular customer (issue 12): four 38-day gaps, a 16-month break, one
// purchase since. The stage reads their rhythm (the median gap, 38 days); the purchase model reads
// their pace from the whole history, break included, and keeps ~75% to buy within 90 days. The trial
// saw them At risk at 80 days and Lapsed a month later at 72%: "gone" for a customer who has been
// away far longer before and came back. Lapsed now needs the silence past their longest gap too.
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { describeLifecycle } from '../../../src/core/i18n/lifecycle-reasons';
import { isoOfDay } from '../../../src/core/time/civil';
import { AS_OF, generatedLog } from '../../support/generated-logs';

const BREAK_DAYS = 487; // 16 months

/** A 200-customer rhythm shop and Irene, silent `silentDays` on the analysis day. */
function analyzeWithIrene(gaps: readonly number[], silentDays: number, daysAfterLogEnd = 0): Analysis {
  const shop = generatedLog({ customers: 200, seed: 38, spanDays: 730, gaps: 'rhythm' });
  const last = AS_OF + daysAfterLogEnd - silentDays;
  const days = [last];
  for (const gap of [...gaps].reverse()) days.unshift(days[0]! - gap);
  const rows: CellValue[][] = [...shop, ...days.map((d) => ['Irene', isoOfDay(d), 60])];
  return analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF + daysAfterLogEnd });
}

function medianLoyal(analysis: Analysis): number {
  const p = analysis.customers
    .filter((c) => c.lifecycle.stage === 'loyal')
    .map((c) => c.repeatProbability)
    .sort((a, b) => a - b);
  return p[p.length >> 1]!;
}

describe('an irregular customer: on a rhythm, once away for 16 months', () => {
  const irregular = [38, 38, 38, 38, BREAK_DAYS];

  it('at 80 days silent: At risk, later than their usual 38 days (2.1×), as the trial saw', () => {
    const analysis = analyzeWithIrene(irregular, 80);
    const irene = analysis.byKey.get('irene')!;
    expect(irene.summary.usualGapDays).toBe(38);
    expect(irene.lifecycle.stage).toBe('atRisk');
    expect(describeLifecycle(irene.lifecycle.stage, irene.lifecycle.reason, 'en')).toBe(
      'Usually buys every 38 days; last purchase 80 days ago (2.1× the usual gap).',
    );
  });

  it('at 110 days silent (3× the gap the stage is judged on): At risk, not Lapsed, and the reason says why, in every language', () => {
    const analysis = analyzeWithIrene(irregular, 110, 30);
    const irene = analysis.byKey.get('irene')!;
    const { stage, reason } = irene.lifecycle;
    expect(reason).toMatchObject({ kind: 'rhythm', cameBackAfterDays: BREAK_DAYS });
    expect(reason.kind === 'rhythm' && reason.multiple).toBeGreaterThan(analysis.settings.lapsedGapMultiple);
    expect(stage).toBe('atRisk');
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      /^Usually buys every 38 days; last purchase 110 days ago \(2\.9× the usual gap\); .*; once away 487 days and came back, so not called Lapsed\.$/,
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain('曾相隔 487 天后再次购买，故不判为已流失');
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain('曾相隔 487 天後再次購買，故不判為已流失');
  });

  it('silent a day past their longest gap: still that break (a tenth of it more, 48 days), At risk, and the reason says until when', () => {
    const analysis = analyzeWithIrene(irregular, BREAK_DAYS + 1);
    const irene = analysis.byKey.get('irene')!;
    const { stage, reason } = irene.lifecycle;
    expect(stage).toBe('atRisk');
    expect(reason).toMatchObject({
      kind: 'rhythm',
      cameBackAfterDays: BREAK_DAYS,
      heldUntilDays: BREAK_DAYS + 48,
    });
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      /; once away 487 days and came back, so not called Lapsed until silent over 535 days\.$/,
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain(
      '曾相隔 487 天后再次购买，故未超过 535 天不判为已流失',
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain(
      '曾相隔 487 天後再次購買，故未超過 535 天不判為已流失',
    );
  });

  it('silent past their longest gap and its margin (today): Lapsed, and below the median Loyal customer', () => {
    const analysis = analyzeWithIrene(irregular, BREAK_DAYS + 48 + 1);
    const irene = analysis.byKey.get('irene')!;
    expect(irene.lifecycle.stage).toBe('lapsed');
    expect(irene.lifecycle.reason).not.toHaveProperty('cameBackAfterDays');
    expect(irene.repeatProbability).toBeLessThan(medianLoyal(analysis));
  });

  it('the same customer without the break: Lapsed past 3× her own 38 days, and the model agrees (below the median Loyal one); At risk just under it, and the sentence says why', () => {
    const analysis = analyzeWithIrene([38, 38, 38, 38, 38], 120, 30);
    const steady = analysis.byKey.get('irene')!;
    expect(steady.lifecycle.stage).toBe('lapsed');
    expect(steady.repeatProbability).toBeLessThan(medianLoyal(analysis));
    // 110 days: past 3× the gap the stage is judged on (weighed with the shop's), but 2.9× her own.
    const under = analyzeWithIrene([38, 38, 38, 38, 38], 110, 30).byKey.get('irene')!;
    expect(under.lifecycle.stage).toBe('atRisk');
    const { stage, reason } = under.lifecycle;
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      /^Usually buys every 38 days; last purchase 110 days ago \(2\.9× the usual gap\)(; weighed with the shop's usual [\d.]+ days, that is 3\.\d× the gap the stage is judged on)?; not past 3× their own gap of 38 days, so not called Lapsed\.$/,
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain(
      '未超过其自身间隔 38 天的 3 倍，故不判为已流失',
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain(
      '未超過其自身間隔 38 天的 3 倍，故不判為已流失',
    );
  });
});
