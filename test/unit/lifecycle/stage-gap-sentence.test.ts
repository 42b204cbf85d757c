// A slow buyer in a fast shop: the stage is judged on their gap weighed with the shop's, so they can be
// At risk while their own gap is not yet past. The reason must then say what makes them late, not
// read as on time (found in the review of issue 13's merge).
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { describeLifecycle } from '../../../src/core/i18n/lifecycle-reasons';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

describe('a customer late only by the gap the stage is judged on', () => {
  it('is At risk with a reason that gives both multiples, in every language', () => {
    const asOf = dayFromCivil(2026, 6, 30);
    const rows: CellValue[][] = [['Customer', 'Date', 'Amount']];
    // Twenty regulars buying every 5 days: the shop's usual gap is 5 days.
    for (let c = 0; c < 20; c++)
      for (let i = 0; i < 4; i++) rows.push([`s${c}`, isoOfDay(asOf - 2 - 5 * i), 10]);
    // A buys every 30 days and last bought 28 days ago: within their own gap.
    for (const day of [asOf - 88, asOf - 58, asOf - 28]) rows.push(['A', isoOfDay(day), 10]);
    const analysis = analyzePurchases(rows, {
      timeZone: 'UTC',
      dateOrder: 'MDY',
      asOfDay: asOf,
      needs: 'none',
    });
    // Keys are compared as the reader normalises them (lower case).
    const { stage, reason } = analysis.byKey.get('a')!.lifecycle;
    expect(stage).toBe('atRisk');
    expect(reason).toMatchObject({ kind: 'rhythm', usualGapDays: 30, lateByStageGap: true });
    const en = describeLifecycle(stage, reason, 'en');
    expect(en).toMatch(
      /^Usually buys every 30 days; last purchase 28 days ago \(0\.9× the usual gap\); weighed with the shop's usual 5 days, that is \d+(\.\d)?× the gap the stage is judged on\.$/,
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain('已是判断阶段所用间隔的');
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain('已是判斷階段所用間隔的');
  });

  it('a customer late by their own gap as well keeps the plain sentence', () => {
    const asOf = dayFromCivil(2026, 6, 30);
    const rows: CellValue[][] = [['Customer', 'Date', 'Amount']];
    for (let c = 0; c < 20; c++)
      for (let i = 0; i < 4; i++) rows.push([`s${c}`, isoOfDay(asOf - 2 - 5 * i), 10]);
    for (const day of [asOf - 120, asOf - 110, asOf - 100]) rows.push(['B', isoOfDay(day), 10]);
    const analysis = analyzePurchases(rows, {
      timeZone: 'UTC',
      dateOrder: 'MDY',
      asOfDay: asOf,
      needs: 'none',
    });
    const { stage, reason } = analysis.byKey.get('b')!.lifecycle;
    expect(stage).toBe('lapsed');
    expect(reason).not.toHaveProperty('lateByStageGap');
    expect(describeLifecycle(stage, reason, 'en')).toBe(
      'Usually buys every 10 days; last purchase 100 days ago (10.0× the usual gap).',
    );
  });
});
