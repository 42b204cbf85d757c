import type { CustomerInsight } from '../analysis';
import type { CellOutput } from '../cells';
import { SEGMENT_LABELS, STAGE_LABELS, TIER_LABELS } from '../i18n/labels';
import type { Language } from '../i18n/language';
import { describeLifecycle } from '../i18n/lifecycle-reasons';
import { instantOfDay } from '../time/zone';

/** Rounds money to the cent so sheets show what the owner would add up by hand. */
const cents = (v: number) => Math.round(v * 100) / 100;

/** One row of the CUSTOMER_INSIGHTS table, in the order of `INSIGHT_COLUMNS`. */
export function insightRow(c: CustomerInsight, language: Language, timeZone: string): CellOutput[] {
  const s = c.summary;
  return [
    s.label,
    instantOfDay(s.firstDay, timeZone),
    instantOfDay(s.lastDay, timeZone),
    s.purchaseDayCount,
    cents(s.netSpend),
    cents(s.averagePurchase),
    s.daysSinceLast,
    Math.round(s.usualGapDays * 10) / 10,
    instantOfDay(s.nextDueDay, timeZone),
    c.rfm.r,
    c.rfm.f,
    c.rfm.m,
    SEGMENT_LABELS[language][c.segment],
    TIER_LABELS[language][c.tier],
    STAGE_LABELS[language][c.lifecycle.stage],
    describeLifecycle(c.lifecycle.stage, c.lifecycle.reason, language),
    c.repeatProbability,
    cents(c.predictedValue),
    c.loyaltyScore,
  ];
}
