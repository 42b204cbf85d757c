// Issue 12's property scan: in a shop whose customers now and then take a season away (5–15× their
// usual gap) and come back, "3× their own gap" called Lapsed customers the purchase model still
// expected (4 purchases 8 days apart, 48 days silent: 48% still a customer, more predicted for the
// next year than all they had spent). Lapsed there needs the multiple this shop's customers have come
// back after (comeback-multiple.ts); in a shop on a rhythm nothing changes.
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { TYPICAL_COMEBACK_MULTIPLE } from '../../../src/core/customers/comeback-multiple';
import { formatMultiple } from '../../../src/core/i18n/format-number';
import { describeLifecycle } from '../../../src/core/i18n/lifecycle-reasons';
import { isoOfDay } from '../../../src/core/time/civil';
import { AS_OF, type GapFamily, generatedLog } from '../../support/generated-logs';

/** A 300-customer shop of the family and Wen, six purchase days 10 days apart, silent `silentDays`. */
function analyzeWithWen(gaps: GapFamily, silentDays: number): Analysis {
  const shop = generatedLog({ customers: 300, seed: 12, spanDays: 730, gaps });
  const last = AS_OF - silentDays;
  const rows: CellValue[][] = [...shop];
  for (let i = 5; i >= 0; i--) rows.push(['Wen', isoOfDay(last - 10 * i), 80]);
  return analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
}

describe('a customer silent past 3× their gap, in a shop whose customers take breaks and come back', () => {
  const shopMultiple = analyzeWithWen('irregular', 10).store.comeback!.multiple;

  it('the shop’s customers have come back after breaks of well over 3× their usual gap', () => {
    expect(shopMultiple).toBeGreaterThan(4);
    expect(shopMultiple).toBeLessThan(15);
  });

  it('within that multiple: At risk, not Lapsed, and the reason says why in every language', () => {
    const silent = Math.floor(10 * Math.min(shopMultiple, 6)) - 5;
    expect(silent).toBeGreaterThan(35);
    const analysis = analyzeWithWen('irregular', silent);
    const wen = analysis.byKey.get('wen')!;
    const { stage, reason } = wen.lifecycle;
    expect(stage).toBe('atRisk');
    expect(reason).toMatchObject({ kind: 'rhythm', heldByComeback: true, ownGapHoldMultiple: shopMultiple });
    const times = formatMultiple(shopMultiple);
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      new RegExp(
        `^Usually buys every 10 days; last purchase ${silent} days ago \\(${formatMultiple(silent / 10)}× the usual gap\\).*; customers here have come back after breaks of ${times}× their usual gap and longer, so not called Lapsed\\.$`,
      ),
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain(
      `本店客户曾中断达其通常间隔的 ${times} 倍甚至更久后再回购，故不判为已流失`,
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain(
      `本店客戶曾中斷達其通常間隔的 ${times} 倍甚至更久後再回購，故不判為已流失`,
    );
  });

  it('past it: Lapsed, and the model agrees — less to buy than while held, and no more predicted than spent', () => {
    const held = analyzeWithWen('irregular', Math.floor(10 * shopMultiple) - 5).byKey.get('wen')!;
    const gone = analyzeWithWen('irregular', Math.ceil(10 * shopMultiple) + 5).byKey.get('wen')!;
    expect(held.lifecycle.stage).toBe('atRisk');
    expect(gone.lifecycle.stage).toBe('lapsed');
    expect(gone.repeatProbability).toBeLessThan(held.repeatProbability);
    expect(gone.predictedValue).toBeLessThanOrEqual(gone.summary.netSpend);
  });

  it('in a shop on a rhythm nothing is learnt beyond the setting: a silence held above is Lapsed there', () => {
    const stageGap = analyzeWithWen('rhythm', 10).byKey.get('wen')!.summary.stageGapDays;
    const silent = Math.ceil(3 * Math.max(stageGap, 10)) + 1;
    // Held in the shop of breaks, by its multiple…
    expect(silent).toBeLessThan(10 * shopMultiple);
    expect(analyzeWithWen('irregular', silent).byKey.get('wen')!.lifecycle.stage).toBe('atRisk');
    // …Lapsed in the shop on a rhythm.
    const analysis = analyzeWithWen('rhythm', silent);
    expect(analysis.store.comeback!.multiple).toBeLessThan(analysis.settings.lapsedGapMultiple);
    const wen = analysis.byKey.get('wen')!;
    expect(wen.lifecycle.stage).toBe('lapsed');
    expect(wen.lifecycle.reason).not.toHaveProperty('heldByComeback');
  });
});

describe('a sheet too small to learn how long breaks run: a typical shop’s multiple, said as such', () => {
  /** Five customers: Wen with six purchase days 10 days apart, four others with two or three. */
  function tinyShop(silentDays: number): Analysis {
    const rows: CellValue[][] = [];
    for (let i = 5; i >= 0; i--) rows.push(['Wen', isoOfDay(AS_OF - silentDays - 10 * i), 80]);
    for (const [name, gaps] of [
      ['Ann', [12]],
      ['Bo', [9, 14]],
      ['Cy', [20, 18]],
      ['Di', [7]],
    ] as const) {
      let day = AS_OF - 200;
      rows.push([name, isoOfDay(day), 50]);
      for (const g of gaps) {
        day += g;
        rows.push([name, isoOfDay(day), 50]);
      }
    }
    return analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
  }

  it('4.5× their gap: At risk, and the reason says too few customers here show it, in every language', () => {
    const analysis = tinyShop(45);
    expect(analysis.store.comeback).toMatchObject({ fromTypical: true, multiple: TYPICAL_COMEBACK_MULTIPLE });
    const { stage, reason } = analysis.byKey.get('wen')!.lifecycle;
    expect(stage).toBe('atRisk');
    expect(reason).toMatchObject({ heldByComeback: true, comebackFromTypical: true });
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      /; too few customers here have bought on four days or more to tell how long their breaks run, so not called Lapsed before 5\.6× their usual gap\.$/,
    );
    expect(describeLifecycle(stage, reason, 'en')).not.toContain('have come back after breaks');
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain(
      '本店购买满 4 个购买日的客户还太少，看不出中断可以多久，未到其通常间隔的 5.6 倍不判为已流失',
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain(
      '本店購買滿 4 個購買日的客戶還太少，看不出中斷可以多久，未到其通常間隔的 5.6 倍不判為已流失',
    );
  });

  it('past it (60 days, 6×): Lapsed', () => {
    expect(tinyShop(60).byKey.get('wen')!.lifecycle.stage).toBe('lapsed');
  });
});
