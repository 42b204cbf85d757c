import type { PurchaseModelChoice } from './models/model-choice';

/**
 * The thresholds of the analysis, with the defaults of SPEC §3. Owners cannot change them yet, so
 * they are plain constants: when a setting becomes editable, it is validated where it enters
 * (document properties, the sidebar), as the follow-up settings are.
 */
export interface Settings {
  /** Later than this many usual gaps: At risk. */
  atRiskGapMultiple: number;
  /** Later than this many usual gaps: Lapsed. */
  lapsedGapMultiple: number;
  /**
   * A repeat customer with a usual gap, silent past the Lapsed multiple, is still At risk within their
   * longest gap and this share of it more (lifecycle-stage.ts: 129 days silent after a break of 128).
   */
  breakMarginShare: number;
  /**
   * A silence that began within this many days of the same calendar date as an earlier break is
   * that yearly break again: At risk, not Lapsed, until that break's return date comes round (and
   * its margin) (lifecycle/seasonal-break.ts).
   */
  seasonalShiftDays: number;
  /** Purchase days from which an on-rhythm customer is Loyal (fewer: Developing). */
  loyalMinPurchaseDays: number;
  /** How many of the latest purchase days are compared with the customer's earlier ones (all must be lower). */
  recentPurchaseDays: number;
  /** The comparison needs at least this many purchase days in all (three or more before the recent ones). */
  amountTrendMinPurchaseDays: number;
  /** Recent average below this share of the earlier average: amounts are "down sharply". */
  amountDropRatio: number;
  /** How many standard errors of the customer's own basket spread the fall must exceed (lifecycle/amount-drop.ts). */
  amountDropNoiseZ: number;
  /**
   * How strongly a customer's own median gap is pulled toward the store's: with n gaps of their own,
   * the usual gap is (n × own + k × store) / (n + k) with this k.
   */
  gapShrinkage: number;
  /**
   * Usual gap when the sheet has no repeat purchases at all to learn one from; also a one-time
   * buyer's return window while fewer than 5 customers have come back (return-window.ts).
   */
  defaultGapDays: number;
  /** Horizons of the repeat probability and predicted value columns of CUSTOMER_INSIGHTS. */
  repeatHorizonDays: number;
  valueHorizonDays: number;
  /** Value tiers: Key up to this share of revenue, Core up to the next. */
  keyRevenueShare: number;
  coreRevenueShare: number;
  /**
   * The purchase model: 'auto' keeps the MBG/CNBD-k (the MBG/NBD at k = 1) unless another predicted
   * this sheet's own last stretch clearly better (models/holdout-check.ts); 'bg-nbd', 'mbg-nbd' or
   * 'mbg-cnbd-k' fixes it.
   */
  purchaseModel: PurchaseModelChoice;
}

export const DEFAULT_SETTINGS: Settings = {
  atRiskGapMultiple: 1.5,
  lapsedGapMultiple: 3,
  breakMarginShare: 0.1,
  seasonalShiftDays: 30,
  loyalMinPurchaseDays: 4,
  recentPurchaseDays: 3,
  amountTrendMinPurchaseDays: 6,
  amountDropRatio: 0.5,
  amountDropNoiseZ: 2,
  gapShrinkage: 2,
  defaultGapDays: 30,
  repeatHorizonDays: 90,
  valueHorizonDays: 365,
  keyRevenueShare: 0.8,
  coreRevenueShare: 0.95,
  purchaseModel: 'auto',
};
