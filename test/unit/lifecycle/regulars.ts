// Generated regulars whose truth is known: each buys on a steady rhythm with independent basket
// noise (log-normal, so a basket is "a factor above or below usual", as real baskets are), and for
// some the last three baskets really fall to a share of their usual size. Used by the lifecycle
// property tests and the follow-up fact checks.
import { buildHistories } from '../../../src/core/customers/customer-history';
import {
  type CustomerSummary,
  ownMedianGaps,
  type StoreRhythm,
  storeRhythm,
  summarizeCustomers,
} from '../../../src/core/customers/customer-summary';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { type LifecycleResult, lifecycleStage } from '../../../src/core/lifecycle/lifecycle-stage';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { randomSource as prng } from '../models/simulate';

export { prng };

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface RegularsOptions {
  customers: number;
  /** Log-scale spread of the basket noise, drawn per customer from this range. */
  spread: readonly [number, number];
  /** When set, the last three baskets are multiplied by this share. */
  lastThreeShare?: number;
  /**
   * When set, the last basket is bought as this many smaller ones on days in a row, ending on its day
   * (trial 29: 60 a month, then 20 on each of three days): the same spend, more purchase days.
   */
  splitLastInto?: number;
  seed: number;
}

export const AS_OF_DAY = 20_000;

/**
 * Regulars on rhythm: 8–24 purchase days, a gap of 7–60 days with ±15% jitter, the analysis date
 * somewhere within one usual gap after the last purchase (so none of them is late).
 */
export function regularPurchases(options: RegularsOptions): Purchase[] {
  const random = prng(options.seed);
  const purchases: Purchase[] = [];
  let row = 1;
  for (let c = 0; c < options.customers; c++) {
    const key = `c${c}`;
    const days = 8 + Math.floor(random() * 17);
    const gap = 7 + Math.floor(random() * 54);
    const usual = 20 + random() * 480;
    const spread = options.spread[0] + random() * (options.spread[1] - options.spread[0]);
    const offsets: number[] = [0];
    for (let i = 1; i < days; i++) {
      offsets.push(offsets[i - 1]! + Math.max(1, Math.round(gap * (0.85 + 0.3 * random()))));
    }
    const last = offsets[days - 1]!;
    const since = Math.floor(random() * gap);
    offsets.forEach((offset, i) => {
      let amount = usual * Math.exp(spread * normal(random));
      if (options.lastThreeShare !== undefined && i >= days - 3) amount *= options.lastThreeShare;
      const parts = i === days - 1 ? (options.splitLastInto ?? 1) : 1;
      for (let part = 0; part < parts; part++) {
        purchases.push({
          row: ++row,
          customerKey: key,
          customerLabel: key,
          day: AS_OF_DAY - since - last + offset - (parts - 1 - part),
          amount: Math.round((amount / parts) * 100) / 100,
        });
      }
    });
  }
  return purchases;
}

export interface Judged {
  summary: CustomerSummary;
  result: LifecycleResult;
}

/** Every customer of a log, summarised and staged as the analysis does. */
export function judgeAll(
  purchases: readonly Purchase[],
  asOfDay = AS_OF_DAY,
  settings: Settings = DEFAULT_SETTINGS,
): { store: StoreRhythm; judged: Judged[] } {
  const { histories } = buildHistories(tableOfPurchases(purchases));
  const gaps = ownMedianGaps(histories);
  const store = storeRhythm(histories, asOfDay, settings, gaps);
  const judged = summarizeCustomers(histories, asOfDay, store, settings, gaps).map((summary) => {
    return { summary, result: lifecycleStage(summary, store, settings) };
  });
  return { store, judged };
}
