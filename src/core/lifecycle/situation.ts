import type { CustomerInsight } from '../analysis';
import type { LifecycleReason, LifecycleStage } from './lifecycle-stage';

export const SITUATIONS = [
  'new',
  'developing',
  'loyal',
  'late',
  'spendingLess',
  'boughtOnce',
  'lapsed',
] as const;
/**
 * A lifecycle stage with At risk split by its reason (later than usual, spending less, bought once
 * and not back): what the next step, the audience and the follow-up email are chosen by, so stage,
 * reason and email tell one story (issue 12).
 */
export type Situation = (typeof SITUATIONS)[number];

export function situationOf(customer: Pick<CustomerInsight, 'lifecycle'>): Situation {
  const { stage, reason } = customer.lifecycle;
  return situationOfStage(stage, reason);
}

/** The same from a stage and reason already read (a row writer reads them once per customer). */
export function situationOfStage(stage: LifecycleStage, reason: LifecycleReason): Situation {
  if (stage !== 'atRisk') return stage;
  if (reason.kind === 'amountDrop') return 'spendingLess';
  return reason.kind === 'oneTime' ? 'boughtOnce' : 'late';
}
