import type { CustomerSummary } from '../customers/customer-summary';
import { quintiles } from './quintiles';

export type Score = 1 | 2 | 3 | 4 | 5;

export interface RfmScore {
  r: Score;
  f: Score;
  m: Score;
}

type Cuts = [number | undefined, number | undefined, number | undefined, number | undefined];

/**
 * The cut points behind the scores, in the units the owner knows: for scores 2, 3, 4 and 5, the
 * threshold a customer must reach (undefined where nobody reaches that score).
 */
export interface RfmCuts {
  /** Days since the last purchase: at most this many days scores at least 2, 3, 4, 5. */
  recencyDays: Cuts;
  /** Purchase days: at least this many scores at least 2, 3, 4, 5. */
  frequency: Cuts;
  /** Net spend: at least this much scores at least 2, 3, 4, 5. */
  monetary: Cuts;
}

/**
 * R, F and M quintile scores over the customers (SPEC §3): R on days since the last purchase,
 * reversed (fewer days scores higher); F on purchase days; M on net spend.
 */
export function scoreRfm(customers: readonly CustomerSummary[]): { scores: RfmScore[]; cuts: RfmCuts } {
  if (customers.length === 0) {
    return {
      scores: [],
      cuts: { recencyDays: NO_CUTS, frequency: NO_CUTS, monetary: NO_CUTS },
    };
  }
  // Recency is scored on the negated days so that a higher value means more recent.
  const recency = quintiles(customers.map((c) => -c.daysSinceLast));
  const frequency = quintiles(customers.map((c) => c.purchaseDayCount));
  const monetary = quintiles(customers.map((c) => c.netSpend));
  const scores = customers.map((c) => ({
    r: recency.score(-c.daysSinceLast),
    f: frequency.score(c.purchaseDayCount),
    m: monetary.score(c.netSpend),
  }));
  return {
    scores,
    cuts: {
      recencyDays: recency.cuts.map((c) => (c === undefined ? undefined : -c)) as Cuts,
      frequency: frequency.cuts,
      monetary: monetary.cuts,
    },
  };
}

const NO_CUTS: Cuts = [undefined, undefined, undefined, undefined];

/** 545-style three-digit code. */
export function rfmCode(score: RfmScore): number {
  return score.r * 100 + score.f * 10 + score.m;
}
