import type { DayNumber } from '../days';
import { identityOrder } from '../models/history-groups';
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
   * The gap ÷ own median gap that all but 1 in 20 of the regulars' gaps stay within (each customer
   * weighing the same whatever their number of gaps, each gap weighed for the log's end), and no
   * more than BREAK_CUSTOMERS customers have come back after: a break one or two took is theirs,
   * not the shop's (two reviews: one regular's 25 breaks among 29 monthly customers, or one pilot
   * customer back after 580 days in a young shop, set the whole shop's multiple).
   */
  multiple: number;
  /** Customers with three gaps or more, whom it is learnt from. */
  customers: number;
  /**
   * The longest break, in days, of at least `multiple` × that customer's own gap (and past the Lapsed
   * multiple), that BREAK_CUSTOMERS of them came back after: no silence longer than that is a break
   * this shop has seen (reviews: two daily buyers off for 30 days made a monthly customer's year of
   * silence "a break"; a yearly regular's ordinary 400-day gap is no break; monthly customers once
   * away 4× for 120 days and daily ones on 10× holidays of 21 days held a weekly one 71 days silent).
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
/** How many customers must have come back after a break for the shop to be said to. */
const BREAK_CUSTOMERS = 3;
/**
 * A gap's censoring weight is at most this: a long break seen by a few early customers of a young
 * shop stands for no more than twice as many (a review: the 3 first customers of a shop of 33, each
 * once away 580 days, set a multiple of 29 with the inverse share of customers old enough, 7).
 */
const MAX_CENSORING_WEIGHT = 2;

/**
 * The comeback multiple of `ComebackMultiple` from each customer's purchase days and their own median
 * gap (NaN for a one-time buyer; customer-summary.ts `ownMedianGaps`), or undefined with fewer than
 * MIN_CUSTOMERS regulars of three gaps or more. A gap is a break past `breakMultiple` × the
 * customer's own gap (the Lapsed setting).
 *
 * Censoring: only gaps that ended in a purchase are seen, and a gap of g days only from a customer
 * whose first purchase is at least g days old, so a short or young log under-shows long breaks. Each
 * gap is weighed by the inverse share of these customers that old, at most MAX_CENSORING_WEIGHT.
 */
export function comebackMultiple(
  h: Pick<CustomerHistories, 'count' | 'start' | 'days'>,
  ownGaps: Float64Array,
  asOfDay: DayNumber,
  breakMultiple: number,
): ComebackMultiple | undefined {
  // Counted first, then written into typed columns and sorted natively where order alone matters: a
  // million-row log has hundreds of thousands of such gaps, and lists grown by push and copied into
  // sorts were ≈ 40 MB of a cold call's peak (issue 13). Each loop is a function of its own with
  // nothing after its loop: a cold call's engine compiles a loop while it runs, and code after it
  // that had not yet run bailed out of that compiled code at once (`node --trace-deopt`: four
  // bail-outs here per call, each compiled again).
  const customers = regularCount(h, ownGaps);
  if (customers < MIN_CUSTOMERS) return undefined;
  const size = regularGapCount(h, ownGaps);
  const gaps: RegularGaps = {
    ratios: new Float64Array(size),
    gaps: new Int32Array(size),
    weights: new Float64Array(size),
    owners: new Int32Array(size),
    ages: new Int32Array(customers),
    largestRatios: new Float64Array(customers),
  };
  writeRegularGaps(h, ownGaps, asOfDay, gaps);
  const { ratios, weights } = gaps;
  const total = censor(gaps, customersAtLeast(gaps.ages));
  const quantile = weightedQuantile(ratios, weights, total, COMEBACK_SHARE);
  const multiple = Math.min(quantile, nthLargest(gaps.largestRatios, BREAK_CUSTOMERS));
  const longestBreaks = longestBreaksFrom(gaps, customers, Math.max(multiple, breakMultiple));
  return { multiple, customers, longestDays: nthLargest(longestBreaks, BREAK_CUSTOMERS) };
}

/** Each regular's gaps in order, customer after customer, and what is known of each regular. */
interface RegularGaps {
  /** Each gap ÷ its customer's own median gap. */
  readonly ratios: Float64Array;
  readonly gaps: Int32Array;
  /** 1 ÷ the customer's number of gaps, then times the gap's censoring weight (`censor`). */
  readonly weights: Float64Array;
  /** Each gap's customer, numbered among the regulars. */
  readonly owners: Int32Array;
  /** Each regular's days since their first purchase. */
  readonly ages: Int32Array;
  /** Each regular's largest ratio. */
  readonly largestRatios: Float64Array;
}

/** Whether customer `c` is a regular the multiple is learnt from (MIN_OWN_GAPS gaps or more). */
function isRegular(h: Pick<CustomerHistories, 'start'>, ownGaps: Float64Array, c: number): boolean {
  return h.start[c + 1]! - h.start[c]! - 1 >= MIN_OWN_GAPS && ownGaps[c]! > 0;
}

function regularCount(h: Pick<CustomerHistories, 'count' | 'start'>, ownGaps: Float64Array): number {
  let customers = 0;
  for (let c = 0; c < h.count; c++) if (isRegular(h, ownGaps, c)) customers++;
  return customers;
}

function regularGapCount(h: Pick<CustomerHistories, 'count' | 'start'>, ownGaps: Float64Array): number {
  let size = 0;
  for (let c = 0; c < h.count; c++) if (isRegular(h, ownGaps, c)) size += h.start[c + 1]! - h.start[c]! - 1;
  return size;
}

function writeRegularGaps(
  h: Pick<CustomerHistories, 'count' | 'start' | 'days'>,
  ownGaps: Float64Array,
  asOfDay: DayNumber,
  into: RegularGaps,
): void {
  const { ratios, gaps, weights, owners, ages, largestRatios } = into;
  let k = 0;
  let n = 0;
  for (let c = 0; c < h.count; c++) {
    if (!isRegular(h, ownGaps, c)) continue;
    const from = h.start[c]!;
    const to = h.start[c + 1]!;
    const own = ownGaps[c]!;
    const gapCount = to - from - 1;
    ages[n] = asOfDay - h.days[from]!;
    let largest = 0;
    for (let i = from + 1; i < to; i++, k++) {
      const gap = h.days[i]! - h.days[i - 1]!;
      const ratio = gap / own;
      ratios[k] = ratio;
      gaps[k] = gap;
      weights[k] = 1 / gapCount;
      owners[k] = n;
      if (ratio > largest) largest = ratio;
    }
    largestRatios[n++] = largest;
  }
}

/**
 * Weighs each gap by the inverse share of regulars old enough to show it (`oldEnoughFor[g]`: how
 * many are at least g days old), at most MAX_CENSORING_WEIGHT; returns the weights' sum.
 */
function censor(into: RegularGaps, oldEnoughFor: Int32Array): number {
  const { gaps, weights } = into;
  const customers = into.ages.length;
  let total = 0;
  for (let i = 0; i < gaps.length; i++) {
    const oldEnough = gaps[i]! < oldEnoughFor.length ? oldEnoughFor[gaps[i]!]! : 0;
    weights[i]! *= Math.min(MAX_CENSORING_WEIGHT, customers / Math.max(1, oldEnough));
    total += weights[i]!;
  }
  return total;
}

/**
 * Each regular's longest gap among their breaks at least `breakFrom` times their own gap, in days
 * (0 without one): the days of breaks at least the multiple long.
 */
function longestBreaksFrom(from: RegularGaps, customers: number, breakFrom: number): Int32Array {
  const { ratios, gaps, owners } = from;
  const longestBreaks = new Int32Array(customers);
  for (let i = 0; i < gaps.length; i++) {
    const owner = owners[i]!;
    if (ratios[i]! >= breakFrom && gaps[i]! > longestBreaks[owner]!) longestBreaks[owner] = gaps[i]!;
  }
  return longestBreaks;
}

/**
 * How many of `ages` (whole days) are at least g, for each g from 0 to the largest: a table read once
 * per gap, where a binary search per gap in the sorted ages cost ≈ 30 ms of a cold call on a
 * million-row log (hundreds of thousands of gaps; issue 13). Ages are never negative (no purchase
 * is counted after the analysis day); one would count as 0, below every gap.
 */
export function customersAtLeast(ages: Int32Array): Int32Array {
  const atLeast = new Int32Array(largest(ages) + 1);
  countAges(ages, atLeast);
  for (let g = atLeast.length - 2; g >= 0; g--) atLeast[g]! += atLeast[g + 1]!;
  return atLeast;
}

/** The largest of `values`, at least 0 (functions of their own: nothing after their loops). */
function largest(values: Int32Array): number {
  let most = 0;
  for (let n = 0; n < values.length; n++) most = Math.max(most, values[n]!);
  return most;
}

function countAges(ages: Int32Array, atLeast: Int32Array): void {
  for (let n = 0; n < ages.length; n++) atLeast[Math.max(0, ages[n]!)]! += 1;
}

/** The `n`th largest of `values` (0 when there are fewer); `values` is sorted in place. */
function nthLargest(values: Float64Array | Int32Array, n: number): number {
  if (values.length < n) return 0;
  return values.sort()[values.length - n]!;
}

/**
 * The smallest value whose weights, with all smaller ones, reach `share` of `total`; the values are
 * positive. Equal values are summed in their order in `values`, as a stable sort leaves them: the
 * sum's rounding, and so the answer, is the same on every run.
 */
export function weightedQuantile(
  values: Float64Array,
  weights: Float64Array,
  total: number,
  share: number,
): number {
  const order = ascendingOrder(values);
  // A relative tolerance, so that equal weights give the plain quantile despite rounding.
  return values[order[reachedAt(order, weights, share * total * (1 - 1e-12))]!]!;
}

/** The first place in `order` where the running sum of the weights reaches `target` (the last at most). */
function reachedAt(order: Int32Array, weights: Float64Array, target: number): number {
  let cumulative = 0;
  for (let p = 0; p < order.length; p++) {
    cumulative += weights[order[p]!]!;
    if (cumulative >= target) return p;
  }
  return order.length - 1;
}

/** Radix digits of 16 bits: four passes over a double's 64. */
const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;
/** Whether typed arrays hold a double's low word first, as the radix sort reads them. */
const LOW_WORD_FIRST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The indices of positive `values` in ascending order of value, equal values by index.
 *
 * Past DIGITS values, by a radix sort: a positive double's 64 bits ascend with it, so a stable sort
 * of the bits, least significant 16 first, orders them. The comparator sort of indices it replaces
 * there cost ≈ 0.16 s of a cold call on a million-row log (the comparator called from the engine's
 * sort some 20 million times; a native sort of the values and a binary search per index, ≈ 0.1 s).
 * With fewer values the comparator sort is cheaper than walking the 65,536 buckets four times
 * (counted with callgrind: ≈ 6 M against ≈ 47 M instructions for 2,000 values, even at ≈ 40,000;
 * issue 13).
 */
function ascendingOrder(values: Float64Array): Int32Array {
  let order: Int32Array = identityOrder(values.length);
  // Compared, not subtracted: a difference of two fractions is a new boxed number per comparison in
  // code not yet optimised (≈ 7 MB on CDNOW's ratios), -1, 0 and 1 are not.
  if (values.length <= DIGITS || !LOW_WORD_FIRST) {
    return order.sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : a - b));
  }
  // Two 32-bit words per value, the low one first (typed arrays are little-endian on every engine
  // Apps Script and Node run on; a big-endian one takes the comparator sort above).
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  let next: Int32Array = new Int32Array(values.length);
  const starts = new Int32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * DIGIT_BITS;
    starts.fill(0);
    for (let i = 0; i < order.length; i++) starts[(words[2 * i + word]! >>> shift) & (DIGITS - 1)]! += 1;
    for (let d = 0, sum = 0; d < DIGITS; d++) {
      const count = starts[d]!;
      starts[d] = sum;
      sum += count;
    }
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      const digit = (words[2 * i + word]! >>> shift) & (DIGITS - 1);
      next[starts[digit]!] = i;
      starts[digit]! += 1;
    }
    const sorted = next;
    next = order;
    order = sorted;
  }
  return order;
}
