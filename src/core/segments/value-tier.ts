import type { Settings } from '../settings';

export const VALUE_TIERS = ['key', 'core', 'occasional'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/**
 * The 80/20 tiers (SPEC §3): customers sorted by net spend, biggest first; Key are those that make
 * up the first 80% of revenue — including the customer whose spend crosses the line — Core up to
 * 95%, Occasional the rest. Customers with equal spend always share a tier (the tier of the first of
 * them), and customers who spent nothing net are Occasional.
 */
export function assignValueTiers(netSpends: readonly number[], settings: Settings): ValueTier[] {
  let revenue = 0;
  for (const s of netSpends) if (s > 0) revenue += s;
  if (revenue <= 0) return netSpends.map(() => 'occasional');
  // A tier depends on the spend alone (a tie takes the tier of its first member), so it is enough to
  // find the smallest spend still Key and still Core, walking the positive spends biggest first.
  const sorted = Float64Array.from(netSpends.filter((s) => s > 0))
    .sort()
    .reverse();
  let keyMin = Number.POSITIVE_INFINITY;
  let coreMin = Number.POSITIVE_INFINITY;
  let before = 0;
  for (let i = 0; i < sorted.length; ) {
    const spend = sorted[i]!;
    const share = before / revenue;
    if (share < settings.keyRevenueShare) keyMin = spend;
    else if (share < settings.coreRevenueShare) coreMin = spend;
    else break;
    for (; i < sorted.length && sorted[i] === spend; i++) before += spend;
  }
  return netSpends.map(
    (s): ValueTier => (s <= 0 ? 'occasional' : s >= keyMin ? 'key' : s >= coreMin ? 'core' : 'occasional'),
  );
}
