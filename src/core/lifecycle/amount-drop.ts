import type { Settings } from '../settings';
import { meanOf, median } from '../stats';

/**
 * A sustained fall in what a regular spends per purchase day, judged against their own history
 * (SPEC §1: "flags a regular customer whose purchase amount changes markedly"). Present only when
 * every test below passes, so ordinary basket noise never moves a customer:
 *
 * 1. enough history: at least `amountTrendMinPurchaseDays` purchase days, of which at least three
 *    come before the recent ones, so the customer's own spread can be measured;
 * 2. sustained: every one of the last `recentPurchaseDays` amounts is below the usual amount (the
 *    median of the earlier ones) — one small basket among normal ones is not a trend;
 * 3. large: the recent average is below `amountDropRatio` × the usual amount;
 * 4. beyond the customer's own noise: on a log scale (basket sizes vary by factors, not by fixed
 *    sums) the recent mean lies more than `amountDropNoiseZ` standard errors below the earlier
 *    median, the standard error taken from the spread of the earlier amounts. A customer whose
 *    baskets always swing from 40 to 400 needs a deeper, longer fall than one who always spends 200.
 *
 * Each number the reason states (recent average, usual amount, the earlier range, the drop) is the
 * one the decision used.
 */
export interface AmountDrop {
  /** How many of the latest purchase days were compared. */
  recentPurchaseDays: number;
  /** Mean amount of those purchase days. */
  recentMean: number;
  /** Median amount of the purchase days before them. */
  usualAmount: number;
  /** Smallest and largest of the earlier amounts: the customer's ordinary range. */
  earlierLow: number;
  earlierHigh: number;
  /** How many earlier purchase days the usual amount comes from. */
  earlierPurchaseDays: number;
  /** 1 − recentMean / usualAmount. */
  dropShare: number;
}

/** The least number of earlier purchase days whose spread means anything. */
const MIN_EARLIER_DAYS = 3;
/**
 * A floor on the log-scale spread: a customer who always spent exactly the same would otherwise
 * make any small change look significant; the ratio test (3.) still decides those.
 */
const MIN_LOG_SPREAD = 0.05;

/** The drop in `dayAmounts[from..to)`, a customer's purchase-day amounts in day order, if any. */
export function amountDrop(
  dayAmounts: ArrayLike<number>,
  settings: Settings,
  from = 0,
  to = dayAmounts.length,
): AmountDrop | undefined {
  const k = settings.recentPurchaseDays;
  const n = to - from;
  const earlierCount = n - k;
  if (n < settings.amountTrendMinPurchaseDays || earlierCount < MIN_EARLIER_DAYS) return undefined;
  const recentFrom = from + earlierCount;
  // Test 3 first against the largest earlier amount, which the usual one (their median) never
  // exceeds: most regulars fail it here, before any list is copied and sorted.
  let earlierHigh = dayAmounts[from]!;
  for (let i = from + 1; i < recentFrom; i++) if (dayAmounts[i]! > earlierHigh) earlierHigh = dayAmounts[i]!;
  const recentMean = meanOf(dayAmounts, recentFrom, to);
  if (!(recentMean < settings.amountDropRatio * earlierHigh)) return undefined;
  const earlier = new Float64Array(earlierCount);
  for (let i = 0; i < earlierCount; i++) earlier[i] = dayAmounts[from + i]!;
  const usualAmount = median(earlier);
  if (!(usualAmount > 0)) return undefined;
  for (let i = recentFrom; i < to; i++) if (!(dayAmounts[i]! < usualAmount)) return undefined;
  const ratio = recentMean / usualAmount;
  if (!(ratio < settings.amountDropRatio)) return undefined;

  // Zero-amount days (samples, free refills) are kept on the log scale at 1% of the usual amount.
  const floor = usualAmount / 100;
  const logOf = (v: number) => Math.log(Math.max(v, floor));
  const earlierLogs = earlier.map(logOf);
  const logMedian = Math.log(usualAmount);
  const logMean = meanOf(earlierLogs);
  let squares = 0;
  for (const l of earlierLogs) squares += (l - logMean) ** 2;
  const spread = Math.max(MIN_LOG_SPREAD, Math.sqrt(squares / (earlierCount - 1)));
  let recentLogSum = 0;
  for (let i = recentFrom; i < to; i++) recentLogSum += logOf(dayAmounts[i]!);
  const fall = logMedian - recentLogSum / k;
  const standardError = spread * Math.sqrt(1 / k + 1 / earlierCount);
  if (!(fall > settings.amountDropNoiseZ * standardError)) return undefined;

  let earlierLow = earlier[0]!;
  for (const v of earlier) if (v < earlierLow) earlierLow = v;
  return {
    recentPurchaseDays: k,
    recentMean,
    usualAmount,
    earlierLow,
    earlierHigh,
    earlierPurchaseDays: earlierCount,
    dropShare: 1 - ratio,
  };
}
