import type { Grid } from './cells';
import {
  type BuiltHistories,
  buildHistories,
  type CustomerHistories,
  type OverRefund,
  type ReturnsOnly,
  type ZeroAmountDay,
} from './customers/customer-history';
import {
  type CustomerSummary,
  ownMedianGaps,
  type StoreRhythm,
  storeRhythm,
  summaryColumns,
} from './customers/customer-summary';
import { summaryList } from './customers/summary-view';
import type { DayNumber } from './days';
import type { Currency } from './i18n/format-number';
import { currencyOfCells } from './input/currency';
import type { DecimalMark } from './input/parse-amount';
import type { DateOrder } from './input/parse-date';
import { DEFAULT_PURCHASE_COLUMNS, type PurchaseColumns, type PurchaseLog } from './input/purchase';
import { readPurchases } from './input/read-purchases';
import { ScoredCustomer, type ScoringContext } from './insights/scored-customer';
import type { LifecycleResult } from './lifecycle/lifecycle-stage';
import { type CustomerModel, customerModelOf, fitCustomerModel } from './models/customer-model';
import { type HoldoutCheck, holdoutCheck } from './models/holdout-check';
import { type PurchaseModelChoice, resolveChoice } from './models/model-choice';
import type { SavedFit } from './models/model-state';
import { type RfmCuts, type RfmScore, rfmCutsOf, rfmScorer } from './segments/rfm';
import type { RfmSegment } from './segments/rfm-segments';
import { type ValueTier, valueTierCuts, valueTierOf } from './segments/value-tier';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface AnalyzeOptions {
  /** The spreadsheet's IANA time zone: calendar days are read in it. */
  timeZone: string;
  /** How the spreadsheet locale orders day and month in dates like 5/3/2024. */
  dateOrder: DateOrder;
  /** The spreadsheet locale's decimal mark, for text amounts such as "12.500" (parse-amount.ts). */
  decimalMark?: DecimalMark | undefined;
  /** The analysis date; purchases after it are reported and left out. */
  asOfDay: DayNumber;
  settings?: Settings;
  /** Where customer, date, amount (and product) are; the first columns in that order by default. */
  columns?: PurchaseColumns;
  /** Sheet row number of the grid's first row, for the data-issue report. */
  firstRowNumber?: number;
  /** Called as each stage ends (read, summarise, fit, score): the benchmark's hook, a no-op by default. */
  onStageEnd?: StageListener;
  /** Overrides `settings.purchaseModel` (a formula's last argument). */
  purchaseModel?: PurchaseModelChoice;
  /**
   * Run the hold-out check even when the model is fixed (it always runs under `auto`): where the
   * owner asks for the model — CUSTOMER_MODEL, Analyze customers, the sidebar.
   */
  check?: boolean;
  /**
   * A fit saved by an earlier call on the same data (formulas/shared-analysis.ts), asked for only when the
   * analysis comes to fit: used instead of fitting when it fits these customers and this choice, else
   * ignored.
   */
  savedFit?: (() => SavedFit | undefined) | undefined;
  /** Called once the fit is made (or taken from `savedFit`), with what may be saved for later calls. */
  onFitted?: ((fit: SavedFit) => void) | undefined;
  /**
   * 'none' when the caller reads no model figure (RFM_SEGMENT, VALUE_TIER, …): the model and the
   * check are then fitted only if a figure is read after all. Default 'model': fitted in the fit stage.
   */
  needs?: 'model' | 'none';
}

export type AnalysisStage = 'read' | 'summarise' | 'fit' | 'score';
type StageListener = (stage: AnalysisStage) => void;

/**
 * Everything known about one customer after the analysis (the score stage's `ScoredCustomer`
 * works out the stage, segment and predictions when first read).
 */
export interface CustomerInsight {
  summary: CustomerSummary;
  rfm: RfmScore;
  segment: RfmSegment;
  tier: ValueTier;
  lifecycle: LifecycleResult;
  /** Over `settings.repeatHorizonDays`. */
  repeatProbability: number;
  /** Over `settings.valueHorizonDays`. */
  predictedValue: number;
  /** From repeat probability alone; survey answers are added where the owner records them. */
  loyaltyScore: number;
}

export interface Analysis {
  asOfDay: DayNumber;
  settings: Settings;
  /** In the order customers first appear in the purchase log. */
  customers: CustomerInsight[];
  /** `customers.length`, without making the list. */
  customerCount: number;
  /**
   * Customer `index` of `customers`. Until something reads the list, each is made for the caller
   * and not kept: a writer that reads every customer once (CUSTOMER_INSIGHTS) then keeps nothing a
   * row needed once it is written — on a million-row log, a stage and a reason object per customer
   * kept to the end of the call (issue 13).
   */
  customerAt(index: number): CustomerInsight;
  byKey: ReadonlyMap<string, CustomerInsight>;
  model: CustomerModel;
  /** What was asked for: `auto` or a model by name. */
  purchaseModelChoice: PurchaseModelChoice;
  /** The hold-out check, when it ran (always under `auto`). */
  check: HoldoutCheck | undefined;
  /** The fit and check used, to be saved for the next call on the same data. */
  fit: SavedFit;
  rfmCuts: RfmCuts;
  store: StoreRhythm;
  log: PurchaseLog;
  /** Customers with returns but no purchase: not analysed, reported. */
  returnsOnly: ReturnsOnly[];
  /**
   * Days of zero amounts only of customers who paid on other days: not purchase days, reported
   * (customer-history.ts). Not kept by a shared analysis, which the Data issues sheet does not read.
   */
  zeroAmountDays?: ZeroAmountDay[];
  /** Days refunded in full the same day (customer-history.ts): visits, not purchases; follow-ups only. */
  refundedDays?: ZeroAmountDay[];
  /** Days refunded beyond their sales (customer-history.ts OverRefund): said in the why and Data issues. */
  overRefunds?: OverRefund[];
  /** The currency marked in the amount cells (`¥1,234.50`), if any; the shell may know it from formats. */
  currency?: Currency | undefined;
}

/**
 * The whole analysis of a purchase log: read → summarise → fit → score. Done once per formula call
 * or menu run, whatever the number of customers asked about.
 */
export function analyzePurchases(grid: Grid, options: AnalyzeOptions): Analysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const log = readPurchases(grid, {
    timeZone: options.timeZone,
    dateOrder: options.dateOrder,
    decimalMark: options.decimalMark,
    asOfDay: options.asOfDay,
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.firstRowNumber !== undefined ? { firstRowNumber: options.firstRowNumber } : {}),
  });
  options.onStageEnd?.('read');
  const amountColumn = (options.columns ?? DEFAULT_PURCHASE_COLUMNS).amount;
  const currency = currencyOfCells(grid, amountColumn);
  const analysis = analyzeLog(log, options.asOfDay, settings, options.onStageEnd, {
    ...(options.purchaseModel ? { purchaseModel: options.purchaseModel } : {}),
    ...(options.check ? { check: true } : {}),
    ...(options.needs ? { needs: options.needs } : {}),
    ...(options.savedFit ? { savedFit: options.savedFit } : {}),
    ...(options.onFitted ? { onFitted: options.onFitted } : {}),
  });
  // Set, not spread: a spread would read the model getter and fit it.
  analysis.currency = currency;
  return analysis;
}

type ModelOptions = Pick<AnalyzeOptions, 'purchaseModel' | 'check' | 'savedFit' | 'onFitted' | 'needs'>;

export function analyzeLog(
  log: PurchaseLog,
  asOfDay: DayNumber,
  settings: Settings,
  onStageEnd: StageListener = () => {},
  modelOptions: ModelOptions = {},
): Analysis {
  return analyzeHistories(buildHistories(log.purchases), log, asOfDay, settings, onStageEnd, modelOptions);
}

/** An analysis whose `log` is what the caller keeps of the log (the whole log, or its facts). */
export type AnalysisOf<Log> = Omit<Analysis, 'log'> & { log: Log };

/**
 * `analyzeLog` from the log's histories, built by the caller: a caller that keeps only some facts
 * of the log (the formulas) no longer holds its purchase table while the analysis runs, so the
 * collector can take it during the fit (a million-row log's table and product column, ≈ 28 MB of a
 * cold call's peak, issue 13).
 */
export function analyzeHistories<Log>(
  built: BuiltHistories,
  log: Log,
  asOfDay: DayNumber,
  settings: Settings,
  onStageEnd: StageListener = () => {},
  modelOptions: ModelOptions = {},
): AnalysisOf<Log> {
  const { histories, returnsOnly, zeroAmountDays, refundedDays, overRefunds } = built;
  const ownGaps = ownMedianGaps(histories);
  const store = storeRhythm(histories, asOfDay, settings, ownGaps);
  // Each summary is made when read, over the columns worked out here (summary-view.ts), and is
  // also the customer's model input (ModelledSummary).
  const summaries = summaryList(summaryColumns(histories, asOfDay, store, settings, ownGaps));
  onStageEnd('summarise');
  const choice = modelOptions.purchaseModel ?? settings.purchaseModel;
  const needsCheck = choice === 'auto' || modelOptions.check === true;
  // The hold-out check and the fit run when first needed: here, unless the caller said it needs no
  // model (RFM_SEGMENT, VALUE_TIER, …) — then only if something reads a model figure after all.
  let fitted:
    | { model: CustomerModel; check: HoldoutCheck | undefined; saved: SavedFit | undefined }
    | undefined;
  const fitModel = () => {
    if (fitted) return fitted;
    const saved = usableFit(modelOptions.savedFit?.(), choice, histories);
    const check = needsCheck ? (saved?.check ?? holdoutCheck(histories, asOfDay)) : undefined;
    const model = saved
      ? customerModelOf(saved.model)
      : fitCustomerModel(summaries, {
          purchaseModel: resolveChoice(choice, check?.status === 'checked' ? check.winner : undefined),
        });
    fitted = { model, check, saved };
    modelOptions.onFitted?.(savedFitOf(fitted));
    return fitted;
  };
  if (modelOptions.needs !== 'none') fitModel();
  onStageEnd('fit');
  // The cuts only: a customer's RFM score and value tier are worked out where they are read, from
  // their own figures (net spends straight from their column: summary i is customer i of the
  // histories), so no list of scores or tiers is kept.
  const ascendingNetSpends = histories.netSpend.slice().sort();
  const cuts = rfmCutsOf(summaries, ascendingNetSpends);
  const rfmOf = rfmScorer(cuts);
  const tierCuts = valueTierCuts(histories.netSpend, settings, ascendingNetSpends);
  // Stages, segments and predictions are worked out per customer when a formula reads them.
  const scoring: ScoringContext = { store, settings, model: () => fitModel().model };
  const scoredAt = (i: number): CustomerInsight => {
    const summary = summaries.customer(i);
    const tier = valueTierOf(histories.netSpend[i]!, tierCuts);
    return new ScoredCustomer(summary, rfmOf(summary), tier, summary, scoring);
  };
  // The list and the map by key are made when first read: a formula answering for every customer
  // in log order (CUSTOMER_INSIGHTS) reads each customer once through `customerAt` and needs neither.
  let customers: CustomerInsight[] | undefined;
  const allCustomers = () => {
    if (customers === undefined) {
      customers = new Array(summaries.length);
      for (let i = 0; i < summaries.length; i++) customers[i] = scoredAt(i);
    }
    return customers;
  };
  let byKey: Map<string, CustomerInsight> | undefined;
  onStageEnd('score');
  return {
    asOfDay,
    settings,
    get customers() {
      return allCustomers();
    },
    customerCount: summaries.length,
    customerAt: (i) => customers?.[i] ?? scoredAt(i),
    get byKey() {
      if (byKey === undefined) {
        byKey = new Map();
        for (const c of allCustomers()) byKey.set(c.summary.key, c);
      }
      return byKey;
    },
    get model() {
      return fitModel().model;
    },
    purchaseModelChoice: choice,
    get check() {
      return fitModel().check;
    },
    // A saved check this call did not need is kept, so the entry it came from is not overwritten without it.
    get fit() {
      return savedFitOf(fitModel());
    },
    rfmCuts: cuts,
    store,
    log,
    returnsOnly,
    zeroAmountDays,
    refundedDays,
    overRefunds,
  };
}

/** What a fit leaves for later calls: a saved check this call did not need is kept with it. */
function savedFitOf(fitted: {
  model: CustomerModel;
  check: HoldoutCheck | undefined;
  saved: SavedFit | undefined;
}): SavedFit {
  return { model: fitted.model.fit, check: fitted.check ?? fitted.saved?.check };
}

/**
 * A saved fit this analysis may use: made for this choice (under `auto`, with the check that chose
 * its model) and for as many customers and repeat customers as these — a cheap guard on top of the
 * key, which already covers every cell, setting and choice.
 */
function usableFit(
  saved: SavedFit | undefined,
  choice: PurchaseModelChoice,
  histories: CustomerHistories,
): SavedFit | undefined {
  if (saved === undefined || saved.model.customers !== histories.count) return undefined;
  // Repeat customers: two purchase days or more.
  let repeat = 0;
  for (let c = 0; c < histories.count; c++) if (histories.start[c + 1]! - histories.start[c]! > 1) repeat++;
  if (saved.model.repeatCustomers !== repeat) return undefined;
  if (choice === 'auto' && saved.check === undefined) return undefined;
  const winner = saved.check?.status === 'checked' ? saved.check.winner : undefined;
  return saved.model.purchaseModel === resolveChoice(choice, winner) ? saved : undefined;
}
