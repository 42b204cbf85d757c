import type { CustomerInsight } from '../analysis';
import type { CellOutput } from '../cells';
import type { DayNumber } from '../days';
import type { Currency } from '../i18n/format-number';
import {
  INSIGHT_COLUMNS as INSIGHT_ORDER,
  type InsightColumn,
  SEGMENT_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from '../i18n/labels';
import type { Language } from '../i18n/language';
import { NEXT_STEP_TITLES } from '../i18n/next-step-titles';
import { dueStatus, whyText } from '../i18n/why';
import { situationOf } from '../lifecycle/situation';
import { instantOfDay } from '../time/zone';

/** Rounds money to the cent so sheets show what the owner would add up by hand. */
const cents = (v: number) => Math.round(v * 100) / 100;

export interface InsightRowOptions {
  language: Language;
  timeZone: string;
  asOfDay: DayNumber;
  /** The sheet's currency, for the amounts inside sentences; cells stay plain numbers. */
  currency?: Currency | undefined;
}

/** One row of the CUSTOMER_INSIGHTS table, in the order of `INSIGHT_COLUMNS`. */
export function insightRow(c: CustomerInsight, o: InsightRowOptions): CellOutput[] {
  const s = c.summary;
  const { language } = o;
  const cells: Record<InsightColumn, CellOutput> = {
    customer: s.label,
    stage: STAGE_LABELS[language][c.lifecycle.stage],
    why: whyText(c, language, o.currency),
    nextStep: NEXT_STEP_TITLES[language][situationOf(c)],
    segment: SEGMENT_LABELS[language][c.segment],
    valueTier: TIER_LABELS[language][c.tier],
    nextPurchaseDue: instantOfDay(s.nextDueDay, o.timeZone),
    dueStatus: dueStatus(s.nextDueDay - o.asOfDay, language),
    daysSinceLast: s.daysSinceLast,
    usualGapDays: Math.round(s.usualGapDays * 10) / 10,
    purchaseDays: s.purchaseDayCount,
    totalSpent: cents(s.netSpend),
    averagePurchase: cents(s.averagePurchase),
    firstPurchase: instantOfDay(s.firstDay, o.timeZone),
    lastPurchase: instantOfDay(s.lastDay, o.timeZone),
    r: c.rfm.r,
    f: c.rfm.f,
    m: c.rfm.m,
    repeatProbability: c.repeatProbability,
    predictedValue: cents(c.predictedValue),
    loyaltyScore: c.loyaltyScore,
  };
  return INSIGHT_ORDER.map((column) => cells[column]);
}
