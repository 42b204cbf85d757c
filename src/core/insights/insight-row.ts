import type { CustomerInsight } from '../analysis';
import type { CellOutput } from '../cells';
import type { DayNumber } from '../days';
import type { Currency } from '../i18n/format-number';
import { SEGMENT_LABELS, STAGE_LABELS, TIER_LABELS } from '../i18n/labels';
import type { Language } from '../i18n/language';
import { NEXT_STEP_TITLES } from '../i18n/next-step-titles';
import { dueStatus, whyWriter } from '../i18n/why';
import { situationOfStage } from '../lifecycle/situation';
import { dayDates } from './day-dates';

/** Rounds money to the cent so sheets show what the owner would add up by hand. */
const cents = (v: number) => Math.round(v * 100) / 100;

export interface InsightRowOptions {
  language: Language;
  timeZone: string;
  asOfDay: DayNumber;
  /** The sheet's currency, for the amounts inside sentences; cells stay plain numbers. */
  currency?: Currency | undefined;
  /** Rows of each customer's purchases not counted (customers/rows-not-analysed.ts), said in "why". */
  notCounted?: ReadonlyMap<string, readonly string[]>;
  /** What was wrong with them, when known (insights/not-counted-why.ts). */
  notCountedWhy?: (key: string) => string | undefined;
  /** The note on days refunded beyond their sales (insights/over-refund-why.ts), "" for none. */
  overRefundWhy?: (key: string) => string;
}

/**
 * One row of the CUSTOMER_INSIGHTS table, in the order of `INSIGHT_COLUMNS` (i18n/labels.ts). A
 * one-time buyer's "Usual gap" cell is blank: theirs is the shop's return window, which their why
 * names as such; in that column it would read as their own habit.
 */
export type InsightRowWriter = (c: CustomerInsight) => CellOutput[];

/**
 * Writes rows of the CUSTOMER_INSIGHTS table. What is the same for every row is set up once: the
 * labels of the language, the "why" sentences, the due texts and the date of each day (`dayDates`).
 */
export function insightRowWriter(o: InsightRowOptions): InsightRowWriter {
  const { language, timeZone, asOfDay } = o;
  const stages = STAGE_LABELS[language];
  const segments = SEGMENT_LABELS[language];
  const tiers = TIER_LABELS[language];
  const nextSteps = NEXT_STEP_TITLES[language];
  const why = whyWriter(language, o.currency);
  const dateOf = dayDates(timeZone);
  // Most logs leave no row out: then no customer's key is looked up (a string hashed per row).
  const notCounted = o.notCounted !== undefined && o.notCounted.size > 0 ? o.notCounted : undefined;
  const reasons = o.notCountedWhy;
  const overRefunds = o.overRefundWhy;
  const dueTexts = new Map<number, string>();
  const dueOf = (daysUntilDue: number) => {
    let text = dueTexts.get(daysUntilDue);
    if (text === undefined) {
      text = dueStatus(daysUntilDue, language);
      dueTexts.set(daysUntilDue, text);
    }
    return text;
  };
  // The cells in the order of INSIGHT_COLUMNS, written out as one array (a table of per-column
  // functions cost a quarter of the output stage in a cold call); the test beside it
  // (insight-row-writer.test.ts) checks each position against its column name.
  return (c) => {
    const s = c.summary;
    const { stage, reason } = c.lifecycle;
    const purchaseDays = s.purchaseDayCount;
    const uncounted = notCounted?.get(s.key);
    const dueDay = s.nextDueDay;
    const netSpend = s.netSpend;
    // A one-time buyer's average purchase is their total: the same number, in one cell value (on a
    // million-row log, ≈ 200,000 fewer boxed numbers kept in the table).
    const totalSpent = cents(netSpend);
    // Read once: a shared analysis's customer looks its score up on every read.
    const rfm = c.rfm;
    return [
      /* customer */ s.label,
      /* stage */ stages[stage],
      /* why */ why(stage, reason, netSpend, c, uncounted?.length, uncounted && reasons?.(s.key)) +
        (overRefunds?.(s.key) ?? ''),
      /* nextStep */ nextSteps[situationOfStage(stage, reason)],
      /* segment */ segments[c.segment],
      /* valueTier */ tiers[c.tier],
      /* nextPurchaseDue */ dateOf(dueDay),
      /* dueStatus */ dueOf(dueDay - asOfDay),
      /* daysSinceLast */ s.daysSinceLast,
      /* usualGapDays */ purchaseDays === 1 ? '' : Math.round(s.usualGapDays * 10) / 10,
      /* purchaseDays */ purchaseDays,
      /* totalSpent */ totalSpent,
      /* averagePurchase */ purchaseDays === 1 ? totalSpent : cents(s.averagePurchase),
      /* firstPurchase */ dateOf(s.firstDay),
      /* lastPurchase */ dateOf(s.lastDay),
      /* r */ rfm.r,
      /* f */ rfm.f,
      /* m */ rfm.m,
      /* repeatProbability */ c.repeatProbability,
      /* predictedValue */ cents(c.predictedValue),
      /* loyaltyScore */ c.loyaltyScore,
    ];
  };
}

/** One row on its own; for many, make one `insightRowWriter`. */
export function insightRow(c: CustomerInsight, o: InsightRowOptions): CellOutput[] {
  return insightRowWriter(o)(c);
}
