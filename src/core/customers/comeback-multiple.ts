import type { DayNumber } from '../days';
import type { CustomerHistories } from './customer-history';

/**
 * How many times their own usual gap this shop's regulars have been away and still come back: a
 * regular with two gaps or more silent no longer than `multiple` × their median gap (and no longer
 * than `longestDays`) is not called Lapsed (lifecycle-stage.ts): here, such a silence is a break,
 * not a goodbye.
 *
 * Where customers keep a rhythm (a gap within ±40% of their usual one) the multiple stays under the
 * Lapsed setting's 3× and changes nothing. Where they take seasons away and come back (issue 12's
 * property scan: customers away 5–15× their gap now and then), "3× their gap" called Lapsed
 * customers whom the purchase model, rightly, still expected: 4 purchases 8 days apart and 48 days
 * of silence were Lapsed beside 48% still a customer and more predicted for the next year than all
 * they had spent.
 */
export interface ComebackMultiple {
  /**
   * The gap ÷ own median gap that all but 1 in 20 of the regulars' gaps stay within, each customer
   * weighing the same whatever their number of gaps (a review: one regular with 25 breaks among 30
   * monthly ones set the whole shop's multiple when every gap weighed the same).
   */
  multiple: number;
  /** Customers with three gaps or more, whom it is learnt from. */
  customers: number;
  /**
   * The longest gap, in days, any of them came back after: no silence longer than that is a break
   * this shop has seen, whatever the multiple (a review: two daily buyers off for 30 days made a
   * monthly customer's year of silence "a break").
   */
  longestDays: number;
}

/** The share of regulars' gaps `multiple` covers: all but 1 in 20. */
const COMEBACK_SHARE = 0.95;
/** A customer's gaps count once they have this many: with two, the median is half of each. */
const MIN_OWN_GAPS = 3;
/**
 * With fewer such customers nothing is learnt (the setting's multiple stands): a few regulars'
 * breaks are not the shop's, and a sheet too small to show them is not held to a typical shop's
 * either (a review: a typical multiple kept a customer silent two years, at 6%, At risk).
 */
const MIN_CUSTOMERS = 5;
/** A gap's censoring weight is trimmed as if at least this share of purchase days were old enough. */
const MIN_RISK_SHARE = 0.05;

/**
 * The comeback multiple of `ComebackMultiple` from each customer's purchase days and their own median
 * gap (NaN for a one-time buyer; customer-summary.ts `ownMedianGaps`), or undefined with fewer than
 * MIN_CUSTOMERS regulars of three gaps or more. Only gaps that ended in a
 * purchase count: a silence still running is not yet a gap, so on a short log the multiple is, if
 * anything, too small — toward the setting.
 */
export function comebackMultiple(
  h: Pick<CustomerHistories, 'count' | 'start' | 'days'>,
  ownGaps: Float64Array,
  asOfDay: DayNumber,
): ComebackMultiple | undefined {
  const ratios: number[] = [];
  const gaps: number[] = [];
  const weights: number[] = [];
  const ages: number[] = [];
  let customers = 0;
  let longestDays = 0;
  for (let c = 0; c < h.count; c++) {
    const from = h.start[c]!;
    const to = h.start[c + 1]!;
    const own = ownGaps[c]!;
    const gapCount = to - from - 1;
    if (gapCount < MIN_OWN_GAPS || !(own > 0)) continue;
    customers++;
    for (let i = from; i < to; i++) ages.push(asOfDay - h.days[i]!);
    for (let i = from + 1; i < to; i++) {
      const gap = h.days[i]! - h.days[i - 1]!;
      ratios.push(gap / own);
      gaps.push(gap);
      weights.push(1 / gapCount);
      if (gap > longestDays) longestDays = gap;
    }
  }
  if (customers < MIN_CUSTOMERS) return undefined;
  // Censoring, as for the return window (return-window.ts): a gap of g days is seen only after a
  // purchase at least g days old, so long breaks are under-seen on a short log. Each gap is weighed
  // by the inverse share of these customers' purchase days that old (trimmed at MIN_RISK_SHARE).
  ages.sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i < gaps.length; i++) {
    const older = ages.length - lowerBound(ages, gaps[i]!);
    weights[i]! /= Math.max(MIN_RISK_SHARE, older / ages.length);
    total += weights[i]!;
  }
  return { multiple: weightedQuantile(ratios, weights, total, COMEBACK_SHARE), customers, longestDays };
}

/** The first index of ascending `sorted` whose value is at least `value`. */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The smallest value whose weights, with all smaller ones, reach `share` of `total`. */
function weightedQuantile(values: number[], weights: number[], total: number, share: number): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  // A relative tolerance, so that equal weights give the plain quantile despite rounding.
  const target = share * total * (1 - 1e-12);
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i]!;
    if (cumulative >= target) return values[i]!;
  }
  return values[order[order.length - 1]!]!;
}
