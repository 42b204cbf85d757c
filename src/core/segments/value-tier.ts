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
  const tiers = new Array<ValueTier>(n);
  if (revenue <= 0) return tiers.fill('occasional');
  // A tier depends on the spend alone (a tie takes the tier of its first member), so it is enough to
  // find the smallest spend still Key and still Core, walking the positive spends biggest first.
  const sorted = new Float64Array(positives);
  for (let i = 0, k = 0; i < n; i++) if (netSpends[i]! > 0) sorted[k++] = netSpends[i]!;
  sorted.sort();
  let keyMin = Number.POSITIVE_INFINITY;
  let coreMin = Number.POSITIVE_INFINITY;
  let before = 0;
  for (let i = positives - 1; i >= 0; ) {
    const spend = sorted[i]!;
    const share = before / revenue;
    if (share < settings.keyRevenueShare) keyMin = spend;
    else if (share < settings.coreRevenueShare) coreMin = spend;
    else break;
    for (; i >= 0 && sorted[i] === spend; i--) before += spend;
  }
  for (let i = 0; i < n; i++) {
    const s = netSpends[i]!;
    tiers[i] = s <= 0 ? 'occasional' : s >= keyMin ? 'key' : s >= coreMin ? 'core' : 'occasional';
  }
  return tiers;
}
