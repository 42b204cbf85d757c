/**
 * The customer model: how Regulars predicts repeat purchases and spend.
 *
 * Purchases — BG/NBD (Fader, Hardie & Lee 2005, Marketing Science 24(2)), fitted by maximum
 * likelihood on the sheet itself, time in days. Spend per purchase day — Gamma-Gamma (Fader, Hardie
 * & Lee 2005, JMR 42(4); Fader & Hardie 2013, note 025), fitted by maximum likelihood on the
 * customers with repeat purchases. On the CDNOW sample both reproduce the published parameters.
 * Predicted value over d days = expected purchase days in d days × expected spend per purchase day.
 * Repeat probability over d days = P(alive) × (1 − ((alpha+T)/(alpha+T+d))^(r+x)), the chance of at
 * least one purchase in the next d days (also meaningful for one-time buyers, whose P(alive) is 1).
 *
 * Fallbacks. A small or degenerate sheet cannot support a maximum-likelihood fit: with one customer,
 * only one-time buyers, every date identical, or a handful of repeat customers the likelihood is
 * flat or runs off to a boundary. Then, and also when a fit does not converge or lands on
 * implausible parameters, the model uses a documented fallback and says so in `method` and
 * `fallbackReason` ('too-few-customers', 'too-few-repeat-customers', 'fit-did-not-converge' — which
 * includes a fit stopped while running off to a boundary — or 'implausible-parameters'). Fallback
 * numbers are finite and keep the model's orderings: probabilities in [0, 1], expected purchases
 * >= 0 and increasing with the horizon, a customer who bought more recently never below an
 * otherwise identical one who bought earlier, and of two customers who just bought, the one with
 * more purchase days expects more. Nothing here throws for a small or degenerate sheet (even an
 * empty one); only an invalid summary (fractional x, tx > T, a non-finite number) is an error.
 *
 * - When the BG/NBD fit stops with a and b both beyond 1e3 — the likelihood is maximised where the
 *   Beta dropout distribution narrows to one probability p = a/(a+b), as for a shop whose regulars
 *   hardly differ in how likely they are to leave — that limit is fitted by maximum likelihood
 *   instead ('bg-nbd-common-dropout', r, alpha, p: bg-nbd-common-dropout.ts); not a fallback.
 * - When the BG/NBD fit runs off to a → 0 (or a/(a+b) → 0 as b → ∞) — hardly anyone ever leaves, as
 *   for yearly donors — the "nobody leaves" limit (the NBD, or its Poisson limit when rates do not
 *   vary either) is fitted by maximum likelihood instead ('bg-nbd-no-dropout': bg-nbd-no-dropout.ts);
 *   not a fallback either.
 * - Asked for 'mbg-nbd' (mbg-nbd.ts: a one-time buyer can have left), the purchases use the MBG/NBD,
 *   fitted with its weakly informative prior on r, a, b — which carries a small sheet, so it needs
 *   only 8 customers, 3 of them repeat customers — and 'pooled-rate' otherwise (too few, or a fit
 *   that does not converge or is implausible by the BG/NBD's bounds): then the MBG/NBD's formulas
 *   at the prior's shapes r 0.5, a 0.9, b 1.6 with alpha = 0.5 / the pooled rate below, so a
 *   one-time buyer can still have left.
 * - Asked for 'mbg-cnbd-k' (mbg-cnbd-k.ts: regular purchase timing, so a regular who is several
 *   gaps late has almost surely left), the purchases use the MBG/CNBD-k with k chosen by likelihood
 *   and the MBG/NBD's prior, under the same minimums, checks and fallback as 'mbg-nbd'. It needs
 *   each customer's logGapSum; when one is missing k cannot be compared and k = 1 (the MBG/NBD) is fitted.
 * - Purchases use 'bg-nbd' when there are at least 20 customers and at least 5 repeat customers
 *   (x > 0), and the fit converged with plausible parameters (r, a, b in [1e−4, 1e5], alpha in
 *   [1e−4, 1e8] days, mean rate r/alpha at most one purchase day per day). Otherwise 'pooled-rate':
 *   the same BG/NBD formulas with fixed shapes and one pooled rate —
 *     r = 0.25, a = 0.8, b = 2.4 (rounded from the CDNOW fit: customers' rates vary a lot, and a
 *       customer leaves after a repeat purchase with probability a/(a+b) = 1/4 on average),
 *     alpha = r / rate, rate = (Σx + 1) / (ΣT + 90) repeat purchase days per day: the store's pooled
 *       repeat rate with a weak prior of one repeat purchase per 90 days (worth 90 customer-days).
 *   Each customer's own x, tx and T then update these as in the BG/NBD. With no time span at all
 *   (every T = 0) the rate is the prior 1/90 per day. The pooled rate ignores dropout, so it
 *   understates the rate of customers still active: the fallback is deliberately cautious.
 * - Spend uses 'gamma-gamma' when at least 10 customers have x > 0 and a positive mean repeat
 *   spend, and the fit converged with q > 1, p and q in [1e−4, 1e5] and a population mean spend
 *   p·gamma/(q−1) no more than 10 × the largest customer mean. The fit and a repeat customer's
 *   expected spend use the repeat purchase days only (zbar, as FHL do: a first purchase often differs);
 *   a one-time buyer's one purchase day, their only evidence, counts as one observed amount —
 *   (gamma + meanSpend)·p/(p + q − 1), between it and the population mean — rather than the
 *   population mean alone, which told a one-time buyer of a small basket she would spend several
 *   times what she ever did. A repeat customer whose mean repeat spend is <= 0 (returns) counts as
 *   zbar = 0. With any purchase model but the BG/NBD, the fit also reads each repeat customer's own
 *   spread of amounts (logRepeatSpendSum: the likelihood of the amounts themselves, gamma-gamma.ts),
 *   from which p — how much one customer's baskets vary — is learnt far better than from their
 *   means alone; a one-time buyer's single basket is then pulled toward the store mean only as much
 *   as baskets really vary. With the BG/NBD the spend model is FHL's as published (means only), so
 *   CDNOW's published figures are reproduced when it is chosen. Otherwise
 *   'shrunk-mean': a customer's mean spend over all (x + 1) purchase days, pulled toward the shop's
 *   typical basket by as much as this sheet's own spreads say (spend-shrinkage.ts: how much one
 *   customer's baskets vary against how much customers differ; retail's typical spreads where the
 *   sheet is too small to show them), never below 0. The store's mean spend per purchase day
 *   m = Σ(x+1)·meanSpend / Σ(x+1) (0 if not positive) is kept for the model's description.
 */

import { type CustomerList, customerArray, customerList } from '../customers/customer-list';
import {
  type BgNbdParams,
  expectedPurchasesPredictor,
  fitBgNbd,
  probabilityAlive,
  repeatProbability,
} from './bg-nbd.ts';
import {
  type CommonDropoutParams,
  expectedPurchasesCommon,
  fitCommonDropout,
  probabilityAliveCommon,
  repeatProbabilityCommon,
} from './bg-nbd-common-dropout';
import {
  expectedPurchasesNoDropout,
  fitNoDropout,
  type NoDropoutParams,
  repeatProbabilityNoDropout,
} from './bg-nbd-no-dropout';
import { expectedSpendGiven, fitSpendColumns, type GammaGammaParams } from './gamma-gamma.ts';
import { groupHistories, type HistoryGroups } from './history-groups';
import { lastHistoryMemo } from './last-history-memo';
import { fitMbgCnbdK, type MbgCnbdKParams, mbgCnbdKPredictor, probabilityAliveMbgCnbdK } from './mbg-cnbd-k';
import {
  expectedPurchasesMbgPredictor,
  fitMbgNbd,
  MBG_PRIOR,
  type MbgNbdParams,
  probabilityAliveMbg,
} from './mbg-nbd';
import { assertSpendInputs, type ModelInputs, modelInputsOf } from './model-inputs';
import { purchaseIfAlive, type RepeatHistory } from './repeat-history';
import { fitSpendShrinkage, type SpendShrinkage, shrunkSpend } from './spend-shrinkage';

export type PurchaseMethod =
  | 'bg-nbd'
  | 'bg-nbd-common-dropout'
  | 'bg-nbd-no-dropout'
  | 'mbg-nbd'
  | 'mbg-cnbd-k'
  | 'pooled-rate';
/** The purchase models an owner can choose (`auto` picks one of these by the hold-out check). */
export const PURCHASE_MODELS = ['bg-nbd', 'mbg-nbd', 'mbg-cnbd-k'] as const;
export type PurchaseModelName = (typeof PURCHASE_MODELS)[number];
export type SpendMethod = 'gamma-gamma' | 'shrunk-mean';

/** Why a fallback was used (a code, so each layer can word it in its own language). */
export type FallbackReason =
  | 'too-few-customers'
  | 'too-few-repeat-customers'
  | 'fit-did-not-converge'
  | 'implausible-parameters';

/** One customer, time in days: see RepeatHistory; spends are means per purchase day. */
export interface CustomerSummary {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** Mean amount of the repeat purchase days (zbar); ignored when x = 0. */
  readonly meanRepeatSpend: number;
  /** Mean amount over all x + 1 purchase days. */
  readonly meanSpend: number;
  /** Σ ln(gap in days) over the x gaps, for the MBG/CNBD-k's choice of k (mbg-cnbd-k.ts). */
  readonly logGapSum?: number;
  /** Σ ln(amount) over the x repeat purchase days when all are positive: their spread (gamma-gamma.ts). */
  readonly logRepeatSpendSum?: number;
}

type SpendSummary = Pick<CustomerSummary, 'x' | 'meanRepeatSpend' | 'meanSpend'>;

export interface CustomerModelOptions {
  /** Fewest customers for a BG/NBD fit; default 20. */
  readonly minCustomers?: number;
  /** Fewest repeat customers (x > 0) for a BG/NBD fit; default 5. */
  readonly minRepeatCustomers?: number;
  /** Fewest customers with x > 0 and a positive mean repeat spend for a Gamma-Gamma fit; default 10. */
  readonly minRepeatSpenders?: number;
  /** Which purchase model to fit; default 'bg-nbd'. */
  readonly purchaseModel?: PurchaseModelName;
}

export interface CustomerModel {
  readonly method: { readonly purchases: PurchaseMethod; readonly spend: SpendMethod };
  /** Set exactly when the corresponding method is a fallback. */
  readonly fallbackReason: {
    readonly purchases: FallbackReason | undefined;
    readonly spend: FallbackReason | undefined;
  };
  /** Maximum-likelihood BG/NBD parameters (alpha in days), when method.purchases is 'bg-nbd'. */
  readonly bgNbd: BgNbdParams | undefined;
  /**
   * Maximum-likelihood parameters of the BG/NBD with one dropout probability for everyone
   * (bg-nbd-common-dropout.ts), when method.purchases is 'bg-nbd-common-dropout'.
   */
  readonly commonDropout: CommonDropoutParams | undefined;
  /** The no-dropout limit's r, alpha (bg-nbd-no-dropout.ts), when method.purchases is 'bg-nbd-no-dropout'. */
  readonly noDropout: NoDropoutParams | undefined;
  /** MBG/NBD parameters (alpha in days), when method.purchases is 'mbg-nbd'. */
  readonly mbgNbd: MbgNbdParams | undefined;
  /** MBG/CNBD-k parameters (alpha in days), when method.purchases is 'mbg-cnbd-k'. */
  readonly mbgCnbdK: MbgCnbdKParams | undefined;
  /** The purchase model asked for. */
  readonly purchaseModel: PurchaseModelName;
  /** ln L of the purchase model's fit with time in days, for either maximum-likelihood method. */
  readonly bgNbdLogLikelihood: number | undefined;
  /**
   * The BG/NBD parameters: the fit, or the pooled-rate ones. With 'bg-nbd-common-dropout' the full
   * fit where it stopped (a and b running off together); predictions then use `commonDropout`.
   */
  readonly purchaseParams: BgNbdParams;
  /** Maximum-likelihood Gamma-Gamma parameters, when method.spend is 'gamma-gamma'. */
  readonly gammaGamma: GammaGammaParams | undefined;
  readonly gammaGammaLogLikelihood: number | undefined;
  /** The store's mean spend per purchase day (Σ spend / Σ purchase days), at least 0. */
  readonly storeMeanSpend: number;
  readonly customers: number;
  readonly repeatCustomers: number;
  /** The fit's decisions, from which the model can be rebuilt (customerModelOf). */
  readonly fit: CustomerModelFit;
  /** P(alive | x, tx, T); 1 for one-time buyers under the BG/NBD, below 1 under the MBG/NBD. */
  probabilityAlive(h: RepeatHistory): number;
  /** P(at least one purchase in the next horizonDays days), in [0, 1]. */
  repeatProbability(h: RepeatHistory, horizonDays: number): number;
  /** Expected purchase days in the next horizonDays days, >= 0. */
  expectedPurchases(h: RepeatHistory, horizonDays: number): number;
  /** Expected spend per future purchase day, >= 0. */
  expectedSpend(customer: SpendSummary): number;
  /** expectedPurchases × expectedSpend over the next horizonDays days. */
  predictedValue(customer: CustomerSummary, horizonDays: number): number;
}

/** Pooled-rate shapes (rounded from the CDNOW fit) and prior, see the header. */
export const POOLED_RATE = { r: 0.25, a: 0.8, b: 2.4, priorRepeatPurchases: 1, priorDays: 90 } as const;

const DEFAULTS = {
  minCustomers: 20,
  minRepeatCustomers: 5,
  minRepeatSpenders: 10,
  purchaseModel: 'bg-nbd',
} as const satisfies ModelSettings;

type ModelSettings = Required<CustomerModelOptions>;

/**
 * Runs a fit; a fit that throws despite valid input (it should not) counts as not converged, so the
 * sheet still gets the fallback rather than an error.
 */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

function inRange(v: number, low: number, high: number): boolean {
  return v >= low && v <= high;
}

/** The plausibility test a BG/NBD fit must pass to be used (see the header). */
export function isPlausibleBgNbd(p: BgNbdParams): boolean {
  return (
    inRange(p.r, 1e-4, 1e5) &&
    inRange(p.a, 1e-4, 1e5) &&
    inRange(p.b, 1e-4, 1e5) &&
    inRange(p.alpha, 1e-4, 1e8) &&
    p.r / p.alpha <= 1
  );
}

/** The plausibility test a Gamma-Gamma fit must pass, given the largest customer mean repeat spend. */
export function isPlausibleGammaGamma(p: GammaGammaParams, largestMean: number): boolean {
  if (!(p.q > 1 && inRange(p.p, 1e-4, 1e5) && inRange(p.q, 1e-4, 1e5) && p.gamma > 0)) return false;
  const populationMean = (p.p * p.gamma) / (p.q - 1);
  return Number.isFinite(populationMean) && populationMean <= 10 * largestMean;
}

/** The pooled-rate parameters for these customers (see the header). */
function pooledRateParams({ sumX, sumT }: HistoryGroups): BgNbdParams {
  const rate = (sumX + POOLED_RATE.priorRepeatPurchases) / (sumT + POOLED_RATE.priorDays);
  return { r: POOLED_RATE.r, alpha: POOLED_RATE.r / rate, a: POOLED_RATE.a, b: POOLED_RATE.b };
}

/** A fitted purchase model: the method used and its parameters (fitting → params → predictor). */
export interface PurchaseFit {
  readonly method: PurchaseMethod;
  readonly reason: FallbackReason | undefined;
  readonly params: BgNbdParams;
  readonly commonDropout?: CommonDropoutParams;
  readonly noDropout?: NoDropoutParams;
  readonly mbgNbd?: MbgNbdParams;
  readonly mbgCnbdK?: MbgCnbdKParams;
  readonly logLikelihood: number | undefined;
}

/** Fewest customers and repeat customers for an MBG/NBD fit (with its prior); see the header. */
const MBG_MIN = { customers: 8, repeatCustomers: 3 } as const;

/** a (or the mean dropout a/(a+b)) below this: the fit is running off to "nobody leaves". */
const NO_DROPOUT_EDGE = 1e-4;

function chooseMbgNbd(groups: HistoryGroups, fallback: (reason: FallbackReason) => PurchaseFit): PurchaseFit {
  const fit = attempt(() => fitMbgNbd(groups));
  if (fit === undefined || !fit.converged) return fallback('fit-did-not-converge');
  if (!isPlausibleBgNbd(fit.params) || !Number.isFinite(fit.logLikelihood))
    return fallback('implausible-parameters');
  return {
    method: 'mbg-nbd',
    reason: undefined,
    params: fit.params,
    mbgNbd: fit.params,
    logLikelihood: fit.logLikelihood,
  };
}

function chooseMbgCnbdK(
  input: CustomerList<CustomerSummary>,
  fallback: (reason: FallbackReason) => PurchaseFit,
  fixedK: number | undefined,
): PurchaseFit {
  let known = true;
  const histories = new Array<RepeatHistory & { logGapSum: number }>(input.length);
  for (let i = 0; i < input.length; i++) {
    const c = input.customer(i);
    const x = c.x;
    const logGapSum = c.logGapSum;
    if (x !== 0 && logGapSum === undefined) known = false;
    histories[i] = { x, tx: c.tx, T: c.T, logGapSum: logGapSum ?? 0 };
  }
  const fit = attempt(() =>
    fitMbgCnbdK(histories, known ? (fixedK === undefined ? {} : { k: fixedK }) : { k: 1 }),
  );
  if (fit === undefined || !fit.converged) return fallback('fit-did-not-converge');
  const { k, ...shapes } = fit.params;
  // Judged on the purchase-rate scale: a purchase rate λ/k ~ Gamma(r, k·alpha).
  if (!isPlausibleBgNbd({ ...shapes, alpha: shapes.alpha * k }) || !Number.isFinite(fit.logLikelihood))
    return fallback('implausible-parameters');
  return {
    method: 'mbg-cnbd-k',
    reason: undefined,
    params: { ...shapes, alpha: shapes.alpha * k },
    mbgCnbdK: fit.params,
    logLikelihood: fit.logLikelihood,
  };
}

/** Dropout heterogeneity has vanished when a and b have both run this far (see the header). */
const COMMON_DROPOUT_AB = 1e3;

function isPlausibleCommonDropout(p: CommonDropoutParams): boolean {
  return inRange(p.r, 1e-4, 1e5) && inRange(p.alpha, 1e-4, 1e8) && p.r / p.alpha <= 1 && p.p > 0 && p.p < 1;
}

/**
 * Fits the purchase model asked for to grouped histories, or its fallback (see the header). The
 * hold-out check fits its candidates with this; {@link purchasePredictor} turns the result into
 * predictions. The MBG/CNBD-k also needs each customer's sum of log gaps: `input`, when it is asked for.
 */
export function fitPurchases(
  groups: HistoryGroups,
  options: Pick<CustomerModelOptions, 'minCustomers' | 'minRepeatCustomers' | 'purchaseModel'> & {
    /** The MBG/CNBD-k fits this k only (the hold-out check: one fit, not two or three). */
    readonly mbgCnbdK?: number;
  },
  input?: readonly CustomerSummary[] | CustomerList<CustomerSummary>,
): PurchaseFit {
  const settings: ModelSettings = { ...DEFAULTS, ...options };
  // Every model but the BG/NBD falls back to the MBG/NBD's prior shapes (a one-time buyer can leave).
  const mbg = settings.purchaseModel !== 'bg-nbd';
  const { customers, repeatCustomers } = groups;
  const fallback = (reason: FallbackReason): PurchaseFit => {
    if (!mbg)
      return { method: 'pooled-rate', reason, params: pooledRateParams(groups), logLikelihood: undefined };
    // The MBG/NBD's own formulas at the prior's shapes, so a one-time buyer can still have left.
    const pooled = pooledRateParams(groups);
    const rate = POOLED_RATE.r / pooled.alpha;
    const params = { r: MBG_PRIOR.r, alpha: MBG_PRIOR.r / rate, a: MBG_PRIOR.a, b: MBG_PRIOR.b };
    return { method: 'pooled-rate', reason, params, mbgNbd: params, logLikelihood: undefined };
  };
  // The MBG/NBD's prior carries a small sheet: it needs fewer customers than the BG/NBD's plain fit.
  const minCustomers = mbg ? Math.min(settings.minCustomers, MBG_MIN.customers) : settings.minCustomers;
  const minRepeat = mbg
    ? Math.min(settings.minRepeatCustomers, MBG_MIN.repeatCustomers)
    : settings.minRepeatCustomers;
  if (customers === 0 || customers < minCustomers) return fallback('too-few-customers');
  if (repeatCustomers === 0 || repeatCustomers < minRepeat) {
    return fallback('too-few-repeat-customers');
  }
  if (settings.purchaseModel === 'mbg-cnbd-k') {
    // Its likelihood needs each customer's log gaps, which the groups do not carry: never another model in its name.
    if (input === undefined)
      throw new RangeError('fitPurchases: the MBG/CNBD-k needs the customers (their log-gap sums)');
    return chooseMbgCnbdK(customerList(input), fallback, options.mbgCnbdK);
  }
  if (mbg) return chooseMbgNbd(groups, fallback);
  const fit = attempt(() => fitBgNbd(groups));
  if (fit !== undefined && (!fit.converged || !isPlausibleBgNbd(fit.params))) {
    // Maximised at the boundary where everyone shares one dropout probability: fit that limit.
    const { r, alpha, a, b } = fit.params;
    if (a > COMMON_DROPOUT_AB && b > COMMON_DROPOUT_AB) {
      const common = attempt(() => fitCommonDropout(groups, { r, alpha, p: a / (a + b) }));
      if (
        common?.converged &&
        isPlausibleCommonDropout(common.params) &&
        Number.isFinite(common.logLikelihood)
      ) {
        return {
          method: 'bg-nbd-common-dropout',
          reason: undefined,
          params: fit.params,
          commonDropout: common.params,
          logLikelihood: common.logLikelihood,
        };
      }
    }
    if (a < NO_DROPOUT_EDGE || a / (a + b) < NO_DROPOUT_EDGE) {
      // Maximised where nobody leaves: fit that limit.
      const limit = attempt(() => fitNoDropout(groups, { r, alpha }));
      if (limit?.converged && limit.params.rate <= 1 && Number.isFinite(limit.logLikelihood)) {
        return {
          method: 'bg-nbd-no-dropout',
          reason: undefined,
          params: fit.params,
          noDropout: limit.params,
          logLikelihood: limit.logLikelihood,
        };
      }
    }
  }
  if (fit === undefined || !fit.converged) return fallback('fit-did-not-converge');
  if (!isPlausibleBgNbd(fit.params) || !Number.isFinite(fit.logLikelihood))
    return fallback('implausible-parameters');
  return { method: 'bg-nbd', reason: undefined, params: fit.params, logLikelihood: fit.logLikelihood };
}

interface SpendChoice {
  readonly method: SpendMethod;
  readonly reason: FallbackReason | undefined;
  readonly params: GammaGammaParams | undefined;
  readonly logLikelihood: number | undefined;
  /** The spreads the 'shrunk-mean' spend uses (spend-shrinkage.ts); undefined with the Gamma-Gamma. */
  readonly shrinkage?: SpendShrinkage;
}

function chooseSpendModel(
  input: CustomerList<CustomerSummary>,
  inputs: ModelInputs,
  options: ModelSettings,
): SpendChoice {
  const fallback = (reason: FallbackReason): SpendChoice => ({
    method: 'shrunk-mean',
    reason,
    params: undefined,
    logLikelihood: undefined,
    shrinkage: fitSpendShrinkage(customerArray(input)),
  });
  // With the BG/NBD, FHL's model as published (zbar only), whose CDNOW figures it reproduces; with
  // the others, each customer's own spread of amounts counts too (gamma-gamma.ts, see the header).
  const ownSpread = options.purchaseModel !== 'bg-nbd';
  const { spenders, largestRepeatSpend } = inputs;
  const count = spenders.x.length;
  if (count === 0 || count < options.minRepeatSpenders) return fallback('too-few-repeat-customers');
  // Means only with the BG/NBD.
  const used = ownSpread ? spenders : { ...spenders, logAmountSum: new Float64Array(count).fill(Number.NaN) };
  const fit = attempt(() => fitSpendColumns(used));
  if (fit === undefined || !fit.converged) return fallback('fit-did-not-converge');
  if (!isPlausibleGammaGamma(fit.params, largestRepeatSpend)) return fallback('implausible-parameters');
  return { method: 'gamma-gamma', reason: undefined, params: fit.params, logLikelihood: fit.logLikelihood };
}

/**
 * Fits the customer model to one summary per customer (time in days). Chooses BG/NBD and
 * Gamma-Gamma maximum-likelihood fits or their fallbacks as described in the header; never throws
 * for a small or degenerate sheet (including no customers at all). Throws a RangeError naming the
 * customer and field for an invalid summary (negative or fractional x, tx > T, non-finite values).
 */
export function fitCustomerModel(
  customers: readonly CustomerSummary[] | CustomerList<CustomerSummary>,
  options: CustomerModelOptions = {},
): CustomerModel {
  const input = customerList(customers);
  // Each summary read once, into the columns every part of the fit reads.
  const inputs = modelInputsOf(input);
  const groups = groupHistories(inputs, 'customers');
  assertSpendInputs(inputs, input);
  const settings: ModelSettings = { ...DEFAULTS, ...options };
  const repeatCustomers = groups.repeatCustomers;

  return customerModelOf({
    purchaseModel: settings.purchaseModel,
    purchases: fitPurchases(groups, settings, input),
    spend: chooseSpendModel(input, inputs, settings),
    storeMeanSpend: inputs.storeMeanSpend,
    customers: input.length,
    repeatCustomers,
  });
}

/**
 * What a fit decided: the model is rebuilt from it alone, so a fit saved by one formula call
 * (model-state.ts) gives another exactly the predictions the fit itself gives.
 */
export interface CustomerModelFit {
  readonly purchaseModel: PurchaseModelName;
  readonly purchases: PurchaseFit;
  readonly spend: SpendChoice;
  readonly storeMeanSpend: number;
  readonly customers: number;
  readonly repeatCustomers: number;
}

/** The customer model of a fit's decisions, without fitting again. */
export function customerModelOf(fit: CustomerModelFit): CustomerModel {
  const { purchases, spend, storeMeanSpend, customers, repeatCustomers } = fit;
  const purchaseParams = purchases.params;
  const spendParams = spend.params;
  // Checked when first asked for, as each prediction checked them before: a saved fit's parameters
  // are refused by the first customer's prediction, not by the model's making.
  let spendGiven: ((x: number, meanSpend: number) => number) | undefined;

  const expectedSpend = (customer: SpendSummary): number => {
    const { x, meanRepeatSpend, meanSpend } = customer;
    if (!(Number.isInteger(x) && x >= 0) || !Number.isFinite(meanSpend)) {
      throw new RangeError(
        `expectedSpend needs a whole x >= 0 and a finite meanSpend, got x = ${x}, meanSpend = ${meanSpend}`,
      );
    }
    if (spendParams !== undefined) {
      // A one-time buyer's one purchase is the only evidence of their basket: it counts as one
      // observed amount (see the header), rather than giving them the population mean.
      spendGiven ??= expectedSpendGiven(spendParams);
      if (x === 0) return spendGiven(1, meanSpend);
      return spendGiven(x, Number.isFinite(meanRepeatSpend) ? meanRepeatSpend : 0);
    }
    if (spend.shrinkage === undefined) throw new RangeError('a shrunk-mean spend model needs its spreads');
    return shrunkSpend(spend.shrinkage, x, meanSpend);
  };
  const predict = purchasePredictor(purchases);
  const expectedPurchases = predict.expectedPurchases;
  return {
    method: { purchases: purchases.method, spend: spend.method },
    fallbackReason: { purchases: purchases.reason, spend: spend.reason },
    bgNbd: purchases.method === 'bg-nbd' ? purchaseParams : undefined,
    commonDropout: purchases.commonDropout,
    noDropout: purchases.noDropout,
    mbgNbd: purchases.method === 'mbg-nbd' ? purchases.mbgNbd : undefined,
    mbgCnbdK: purchases.mbgCnbdK,
    purchaseModel: fit.purchaseModel,
    bgNbdLogLikelihood: purchases.logLikelihood,
    purchaseParams,
    gammaGamma: spendParams,
    gammaGammaLogLikelihood: spend.logLikelihood,
    storeMeanSpend,
    customers,
    repeatCustomers,
    fit,
    probabilityAlive: predict.probabilityAlive,
    repeatProbability: predict.repeatProbability,
    expectedPurchases,
    expectedSpend,
    predictedValue: (customer, horizonDays) =>
      expectedPurchases(customer, horizonDays) * expectedSpend(customer),
  };
}

type Predictor = Pick<CustomerModel, 'probabilityAlive' | 'repeatProbability' | 'expectedPurchases'>;

/** The three purchase predictions of the chosen method. */
export function purchasePredictor(choice: PurchaseFit): Predictor {
  const { commonDropout: common, noDropout, mbgNbd, mbgCnbdK } = choice;
  if (mbgCnbdK) {
    const predict = mbgCnbdKPredictor(mbgCnbdK);
    return {
      probabilityAlive: (h) => probabilityAliveMbgCnbdK(mbgCnbdK, h),
      repeatProbability: predict.repeatProbability,
      expectedPurchases: predict.expectedPurchases,
    };
  }
  if (common) {
    return {
      probabilityAlive: (h) => probabilityAliveCommon(common, h),
      repeatProbability: (h, d) => repeatProbabilityCommon(common, h, d),
      expectedPurchases: (h, d) => expectedPurchasesCommon(common, h, d),
    };
  }
  if (noDropout) {
    return {
      probabilityAlive: () => 1,
      repeatProbability: (h, d) => repeatProbabilityNoDropout(noDropout, h, d),
      expectedPurchases: (h, d) => expectedPurchasesNoDropout(noDropout, h, d),
    };
  }
  if (mbgNbd) {
    const alive = lastHistoryMemo((h) => probabilityAliveMbg(mbgNbd, h));
    return {
      probabilityAlive: alive,
      repeatProbability: (h, d) => alive(h) * purchaseIfAlive(mbgNbd.r, mbgNbd.alpha, h, d),
      expectedPurchases: expectedPurchasesMbgPredictor(mbgNbd, alive),
    };
  }
  const params = choice.params;
  return {
    probabilityAlive: (h) => probabilityAlive(params, h),
    repeatProbability: (h, d) => repeatProbability(params, h, d),
    expectedPurchases: expectedPurchasesPredictor(params),
  };
}
