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
  const tiers: ValueTier[] = netSpends.map(() => 'occasional');
  let revenue = 0;
  for (const s of netSpends) if (s > 0) revenue += s;
  if (revenue <= 0) return tiers;
  const order = netSpends.map((_, i) => i).sort((i, j) => netSpends[j]! - netSpends[i]! || i - j);
  let before = 0;
  let previousSpend = Number.NaN;
  let previousTier: ValueTier = 'key';
  for (const i of order) {
    const spend = netSpends[i]!;
    if (spend <= 0) break;
    const share = before / revenue;
    const tier: ValueTier =
      spend === previousSpend
        ? previousTier
        : share < settings.keyRevenueShare
          ? 'key'
          : share < settings.coreRevenueShare
            ? 'core'
            : 'occasional';
    tiers[i] = tier;
    previousSpend = spend;
    previousTier = tier;
    before += spend;
  }
  return tiers;
}
