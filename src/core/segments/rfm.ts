import { type CustomerList, customerList } from '../customers/customer-list';
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
 * reversed (fewer days scores higher); F on purchase days; M on net spend. Each column is copied
 * once into a typed array and scored at once (sorted once); a customer's
 * score is one of the 125 shared `RfmScore`s.
 */
export function scoreRfm(list: readonly RfmInput[] | CustomerList<RfmInput>): {
  scores: RfmScore[];
  cuts: RfmCuts;
} {
  const customers = customerList(list);
  const n = customers.length;
  if (n === 0) {
    return {
      scores: [],
      cuts: { recencyDays: NO_CUTS, frequency: NO_CUTS, monetary: NO_CUTS },
    };
  }
  // Recency is scored on the negated days so that a higher value means more recent. Whole numbers
  // in whole-number columns: read back, they are small integers, where a fraction's column boxes
  // every value read before the engine has optimised the loop.
  const negatedDays = new Int32Array(n);
  const purchaseDays = new Int32Array(n);
  const netSpends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers.customer(i);
    negatedDays[i] = -c.daysSinceLast;
    purchaseDays[i] = c.purchaseDayCount;
    netSpends[i] = c.netSpend;
  }
  const recency = quintiles(negatedDays);
  const frequency = quintiles(purchaseDays);
  const monetary = quintiles(netSpends);
  const scores = new Array<RfmScore>(n);
  for (let i = 0; i < n; i++) {
    scores[i] = rfmScoreOf(
      recency.scores[i] as Score,
      frequency.scores[i] as Score,
      monetary.scores[i] as Score,
    );
  }
  return {
    scores,
    cuts: {
      // 0 − c, not −c: a cut of 0 days is 0, never −0 (which a shared analysis cannot keep).
      recencyDays: recency.cuts.map((c) => (c === undefined ? undefined : 0 - c)) as Cuts,
      frequency: frequency.cuts,
      monetary: monetary.cuts,
    },
  };
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
