import type { CustomerInsight } from '../analysis';
import { type LifecycleResult, lifecycleStage } from '../lifecycle/lifecycle-stage';
import { loyaltyScore } from '../loyalty/loyalty-score';
import type { RfmScore } from '../segments/rfm';
import { type RfmSegment, rfmSegment } from '../segments/rfm-segments';
import type { ValueTier } from '../segments/value-tier';
import { type SharedColumns, SharedSummary } from '../share/shared-columns';
import type { ScoringContext } from './scored-customer';

/**
 * A customer of a shared analysis (formulas/shared-analysis.ts), as a `ScoredCustomer` is one of an
 * analysis made in this call: every field from the same functions of the same numbers. The RFM
 * score and tier are read from their column when first asked for, so a formula that shows neither
 * does not parse it; the stage and the repeat probability are worked out when first read and kept;
 * the predicted value is the one the analysis that shared it worked out.
 */
export class SharedInsight implements CustomerInsight {
  declare private readonly columns: SharedColumns;
  declare private readonly index: number;
  declare private readonly context: ScoringContext;
  declare private knownSummary: SharedSummary | undefined;
  declare private knownLifecycle: LifecycleResult | undefined;
  declare private knownRepeatProbability: number;

  constructor(columns: SharedColumns, index: number, context: ScoringContext) {
    this.columns = columns;
    this.index = index;
    this.context = context;
    this.knownSummary = undefined;
    this.knownLifecycle = undefined;
    this.knownRepeatProbability = Number.NaN;
  }

  /** Made when first read: RFM_SCORE, RFM_SEGMENT and VALUE_TIER read none. */
  get summary(): SharedSummary {
    if (this.knownSummary === undefined) this.knownSummary = new SharedSummary(this.columns, this.index);
    return this.knownSummary;
  }

  get rfm(): RfmScore {
    return this.columns.score(this.index)[0];
  }

  get tier(): ValueTier {
    return this.columns.score(this.index)[1];
  }

  get segment(): RfmSegment {
    return rfmSegment(this.rfm);
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
      this.knownRepeatProbability = model().repeatProbability(this.summary, settings.repeatHorizonDays);
    }
    return this.knownRepeatProbability;
  }

  /** Over `settings.valueHorizonDays`. */
  get predictedValue(): number {
    return this.summary.predictedValue();
  }

  /** From repeat probability alone; survey answers are added where the owner records them. */
  get loyaltyScore(): number {
    return loyaltyScore({ repeatProbability: this.repeatProbability });
  }
}
