import type { DayNumber } from '../days';
import { customersAtLeast } from './comeback-multiple';
import type { CustomerHistories } from './customer-history';

/**
 * How long customers of this shop who came back took to come back after their first purchase: what
 * a one-time buyer's silence is judged against (lifecycle-stage.ts). Judging them against the
 * store's usual gap between purchases called slow-but-alive buyers Lapsed (issue 12): a fast buyer
 * is rarely seen only once, so one-time buyers are mostly the slow ones, and the usual gap is set by
 * the fast repeat buyers, who make most of the gaps.
 */
export interface ReturnWindow {
  /**
   * Days after the first purchase within which `withinCount` of the `returners` came back: the
   * `RETURN_SHARE` quantile of their first gaps, corrected for the log's end and never past the
   * second-longest of them (see `returnWindow`);
   * the setting when there are fewer than `MIN_RETURNERS` returners.
   */
  days: number;
  /** Customers with a second purchase day: those whose first gap is seen. */
  returners: number;
  /** How many of them came back within `days` (counted, so the reason can state it as it is). */
  withinCount: number;
  /** Too few returners to learn a window from: `days` is the setting's default gap. */
  fromSetting: boolean;
  /**
   * A first gap seen that `LONG_RETURN_SHARE` of the returners came back within (weighed as `days`
   * is): how long this shop's slow returners take, the longest gap seen when there are under 20
   * returners. A one-time buyer silent no longer than this is not called Lapsed (lifecycle-stage.ts):
   * customers here have come back after as long. With fewer than `MIN_RETURNERS`, the longest first
   * gap that `SLOW_RETURNERS` of them took or longer (0 with fewer): not a window, only how long the
   * few took, which can lengthen how long a one-time buyer is held from Lapsed while the window is the
   * setting's guess — one or two customers' waits are theirs, not the shop's (trial 24: the only
   * repeat customer back after 689 days held a one-time buyer 2,067 days).
   */
  longDays: number;
  /** With the setting's window and `longDays` above 0: how many returners took `longDays` or longer. */
  longCount?: number;
}

/** Returners who must have waited as long before a wait holds one-time buyers (as comeback-multiple.ts's breaks). */
const SLOW_RETURNERS = 3;

/** The share of returners whose first gap the window covers: "8 in 10 … came back within it". */
const RETURN_SHARE = 0.8;
/** The share of returners whose first gap `longDays` covers: all but 1 in 20. */
const LONG_RETURN_SHARE = 0.95;
/** With fewer returners than this, a quantile of their first gaps says little: the setting is used. */
const MIN_RETURNERS = 5;
/**
 * A gap's weight is trimmed as if at least this share of the customers (and MIN_RETURNERS) were old
 * enough to show it: where only one or two are, one early customer would otherwise speak for the
 * whole shop (a pilot customer back after 380 days set a growing shop's window from 24 to 380 days).
 */
const MIN_RISK_SHARE = 0.05;

/**
 * The window of `ReturnWindow` from each customer's purchase days (ascending, non-empty; customer
 * `c`'s are `days[start[c]..start[c + 1])`).
 *
 * Censoring: a log ending on `asOfDay` shows a first gap of g days only for customers whose first
 * purchase is at least g days old, so the plain quantile of the gaps seen is too short on short
 * logs (they only see short first gaps). Each gap seen is weighed by the inverse of the share of
 * all customers whose first purchase is at least g days old (inverse probability of censoring
 * weighting, presuming when a customer first bought says nothing of how fast they come back; trimmed
 * where few are that old, MIN_RISK_SHARE), and
 * the window is the smallest gap seen where the weighed share reaches RETURN_SHARE, but no longer
 * than the second-longest first gap: one returner's wait does not speak for the shop (see below). The
 * weights grow with g, so the window is never shorter than the plain quantile: at least RETURN_SHARE
 * of the returners seen did come back within it, and `withinCount` counts them.
 */
export function returnWindow(
  { start, days }: Pick<CustomerHistories, 'start' | 'days'>,
  asOfDay: DayNumber,
  defaultGapDays: number,
): ReturnWindow {
  const customers = start.length - 1;
  // Typed, so that the sorts below are numeric without a comparator called per step; whole days,
  // so as Int32Array, whose native sort is several times a Float64Array's (≈ 55 → 20 ms of a cold
  // call on a million-row log).
  const ages = new Int32Array(customers);
  const firstGaps = new Int32Array(customers);
  const returners = agesAndFirstGaps(start, days, asOfDay, ages, firstGaps);
  const gaps = firstGaps.subarray(0, returners);
  if (returners < MIN_RETURNERS) {
    const within = gaps.filter((g) => g <= defaultGapDays).length;
    const window: ReturnWindow = {
      days: defaultGapDays,
      returners,
      withinCount: within,
      fromSetting: true,
      longDays: 0,
    };
    if (returners >= SLOW_RETURNERS) {
      const longDays = gaps.sort()[returners - SLOW_RETURNERS]!;
      window.longDays = longDays;
      window.longCount = gaps.filter((g) => g >= longDays).length;
    }
    return window;
  }
  gaps.sort();
  // Customers whose first purchase is at least g days old, trimmed below at MIN_RISK_SHARE of them:
  // the weights still never fall as g grows.
  const floor = Math.max(MIN_RETURNERS, Math.ceil(MIN_RISK_SHARE * ages.length));
  const weights = censoringWeights(customersAtLeast(ages), gaps, floor);
  const total = sum(weights);
  // A relative tolerance, so that equal weights give the plain quantile despite rounding (8 × 1/11
  // may fall a hair short of 0.8 × 10 × 1/11); counts are whole, so the guarantee stands.
  // One customer's wait is that customer's (trial 24's rule): the weights of a gap only a few
  // customers are old enough to show could reach the quantile on one returner's gap, and that one
  // customer then set how long every one-time buyer stays New. Trial 29: seven returners back within
  // 61 days and a yearly buyer back after 367 made the window 367 days ("8 of the 8 customers … within
  // 367 days; New up to 550 days"): a one-time buyer silent 272 days was New, and Lapsed without the
  // yearly buyer. So the window is a gap at least two returners took or exceeded, never past the
  // second-longest first gap (the plain quantile never is, with MIN_RETURNERS or more).
  const plainIndex = Math.ceil(RETURN_SHARE * returners * (1 - 1e-12)) - 1;
  const index = Math.min(quantileIndex(weights, total, RETURN_SHARE), Math.max(plainIndex, returners - 2));
  const window = gaps[index]!;
  let within = index + 1;
  while (within < returners && gaps[within] === window) within++;
  const longDays = gaps[quantileIndex(weights, total, LONG_RETURN_SHARE)]!;
  return { days: window, returners, withinCount: within, fromSetting: false, longDays };
}

/**
 * Writes each customer's age (days since their first purchase) into `ages` and the first gaps of
 * those who came back into `firstGaps`; returns how many came back. This loop and the next two are
 * functions of their own with nothing after their loops: a cold call's engine compiles a loop while
 * it runs, and code after it that had not yet run bailed out of that compiled code at once
 * (`node --trace-deopt`; issue 13).
 */
function agesAndFirstGaps(
  start: Int32Array,
  days: Int32Array,
  asOfDay: DayNumber,
  ages: Int32Array,
  firstGaps: Int32Array,
): number {
  let returners = 0;
  for (let i = 0; i + 1 < start.length; i++) {
    const first = start[i]!;
    ages[i] = asOfDay - days[first]!;
    if (start[i + 1]! - first > 1) firstGaps[returners++] = days[first + 1]! - days[first]!;
  }
  return returners;
}

/**
 * Each gap's weight: 1 over the customers whose first purchase is at least that old
 * (`oldEnoughFor[g]`, none past its end), at least `floor`. Read from a table, not by walking the
 * sorted ages beside the gaps: the walk's first step past an age, reached only after many gaps, bailed
 * out of the loop's compiled code (`node --trace-deopt`).
 */
function censoringWeights(oldEnoughFor: Int32Array, gaps: Int32Array, floor: number): Float64Array {
  const weights = new Float64Array(gaps.length);
  for (let i = 0; i < gaps.length; i++) {
    const oldEnough = gaps[i]! < oldEnoughFor.length ? oldEnoughFor[gaps[i]!]! : 0;
    weights[i] = 1 / Math.max(floor, oldEnough);
  }
  return weights;
}

/** The sum of `values` in order (indexed: no iterator result or callback per step in cold code). */
function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/** The first index where the running sum of `weights` reaches `share` of `total` (the last at most). */
function quantileIndex(weights: Float64Array, total: number, share: number): number {
  // A relative tolerance, so that equal weights give the plain quantile despite rounding (8 × 1/11
  // may fall a hair short of 0.8 × 10 × 1/11); counts are whole, so the guarantee stands.
  const target = share * total * (1 - 1e-12);
  let cumulative = 0;
  let index = 0;
  for (; index < weights.length - 1; index++) {
    cumulative += weights[index]!;
    if (cumulative >= target) break;
  }
  return index;
}

/**
 * The most whole days a one-time buyer stays New: silent no longer than `atRiskGapMultiple` times
 * the return window (lifecycle-stage.ts judges `days / window` against it). Their next purchase
 * falls due there and their why states it, so "overdue" begins on the day "At risk" does (a trial:
 * New beside "overdue by 1 day"). Counted, not floored, so a multiple like 1.1 × 30 that a float
 * puts a hair above 33 still gives the day the stage changes on.
 *
 * @example newWindowDays(35, 1.5) // 52: New at 52 days silent (1.49×), At risk at 53 (1.51×)
 */
export function newWindowDays(windowDays: number, atRiskGapMultiple: number): number {
  let days = Math.max(0, Math.floor(windowDays * atRiskGapMultiple));
  while (days > 0 && days / windowDays > atRiskGapMultiple) days--;
  while ((days + 1) / windowDays <= atRiskGapMultiple) days++;
  return days;
}
