// Issue 12's property scan: in a shop whose customers now and then take a season away (5–15× their
// usual gap) and come back, "3× their own gap" called Lapsed customers the purchase model still
// expected (4 purchases 8 days apart, 48 days silent: 48% still a customer, more predicted for the
// next year than all they had spent). Lapsed there needs the multiple this shop's customers have come
// back after (comeback-multiple.ts); in a shop on a rhythm nothing changes.
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
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

/** Each customer's rows: a first purchase 200 days before the analysis day, then one after each gap. */
function shopRows(customers: readonly (readonly [string, readonly number[]])[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [name, gaps] of customers) {
    let day = AS_OF - 200;
    rows.push([name, isoOfDay(day), 50]);
    for (const g of gaps) {
      day += g;
      rows.push([name, isoOfDay(day), 50]);
    }
  }
  return rows;
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
    // Learnt with Wen among the customers: her own gaps count too.
    const learnt = analysis.store.comeback!.multiple;
    expect(reason).toMatchObject({ kind: 'rhythm', heldByComeback: true, ownGapHoldMultiple: learnt });
    const times = formatMultiple(learnt);
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      new RegExp(
        `^Usually buys every 10 days; last purchase ${silent} days ago \\(${formatMultiple(silent / 10)}× the usual gap\\).*; customers here have come back after breaks of ${times}× their usual gap or longer, so not called Lapsed\\.$`,
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

describe('what the shop’s breaks do not hold', () => {
  it('a sheet of a few regulars learns nothing: Lapsed past 3× their gap, as before', () => {
    const rows: CellValue[][] = [];
    for (let i = 5; i >= 0; i--) rows.push(['Wen', isoOfDay(AS_OF - 45 - 10 * i), 80]);
    rows.push(
      ...shopRows([
        ['Ann', [12]],
        ['Bo', [9, 14]],
        ['Cy', [20, 18, 60]],
        ['Di', [7]],
      ]),
    );
    const analysis = analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
    expect(analysis.store.comeback).toBeUndefined();
    expect(analysis.byKey.get('wen')!.lifecycle.stage).toBe('lapsed');
  });

  it('a customer with one gap: their one gap is no habit to take breaks from, so 3× it, as before', () => {
    const shop = generatedLog({ customers: 300, seed: 12, spanDays: 730, gaps: 'irregular' });
    const withPat = (silent: number) =>
      analyzePurchases(
        [...shop, ['Pat', isoOfDay(AS_OF - silent - 15), 80], ['Pat', isoOfDay(AS_OF - silent), 80]],
        { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF },
      );
    const stageGap = withPat(10).byKey.get('pat')!.summary.stageGapDays;
    const silent = Math.ceil(3 * Math.max(stageGap, 15)) + 1;
    const analysis = withPat(silent);
    // Past 3× their one gap of 15 days and the stage's, within the shop's multiple of it: Lapsed.
    expect(silent).toBeLessThan(15 * analysis.store.comeback!.multiple);
    const pat = analysis.byKey.get('pat')!;
    expect(pat.lifecycle.stage).toBe('lapsed');
    expect(pat.lifecycle.reason).not.toHaveProperty('heldByComeback');
  });

  it('no silence longer than any break this shop has seen, in days, whatever the multiple', () => {
    // Eight customers who buy daily for a week and are then away a month (a break of 30× their
    // usual day), and Mo, monthly, silent a year: 12× their gap, under 30×, but no one here has come
    // back after a year.
    const rows: CellValue[][] = [];
    for (let c = 0; c < 8; c++) {
      let day = AS_OF - 150 + c;
      for (let week = 0; week < 3; week++) {
        for (let d = 0; d < 7; d++) rows.push([`burst${c}`, isoOfDay(day + d), 20]);
        day += 37;
      }
    }
    for (let i = 4; i >= 0; i--) rows.push(['Mo', isoOfDay(AS_OF - 360 - 30 * i), 60]);
    const analysis = analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
    const comeback = analysis.store.comeback!;
    expect(comeback.multiple).toBeGreaterThan(12);
    expect(comeback.longestDays).toBeLessThan(360);
    expect(analysis.byKey.get('mo')!.lifecycle.stage).toBe('lapsed');
    // With three customers here back after 400 days away, 40 times their gap, the same silence is a
    // break this shop has seen, in days and in multiples of a gap.
    const olds = [1, 2, 3].flatMap((o) =>
      [0, 10, 20, 420].map((d): CellValue[] => [`Old${o}`, isoOfDay(AS_OF - 500 + d), 60]),
    );
    const seen = analyzePurchases([...rows, ...olds], { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
    expect(seen.store.comeback!.longestDays).toBe(400);
    expect(seen.byKey.get('mo')!.lifecycle).toMatchObject({
      stage: 'atRisk',
      reason: { heldByComeback: true },
    });
  });
});

describe('fewer than 5 customers back at all: late, not gone, as for one-time buyers', () => {
  const analyze = (rows: CellValue[][]) =>
    analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
  function fourRegulars(silentDays: number): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let i = 5; i >= 0; i--) rows.push(['Wen', isoOfDay(AS_OF - silentDays - 10 * i), 80]);
    rows.push(
      ...shopRows([
        ['Ann', [12, 11, 13]],
        ['Bo', [9, 14]],
        ['Cy', [20]],
      ]),
    );
    rows.push(['Di', isoOfDay(AS_OF - 100), 40]);
    return rows;
  }

  it('past 3× their gap: At risk, and the reason says why, in every language', () => {
    const analysis = analyze(fourRegulars(45));
    expect(analysis.store.oneTimeWindow).toMatchObject({ returners: 4, fromSetting: true });
    const { stage, reason } = analysis.byKey.get('wen')!.lifecycle;
    expect(stage).toBe('atRisk');
    expect(reason).toMatchObject({ kind: 'rhythm', heldFewReturners: true });
    expect(describeLifecycle(stage, reason, 'en')).toMatch(
      /^Usually buys every 10 days; last purchase 45 days ago \(4\.5× the usual gap\).*; with too few customers back here to tell, not called Lapsed until silent over 60 days \(6× their longest gap of 10 days\)\.$/,
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toMatch(
      /；回购的客户还太少，未超过 60 天（其最长间隔 10 天的 6 倍）不判为已流失。$/,
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toMatch(
      /；回購的客戶還太少，未超過 60 天（其最長間隔 10 天的 6 倍）不判為已流失。$/,
    );
  });

  it('a regular whose own gaps tell (nine or more): Lapsed all the same', () => {
    const cat: CellValue[][] = Array.from({ length: 12 }, (_, i) => [
      'Cat',
      isoOfDay(AS_OF - 60 - 7 * i),
      30,
    ]);
    // Cat in Cy's place: still four customers back.
    const analysis = analyze([...fourRegulars(45).filter((r) => r[0] !== 'Cy'), ...cat]);
    expect(analysis.store.oneTimeWindow).toMatchObject({ returners: 4, fromSetting: true });
    expect(analysis.byKey.get('cat')!.lifecycle.stage).toBe('lapsed');
    // Wen's five gaps do not tell yet: still held.
    expect(analysis.byKey.get('wen')!.lifecycle.stage).toBe('atRisk');
  });

  it('nor past twice the Lapsed multiple of their longest gap: Lapsed', () => {
    // Wen's gaps are 10 days: held at 45 days, Lapsed past 60.
    expect(analyze(fourRegulars(60)).byKey.get('wen')!.lifecycle.stage).toBe('atRisk');
    expect(analyze(fourRegulars(61)).byKey.get('wen')!.lifecycle.stage).toBe('lapsed');
  });

  it('with a fifth customer back, the same silence is Lapsed', () => {
    const analysis = analyze([...fourRegulars(45), ['Di', isoOfDay(AS_OF - 60), 40]]);
    expect(analysis.store.oneTimeWindow).toMatchObject({ returners: 5, fromSetting: false });
    expect(analysis.byKey.get('wen')!.lifecycle.stage).toBe('lapsed');
  });
});
