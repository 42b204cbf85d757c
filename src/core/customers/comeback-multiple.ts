import type { CustomerHistories } from './customer-history';

/**
 * How many times their own usual gap this shop's regulars have been away and still come back: all
 * but 1 in 20 of their gaps were within `multiple` × their median gap. A regular silent no longer
 * than that is not called Lapsed (lifecycle-stage.ts): here, such a silence is a break, not a goodbye.
 *
 * Where customers keep a rhythm (a gap within ±40% of their usual one) the multiple stays under the
 * Lapsed setting's 3× and changes nothing. Where they take seasons away and come back (issue 12's
 * property scan: customers away 5–15× their gap now and then), "3× their gap" called Lapsed
 * customers whom the purchase model, rightly, still expected: 4 purchases 8 days apart and 48 days
 * of silence were Lapsed beside 48% still a customer and more predicted for the next year than all
 * they had spent.
 */
export interface ComebackMultiple {
  /** The `COMEBACK_SHARE` quantile of gap ÷ that customer's median gap; the typical one when not learnt. */
  multiple: number;
  /** Gaps it was learnt from, of `customers` customers (under the minimums: `fromTypical`). */
  gaps: number;
  customers: number;
  /**
   * Too few regulars here with three gaps or more to learn it from: a typical shop's
   * (TYPICAL_COMEBACK_MULTIPLE), as the spend model takes retail's typical spreads on a sheet too
   * small to show its own (spend-shrinkage.ts) — a tiny sheet does not say "gone" on 3× a gap or two.
   */
  fromTypical: boolean;
}

/**
 * CDNOW master's multiple (as of 1998-06-30: 5,270 customers with three gaps or more, 35,563 gaps;
 * 5.6 also as of 1998-03-31): a shop whose customers buy when they please, neither on a rhythm
 * (about 1.4: the sample tea shop, the 30-customer ledger 1.2) nor only in seasons.
 */
export const TYPICAL_COMEBACK_MULTIPLE = 5.6;

/** The share of regulars' gaps `multiple` covers: all but 1 in 20. */
const COMEBACK_SHARE = 0.95;
/** A customer's gaps count once they have this many: with two, the median is half of each. */
const MIN_OWN_GAPS = 3;
/** Fewer gaps, or customers, than this say little of a shop's breaks: nothing is learnt. */
const MIN_GAPS = 20;
const MIN_CUSTOMERS = 5;

/**
 * The comeback multiple of `ComebackMultiple` from each customer's purchase days and their own median
 * gap (NaN for a one-time buyer; customer-summary.ts `ownMedianGaps`); the typical one when too
 * few regulars have enough gaps. Only gaps that ended in a purchase count: a silence still running is
 * not yet a gap, so on a short log the multiple is, if anything, too small — toward the setting.
 */
export function comebackMultiple(
  h: Pick<CustomerHistories, 'count' | 'start' | 'days'>,
  ownGaps: Float64Array,
): ComebackMultiple {
  // Counted first, then written into a typed column sorted natively: a million-row log has hundreds
  // of thousands of such gaps, which a list grown by push and sorted by a comparison function took
  // a tenth of a second over (issue 13).
  const counts = (c: number) => h.start[c + 1]! - h.start[c]! - 1 >= MIN_OWN_GAPS && ownGaps[c]! > 0;
  let size = 0;
  for (let c = 0; c < h.count; c++) if (counts(c)) size += h.start[c + 1]! - h.start[c]! - 1;
  const ratios = new Float64Array(size);
  let customers = 0;
  let k = 0;
  for (let c = 0; c < h.count; c++) {
    if (!counts(c)) continue;
    customers++;
    const own = ownGaps[c]!;
    for (let i = h.start[c]! + 1; i < h.start[c + 1]!; i++) ratios[k++] = (h.days[i]! - h.days[i - 1]!) / own;
  }
  if (ratios.length < MIN_GAPS || customers < MIN_CUSTOMERS)
    return { multiple: TYPICAL_COMEBACK_MULTIPLE, gaps: ratios.length, customers, fromTypical: true };
  ratios.sort();
  const multiple = ratios[Math.ceil(COMEBACK_SHARE * ratios.length) - 1]!;
  return { multiple, gaps: ratios.length, customers, fromTypical: false };
}
