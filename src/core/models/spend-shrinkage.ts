/**
 * The spend per purchase day of a customer on a sheet too small (or too odd) for the Gamma-Gamma
 * fit: their own mean, pulled toward the shop's typical basket by as much as this shop's own
 * amounts say it should be (empirical Bayes on the log of customers' mean baskets, the normal–normal
 * model of Efron & Morris 1975).
 *
 * Why not a fixed pull: a one-time buyer's single basket was weighed as one purchase day against one
 * at the shop's mean, so a $42 customer in a $134 shop was expected to spend $88 a visit (issue 12:
 * a Lapsed one-time buyer then predicted more for next year than all they ever spent). How far to
 * pull depends on two spreads the sheet shows: how much one customer's baskets vary from visit to
 * visit (within) and how much customers' usual baskets differ from one another (between). Where
 * customers differ a lot and each is steady, one basket says much about the next; where every
 * customer's baskets are noise around one shop-wide level, it says little.
 *
 * The model: θ = ln(a customer's true mean basket) ~ Normal(centre, between) over customers; the
 * log of a customer's observed mean over n purchase days is θ plus noise of variance
 * (e^within − 1) / n (the delta method for the mean of n amounts whose log varies by `within`).
 * Then the posterior of θ is Normal(Z·y + (1 − Z)·centre, Z·noise) with Z = between / (between +
 * noise), and the next basket expected is exp(posterior mean): the middle of the posterior, see
 * `shrunkSpend`.
 *
 * Estimates, by moments (small sheets have too little for anything finer):
 * - within: from customers with two or more repeat purchase days, all positive: the gap between
 *   the log of their mean and their mean log is about within/2 · (1 − 1/n) for n amounts, pooled;
 * - centre and between: the median of y = ln(mean spend) over customers with a positive mean
 *   spend, and the square of its spread (the median absolute deviation scaled to a standard
 *   deviation, so that a few one-off orders do not set it), less the average noise (never below 0);
 * - a one-time buyer's one basket is a first basket, and first baskets are often not like the later
 *   ones (a ¥99 trial lesson before ¥200 lessons, a first-visit discount): from the repeat customers,
 *   d = ln(first basket) − ln(mean of their later ones); when the median d is clearly not 0 (beyond
 *   three of its standard errors, from the median absolute deviation), it is the shift a first basket
 *   stands from the customer's own level, and a one-time buyer's y is ln(first) − shift, with the
 *   spread of d as its noise. Otherwise no shift (a first basket is taken as any other);
 * - with too few customers to estimate one (see MIN_*), TYPICAL's retail value in its place,
 *   from the Gamma-Gamma fit on CDNOW (Fader, Hardie & Lee 2005: p 6.25, q 3.74): a basket's
 *   coefficient of variation² 1/p = 0.16 within, and 1/(q − 2) = 0.57 between customers.
 */

import { meanOf, median } from '../stats';

/** What a customer's expected spend is worked out from. */
interface SpendEvidence {
  /** Repeat purchase days (purchase days − 1). */
  readonly x: number;
  /** Mean amount over all x + 1 purchase days. */
  readonly meanSpend: number;
  /** Mean amount of the repeat purchase days. */
  readonly meanRepeatSpend: number;
  /** Σ ln(amount) over the repeat purchase days when all are positive. */
  readonly logRepeatSpendSum?: number;
}

/** The fitted spreads (natural logs): all the model needs, so it can be saved and rebuilt. */
export interface SpendShrinkage {
  /** Median over customers of ln(mean spend per purchase day). */
  readonly centre: number;
  /** Variance of ln(true mean basket) between customers. */
  readonly between: number;
  /** Variance of ln(amount) around a customer's own level, from visit to visit. */
  readonly within: number;
  /** ln(first basket) − ln(the customer's level), when first baskets clearly differ here; else 0. */
  readonly firstShift: number;
  /** The noise of a one-time buyer's ln(first basket) − firstShift about their level. */
  readonly firstNoise: number;
}

/** See the header: ln(1 + CV²) with CDNOW's CV² of 1/p within and 1/(q − 2) between customers. */
const TYPICAL = { within: Math.log(1 + 1 / 6.25), between: Math.log(1 + 1 / (3.74 - 2)) } as const;
/** Fewest customers with two or more positive repeat amounts to learn `within` from. */
const MIN_WITHIN_CUSTOMERS = 3;
/** Fewest customers with a positive mean spend to learn `between` from. */
const MIN_BETWEEN_CUSTOMERS = 10;
/** Fewest repeat customers (first and later baskets positive) to learn a first basket's shift from. */
const MIN_FIRST_CUSTOMERS = 5;
/** Standard errors the median shift must be from 0 to be taken as a shift, not noise. */
const SHIFT_STANDARD_ERRORS = 3;

/** The spreads of `customers` (see the header); the centre is 0 when nobody spent anything. */
export function fitSpendShrinkage(customers: readonly SpendEvidence[]): SpendShrinkage {
  let gapSum = 0;
  let gapWeight = 0;
  let withinCustomers = 0;
  for (let i = 0; i < customers.length; i++) {
    const { x, meanRepeatSpend, logRepeatSpendSum } = customers[i]!;
    if (x < 2 || !(meanRepeatSpend > 0) || logRepeatSpendSum === undefined) continue;
    if (!Number.isFinite(logRepeatSpendSum)) continue;
    // ≥ 0 by Jensen's inequality; a rounding hair below is 0.
    gapSum += Math.max(0, Math.log(meanRepeatSpend) - logRepeatSpendSum / x);
    gapWeight += (1 - 1 / x) / 2;
    withinCustomers++;
  }
  const within = withinCustomers >= MIN_WITHIN_CUSTOMERS ? gapSum / gapWeight : TYPICAL.within;

  const first = firstBasketShift(customers, within);

  const logs: number[] = [];
  let noiseSum = 0;
  for (let i = 0; i < customers.length; i++) {
    const { x, meanSpend } = customers[i]!;
    if (!isLoggable(meanSpend)) continue;
    logs.push(Math.log(meanSpend) - (x === 0 ? first.firstShift : 0));
    noiseSum += x === 0 ? first.firstNoise : noiseOf(within, x + 1);
  }
  if (logs.length === 0) return { centre: 0, between: TYPICAL.between, within, ...first };
  const centre = median(logs);
  if (logs.length < MIN_BETWEEN_CUSTOMERS) return { centre, between: TYPICAL.between, within, ...first };
  // Robust: a wedding order or a term package among a florist's or a tutor's usual baskets would
  // otherwise set the spread that decides how far it is itself pulled (a trial: $2,400 in a shop of
  // $30–80 baskets was pulled by 1%). The median absolute deviation, scaled to a standard deviation.
  let spread = robustSpread(logs, centre);
  // More than half the customers on one price (lessons, haircuts) make the MAD 0, which says nothing
  // of the others: it pulled a ¥2,000-a-visit regular of 20 visits to ¥200 (a review). The standard
  // deviation then.
  if (spread === 0) {
    const mean = meanOf(logs);
    spread = Math.sqrt(logs.reduce((sum, y) => sum + (y - mean) ** 2, 0) / (logs.length - 1));
  }
  return { centre, between: Math.max(0, spread * spread - noiseSum / logs.length), within, ...first };
}

/** How a first basket stands from the customer's later ones here, if clearly (see the header). */
function firstBasketShift(
  customers: readonly SpendEvidence[],
  within: number,
): Pick<SpendShrinkage, 'firstShift' | 'firstNoise'> {
  const none = { firstShift: 0, firstNoise: noiseOf(within, 1) };
  const gaps: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    const { x, meanSpend, meanRepeatSpend } = customers[i]!;
    if (x < 1) continue;
    const firstBasket = (x + 1) * meanSpend - x * meanRepeatSpend;
    if (isLoggable(firstBasket) && isLoggable(meanRepeatSpend)) {
      gaps.push(Math.log(firstBasket) - Math.log(meanRepeatSpend));
    }
  }
  if (gaps.length < MIN_FIRST_CUSTOMERS) return none;
  const shift = median(gaps);
  const spread = robustSpread(gaps, shift);
  // The median's standard error is about 1.25 σ/√n for a normal spread.
  const standardError = (1.2533 * spread) / Math.sqrt(gaps.length);
  if (!(Math.abs(shift) > SHIFT_STANDARD_ERRORS * standardError)) return none;
  return { firstShift: shift, firstNoise: Math.max(none.firstNoise, spread * spread) };
}

/** A normal distribution's standard deviation over its median absolute deviation. */
const MAD_TO_SD = 1.4826;

/** The median absolute deviation of `values` from `centre`, scaled to a standard deviation. */
function robustSpread(values: readonly number[], centre: number): number {
  return MAD_TO_SD * median(values.map((v) => Math.abs(v - centre)));
}

/** A positive, finite amount whose logarithm is an ordinary number (not a denormal's -744). */
function isLoggable(amount: number): boolean {
  return amount >= Number.MIN_VALUE * 2 ** 60 && Number.isFinite(amount);
}

/**
 * The customer's next purchase day's spend as the posterior's middle, exp(posterior mean of θ), ≥ 0:
 * a lone customer is expected to spend what they did (the posterior mean of e^θ would add half the
 * posterior variance and promise more than anyone on the sheet ever spent on a visit).
 */
export function shrunkSpend(fit: SpendShrinkage, x: number, meanSpend: number): number {
  const noise = x === 0 ? fit.firstNoise : noiseOf(fit.within, x + 1);
  const total = fit.between + noise;
  // Both spreads 0: no difference between customers and no noise; the customer's own level stands.
  const weight = total > 0 ? fit.between / total : 1;
  // Nothing kept (all returned, or free) has no log; it is the limit of the rule below as the own
  // mean falls to 0, so a customer who kept less is never expected to spend more.
  if (!isLoggable(meanSpend)) return 0;
  const own = x === 0 ? shiftedFirst(fit, Math.log(meanSpend)) : Math.log(meanSpend);
  return Math.exp(weight * own + (1 - weight) * fit.centre);
}

/**
 * A one-time buyer's ln(first basket) less the first-basket shift, moved toward the shop's centre
 * only, never past it nor away from it: the shift is learnt from how first baskets here sit below
 * (a trial lesson) or above the usual level, and a ¥500 first basket in a shop of ¥99 trials and
 * ¥200 lessons was otherwise doubled to ¥1,010, more than anyone ever paid for a visit (a review).
 */
function shiftedFirst(fit: SpendShrinkage, first: number): number {
  const shifted = first - fit.firstShift;
  if (first <= fit.centre) return Math.min(Math.max(shifted, first), fit.centre);
  return Math.max(Math.min(shifted, first), fit.centre);
}

/** The variance of ln(mean of n amounts) around ln(the customer's true mean). */
function noiseOf(within: number, n: number): number {
  return Math.expm1(within) / n;
}
