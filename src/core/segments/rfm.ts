import type { CustomerSummary } from '../customers/customer-summary';
import { quintiles } from './quintiles';

export type Score = 1 | 2 | 3 | 4 | 5;

export interface RfmScore {
  r: Score;
  f: Score;
  m: Score;
}

/** The cut points behind the scores, in the units the owner knows. */
export interface RfmCuts {
  /** Days since the last purchase: at or below cut k[3] scores 5 … above cut k[0] scores 1. */
  recencyDays: [number, number, number, number];
  /** Purchase days: above cut k scores at least k + 2. */
  frequency: [number, number, number, number];
  /** Net spend: above cut k scores at least k + 2. */
  monetary: [number, number, number, number];
}

/**
 * R, F and M quintile scores over the customers (SPEC §3): R on days since the last purchase,
 * reversed (fewer days scores higher); F on purchase days; M on net spend.
 */
export function scoreRfm(customers: readonly CustomerSummary[]): { scores: RfmScore[]; cuts: RfmCuts } {
  if (customers.length === 0) {
    return {
      scores: [],
      cuts: { recencyDays: [0, 0, 0, 0], frequency: [0, 0, 0, 0], monetary: [0, 0, 0, 0] },
    };
  }
  // Recency is scored on the negated days so that "strictly above a cut" means "more recent".
  const recency = quintiles(customers.map((c) => -c.daysSinceLast));
  const frequency = quintiles(customers.map((c) => c.purchaseDayCount));
  const monetary = quintiles(customers.map((c) => c.netSpend));
  const scores = customers.map((c) => ({
    r: recency.score(-c.daysSinceLast),
    f: frequency.score(c.purchaseDayCount),
    m: monetary.score(c.netSpend),
  }));
  const [r1, r2, r3, r4] = recency.cuts;
  return {
    scores,
    cuts: { recencyDays: [-r4, -r3, -r2, -r1], frequency: frequency.cuts, monetary: monetary.cuts },
  };
}

/** 545-style three-digit code. */
export function rfmCode(score: RfmScore): number {
  return score.r * 100 + score.f * 10 + score.m;
}
