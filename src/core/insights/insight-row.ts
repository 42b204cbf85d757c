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
import { dueStatus, whyWriter } from '../i18n/why';
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
export type InsightRowWriter = (c: CustomerInsight) => CellOutput[];

/**
 * Writes rows of the CUSTOMER_INSIGHTS table. What is the same for every row is set up once: the
 * labels of the language, the "why" sentences, the due texts and the date of each day (one shared
 * `Date` per calendar day, as Sheets only reads them; customers share far fewer days than rows).
 */
export function insightRowWriter(o: InsightRowOptions): InsightRowWriter {
  const { language, timeZone, asOfDay } = o;
  const stages = STAGE_LABELS[language];
  const segments = SEGMENT_LABELS[language];
  const tiers = TIER_LABELS[language];
  const nextSteps = NEXT_STEP_TITLES[language];
  const why = whyWriter(language, o.currency);
  const dates = new Map<DayNumber, Date>();
  const dateOf = (day: DayNumber) => {
    let date = dates.get(day);
    if (date === undefined) {
      date = instantOfDay(day, timeZone);
      dates.set(day, date);
    }
    return date;
  };
  const dueTexts = new Map<number, string>();
  const dueOf = (daysUntilDue: number) => {
    let text = dueTexts.get(daysUntilDue);
    if (text === undefined) {
      text = dueStatus(daysUntilDue, language);
      dueTexts.set(daysUntilDue, text);
    }
    return text;
  };
  const cellOf: Record<InsightColumn, (c: CustomerInsight) => CellOutput> = {
    customer: (c) => c.summary.label,
    stage: (c) => stages[c.lifecycle.stage],
    why: (c) => why(c.lifecycle.stage, c.lifecycle.reason, c.summary.netSpend, c.predictedValue),
    nextStep: (c) => nextSteps[situationOf(c)],
    segment: (c) => segments[c.segment],
    valueTier: (c) => tiers[c.tier],
    nextPurchaseDue: (c) => dateOf(c.summary.nextDueDay),
    dueStatus: (c) => dueOf(c.summary.nextDueDay - asOfDay),
    daysSinceLast: (c) => c.summary.daysSinceLast,
    usualGapDays: (c) => Math.round(c.summary.usualGapDays * 10) / 10,
    purchaseDays: (c) => c.summary.purchaseDayCount,
    totalSpent: (c) => cents(c.summary.netSpend),
    averagePurchase: (c) => cents(c.summary.averagePurchase),
    firstPurchase: (c) => dateOf(c.summary.firstDay),
    lastPurchase: (c) => dateOf(c.summary.lastDay),
    r: (c) => c.rfm.r,
    f: (c) => c.rfm.f,
    m: (c) => c.rfm.m,
    repeatProbability: (c) => c.repeatProbability,
    predictedValue: (c) => cents(c.predictedValue),
    loyaltyScore: (c) => c.loyaltyScore,
  };
  const cells = INSIGHT_ORDER.map((column) => cellOf[column]);
  const count = cells.length;
  return (c) => {
    const row = new Array<CellOutput>(count);
    for (let i = 0; i < count; i++) row[i] = cells[i]!(c);
    return row;
  };
}

/** One row on its own; for many, make one `insightRowWriter`. */
export function insightRow(c: CustomerInsight, o: InsightRowOptions): CellOutput[] {
  return insightRowWriter(o)(c);
}
