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
  private readonly fitted: () => FittedInputs;
  private readonly settings: Settings;
  // NaN: not worked out yet (a figure itself is never NaN).
  private readonly repeat: Float64Array;
  private readonly value: Float64Array;

  constructor(fitted: () => FittedInputs, settings: Settings, customers: number) {
    this.fitted = fitted;
    this.settings = settings;
    this.repeat = new Float64Array(customers).fill(Number.NaN);
    this.value = new Float64Array(customers).fill(Number.NaN);
  }

  repeatProbability(index: number): number {
    let p = this.repeat[index]!;
    if (Number.isNaN(p)) {
      const { model, inputs } = this.fitted();
      p = model.repeatProbability(inputs[index]!, this.settings.repeatHorizonDays);
      this.repeat[index] = p;
    }
    return p;
  }

  predictedValue(index: number): number {
    let v = this.value[index]!;
    if (Number.isNaN(v)) {
      const { model, inputs } = this.fitted();
      v = model.predictedValue(inputs[index]!, this.settings.valueHorizonDays);
      this.value[index] = v;
    }
    return v;
  }
}

export class ScoredCustomer implements CustomerInsight {
  summary: CustomerSummary;
  rfm: RfmScore;
  segment: RfmSegment;
  tier: ValueTier;
  lifecycle: LifecycleResult;
  private readonly figures: ModelFigures;
  private readonly index: number;

  constructor(
    parts: Pick<CustomerInsight, 'summary' | 'rfm' | 'segment' | 'tier' | 'lifecycle'>,
    figures: ModelFigures,
    index: number,
  ) {
    this.summary = parts.summary;
    this.rfm = parts.rfm;
    this.segment = parts.segment;
    this.tier = parts.tier;
    this.lifecycle = parts.lifecycle;
    this.figures = figures;
    this.index = index;
  }

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
