import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellOutput, CellValue } from '../../../src/core/cells';
import {
  INSIGHT_COLUMNS,
  type InsightColumn,
  SEGMENT_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from '../../../src/core/i18n/labels';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { NEXT_STEP_TITLES } from '../../../src/core/i18n/next-step-titles';
import { dueStatus, whyText } from '../../../src/core/i18n/why';
import { dayDates } from '../../../src/core/insights/day-dates';
import { insightRow, insightRowWriter } from '../../../src/core/insights/insight-row';
import { situationOf } from '../../../src/core/lifecycle/situation';
import { dayFromCivil } from '../../../src/core/time/civil';
import { instantOfDay } from '../../../src/core/time/zone';

const TZ = 'America/New_York';
const AS_OF = dayFromCivil(2026, 3, 20);
const rows: CellValue[][] = [];
// Pairs of customers buying on the same days: rows that share dates and due dates.
for (let i = 0; i < 12; i++) {
  const first = AS_OF - 40 - (i >> 1);
  rows.push([`a${i}`, instantOfDay(first, TZ), 20], [`a${i}`, instantOfDay(first + 10, TZ), 25]);
}
const analysis = analyzePurchases(rows, { timeZone: TZ, dateOrder: 'MDY', asOfDay: AS_OF });
const at = (column: (typeof INSIGHT_COLUMNS)[number]) => INSIGHT_COLUMNS.indexOf(column);

describe('insight rows written by one writer per call', () => {
  it('puts each cell under its column, by name, in every language', () => {
    for (const language of LANGUAGES) {
      const options = { language, timeZone: TZ, asOfDay: AS_OF };
      const write = insightRowWriter(options);
      for (const c of analysis.customers) {
        const s = c.summary;
        const expected: Record<InsightColumn, CellOutput> = {
          customer: s.label,
          stage: STAGE_LABELS[language][c.lifecycle.stage],
          why: whyText(c, language),
          nextStep: NEXT_STEP_TITLES[language][situationOf(c)],
          segment: SEGMENT_LABELS[language][c.segment],
          valueTier: TIER_LABELS[language][c.tier],
          nextPurchaseDue: instantOfDay(s.nextDueDay, TZ),
          dueStatus: dueStatus(s.nextDueDay - AS_OF, language),
          daysSinceLast: s.daysSinceLast,
          usualGapDays: Math.round(s.usualGapDays * 10) / 10,
          purchaseDays: s.purchaseDayCount,
          totalSpent: Math.round(s.netSpend * 100) / 100,
          averagePurchase: Math.round(s.averagePurchase * 100) / 100,
          firstPurchase: instantOfDay(s.firstDay, TZ),
          lastPurchase: instantOfDay(s.lastDay, TZ),
          r: c.rfm.r,
          f: c.rfm.f,
          m: c.rfm.m,
          repeatProbability: c.repeatProbability,
          predictedValue: Math.round(c.predictedValue * 100) / 100,
          loyaltyScore: c.loyaltyScore,
        };
        const row = write(c);
        expect(row).toEqual(INSIGHT_COLUMNS.map((column) => expected[column]));
        expect(insightRow(c, options)).toEqual(row);
      }
    }
  });

  it('shares one Date per calendar day among the rows, the midnight Sheets stores for it', () => {
    const write = insightRowWriter({ language: 'en', timeZone: TZ, asOfDay: AS_OF });
    const [a, b] = [write(analysis.customers[0]!), write(analysis.customers[1]!)];
    expect(analysis.customers[0]!.summary.firstDay).toBe(analysis.customers[1]!.summary.firstDay);
    expect(a[at('firstPurchase')]).toBe(b[at('firstPurchase')]);
    expect(a[at('firstPurchase')]).toEqual(instantOfDay(analysis.customers[0]!.summary.firstDay, TZ));
    expect(a[at('nextPurchaseDue')]).toEqual(instantOfDay(analysis.customers[0]!.summary.nextDueDay, TZ));
    expect(a[at('dueStatus')]).toBe(b[at('dueStatus')]);
  });
});

describe('one Date per calendar day', () => {
  it('hands out the midnight of each day in the zone, the same object for the same day', () => {
    const dateOf = dayDates(TZ);
    // 2026-03-08: New York's clocks jump at 02:00; midnight still exists and starts the day.
    const day = dayFromCivil(2026, 3, 8);
    expect(dateOf(day)).toEqual(instantOfDay(day, TZ));
    expect(dateOf(day)).toBe(dateOf(day));
    expect(dateOf(day + 1)).toEqual(instantOfDay(day + 1, TZ));
    expect(dateOf(day + 1)).not.toBe(dateOf(day));
  });
});
