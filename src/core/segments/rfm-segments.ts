import type { RfmScore } from './rfm';

export const RFM_SEGMENTS = [
  'champions',
  'potentialLoyalist',
  'loyalCustomers',
  'promising',
  'newCustomers',
  'cantLoseThem',
  'atRisk',
  'needAttention',
  'aboutToSleep',
  'lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export type Span = readonly [number, number];
export interface Rule {
  segment: RfmSegment;
  r: Span;
  f: Span;
  m: Span;
}

/**
 * The rule table of the R `rfm` package 0.3.0 (`rfm_segment` defaults), checked in order, first
 * match wins (SPEC §3), with three departures so that the segments read as an owner reads them
 * (issue 12: in the package only 5-5-5 is a Champion, so a top customer scoring 4 anywhere became a
 * "Potential Loyalist"; 19 of the sample shop's 60 customers were one, among them a Key customer
 * with 25 purchase days):
 *
 * 1. Champions are 4–5 on each of R, F and M (package: 5/5/5). Quintile scores put a customer in the
 *    top 40% for each; ties at a cut point already decide between 4 and 5 by chance.
 * 2. Loyal Customers are 3–5 / 3–5 / 3–5 and come before Potential Loyalist (package: 2–4 / 2–4 /
 *    2–4, after it): someone who buys often and spends well is loyal, not "potential". Potential
 *    Loyalist keeps its spans and now holds the recent, frequent customers who spend little.
 * 3. Can't Lose Them are 1–2 / 4–5 / 4–5 (package: F 3–4, so that the most frequent lapsing
 *    customers fell to At Risk while the less frequent ones were "can't lose"): the best customers
 *    who have gone quiet.
 *
 * Consequence, tested over all scores: a customer scoring 4 or 5 on each of R, F and M is never
 * Potential Loyalist, Promising or New Customers.
 */
export const SEGMENT_RULES: readonly Rule[] = [
  { segment: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { segment: 'loyalCustomers', r: [3, 5], f: [3, 5], m: [3, 5] },
  { segment: 'potentialLoyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { segment: 'promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { segment: 'newCustomers', r: [4, 5], f: [1, 3], m: [1, 5] },
  { segment: 'cantLoseThem', r: [1, 2], f: [4, 5], m: [4, 5] },
  { segment: 'atRisk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { segment: 'needAttention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { segment: 'aboutToSleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { segment: 'lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];

const distanceToSpan = (v: number, [lo, hi]: Span) => (v < lo ? lo - v : v > hi ? v - hi : 0);

/**
 * The segment of a score. Unlike the `rfm` package, which leaves the combinations no rule covers
 * as "Others", every combination is named: it takes the rule nearest to it, counting score steps
 * outside the rule's ranges (Manhattan distance), ties going to the earlier rule. A rule that
 * matches has distance 0, so matching combinations keep the table's answer.
 */
export function rfmSegment(score: RfmScore): RfmSegment {
  const index = (score.r - 1) * 25 + (score.f - 1) * 5 + (score.m - 1);
  let segment = SEGMENT_OF_SCORE[index];
  if (segment === undefined) {
    segment = nearestRule(score);
    SEGMENT_OF_SCORE[index] = segment;
  }
  return segment;
}

/** The answers so far, by score: there are only 125 scores, and a big sheet asks about each often. */
const SEGMENT_OF_SCORE: (RfmSegment | undefined)[] = [];

function nearestRule(score: RfmScore): RfmSegment {
  let best: Rule = SEGMENT_RULES[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const rule of SEGMENT_RULES) {
    const d =
      distanceToSpan(score.r, rule.r) + distanceToSpan(score.f, rule.f) + distanceToSpan(score.m, rule.m);
    if (d < bestDistance) {
      best = rule;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best.segment;
}

/** Whether the package's own table names this score (false: the nearest-rule extension named it). */
export function isTableMatch(score: RfmScore): boolean {
  return SEGMENT_RULES.some(
    (rule) =>
      distanceToSpan(score.r, rule.r) + distanceToSpan(score.f, rule.f) + distanceToSpan(score.m, rule.m) ===
      0,
  );
}
