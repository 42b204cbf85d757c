import type { DayNumber } from '../days';
import { type AmountDrop, amountDrop } from '../lifecycle/amount-drop';
import { type SeasonalBreak, seasonalBreak } from '../lifecycle/seasonal-break';
import { logGapSum } from '../models/mbg-cnbd-k';
import type { Settings } from '../settings';
import { meanOf, medianOfSorted } from '../stats';
import { type ComebackMultiple, comebackMultiple } from './comeback-multiple';
import type { CustomerHistories } from './customer-history';
import { customerArray } from './customer-list';
import { newWindowDays, type ReturnWindow, returnWindow } from './return-window';
import { type SummaryColumns, summaryList } from './summary-view';

/**
 * The per-customer numbers everything else is decided from (SPEC §3). All durations in days;
 * `x`, `txDays` and `TDays` are the BG/NBD summary (Fader, Hardie & Lee 2005).
 */
export interface CustomerSummary {
  key: string;
  label: string;
  firstDay: DayNumber;
  lastDay: DayNumber;
  purchaseDayCount: number;
  /** Repeat purchase days: purchase days − 1. */
  x: number;
  /** Days from the first to the last purchase day. */
  txDays: number;
  /** Days from the first purchase day to the analysis date. */
  TDays: number;
  /** Σ ln(gap in days) between consecutive purchase days: how regular the rhythm is (MBG/CNBD-k). */
  logGapSum: number;
  netSpend: number;
  /** Net spend per purchase day. */
  averagePurchase: number;
  /** Mean amount of a purchase day, scaled by the share of purchases kept (returns deducted). */
  meanSpend: number;
  /** Mean amount of the repeat purchase days (the first left out), scaled like meanSpend: the Gamma-Gamma input; 0 when x = 0. */
  meanRepeatSpend: number;
  /**
   * Σ ln(amount) of the repeat purchase days, scaled like meanRepeatSpend, when every one is
   * positive: how the customer's own amounts spread, for the spend model (gamma-gamma.ts).
   */
  logRepeatSpendSum?: number;
  daysSinceLast: number;
  /** The customer's own median gap between purchase days; undefined for a one-time buyer. */
  ownGapDays: number | undefined;
  /**
   * The longest of their own gaps: the longest they have been away and still come back. Undefined
   * for a one-time buyer. A silence within it is not called Lapsed (lifecycle-stage.ts).
   */
  longestGapDays: number | undefined;
  /** Own median gap shrunk toward the store's: what the stage is judged on (lifecycle-stage.ts). */
  stageGapDays: number;
  /**
   * Their latest gap long enough to have made them Lapsed (over the Lapsed multiple of
   * `stageGapDays`), and how many purchase days they have had since it (the day they came back
   * included). Undefined without one. A customer back from one is not Loyal again until they have
   * bought as often since (lifecycle-stage.ts).
   */
  lastBreak: LastBreak | undefined;
  /**
   * An earlier break that began about the same time of year as their current silence, when it holds
   * them from Lapsed longer than their longest gap does (lifecycle/seasonal-break.ts); else undefined.
   */
  seasonalBreak?: SeasonalBreak | undefined;
  /**
   * The usual gap every text and the due date state, to a tenth of a day: the customer's own median
   * gap with two gaps or more not too far apart (`habitGapDays`), else `stageGapDays` (a one-time buyer: the store's
   * return window, return-window.ts).
   */
  usualGapDays: number;
  /**
   * Last purchase day + the usual gap rounded to whole days; for a one-time buyer, + the days they
   * stay New (return-window.ts `newWindowDays`), which their why states: "overdue" begins where "At
   * risk" does, never beside "New".
   */
  nextDueDay: DayNumber;
  /** A sustained fall in spend per purchase day against the customer's own spread, if any. */
  amountDrop: AmountDrop | undefined;
  favouriteProduct: string | undefined;
}

/**
 * A summary as summarizeCustomers makes it: with txDays and TDays also under the names the customer
 * model reads (models/customer-model.ts), so the summary is the model's input as it is and the
 * analysis makes no second object per customer (issue 13: every object a cold call keeps alive is
 * copied by the garbage collector).
 */
export interface ModelledSummary extends CustomerSummary {
  readonly tx: number;
  readonly T: number;
}

/**
 * The customer's own habit as a sentence may state it: the median of their own gaps when they have
 * at least two (three purchase days or more); undefined otherwise — one gap is not a habit. When
 * defined, it is the `usualGapDays` the due date and every text state.
 *
 * Nor are two gaps far apart (`spreadGaps`): their median is their mean, and "usually every 265
 * days" describes neither 30 nor 500 (issue 12). With three gaps or more the median is a gap they
 * took (or lies between the two middle ones), so it is stated.
 */
export function habitGapDays(
  c: Pick<CustomerSummary, 'purchaseDayCount' | 'ownGapDays' | 'longestGapDays'>,
): number | undefined {
  return habitOf(c.purchaseDayCount, c.ownGapDays, c.longestGapDays);
}

/**
 * `habitGapDays` from the three figures: `summaryColumns` asks it of every customer, where an object
 * per customer bailed out of the compiled loop (`node --trace-deopt`: its own gap a whole number
 * in the object of the first customers, a fraction later).
 */
function habitOf(
  purchaseDayCount: number,
  ownGapDays: number | undefined,
  longestGapDays: number | undefined,
): number | undefined {
  return purchaseDayCount >= 3 && spreadOf(purchaseDayCount, ownGapDays, longestGapDays) === undefined
    ? ownGapDays
    : undefined;
}

/**
 * Longer of two gaps than this many times the shorter: too spread for one usual gap (a habit of
 * buying every 30 days and one of every 90 are each plausible from 30 and 90; 30 and 100 are not).
 */
const SPREAD_GAP_RATIO = 3;

/**
 * The two gaps of a customer with exactly three purchase days, shorter first, when the longer is
 * more than `SPREAD_GAP_RATIO` times the shorter: what a sentence states instead of a usual gap
 * ("back once after 30 days and once after 500"). Worked out from the median (their mean) and the
 * longest, so no list of gaps is kept. Undefined otherwise.
 *
 * @example spreadGaps({ purchaseDayCount: 3, ownGapDays: 265, longestGapDays: 500 }) // [30, 500]
 */
export function spreadGaps(
  c: Pick<CustomerSummary, 'purchaseDayCount' | 'ownGapDays' | 'longestGapDays'>,
): readonly [number, number] | undefined {
  return spreadOf(c.purchaseDayCount, c.ownGapDays, c.longestGapDays);
}

function spreadOf(
  purchaseDayCount: number,
  ownGapDays: number | undefined,
  longestGapDays: number | undefined,
): readonly [number, number] | undefined {
  if (purchaseDayCount !== 3 || ownGapDays === undefined || longestGapDays === undefined) return undefined;
  const longer = longestGapDays;
  const shorter = 2 * ownGapDays - longer;
  return longer > SPREAD_GAP_RATIO * shorter ? [shorter, longer] : undefined;
}

export interface LastBreak {
  days: number;
  purchaseDaysSince: number;
}

/** What the store as a whole says about rhythm: the fallback for customers with little history. */
export interface StoreRhythm {
  /** Median over repeat customers of their own median gap; the default setting when there are none. */
  medianGapDays: number;
  /** How many repeat customers it was learned from (0 means the setting was used). */
  repeatCustomers: number;
  /** How long those who came back took after their first purchase: a one-time buyer's usual gap. */
  oneTimeWindow: ReturnWindow;
  /** How many times their usual gap regulars here have been away and come back, when learnt. */
  comeback: ComebackMultiple | undefined;
}

/**
 * How long a customer with this own median gap and number of purchase days must be silent to be
 * Lapsed by their own gap: past the setting's multiple of it, and — with two gaps or more, where this
 * shop's regulars have been away longer and come back (comeback-multiple.ts) — past that multiple
 * of it or the longest break seen here, whichever is shorter.
 */
export function ownLapsedAfterDays(
  ownGapDays: number,
  purchaseDayCount: number,
  store: StoreRhythm,
  settings: Settings,
): number {
  const bySetting = settings.lapsedGapMultiple * ownGapDays;
  const comeback = store.comeback;
  if (comeback === undefined || purchaseDayCount < 3) return bySetting;
  return Math.max(bySetting, Math.min(comeback.multiple * ownGapDays, comeback.longestDays));
}

/**
 * Customer `c`'s own median gap between purchase days; undefined with fewer than two. `scratch`
 * holds the gaps to sort: one list for every customer (a list of their own, once past 64 bytes,
 * was a buffer outside the heap per customer, each added to what makes the collector run).
 */
function ownMedianGap(
  h: Pick<CustomerHistories, 'start' | 'days'>,
  c: number,
  scratch: Float64Array,
): number | undefined {
  const from = h.start[c]!;
  const count = h.start[c + 1]! - from;
  const days = h.days;
  // Most customers have one to three purchase days: their median needs no list of gaps.
  if (count < 2) return undefined;
  if (count === 2) return days[from + 1]! - days[from]!;
  if (count === 3) return (days[from + 2]! - days[from]!) / 2;
  const gaps = scratch.subarray(0, count - 1);
  for (let i = 1; i < count; i++) gaps[i - 1] = days[from + i]! - days[from + i - 1]!;
  return medianOfSorted(gaps.sort());
}

/**
 * Each customer's own median gap (`ownMedianGap`), NaN for a one-time buyer: worked out once and
 * shared by `storeRhythm` and `summarizeCustomer`.
 */
export function ownMedianGaps(h: CustomerHistories): Float64Array {
  const gaps = new Float64Array(h.count);
  const scratch = new Float64Array(mostPurchaseDays(h.start));
  for (let c = 0; c < h.count; c++) gaps[c] = ownMedianGap(h, c, scratch) ?? Number.NaN;
  return gaps;
}

/**
 * The most purchase days of any one customer. A loop in a function of its own, with nothing after
 * it: a cold call's engine compiles a loop while it runs, and code after it that had not yet run
 * bailed out of that compiled code at once (`node --trace-deopt`; issue 13).
 */
function mostPurchaseDays(start: Int32Array): number {
  let most = 0;
  for (let c = 0; c + 1 < start.length; c++) most = Math.max(most, start[c + 1]! - start[c]!);
  return most;
}

/** The own median gaps of the repeat customers (the NaN of one-time buyers left out), in order. */
function repeatGaps(ownGaps: Float64Array): Float64Array {
  return knownValues(ownGaps, new Float64Array(knownCount(ownGaps)));
}

function knownCount(values: Float64Array): number {
  let count = 0;
  for (let c = 0; c < values.length; c++) if (!Number.isNaN(values[c]!)) count++;
  return count;
}

function knownValues(values: Float64Array, into: Float64Array): Float64Array {
  for (let c = 0, k = 0; c < values.length; c++) if (!Number.isNaN(values[c]!)) into[k++] = values[c]!;
  return into;
}

/** The store's rhythm from the customers' purchase days and own median gaps (`ownMedianGaps`). */
export function storeRhythm(
  histories: CustomerHistories,
  asOfDay: DayNumber,
  settings: Settings,
  ownGaps: Float64Array = ownMedianGaps(histories),
): StoreRhythm {
  const oneTimeWindow = returnWindow(histories, asOfDay, settings.defaultGapDays);
  const comeback = comebackMultiple(histories, ownGaps, asOfDay, settings.lapsedGapMultiple);
  // Without a callback per customer, and sorted in place: `median` would sort a copy.
  const gaps = repeatGaps(ownGaps);
  if (gaps.length === 0)
    return { medianGapDays: settings.defaultGapDays, repeatCustomers: 0, oneTimeWindow, comeback };
  return {
    medianGapDays: medianOfSorted(gaps.sort()),
    repeatCustomers: gaps.length,
    oneTimeWindow,
    comeback,
  };
}

/**
 * Every customer's summary, customer `c` of the histories at index `c` (their own median gaps
 * passed in when known): views over `summaryColumns` (summary-view.ts).
 */
export function summarizeCustomers(
  histories: CustomerHistories,
  asOfDay: DayNumber,
  store: StoreRhythm,
  settings: Settings,
  ownGaps: Float64Array = ownMedianGaps(histories),
): ModelledSummary[] {
  return customerArray(summaryList(summaryColumns(histories, asOfDay, store, settings, ownGaps)));
}

/**
 * What is not read straight off the purchase days, worked out once into a column per figure, for
 * every customer of the histories; each summary is a view reading them (summary-view.ts).
 */
export function summaryColumns(
  histories: CustomerHistories,
  asOfDay: DayNumber,
  store: StoreRhythm,
  settings: Settings,
  ownGaps: Float64Array,
): SummaryColumns {
  const n = histories.count;
  const { start, days, amounts } = histories;
  const columns = {
    histories,
    asOfDay,
    logGapSum: new Float64Array(n),
    meanSpend: new Float64Array(n),
    meanRepeatSpend: new Float64Array(n),
    logRepeatSpendSum: new Float64Array(n),
    ownGapDays: ownGaps,
    longestGapDays: new Float64Array(n),
    stageGapDays: new Float64Array(n),
    usualGapDays: new Float64Array(n),
    amountDrops: new Map<number, AmountDrop>(),
    lastBreaks: new Map<number, LastBreak>(),
    seasonalBreaks: new Map<number, SeasonalBreak>(),
    oneTimeDueDays: newWindowDays(store.oneTimeWindow.days, settings.atRiskGapMultiple),
  };
  const k = settings.gapShrinkage;
  for (let c = 0; c < n; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    const count = to - from;
    const gapCount = count - 1;
    const own = ownGaps[c]!;
    const ownGapDays = Number.isNaN(own) ? undefined : own;
    // Stages are judged on the own median gap shrunk toward the store's: a few purchases, or a run
    // of quick visits, do not make a rhythm to be Lapsed against. Keep at least one day: same-day
    // repeats do not make a zero-day rhythm.
    // A one-time buyer has no gap of their own: theirs is how long those who came back took after
    // their first purchase (return-window.ts), so stage, reason and due date state one number.
    const shrunk = Math.max(
      1,
      ownGapDays === undefined || gapCount + k === 0
        ? store.oneTimeWindow.days
        : (gapCount * ownGapDays + k * store.medianGapDays) / (gapCount + k),
    );
    // What the owner and the customer read states one gap (issue 12: an email said "about every 20
    // days" beside a due date computed from 34): their own median once it is a habit, else the
    // shrunk one; to a tenth, as it is written, and the due date is the last purchase plus it.
    const longest = longestGap(days, from, to);
    const habit = habitOf(count, ownGapDays, Number.isNaN(longest) ? undefined : longest);
    columns.stageGapDays[c] = shrunk;
    columns.longestGapDays[c] = longest;
    columns.usualGapDays[c] = Math.round((habit ?? shrunk) * 10) / 10;
    const kept = keptShare(histories.netSpend[c]!, histories.returnsTotal[c]!);
    columns.logGapSum[c] = logGapSum(days, to, from);
    columns.meanSpend[c] = meanOf(amounts, from, to) * kept;
    columns.meanRepeatSpend[c] = count > 1 ? meanOf(amounts, from + 1, to) * kept : 0;
    columns.logRepeatSpendSum[c] = logRepeatSpendSum(amounts, from, to, kept) ?? Number.NaN;
    // Long enough to have made them Lapsed: past the Lapsed multiple of the stage's gap and of their own.
    const lapsedAfter = Math.max(
      settings.lapsedGapMultiple * shrunk,
      ownGapDays === undefined ? 0 : ownLapsedAfterDays(ownGapDays, count, store, settings),
    );
    const lastBreak = latestBreak(days, from, to, lapsedAfter);
    if (lastBreak) columns.lastBreaks.set(c, lastBreak);
    const drop = amountDrop(amounts, days, ownGapDays, settings, from, to);
    if (drop) columns.amountDrops.set(c, drop);
    // A yearly break (three gaps or more: a usual gap to call one a break against).
    if (count >= 4 && habit !== undefined) {
      const season = seasonalBreak(days, from, to, habit, longest, settings);
      if (season) columns.seasonalBreaks.set(c, season);
    }
  }
  return columns;
}

/** The longest gap between the purchase days `days[from..to)`; NaN with fewer than two. */
function longestGap(days: Int32Array, from: number, to: number): number {
  if (to - from < 2) return Number.NaN;
  let longest = 0;
  for (let i = from + 1; i < to; i++) longest = Math.max(longest, days[i]! - days[i - 1]!);
  return longest;
}

/** The latest gap of the purchase days `days[from..to)` longer than `longerThanDays`, if any. */
function latestBreak(
  days: Int32Array,
  from: number,
  to: number,
  longerThanDays: number,
): LastBreak | undefined {
  for (let i = to - 1; i > from; i--) {
    const gap = days[i]! - days[i - 1]!;
    if (gap > longerThanDays) return { days: gap, purchaseDaysSince: to - i };
  }
  return undefined;
}

/** Σ ln(kept share × amount) over the repeat purchase days `amounts[from + 1..to)`, when there are two or more and all are positive. */
function logRepeatSpendSum(
  amounts: Float64Array,
  from: number,
  to: number,
  kept: number,
): number | undefined {
  if (to - from < 3 || !(kept > 0)) return undefined;
  let sum = 0;
  for (let i = from + 1; i < to; i++) {
    if (!(amounts[i]! > 0)) return undefined;
    sum += Math.log(amounts[i]! * kept);
  }
  return sum;
}

/**
 * The share of what a customer bought that they kept (net ÷ gross, within 0–1): returns reduce their
 * spend (SPEC §3), so the spend per purchase day the models learn from is scaled by it — a customer
 * who returns half of what they buy is worth half as much per visit.
 */
function keptShare(netSpend: number, returnsTotal: number): number {
  const gross = netSpend - returnsTotal;
  if (gross <= 0) return 1;
  return Math.min(1, Math.max(0, netSpend / gross));
}
