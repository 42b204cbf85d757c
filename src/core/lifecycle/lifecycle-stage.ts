import {
  type CustomerSummary,
  type LastBreak,
  ownLapsedAfterDays,
  type StoreRhythm,
  spreadGaps,
} from '../customers/customer-summary';
import { newWindowDays } from '../customers/return-window';
import type { DayNumber } from '../days';
import type { Settings } from '../settings';
import type { AmountDrop } from './amount-drop';
import { breakMarginDays } from './seasonal-break';

export const LIFECYCLE_STAGES = ['new', 'developing', 'loyal', 'atRisk', 'lapsed'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * Why a customer is in their stage, with the numbers that decided it, so the reason can be written
 * as one sentence in any language (see `i18n/lifecycle-reasons.ts`).
 */
export type LifecycleReason =
  /**
   * One purchase day, within the store's return window (New), past it (At risk) or long past
   * (Lapsed): `withinCount` of the `returners` came back within `windowDays` of their first purchase
   * (return-window.ts), or the window is the setting's when too few came back to learn it.
   */
  | {
      kind: 'oneTime';
      daysSinceLast: number;
      windowDays: number;
      returners: number;
      withinCount: number;
      fromSetting: boolean;
      multiple: number;
      /**
       * The most whole days silent a one-time buyer stays New, the At-risk multiple (`atRiskMultiple`)
       * of the window (return-window.ts `newWindowDays`): where their next purchase falls due, and
       * what a New one's sentence states, so New is never beside "overdue".
       */
      newUpToDays: number;
      atRiskMultiple: number;
      /** Past the Lapsed multiple of a window that is only the setting's guess: At risk, not Lapsed. */
      heldFromLapsed?: true;
      /** Held from Lapsed by a learnt window: a returner here came back after this many days (ReturnWindow.longDays). */
      cameBackAfterDays?: number;
      /**
       * …and not called Lapsed up to this silence: cameBackAfterDays, with a margin while few came
       * back; with the setting's window (`fromSetting`), the limit of that hold, held or past it.
       */
      heldUntilDays?: number;
      /**
       * With the setting's window, where `heldUntilDays` comes from: `holdMultiple` × the default
       * window (twice the Lapsed multiple), or, when longer, the Lapsed multiple × `slowGapDays`,
       * the longest first gap `slowCount` of the few returners took or longer (return-window.ts).
       */
      holdMultiple?: number;
      slowGapDays?: number;
      slowCount?: number;
    }
  /**
   * Repeat buyer judged on their rhythm: on it (Developing, Loyal), late (At risk) or long gone
   * (Lapsed). `multiple` (of the gap shrunk toward the store's) decides the stage. The sentence
   * states `usualGapDays`, the gap of the due date: their own median gap with two gaps or more
   * (`habitGapDays`); with one, that gap weighed with the store's `storeGapDays`, and it says so.
   */
  | {
      kind: 'rhythm';
      purchaseDays: number;
      usualGapDays: number;
      ownGapDays: number | undefined;
      storeGapDays: number;
      daysSinceLast: number;
      multiple: number;
      /** Past the At-risk multiple of the stated gap though not of the stage's: the sentence says why. */
      lateByStatedGap?: true;
      /**
       * At risk or Lapsed by the stage's gap (weighed with the store's) though not as late by the
       * stated gap — a slow buyer in a fast shop: the sentence gives both multiples.
       */
      lateByStageGap?: true;
      /**
       * Past the Lapsed multiple, but not past the longest they have been away and come back
       * (their longest own gap, these days): At risk, not Lapsed, and the sentence says why.
       */
      cameBackAfterDays?: number;
      /**
       * With `cameBackAfterDays`, when silent longer than it: the most days silent still held, that
       * break and its margin (`breakMarginShare`); with `heldFewReturners`, the end of that hold.
       */
      heldUntilDays?: number;
      /**
       * Held instead by a break they took about this time of year before (seasonal-break.ts): that
       * break, the day this silence began, and the first day they would be Lapsed (a little past
       * the break's return date come round).
       */
      seasonalHold?: SeasonalHold;
      /**
       * Past the Lapsed multiple of the stage's gap, but not of their own (a slow buyer in a fast
       * shop): At risk, not Lapsed, and the sentence says so; the Lapsed multiple.
       */
      ownGapHoldMultiple?: number;
      /**
       * …and that multiple is this shop's: its regulars have been away as many times their gap and
       * come back (comeback-multiple.ts); the sentence says so, not "not past 3×".
       */
      heldByComeback?: true;
      /**
       * Past every Lapsed multiple with under 9 gaps, but fewer than 5 customers have come back here
       * at all: At risk, up to `heldUntilDays` (twice the Lapsed multiple, `fewReturnersHoldMultiple`,
       * of their longest gap, `longestGapDays`), which the sentence states (trial 24: it said "until
       * enough customers have come back", and the hold ended with no one more back).
       */
      heldFewReturners?: true;
      fewReturnersHoldMultiple?: number;
      longestGapDays?: number;
      /**
       * Their two gaps, shorter first, when too far apart for a usual gap (customer-summary.ts
       * `spreadGaps`): the sentence states both instead of "usually every N days".
       */
      spreadGapsDays?: readonly [number, number];
      /**
       * Not late, and back from a break long enough to have made them Lapsed that is longer than all
       * their other gaps together: the purchase model reads their pace with it, the stage their usual
       * gap, so the sentence names it beside a repeat probability far below their rhythm's.
       */
      backAfterBreak?: LastBreak;
    }
  /** Repeat buyer on rhythm whose latest purchase amounts fell beyond their own usual spread. */
  | ({
      kind: 'amountDrop';
      daysSinceLast: number;
      usualGapDays: number;
      ownGapDays: number | undefined;
    } & AmountDrop);

/**
 * With few returners the window (8 in 10 of them) is one or two of a few gaps, and shifts as the
 * customers age (a tutor's 5 returners gave 13 days one evening, 8 the next morning, and a one-time
 * buyer went from At risk to Lapsed overnight): a one-time buyer is then judged for Lapsed against
 * the slow returners' gap (ReturnWindow.longDays), the Lapsed multiple of it up to FEW_RETURNERS
 * returners, easing to once it at MANY_RETURNERS (not all at once: the 20th returner flipped a few
 * one-time buyers to Lapsed together, a review).
 */
const FEW_RETURNERS = 20;
/** Own gaps that tell without the shop's: a next gap longer than 9 alike ones is a 1-in-10 chance. */
const OWN_EVIDENCE_GAPS = 9;
const MANY_RETURNERS = 40;

/** The multiple of the slow returners' gap a one-time buyer is held from Lapsed within (see above). */
function slowReturnersMultiple(returners: number, lapsedMultiple: number): number {
  const few = Math.min(1, Math.max(0, (MANY_RETURNERS - returners) / (MANY_RETURNERS - FEW_RETURNERS)));
  return 1 + (lapsedMultiple - 1) * few;
}

/** A yearly break holding a silent customer from Lapsed, as the sentence states it (all days are day numbers). */
interface SeasonalHold {
  awayDays: number;
  fromDay: DayNumber;
  toDay: DayNumber;
  sinceDay: DayNumber;
  lapsedFromDay: DayNumber;
}

type OneTimeReason = Extract<LifecycleReason, { kind: 'oneTime' }>;
type RhythmReason = Extract<LifecycleReason, { kind: 'rhythm' }>;

export interface LifecycleResult {
  stage: LifecycleStage;
  reason: LifecycleReason;
}

/**
 * The lifecycle stage of SPEC §3 (observation → formation → stable → decline → lapsed), decided
 * by how late the customer is against their usual gap (for a one-time buyer, the store's return
 * window: how long those who came back took after their first purchase) and by
 * whether their recent amounts dropped. (A drop needs three earlier purchase days and more after them,
 * so the own gap of a customer spending less is their habit.) Lateness is checked first: a customer three gaps late is
 * Lapsed whatever they spent — unless they have been silent as long before and come back (their
 * longest own gap): then At risk, and the reason says so.
 */
export function lifecycleStage(c: CustomerSummary, store: StoreRhythm, settings: Settings): LifecycleResult {
  if (c.purchaseDayCount === 1) return oneTimeStage(c.daysSinceLast, store, settings);
  const multiple = c.daysSinceLast / c.stageGapDays;
  const spread = spreadGaps(c);
  // One reason object, its optional facts set on it below in their order: a cold call makes one per
  // repeat customer, and the copies by spread it replaces were each a slow runtime call (issue 13).
  const rhythm: RhythmReason = {
    kind: 'rhythm',
    purchaseDays: c.purchaseDayCount,
    usualGapDays: c.usualGapDays,
    ownGapDays: c.ownGapDays,
    storeGapDays: store.medianGapDays,
    daysSinceLast: c.daysSinceLast,
    multiple,
  };
  if (spread !== undefined) rhythm.spreadGapsDays = spread;
  const byMultiple = lateness(multiple, settings);
  // "Lapsed" says they are gone; a customer silent no longer than they have been away before and
  // come back (a season away from a weekly habit) has shown otherwise. The usual gap is their rhythm
  // (the median: what "usually every N days" states), so a break makes them late, not gone. The
  // purchase model reads their pace from the whole history, breaks included (about their mean gap,
  // never above their longest), so past the longest gap the silence is long for the model too
  // (issue 12: an irregular customer was Lapsed at 72% to buy within 90 days; on the property scan's
  // irregular sheets 401 of 8,000 had a Lapsed customer above the median Loyal one; 1 with this).
  // With a usual gap to call it a break against (two gaps or more, not spread), a little past their
  // longest gap is still that break (trial 8: Lapsed at 129 days after a break of 128), and a
  // silence begun about when an earlier break began is that yearly break until its return date
  // comes round (a client away every summer was Lapsed days before last year's return date).
  // Past both, nothing of their own history says "away" any more.
  const longest = c.longestGapDays;
  const withHabit = longest !== undefined && habitOwnGap(c, spread) !== undefined;
  const plainUntil =
    longest === undefined ? -1 : withHabit ? longest + breakMarginDays(longest, settings) : longest;
  const season = byMultiple === 'lapsed' && withHabit ? c.seasonalBreak : undefined;
  const seasonUntil =
    season === undefined
      ? -1
      : season.returnDay + breakMarginDays(season.toDay - season.fromDay, settings) - c.lastDay;
  const cameBack = byMultiple === 'lapsed' && c.daysSinceLast <= Math.max(plainUntil, seasonUntil);
  // The gap shrunk toward the shop's guards against a few quick visits making a rhythm to be Lapsed
  // against; for a slow buyer in a fast shop it is shorter than their own, and "gone" by it alone
  // said Lapsed beside "(1.7× the usual gap)" (issue 12). Lapsed needs their own gap's multiple too
  // (not for two gaps far apart, whose median is no gap of theirs; their longest gap holds them).
  // Where this shop's regulars have been away longer and come back, their multiple of it (a break,
  // not a goodbye: comeback-multiple.ts), and the sentence says so.
  const ownGapHold =
    byMultiple === 'lapsed' &&
    spread === undefined &&
    c.ownGapDays !== undefined &&
    c.daysSinceLast <= ownLapsedAfterDays(c.ownGapDays, c.purchaseDayCount, store, settings);
  const heldByShop = ownGapHold && c.daysSinceLast > settings.lapsedGapMultiple * c.ownGapDays!;
  // As for one-time buyers: with fewer than 5 customers back at all, no break has been seen here, and
  // the shop's gap a few gaps are weighed with is a few customers'; enough to say "late", not "gone",
  // unless their own gaps tell: with OWN_EVIDENCE_GAPS gaps alike, one longer than all of them is a
  // 1-in-10 chance (issue 12's scan: on sheets of 5–6 customers a repeat customer 34 days silent after
  // one 9-day gap was Lapsed while the model, too few customers to fit, still gave 58% and more than
  // they had spent; a review: a weekly regular of 114 gaps silent a year must not wait for a fifth).
  // Nor past twice the Lapsed multiple of their longest gap: silent five years after weekly visits
  // tells without the shop (a review).
  const fewReturnersMultiple = 2 * settings.lapsedGapMultiple;
  const fewReturners =
    byMultiple === 'lapsed' &&
    !cameBack &&
    !ownGapHold &&
    store.oneTimeWindow.fromSetting &&
    c.purchaseDayCount - 1 < OWN_EVIDENCE_GAPS &&
    c.daysSinceLast <= fewReturnersMultiple * c.longestGapDays!;
  const held = cameBack || ownGapHold || fewReturners;
  const late = held ? 'atRisk' : byMultiple;
  // How late by the gap the sentence states (their own, or the shrunk one): where it differs from
  // the stage's, the sentence says which gap makes them late.
  const byStatedGap = lateness(c.daysSinceLast / c.usualGapDays, settings);
  if (late) {
    if (byStatedGap !== byMultiple) rhythm.lateByStageGap = true;
    if (cameBack && seasonUntil > plainUntil) {
      rhythm.seasonalHold = {
        awayDays: season!.toDay - season!.fromDay,
        fromDay: season!.fromDay,
        toDay: season!.toDay,
        sinceDay: c.lastDay,
        lapsedFromDay: c.lastDay + seasonUntil + 1,
      };
    } else if (cameBack) {
      rhythm.cameBackAfterDays = longest!;
      if (c.daysSinceLast > longest!) rhythm.heldUntilDays = plainUntil;
    } else if (heldByShop) {
      rhythm.ownGapHoldMultiple = store.comeback!.multiple;
      rhythm.heldByComeback = true;
    } else if (ownGapHold) rhythm.ownGapHoldMultiple = settings.lapsedGapMultiple;
    else if (fewReturners) {
      rhythm.heldFewReturners = true;
      rhythm.fewReturnersHoldMultiple = fewReturnersMultiple;
      rhythm.longestGapDays = c.longestGapDays!;
      rhythm.heldUntilDays = fewReturnersMultiple * c.longestGapDays!;
    }
    return { stage: late, reason: rhythm };
  }
  if (c.amountDrop) {
    return {
      stage: 'atRisk',
      reason: {
        kind: 'amountDrop',
        daysSinceLast: c.daysSinceLast,
        usualGapDays: c.usualGapDays,
        ownGapDays: c.ownGapDays,
        ...c.amountDrop,
      },
    };
  }
  // Issue 12: gaps of 26, 24 and 619 days, back 18 days ago, read Loyal and "due in 8 days" beside
  // a 2.9% repeat probability: the stage reads their usual gap, the purchase model their pace over
  // the whole history, the break included. Which is right was measured on generated logs whose truth
  // is known (test/support/generated-logs.ts, 12 seeds × 1,000 customers per family, the last 90 days
  // held out, irregular and exponential families): Loyal or Developing customers back from a break
  // that would have made them Lapsed bought again within 90 days 65–86% of the time, about as often
  // as the Loyal without one (75–89%); where the break is longer than all their other gaps together
  // the models gave them 0.60–0.72 on average (the others 0.82–0.90) and 65–85% bought. Making them
  // Developing would call hundreds of reliable customers less settled than they are, so the stage
  // stays, and the sentence names the break the probability reads. (Without a usual gap — two
  // purchase days, or two gaps far apart — the gaps the sentence states show the break already.)
  if (byStatedGap) rhythm.lateByStatedGap = true;
  const back = c.lastBreak;
  if (back !== undefined && back.days > c.txDays - back.days) rhythm.backAfterBreak = back;
  return {
    stage: c.purchaseDayCount >= settings.loyalMinPurchaseDays ? 'loyal' : 'developing',
    reason: rhythm,
  };
}

/**
 * The stages of one-time buyers of the last store and settings asked for, by days since their
 * purchase: theirs depends on nothing else, so customers silent as long share one result (read only)
 * — a million-row log has some 200,000 one-time buyers and a few hundred such days (issue 13).
 */
let oneTimeStages:
  | { store: StoreRhythm; settings: Settings; byDays: Map<number, LifecycleResult> }
  | undefined;

function oneTimeStage(daysSinceLast: number, store: StoreRhythm, settings: Settings): LifecycleResult {
  if (oneTimeStages === undefined || oneTimeStages.store !== store || oneTimeStages.settings !== settings) {
    oneTimeStages = { store, settings, byDays: new Map() };
  }
  let result = oneTimeStages.byDays.get(daysSinceLast);
  if (result === undefined) {
    result = oneTimeStageOf(daysSinceLast, store, settings);
    oneTimeStages.byDays.set(daysSinceLast, result);
  }
  return result;
}

function oneTimeStageOf(daysSinceLast: number, store: StoreRhythm, settings: Settings): LifecycleResult {
  // Judged against how long the shop's returners took after their first purchase, not against
  // the usual gap between purchases: one-time buyers are mostly the slow buyers (return-window.ts).
  const window = store.oneTimeWindow;
  const multiple = daysSinceLast / window.days;
  const late = lateness(multiple, settings);
  // "Lapsed" says they are gone. With too few returners to learn the window from, it is the
  // setting's default, a guess not learnt from this shop: enough to say "late", not "gone". And as
  // for a regular silent within their longest own gap, a silence this shop's slow returners have
  // come back from is late, not gone — and while few have come back, nothing short of the Lapsed
  // multiple of the slowest of them is "gone" (slowReturnersMultiple). (Issue 12: on sheets of 10–30 customers a window
  // learnt from a few quick returners called a one-time buyer Lapsed after 73 days while the model,
  // rightly, still expected a purchase; of the property scan's 2,000 rhythm sheets of 5–40
  // customers, 7 had a Lapsed one-time buyer predicted more than they spent, none with this rule.)
  // Held while the window is a guess, but not for ever (trial 22: a small shop's one-time buyer of
  // five years before was "At risk" and offered the check-in email): up to twice the Lapsed multiple
  // of the guess, as a regular is held up to twice that of their longest gap, or the Lapsed multiple
  // of the longest first gap of the few who came back, as for a learnt window's slow returners
  // (slowReturnersMultiple) — not twice it: one returner back after 300 days held a one-time buyer
  // 1,800 days (trial 23). That gap is one 3 of the few took (return-window.ts): one customer back
  // after 689 days held a one-time buyer 2,067 days (trial 24).
  const bySlow = window.fromSetting && window.longDays > 2 * window.days;
  const heldUntilDays = window.fromSetting
    ? Math.round(settings.lapsedGapMultiple * (bySlow ? window.longDays : 2 * window.days))
    : Math.round(window.longDays * slowReturnersMultiple(window.returners, settings.lapsedGapMultiple));
  const held = late === 'lapsed' && daysSinceLast <= heldUntilDays;
  const reason: OneTimeReason = {
    kind: 'oneTime',
    daysSinceLast,
    windowDays: window.days,
    returners: window.returners,
    withinCount: window.withinCount,
    fromSetting: window.fromSetting,
    multiple,
    newUpToDays: newWindowDays(window.days, settings.atRiskGapMultiple),
    atRiskMultiple: settings.atRiskGapMultiple,
  };
  if (held) {
    reason.heldFromLapsed = true;
    if (!window.fromSetting) reason.cameBackAfterDays = window.longDays;
  }
  // The sentence of a guessed window states the limit, held or past it, and where it comes from.
  if (held || (window.fromSetting && late === 'lapsed')) {
    reason.heldUntilDays = heldUntilDays;
    if (window.fromSetting && bySlow) {
      reason.holdMultiple = settings.lapsedGapMultiple;
      reason.slowGapDays = window.longDays;
      reason.slowCount = window.longCount!;
    } else if (window.fromSetting) reason.holdMultiple = 2 * settings.lapsedGapMultiple;
  }
  return { stage: held ? 'atRisk' : (late ?? 'new'), reason };
}

/** Their usual gap when it is a habit of theirs (customer-summary.ts `habitGapDays`), the spread worked out already. */
function habitOwnGap(c: CustomerSummary, spread: readonly [number, number] | undefined): number | undefined {
  return c.purchaseDayCount >= 3 && spread === undefined ? c.ownGapDays : undefined;
}

function lateness(multiple: number, settings: Settings): 'atRisk' | 'lapsed' | undefined {
  if (multiple > settings.lapsedGapMultiple) return 'lapsed';
  if (multiple > settings.atRiskGapMultiple) return 'atRisk';
  return undefined;
}
