import type { Settings } from '../settings';

export const VALUE_TIERS = ['key', 'core', 'occasional'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/**
 * The 80/20 tiers (SPEC §3): customers sorted by net spend, biggest first; Key are those that make
 * up the first 80% of revenue — including the customer whose spend crosses the line — Core up to
 * 95%, Occasional the rest. Customers with equal spend always share a tier (the tier of the first of
 * them), and customers who spent nothing net are Occasional.
 */
export function assignValueTiers(netSpends: ArrayLike<number>, settings: Settings): ValueTier[] {
  const cuts = valueTierCuts(netSpends, settings);
  const tiers = new Array<ValueTier>(netSpends.length);
  for (let i = 0; i < netSpends.length; i++) tiers[i] = valueTierOf(netSpends[i]!, cuts);
  return tiers;
}

/**
 * The smallest spend still Key and still Core (infinite where nobody is; both when nobody spent
 * anything net): a tier depends on the spend alone (a tie takes the tier of its first member), so it
 * is enough to walk the positive spends biggest first. No tier is kept per customer: `valueTierOf`
 * gives one where it is read.
 */
export function valueTierCuts(
  netSpends: ArrayLike<number>,
  settings: Settings,
  /** `netSpends` sorted ascending, when the caller has them (the RFM cuts sort them too). */
  ascending?: Float64Array,
): { keyMin: number; coreMin: number } {
  const n = netSpends.length;
  let revenue = 0;
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const s = netSpends[i]!;
    if (s > 0) {
      revenue += s;
      positives++;
    }
  }
  let keyMin = Number.POSITIVE_INFINITY;
  let coreMin = Number.POSITIVE_INFINITY;
  if (revenue <= 0) return { keyMin, coreMin };
  // The positive spends ascending: the top of `ascending`, or sorted here.
  let sorted: Float64Array;
  if (ascending !== undefined) sorted = ascending.subarray(n - positives);
  else {
    sorted = new Float64Array(positives);
    for (let i = 0, k = 0; i < n; i++) if (netSpends[i]! > 0) sorted[k++] = netSpends[i]!;
    sorted.sort();
  }
  let before = 0;
  for (let i = positives - 1; i >= 0; ) {
    const spend = sorted[i]!;
    const share = before / revenue;
    if (share < settings.keyRevenueShare) keyMin = spend;
    else if (share < settings.coreRevenueShare) coreMin = spend;
    else break;
    for (; i >= 0 && sorted[i] === spend; i--) before += spend;
  }
  return { keyMin, coreMin };
}

/** A customer's tier from their net spend and the cuts of `valueTierCuts`. */
export function valueTierOf(s: number, cuts: { keyMin: number; coreMin: number }): ValueTier {
  return s <= 0 ? 'occasional' : s >= cuts.keyMin ? 'key' : s >= cuts.coreMin ? 'core' : 'occasional';
}
