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
 *    baskets always swing from 40 to 400 needs a deeper, longer fall than one who always spends 200;
 * 5. less spent over time, not only per purchase: what the recent purchases came to over the days
 *    they cover (from the purchase before them to the last) is below `amountDropRatio` × what the
 *    customer's earlier pace (their repeat purchases' spend over the days from their first purchase to
 *    the last earlier one) gives over as many days. Trial 29: a regular of 60 a month who bought 20 on
 *    each of three days in a row was "Spending less: the last 3 purchases averaged 20.00, 67% below
 *    their usual 60.00", having spent their usual 60 that month; one purchase split in three is smaller
 *    baskets, not less spending. Each purchase is counted against the gap before it (what it restocks),
 *    so the first purchase, with no gap before it, is left out of the earlier pace.
 *
 * Each number the reason states (recent average, usual amount, the earlier range, the drop) is the
 * one the decision used.
 */
export interface AmountDrop {
  /** How many of the latest purchases were compared (purchase days, or days close together as one: `mergeDays`). */
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
  /** What the recent purchases came to, and the days they cover: from the purchase before them to the last. */
  recentSpend: number;
  recentStretchDays: number;
  /** What the earlier pace (spend per day of their earlier repeat purchases) gives over `recentStretchDays`. */
  paceSpend: number;
  /** The purchase days the recent purchases were made on: more than them when some were one purchase. */
  recentDays: number;
  /** Purchase days closer than this were one purchase (half their usual gap); 0 when none were. */
  mergeDays: number;
}

/** The least number of earlier purchase days whose spread means anything. */
const MIN_EARLIER_DAYS = 3;
/**
 * A floor on the log-scale spread: a customer who always spent exactly the same would otherwise
 * make any small change look significant; the ratio test (3.) still decides those.
 */
const MIN_LOG_SPREAD = 0.05;

/**
 * The drop in `dayAmounts[from..to)`, a customer's purchase-day amounts in day order (their days
 * `days[from..to)`, ascending), if any. Purchase days closer together than half the customer's own
 * usual gap (`ownGapDays`, their median gap) are one purchase here: a regular of 60 a month who bought
 * 20 on three days in a row made one purchase of 60 (trial 29), and three small baskets that are one
 * purchase are no trend. Only a customer with such days has their amounts copied.
 */
export function amountDrop(
  dayAmounts: ArrayLike<number>,
  days: ArrayLike<number>,
  ownGapDays: number | undefined,
  settings: Settings,
  from = 0,
  to = dayAmounts.length,
): AmountDrop | undefined {
  if (to - from < settings.amountTrendMinPurchaseDays || ownGapDays === undefined) return undefined;
  const mergeDays = ownGapDays / 2;
  let merges = false;
  for (let i = from + 1; i < to && !merges; i++) merges = days[i]! - days[i - 1]! < mergeDays;
  if (!merges) return dropOf(dayAmounts, days, settings, from, to, 0);
  const amounts = new Float64Array(to - from);
  const ends = new Int32Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    if (n > 0 && days[i]! - days[i - 1]! < mergeDays) amounts[n - 1]! += dayAmounts[i]!;
    else amounts[n++] = dayAmounts[i]!;
    ends[n - 1] = days[i]!;
  }
  const drop = dropOf(amounts, ends, settings, 0, n, mergeDays);
  if (drop === undefined) return undefined;
  // The purchase days the recent purchases were made on: those after the last earlier one.
  const lastEarlierDay = ends[n - drop.recentPurchaseDays - 1]!;
  let recentDays = 0;
  for (let i = from; i < to; i++) if (days[i]! > lastEarlierDay) recentDays++;
  drop.recentDays = recentDays;
  return drop;
}

/**
 * Tests 1–5 on the purchases `amounts[from..to)`, made on (or ending on) `days[from..to)`;
 * `mergeDays` as the returned drop states it (0 when every purchase is one purchase day).
 */
function dropOf(
  dayAmounts: ArrayLike<number>,
  days: ArrayLike<number>,
  settings: Settings,
  from: number,
  to: number,
  mergeDays: number,
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

  // 5. Over time: the days from the first purchase to the last earlier one are at least two (three
  // distinct earlier days), and the recent ones cover at least one.
  const lastEarlierDay = days[recentFrom - 1]!;
  let earlierRepeatSpend = 0;
  for (let i = from + 1; i < recentFrom; i++) earlierRepeatSpend += dayAmounts[i]!;
  const recentStretchDays = days[to - 1]! - lastEarlierDay;
  const paceSpend = (earlierRepeatSpend / (lastEarlierDay - days[from]!)) * recentStretchDays;
  let recentSpend = 0;
  for (let i = recentFrom; i < to; i++) recentSpend += dayAmounts[i]!;
  if (!(recentSpend < settings.amountDropRatio * paceSpend)) return undefined;

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
    recentSpend,
    recentStretchDays,
    paceSpend,
    recentDays: k,
    mergeDays,
  };
}
