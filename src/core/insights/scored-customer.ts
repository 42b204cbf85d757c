/**
 * A customer's insight whose model figures — repeat probability, predicted value, loyalty score —
 * are worked out when first read, from a model fitted when first needed. A formula that shows none
 * of them (RFM_SEGMENT, VALUE_TIER, LIFECYCLE_STAGE, …) therefore never fits the model; one that
 * shows them reads each figure once per customer, as before.
 */
import type { CustomerInsight } from '../analysis';
import type { CustomerSummary } from '../customers/customer-summary';
import type { LifecycleResult } from '../lifecycle/lifecycle-stage';
import { loyaltyScore } from '../loyalty/loyalty-score';
import type { CustomerModel, CustomerSummary as ModelCustomer } from '../models/customer-model';
import type { RfmScore } from '../segments/rfm';
import type { RfmSegment } from '../segments/rfm-segments';
import type { ValueTier } from '../segments/value-tier';
import type { Settings } from '../settings';

/** The model and, aligned with the analysis' customers, its inputs: what a figure is worked out from. */
export interface FittedInputs {
  readonly model: CustomerModel;
  readonly inputs: readonly ModelCustomer[];
}

/** The model's figures per customer over the settings' horizons, each worked out once, on first read. */
export class ModelFigures {
  // NaN: not worked out yet (a figure itself is never NaN).
  private readonly repeat: Float64Array;
  private readonly value: Float64Array;

  constructor(
    private readonly fitted: () => FittedInputs,
    private readonly settings: Settings,
    customers: number,
  ) {
    this.repeat = new Float64Array(customers).fill(Number.NaN);
    this.value = new Float64Array(customers).fill(Number.NaN);
  }

  repeatProbability(i: number): number {
    if (Number.isNaN(this.repeat[i])) {
      const { model, inputs } = this.fitted();
      this.repeat[i] = model.repeatProbability(inputs[i]!, this.settings.repeatHorizonDays);
    }
    return this.repeat[i]!;
  }

  predictedValue(i: number): number {
    if (Number.isNaN(this.value[i])) {
      const { model, inputs } = this.fitted();
      this.value[i] = model.predictedValue(inputs[i]!, this.settings.valueHorizonDays);
    }
    return this.value[i]!;
  }
}

export class ScoredCustomer implements CustomerInsight {
  constructor(
    public summary: CustomerSummary,
    public rfm: RfmScore,
    public segment: RfmSegment,
    public tier: ValueTier,
    public lifecycle: LifecycleResult,
    private readonly figures: ModelFigures,
    private readonly index: number,
  ) {}

  /** Over `settings.repeatHorizonDays`. */
  get repeatProbability(): number {
    return this.figures.repeatProbability(this.index);
  }

  /** Over `settings.valueHorizonDays`. */
  get predictedValue(): number {
    return this.figures.predictedValue(this.index);
  }

  /** From repeat probability alone; survey answers are added where the owner records them. */
  get loyaltyScore(): number {
    return loyaltyScore({ repeatProbability: this.repeatProbability });
  }
}
