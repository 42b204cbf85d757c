import { type CustomerList, customerList } from '../customers/customer-list';
import type { CustomerSummary } from '../customers/customer-summary';
import { quintileCuts, quintileScore } from './quintiles';

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
 * reversed (fewer days scores higher); F on purchase days; M on net spend. A customer's score is one
 * of the 125 shared `RfmScore`s.
 */
export function scoreRfm(list: readonly RfmInput[] | CustomerList<RfmInput>): {
  scores: RfmScore[];
  cuts: RfmCuts;
} {
  const customers = customerList(list);
  const cuts = rfmCutsOf(customers);
  const scoreOf = rfmScorer(cuts);
  const scores = new Array<RfmScore>(customers.length);
  for (let i = 0; i < customers.length; i++) scores[i] = scoreOf(customers.customer(i));
  return { scores, cuts };
}

/**
 * The cut points of the customers' R, F and M: each column filled once into a typed array and
 * sorted in place (whole numbers as whole numbers: read back before the engine has optimised the
 * walk, fractions are boxed one by one). No score is kept: `rfmScorer` works one out where it is read.
 */
export function rfmCutsOf(
  customers: CustomerList<RfmInput>,
  /**
   * The customers' net spends sorted ascending, when the caller has them: the value tiers read the
   * same sort (a million-row log's 377k spends sorted twice was ≈ 30 ms of a cold call; issue 13).
   */
  ascendingNetSpends?: Float64Array,
): RfmCuts {
  const n = customers.length;
  if (n === 0) return { recencyDays: NO_CUTS, frequency: NO_CUTS, monetary: NO_CUTS };
  // Recency is cut on the negated days so that a higher value means more recent.
  const negatedDays = new Int32Array(n);
  const purchaseDays = new Int32Array(n);
  const netSpends = ascendingNetSpends ?? new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers.customer(i);
    negatedDays[i] = -c.daysSinceLast;
    purchaseDays[i] = c.purchaseDayCount;
    if (ascendingNetSpends === undefined) netSpends[i] = c.netSpend;
  }
  negatedDays.sort();
  const recency = quintileCuts(negatedDays);
  // Customers who bought on the analysis day score R 5 (trial 21): no one can be more recent, and on
  // a sheet of a few customers tied there the middle score 3 named a customer who bought today
  // "About To Sleep". Where they already score 5 (every ordinary sheet) no cut moves.
  if (negatedDays[n - 1] === 0) for (let k = 0; k < 4; k++) recency[k] ??= 0;
  // One purchase day is the least frequency there is: F 1 even where everyone bought on one day
  // only (the Customer Shopping Dataset, trial 24: all tied at the middle score 3, and a one-time
  // buyer was "Loyal Customers"). Where anyone has more, the bottom tie scores 1 already.
  purchaseDays.sort();
  const frequency = purchaseDays[n - 1]! <= 1 ? NO_CUTS : quintileCuts(purchaseDays);
  return {
    // 0 − c, not −c: a cut of 0 days is 0, never −0 (which a shared analysis cannot keep).
    recencyDays: recency.map((c) => (c === undefined ? undefined : 0 - c)) as Cuts,
    frequency,
    monetary: quintileCuts(ascendingNetSpends ?? netSpends.sort()),
  };
}

/** A customer's score against the cuts of `rfmCutsOf`. */
export function rfmScorer(cuts: RfmCuts): (c: RfmInput) => RfmScore {
  const negatedDays = cuts.recencyDays.map((c) => (c === undefined ? undefined : 0 - c)) as Cuts;
  return (c) =>
    rfmScoreOf(
      quintileScore(0 - c.daysSinceLast, negatedDays),
      quintileScore(c.purchaseDayCount, cuts.frequency),
      quintileScore(c.netSpend, cuts.monetary),
    );
}

/** The 125 possible scores, each one object shared by every customer who has it. */
const SCORES: RfmScore[] = [];
for (const r of [1, 2, 3, 4, 5] as const)
  for (const f of [1, 2, 3, 4, 5] as const)
    for (const m of [1, 2, 3, 4, 5] as const) SCORES.push({ r, f, m });

function rfmScoreOf(r: Score, f: Score, m: Score): RfmScore {
  return SCORES[(r - 1) * 25 + (f - 1) * 5 + (m - 1)]!;
}

type RfmInput = Pick<CustomerSummary, 'daysSinceLast' | 'purchaseDayCount' | 'netSpend'>;

const NO_CUTS: Cuts = [undefined, undefined, undefined, undefined];

/** 545-style three-digit code. */
export function rfmCode(score: RfmScore): number {
  return score.r * 100 + score.f * 10 + score.m;
}
