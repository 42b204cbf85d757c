import type { LifecycleResult, LifecycleStage } from '../lifecycle/lifecycle-stage';
import type { RfmScore } from '../segments/rfm';
import type { ValueTier } from '../segments/value-tier';
import { type SharedColumns, SharedSummary } from '../share/shared-columns';
import { LazyInsight, type ScoringContext } from './scored-customer';

/**
 * A customer of a shared analysis (formulas/shared-analysis.ts), as a `ScoredCustomer` is one of an
 * analysis made in this call: every field from the same functions of the same numbers. The RFM
 * score and tier are read from their column when first asked for, so a formula that shows neither
 * does not parse it; so is the lifecycle stage, while its reason and the repeat probability are
 * worked out when first read and kept; the predicted value is the one the analysis that shared it worked out (the rest: LazyInsight).
 * Members are commented inside their bodies: the bundle keeps a comment before a class member.
 */
export class SharedInsight extends LazyInsight {
  declare private readonly columns: SharedColumns;
  declare private readonly index: number;
  declare private knownSummary: SharedSummary | undefined;
  declare private knownShared: SharedLifecycle | undefined;

  constructor(columns: SharedColumns, index: number, context: ScoringContext) {
    super(context);
    this.columns = columns;
    this.index = index;
    this.knownSummary = undefined;
    this.knownShared = undefined;
  }

  get summary(): SharedSummary {
    // Made when first read: RFM_SCORE, RFM_SEGMENT and VALUE_TIER read none.
    if (this.knownSummary === undefined) this.knownSummary = new SharedSummary(this.columns, this.index);
    return this.knownSummary;
  }

  protected get modelInput(): SharedSummary {
    // The summary is the model's input as it is.
    return this.summary;
  }

  get rfm(): RfmScore {
    return this.columns.score(this.index)[0];
  }

  get tier(): ValueTier {
    return this.columns.score(this.index)[1];
  }

  override get lifecycle(): LifecycleResult {
    // The stage as the analysis that shared it decided it (its column), and the reason decided again
    // when read (LazyInsight.lifecycle, from the summary and the store's rhythm with the same code):
    // LIFECYCLE_STAGE reads only the stage, the formulas writing a reason read both.
    // Made once: a row reads it twice (the stage's label and the next step).
    if (this.knownShared === undefined) {
      this.knownShared = new SharedLifecycle(this.columns.stage(this.index), this);
    }
    return this.knownShared;
  }

  decidedLifecycle(): LifecycleResult {
    // The stage and reason decided from the summary and the store's rhythm (LazyInsight), kept once read.
    return super.lifecycle;
  }

  get predictedValue(): number {
    // Over `settings.valueHorizonDays`.
    return this.summary.predictedValue();
  }
}

/** A stage read from its column, with its reason decided when first asked for. */
class SharedLifecycle implements LifecycleResult {
  // Set in the constructor, not as parameter properties (Object.defineProperty per customer in the bundle).
  declare readonly stage: LifecycleStage;
  declare private readonly insight: SharedInsight;

  constructor(stage: LifecycleStage, insight: SharedInsight) {
    this.stage = stage;
    this.insight = insight;
  }

  get reason() {
    return this.insight.decidedLifecycle().reason;
  }
}
