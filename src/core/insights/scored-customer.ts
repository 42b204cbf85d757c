import type { CustomerInsight } from '../analysis';
import type { CustomerSummary, StoreRhythm } from '../customers/customer-summary';
import { type LifecycleResult, lifecycleStage } from '../lifecycle/lifecycle-stage';
import { loyaltyScore } from '../loyalty/loyalty-score';
import type { CustomerModel, CustomerSummary as ModelInput } from '../models/customer-model';
import type { RfmScore } from '../segments/rfm';
import { type RfmSegment, rfmSegment } from '../segments/rfm-segments';
import type { ValueTier } from '../segments/value-tier';
import type { Settings } from '../settings';

/** What every customer of one analysis is scored against. */
export interface ScoringContext {
  readonly store: StoreRhythm;
  readonly settings: Settings;
  /** The fitted model: asked for only when a prediction is first read. */
  readonly model: () => CustomerModel;
}

/**
 * What a customer works out when first read and then keeps, the same whether the analysis was made
 * in this call (`ScoredCustomer`) or read back from another formula's (`SharedInsight`): the
 * segment, the lifecycle stage and the repeat probability, from the same functions of the same
 * numbers. A formula asking for RFM codes builds no lifecycle reasons, one asking for stages runs no
 * predictions.
 */
export abstract class LazyInsight implements CustomerInsight {
  // Fields set in the constructor, not declared with initialisers: a bundle for ES2020 would define
  // each one with Object.defineProperty, per customer.
  declare protected readonly context: ScoringContext;
  declare private knownLifecycle: LifecycleResult | undefined;
  declare private knownRepeatProbability: number;

  constructor(context: ScoringContext) {
    this.context = context;
    this.knownLifecycle = undefined;
    this.knownRepeatProbability = Number.NaN;
  }

  abstract readonly summary: CustomerSummary;
  abstract readonly rfm: RfmScore;
  abstract readonly tier: ValueTier;
  /** Over `settings.valueHorizonDays`. */
  abstract readonly predictedValue: number;
  /** What the model predicts from. */
  protected abstract readonly modelInput: ModelInput;

  get segment(): RfmSegment {
    // The stage is worked out here if not yet read: the name must be true beside it (SEGMENT_CLAIMS).
    return rfmSegment(this.rfm, this.lifecycle.stage, this.summary.purchaseDayCount);
  }

  get lifecycle(): LifecycleResult {
    if (this.knownLifecycle === undefined) {
      this.knownLifecycle = lifecycleStage(this.summary, this.context.store, this.context.settings);
    }
    return this.knownLifecycle;
  }

  /** Over `settings.repeatHorizonDays`. */
  get repeatProbability(): number {
    if (Number.isNaN(this.knownRepeatProbability)) {
      const { model, settings } = this.context;
      this.knownRepeatProbability = model().repeatProbability(this.modelInput, settings.repeatHorizonDays);
    }
    return this.knownRepeatProbability;
  }

  /** From repeat probability alone; survey answers are added where the owner records them. */
  get loyaltyScore(): number {
    return loyaltyScore({ repeatProbability: this.repeatProbability });
  }
}

/**
 * A customer as the score stage hands it to the formulas (a `CustomerInsight`). The RFM score and
 * the value tier are set at once: they come from ranking all customers, done once per analysis.
 * The predicted value, like the stage and the repeat probability (LazyInsight), is worked out the
 * first time it is read and then kept.
 */
export class ScoredCustomer extends LazyInsight {
  declare readonly summary: CustomerSummary;
  declare readonly rfm: RfmScore;
  declare readonly tier: ValueTier;
  declare protected readonly modelInput: ModelInput;
  declare private knownPredictedValue: number;

  constructor(
    summary: CustomerSummary,
    rfm: RfmScore,
    tier: ValueTier,
    modelInput: ModelInput,
    context: ScoringContext,
  ) {
    super(context);
    this.summary = summary;
    this.rfm = rfm;
    this.tier = tier;
    this.modelInput = modelInput;
    this.knownPredictedValue = Number.NaN;
  }

  /** Over `settings.valueHorizonDays`. */
  get predictedValue(): number {
    if (Number.isNaN(this.knownPredictedValue)) {
      const { model, settings } = this.context;
      this.knownPredictedValue = model().predictedValue(this.modelInput, settings.valueHorizonDays);
    }
    return this.knownPredictedValue;
  }
}
