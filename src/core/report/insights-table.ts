// The Insights sheet as plain data: the CUSTOMER_INSIGHTS table (insights/insight-row.ts) joined with
// the customer sheet's name and email, a format per column and the stage of each row for its colour.
//
// Decisions (tests in test/unit/report/insights-table.test.ts):
// - Name and Email columns follow Customer, each only when the customer sheet has that column.
// - Trailing columns (the last follow-up and its outcome, from the Contact log) come last.
// - A customer with an open complaint (when the feedback sheet was read) has the card's next step,
//   "Answer the open complaint first", whatever their situation.
// - The loyalty score takes the customer sheet's satisfaction and recommend answers where given
//   (SPEC §3: "satisfaction and recommend when given"); without them it is CUSTOMER_INSIGHTS' score.
import type { Analysis } from '../analysis';
import type { CellOutput } from '../cells';
import { rowsNotAnalysedByCustomer } from '../customers/rows-not-analysed';
import type { Currency } from '../i18n/format-number';
import { INSIGHT_COLUMNS, type InsightColumn, insightHeaders } from '../i18n/labels';
import type { Language } from '../i18n/language';
import { NEXT_STEP_TITLES } from '../i18n/next-step-titles';
import { insightRowWriter } from '../insights/insight-row';
import { notCountedWhy } from '../insights/not-counted-why';
import { overRefundWhy } from '../insights/over-refund-why';
import type { LifecycleStage } from '../lifecycle/lifecycle-stage';
import type { AnalyzeTexts } from './analyze-texts';
import { type CustomerProfile, type FeedbackEntry, loyaltyWithSurvey } from './customer-sheets';
import type { ColumnFormat } from './summary';

const FORMATS: Readonly<Record<InsightColumn, ColumnFormat>> = {
  customer: 'text',
  nextStep: 'text',
  dueStatus: 'text',
  firstPurchase: 'date',
  lastPurchase: 'date',
  purchaseDays: 'integer',
  totalSpent: 'money',
  averagePurchase: 'money',
  daysSinceLast: 'integer',
  usualGapDays: 'decimal',
  nextPurchaseDue: 'date',
  r: 'integer',
  f: 'integer',
  m: 'integer',
  segment: 'text',
  valueTier: 'text',
  stage: 'text',
  why: 'text',
  repeatProbability: 'percent',
  predictedValue: 'money',
  loyaltyScore: 'integer',
};

export interface InsightsTable {
  /** Header row, then one row per customer in the order of the purchase log. */
  rows: CellOutput[][];
  formats: ColumnFormat[];
  /** The stage of each data row (rows[i + 1]). */
  stages: LifecycleStage[];
  /** 0-based columns of the stage and the "why" sentence. */
  stageColumn: number;
  whyColumn: number;
}

export interface ProfileColumns {
  profiles: ReadonlyMap<string, CustomerProfile>;
  name: boolean;
  email: boolean;
}

/** Columns appended after the table's own, e.g. each customer's last follow-up and its outcome. */
export interface TrailingColumns {
  headers: readonly string[];
  formats: readonly ColumnFormat[];
  cellsFor(customerKey: string): readonly CellOutput[];
}

export function insightsTable(
  analysis: Analysis,
  language: Language,
  timeZone: string,
  analyzeTexts: AnalyzeTexts,
  join?: ProfileColumns,
  trailing?: TrailingColumns,
  currency?: Currency,
  /** The feedback sheet's entries per customer key, when it was read. */
  feedback?: ReadonlyMap<string, readonly FeedbackEntry[]>,
): InsightsTable {
  const extra: ('name' | 'email')[] = [];
  if (join?.name) extra.push('name');
  if (join?.email) extra.push('email');
  const texts = analyzeTexts.report[language];
  const s = analysis.settings;
  const [first, ...rest] = insightHeaders(language, s.repeatHorizonDays, s.valueHorizonDays);
  const rows: CellOutput[][] = [
    [first!, ...extra.map((e) => texts[e]), ...rest, ...(trailing?.headers ?? [])],
  ];
  const loyaltyAt = INSIGHT_COLUMNS.indexOf('loyaltyScore');
  const nextStepAt = INSIGHT_COLUMNS.indexOf('nextStep');
  const insightRow = insightRowWriter({
    language,
    timeZone,
    asOfDay: analysis.asOfDay,
    currency,
    notCounted: rowsNotAnalysedByCustomer(analysis.log),
    notCountedWhy: notCountedWhy(analysis.log, language, false),
    overRefundWhy: overRefundWhy(analysis.overRefunds, language, false, currency),
  });
  for (const c of analysis.customers) {
    const cells = insightRow(c);
    const profile = join?.profiles.get(c.summary.key);
    if (profile) cells[loyaltyAt] = loyaltyWithSurvey(c, profile);
    if (feedback?.get(c.summary.key)?.some((f) => f.open))
      cells[nextStepAt] = NEXT_STEP_TITLES[language].complaint;
    // Name and Email after the customer, the trailing columns at the end: in place, no copies per row.
    if (extra.length > 0) cells.splice(1, 0, ...extra.map((e) => profile?.[e] ?? ''));
    if (trailing) cells.push(...trailing.cellsFor(c.summary.key));
    rows.push(cells);
  }
  const formats = INSIGHT_COLUMNS.map((col) => FORMATS[col]);
  formats.splice(1, 0, ...extra.map((): ColumnFormat => 'text'));
  formats.push(...(trailing?.formats ?? []));
  return {
    rows,
    formats,
    stages: analysis.customers.map((c) => c.lifecycle.stage),
    stageColumn: INSIGHT_COLUMNS.indexOf('stage') + extra.length,
    whyColumn: INSIGHT_COLUMNS.indexOf('why') + extra.length,
  };
}
