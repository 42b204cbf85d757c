// Type only: the sidebar reads this table, and the stage's code has no place in its bundle.
import type { LifecycleStage } from '../lifecycle/lifecycle-stage';
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
const distanceToRule = (score: RfmScore, rule: Rule) =>
  distanceToSpan(score.r, rule.r) + distanceToSpan(score.f, rule.f) + distanceToSpan(score.m, rule.m);

const NOT_LAPSED: readonly LifecycleStage[] = ['new', 'developing', 'loyal', 'atRisk'];
const LATE: readonly LifecycleStage[] = ['atRisk', 'lapsed'];

/**
 * What a segment's name states of a customer beyond the scores, which the owner reads as fact (trial
 * 29: R, F and M rank customers against each other, so on a small sheet a repeat customer 16× past
 * their usual gap was "New Customers" where everyone else was even older, and a customer the stage
 * called on rhythm was "Lost"): the lifecycle stages the name is true beside, and whether it says the
 * customer bought on more than one day. The stage judges each customer against their own rhythm, so
 * it is the absolute fact a name can be checked against; the card and every formula have it.
 *
 * - Names saying the customer is still buying (Champions, Loyal Customers, Potential Loyalist,
 *   Promising) are false of a Lapsed customer (New buys once, so the first three are never New).
 * - Names saying the customer is slipping away or gone (Can't Lose Them, At Risk, About To Sleep,
 *   Lost) are false of one on rhythm (New, Developing, Loyal).
 * - New Customers says new: true beside New only (one purchase day, within the return window).
 * - Need Attention is a relative statement any stage can bear.
 * - The names whose rule asks F 2 or more say "several purchases" (trial 24): repeat customers only.
 *   A one-time buyer scores F 1, so this holds of the table already; it is stated so that no
 *   departure below names them so.
 */
const SEGMENT_CLAIMS: Readonly<Record<RfmSegment, { stages: readonly LifecycleStage[]; repeat: boolean }>> = {
  champions: { stages: NOT_LAPSED, repeat: true },
  loyalCustomers: { stages: NOT_LAPSED, repeat: true },
  potentialLoyalist: { stages: NOT_LAPSED, repeat: true },
  promising: { stages: NOT_LAPSED, repeat: false },
  newCustomers: { stages: ['new'], repeat: false },
  cantLoseThem: { stages: LATE, repeat: true },
  atRisk: { stages: LATE, repeat: true },
  needAttention: { stages: [...NOT_LAPSED, 'lapsed'], repeat: true },
  aboutToSleep: { stages: LATE, repeat: false },
  lost: { stages: LATE, repeat: false },
};

/** Whether a segment's name is true of a customer in this stage with this many purchase days. */
export function segmentNameHolds(segment: RfmSegment, stage: LifecycleStage, purchaseDays: number): boolean {
  const claim = SEGMENT_CLAIMS[segment];
  return claim.stages.includes(stage) && (!claim.repeat || purchaseDays > 1);
}

/**
 * The segment of a score by the table alone. Unlike the `rfm` package, which leaves the combinations
 * no rule covers as "Others", every combination is named: it takes the rule nearest to it, counting
 * score steps outside the rule's ranges (Manhattan distance), ties going to the earlier rule. A rule
 * that matches has distance 0, so matching combinations keep the table's answer.
 */
export function tableSegment(score: RfmScore): RfmSegment {
  return nearestRule(score, () => true);
}

/**
 * A customer's segment: the table's (`tableSegment`), taken over only the rules whose name is true
 * of the customer (`SEGMENT_CLAIMS`) — the first of those that matches, else the nearest of them. Where
 * the table's name is true, it is the answer; otherwise the customer keeps the scores and gets the
 * name nearest to them that is true (a Lapsed 5-5-5 is Need Attention, not Champions; a New one-time
 * buyer scoring R 1 is Promising or New Customers, not Lost). Every stage can bear some name, with
 * one or more purchase days (tested over all of them). A pure function of the score, the stage and
 * whether the customer bought on more than one day, so every table, formula and audience agrees.
 */
export function rfmSegment(score: RfmScore, stage: LifecycleStage, purchaseDays: number): RfmSegment {
  const repeat = purchaseDays > 1 ? 1 : 0;
  const index =
    (((score.r - 1) * 25 + (score.f - 1) * 5 + (score.m - 1)) * 5 + STAGE_INDEX[stage]) * 2 + repeat;
  let segment = SEGMENT_OF[index];
  if (segment === undefined) {
    segment = nearestRule(score, (rule) => segmentNameHolds(rule.segment, stage, purchaseDays));
    SEGMENT_OF[index] = segment;
  }
  return segment;
}

const STAGE_INDEX: Record<LifecycleStage, number> = { new: 0, developing: 1, loyal: 2, atRisk: 3, lapsed: 4 };

/** The answers so far: 125 scores × 5 stages × one or more purchase days, and a big sheet asks often. */
const SEGMENT_OF: (RfmSegment | undefined)[] = [];

function nearestRule(score: RfmScore, holds: (rule: Rule) => boolean): RfmSegment {
  let best: Rule | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const rule of SEGMENT_RULES) {
    if (!holds(rule)) continue;
    const d = distanceToRule(score, rule);
    if (d < bestDistance) {
      best = rule;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  // Every stage, with one purchase day or more, has a name that holds (SEGMENT_CLAIMS; tested).
  return best!.segment;
}

/** Whether the package's own table names this score (false: the nearest-rule extension named it). */
export function isTableMatch(score: RfmScore): boolean {
  return SEGMENT_RULES.some((rule) => distanceToRule(score, rule) === 0);
}
