// What the sidebar shows, as plain data a server function can return (numbers, strings, ids; dates as
// YYYY-MM-DD): the overview and the customer card. No text is chosen here: the sidebar words it in
// the owner's language (src/sidebar/), so these builders stay small in dist/Code.js.
import type { Analysis, CustomerInsight } from '../analysis';
import { rowsNotAnalysedByCustomer } from '../customers/rows-not-analysed';
import type { DayNumber } from '../days';
import type { Currency } from '../i18n/format-number';
import type { DateOrder } from '../input/parse-date';
import { purchasesOf } from '../input/purchase-table';
import type { LifecycleReason, LifecycleStage } from '../lifecycle/lifecycle-stage';
import { LIFECYCLE_STAGES } from '../lifecycle/lifecycle-stage';
import { type Situation, situationOf } from '../lifecycle/situation';

const AT_RISK_REASONS = ['late', 'spendingLess', 'boughtOnce'] as const satisfies readonly Situation[];
export type AtRiskReason = (typeof AT_RISK_REASONS)[number];

import { type LoyaltyBand, loyaltyBand, type RepeatBand, repeatBand } from '../loyalty/loyalty-score';
import type { PurchaseModelName } from '../models/customer-model';
import type { HoldoutCheck } from '../models/holdout-check';
import type { PurchaseModelChoice } from '../models/model-choice';
import type { RfmSegment } from '../segments/rfm-segments';
import { VALUE_TIERS, type ValueTier } from '../segments/value-tier';
import { isoOfDay } from '../time/civil';
import { aggregate } from './aggregate';
import { type CustomerProfile, type FeedbackEntry, loyaltyWithSurvey } from './customer-sheets';
import { problemRowCount } from './data-issues';
import { type NotCountedGroup, notCountedGroups } from './not-counted-rows';

/** How the sidebar should show money and dates: the sheet's currency and the locale's date order. */
export interface ShownAs {
  currency: Currency | null;
  dateOrder: DateOrder;
}

const ISO_ORDER: ShownAs = { currency: null, dateOrder: 'YMD' };

interface GroupCount<K extends string> {
  id: K;
  customers: number;
  revenue: number;
}

export interface Overview {
  shownAs: ShownAs;
  asOf: string;
  customers: number;
  revenue: number;
  stages: GroupCount<LifecycleStage>[];
  /** At-risk customers by reason: later than usual, spending less, bought once. */
  atRiskReasons: { id: AtRiskReason; customers: number }[];
  tiers: GroupCount<ValueTier>[];
  /**
   * Rows of data read (header and blank rows not counted: "55 rows read … 49 used" on a sheet of 54
   * purchases read as if one had been lost), used, skipped; issues reported (one row can have
   * several); customers with only returns.
   */
  rowsRead: number;
  purchases: number;
  rowsSkipped: number;
  issues: number;
  returnsOnly: number;
  /** Customers left out because every purchase was refunded in full that same day (trial 23). */
  refundedOnly: number;
  /** What Analyze's message counts as "Rows with problems" (report/data-issues.ts problemRowCount). */
  problemRows: number;
  /** The purchase model used, what was asked for, and the hold-out check (worded by the sidebar). */
  model: { name: PurchaseModelName; choice: PurchaseModelChoice; check: HoldoutCheck | undefined };
  /** Rows left out on purpose (statuses, walk-ins, owner rules…): not problems. */
  excluded: number;
}

/** Not a customer whose purchases were all refunded the same day: "only returns" is not true of them. */
const onlyReturns = (r: Analysis['returnsOnly'][number]) => r.refunded === undefined;

export function buildOverview(analysis: Analysis, shownAs: ShownAs = ISO_ORDER): Overview {
  const totals = aggregate(analysis);
  const log = analysis.log;
  return {
    shownAs,
    asOf: isoOfDay(analysis.asOfDay),
    customers: totals.customers,
    revenue: totals.revenue,
    stages: LIFECYCLE_STAGES.map((id) => ({ id, ...totals.stages[id] })),
    atRiskReasons: AT_RISK_REASONS.map((id) => ({
      id,
      customers: analysis.customers.filter((c) => situationOf(c) === id).length,
    })),
    tiers: VALUE_TIERS.map((id) => ({ id, ...totals.tiers[id] })),
    rowsRead: log.rowsRead - log.headerRows - log.blankRows,
    purchases: log.purchases.length,
    rowsSkipped: log.rowsSkipped,
    issues: log.issues.length,
    returnsOnly: analysis.returnsOnly.filter(onlyReturns).length,
    refundedOnly: analysis.returnsOnly.filter((r) => !onlyReturns(r)).length,
    problemRows: problemRowCount(analysis),
    model: {
      name: analysis.model.purchaseModel,
      choice: analysis.purchaseModelChoice,
      check: analysis.check,
    },
    excluded: log.excluded?.length ?? 0,
  };
}

/** The card's suggested next step: the situation's, unless a complaint is open (answered first, SPEC §1). */
export type NextStep = Situation | 'complaint' | 'firstPurchase';

interface CardPurchase {
  date: string;
  amount: number;
  product: string;
  row: number;
}

interface CardFeedback {
  date: string;
  type: string;
  status: string;
  note: string;
  open: boolean;
  row: number;
}

interface CardInsight {
  stage: LifecycleStage;
  reason: LifecycleReason;
  segment: RfmSegment;
  tier: ValueTier;
  r: number;
  f: number;
  m: number;
  firstPurchase: string;
  lastPurchase: string;
  purchaseDays: number;
  totalSpent: number;
  averagePurchase: number;
  daysSinceLast: number;
  usualGapDays: number;
  nextDue: string;
  /** Days from the analysis date to the next purchase due; negative when overdue. */
  daysUntilDue: number;
  repeatProbability: number;
  repeatBand: RepeatBand;
  repeatHorizonDays: number;
  predictedValue: number;
  valueHorizonDays: number;
  loyaltyScore: number;
  loyaltyBand: LoyaltyBand;
  favouriteProduct: string;
  /** Rows of their purchases not counted (customers/rows-not-analysed.ts): the why says so. */
  rowsNotCounted: number;
  /** Those rows by problem, with the first rows named (report/not-counted-rows.ts); [] for none. */
  notCounted: NotCountedGroup[];
  /**
   * What the why says after its reason in the formulas and Insights, worded by the server: days
   * refunded beyond their sales (insights/over-refund-why.ts); "" for none.
   */
  whyNote: string;
}

export interface CustomerCard {
  shownAs: ShownAs;
  key: string;
  label: string;
  asOf: string;
  profile: Omit<CustomerProfile, 'row'> | null;
  /** null for someone on the customer sheet who has no purchase yet, or a customer not analysed. */
  insight: CardInsight | null;
  /**
   * Of a customer with rows in the log none of which was analysed (only returns, every sale refunded
   * that day, rows left out or skipped): the worded formulas' sentence, sheet rows named
   * (formulas/not-analysed-answer.ts); null otherwise. Worded by the server, unlike the rest of the
   * card: Code.js carries it for the formulas, so the card and CUSTOMER_WHY say the same.
   */
  notAnalysed: string | null;
  /** Latest first, at most `MAX_HISTORY`. */
  history: CardPurchase[];
  historyRows: number;
  /** Open complaints first, then the rest, latest first. */
  feedback: CardFeedback[];
  openComplaints: number;
  /** null for a customer not analysed with no open complaint: no step of a buyer or a newcomer is true of them. */
  nextStep: NextStep | null;
}

const MAX_HISTORY = 20;

const isoOrBlank = (day: DayNumber | undefined) => (day === undefined ? '' : isoOfDay(day));

export function buildCustomerCard(
  analysis: Analysis,
  key: string,
  profile: CustomerProfile | undefined,
  feedback: readonly FeedbackEntry[],
  shownAs: ShownAs = ISO_ORDER,
  /** What the server words for the card (see `notAnalysed`, `CardInsight.whyNote`). */
  words: { notAnalysed?: { name: string; text: string } | undefined; whyNote?: string } = {},
): CustomerCard | null {
  const { notAnalysed } = words;
  const c = analysis.byKey.get(key);
  if (!c && !profile && !notAnalysed) return null;
  const rows = purchasesOf(analysis.log.purchases, key);
  const history = rows
    .slice()
    .sort((a, b) => b.day - a.day || b.row - a.row)
    .slice(0, MAX_HISTORY)
    .map((p) => ({ date: isoOfDay(p.day), amount: p.amount, product: p.product ?? '', row: p.row }));
  const notes = feedback
    .slice()
    .sort((a, b) => Number(b.open) - Number(a.open) || (b.day ?? 0) - (a.day ?? 0))
    .map((f) => ({
      date: isoOrBlank(f.day),
      type: f.type,
      status: f.status,
      note: f.note,
      open: f.open,
      row: f.row,
    }));
  const openComplaints = notes.filter((f) => f.open).length;
  const insight = c ? { ...cardInsight(c, analysis, profile), whyNote: words.whyNote ?? '' } : null;
  const { row: _row, ...profileData } = profile ?? { row: 0 };
  return {
    shownAs,
    key,
    // Never an empty heading: a customer-sheet row with a blank name is shown by its key.
    label: c?.summary.label || profile?.name || notAnalysed?.name || key,
    asOf: isoOfDay(analysis.asOfDay),
    profile: profile ? (profileData as Omit<CustomerProfile, 'row'>) : null,
    insight,
    notAnalysed: c ? null : (notAnalysed?.text ?? null),
    history,
    historyRows: rows.length,
    feedback: notes,
    openComplaints,
    nextStep: openComplaints > 0 ? 'complaint' : c ? situationOf(c) : notAnalysed ? null : 'firstPurchase',
  };
}

function cardInsight(
  c: CustomerInsight,
  analysis: Analysis,
  profile: CustomerProfile | undefined,
): Omit<CardInsight, 'whyNote'> {
  const s = c.summary;
  const score = loyaltyWithSurvey(c, profile);
  const notCounted = rowsNotAnalysedByCustomer(analysis.log).get(s.key)?.length ?? 0;
  return {
    stage: c.lifecycle.stage,
    reason: c.lifecycle.reason,
    segment: c.segment,
    tier: c.tier,
    r: c.rfm.r,
    f: c.rfm.f,
    m: c.rfm.m,
    firstPurchase: isoOfDay(s.firstDay),
    lastPurchase: isoOfDay(s.lastDay),
    purchaseDays: s.purchaseDayCount,
    totalSpent: s.netSpend,
    averagePurchase: s.averagePurchase,
    daysSinceLast: s.daysSinceLast,
    rowsNotCounted: notCounted,
    notCounted: notCounted > 0 ? notCountedGroups(analysis.log, s.key) : [],
    usualGapDays: s.usualGapDays,
    nextDue: isoOfDay(s.nextDueDay),
    daysUntilDue: s.nextDueDay - analysis.asOfDay,
    repeatProbability: c.repeatProbability,
    repeatBand: repeatBand(c.repeatProbability),
    repeatHorizonDays: analysis.settings.repeatHorizonDays,
    predictedValue: c.predictedValue,
    valueHorizonDays: analysis.settings.valueHorizonDays,
    loyaltyScore: score,
    loyaltyBand: loyaltyBand(score),
    favouriteProduct: s.favouriteProduct ?? '',
  };
}
