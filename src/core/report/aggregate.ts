// Counts and revenue per value tier, RFM segment and lifecycle stage: what the Summary sheet and the
// sidebar overview both show. Revenue is net spend (returns subtracted); a share is of all customers
// or of total net revenue, 0 when that total is not positive.
import type { Analysis } from '../analysis';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../lifecycle/lifecycle-stage';
import { RFM_SEGMENTS, type RfmSegment } from '../segments/rfm-segments';
import { VALUE_TIERS, type ValueTier } from '../segments/value-tier';

export interface GroupTotals {
  customers: number;
  revenue: number;
}

export interface Aggregate {
  customers: number;
  revenue: number;
  /** Customers with two or more purchase days. */
  repeatCustomers: number;
  tiers: Record<ValueTier, GroupTotals>;
  segments: Record<RfmSegment, GroupTotals>;
  stages: Record<LifecycleStage, GroupTotals>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, GroupTotals> =>
  Object.fromEntries(keys.map((k) => [k, { customers: 0, revenue: 0 }])) as Record<K, GroupTotals>;

export function aggregate(analysis: Pick<Analysis, 'customers'>): Aggregate {
  const result: Aggregate = {
    customers: analysis.customers.length,
    revenue: 0,
    repeatCustomers: 0,
    tiers: zeros(VALUE_TIERS),
    segments: zeros(RFM_SEGMENTS),
    stages: zeros(LIFECYCLE_STAGES),
  };
  for (const c of analysis.customers) {
    const spend = c.summary.netSpend;
    result.revenue += spend;
    if (c.summary.purchaseDayCount > 1) result.repeatCustomers++;
    for (const group of [
      result.tiers[c.tier],
      result.segments[c.segment],
      result.stages[c.lifecycle.stage],
    ]) {
      group.customers++;
      group.revenue += spend;
    }
  }
  return result;
}

/** `part` as a share of `whole`; 0 when the whole is not positive. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
