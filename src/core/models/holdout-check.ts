/**
 * Each sheet checks its own predictions. The last stretch of the owner's log is held out: every
 * candidate purchase model is fitted on the purchases before it (the calibration period) and
 * predicts, for each customer who had bought by then, the chance of at least one purchase in the
 * held-out stretch and how many purchase days they will make in it. Those are compared with what
 * the customers really did:
 * - the Brier score of P(at least one purchase), mean (p − bought)², lower is better. The model of
 *   regular buying (MBG/CNBD-k; at k = 1 it is the MBG/NBD) is kept unless another predicted the
 *   stretch better by more than two standard errors of the customers' paired differences (see
 *   `chooseWinner`): the one model here that can say "gone" of a one-time buyer and of a regular
 *   long past their rhythm is not given up for a win within the noise of a small sheet;
 * - the mean absolute error of the held-out purchase days, as a second figure;
 * - for the winner, calibration bands: of the customers given a probability in a band, the share
 *   who really bought — what the owner reads as "of the customers given 70% or more, 74% bought".
 *
 * Stretch held out: 90 days when the log spans at least 360 days, otherwise a quarter of its span;
 * under 14 days the log is too short to check. The check needs at least 40 customers who bought
 * before the stretch, 10 of them more than once: on fewer, one or two customers decide the winner.
 *
 * Cost: on a large sheet the check uses a fixed deterministic subsample of about 2,500 customers
 * (chosen by a hash of the customer key, so the same data always gives the same sample and the same
 * choice, whichever formula asks), which bounds its cost whatever the size of the sheet.
 */
import type { DayNumber } from '../days';
import {
  type CustomerSummary,
  fitPurchases,
  type PurchaseMethod,
  type PurchaseModelName,
  purchasePredictor,
} from './customer-model';
import { firstAtLeast, groupHistoriesAt } from './history-groups';
import { kFromGaps, logGapSum } from './mbg-cnbd-k';

/**
 * The customers' distinct purchase days as columns: customer `i`'s are `days[start[i]..start[i + 1])`,
 * ascending (customers/customer-history.ts keeps them so, for every customer in one array).
 */
export interface HoldoutCustomers {
  readonly keys: readonly string[];
  readonly start: Int32Array;
  readonly days: Int32Array;
}

interface ModelScore {
  readonly model: PurchaseModelName;
  /** The method the model's calibration fit used (a fallback shows here). */
  readonly method: PurchaseMethod;
  /** Mean (p − bought)², p = P(at least one purchase in the held-out stretch). */
  readonly brier: number;
  /** Mean |expected − actual| held-out purchase days. */
  readonly countError: number;
}

/** Of the customers given a probability in [from, to), how many really bought. */
export interface CalibrationBand {
  readonly from: number;
  readonly to: number;
  readonly customers: number;
  readonly meanPredicted: number;
  readonly boughtShare: number;
}

export type HoldoutCheck =
  | {
      readonly status: 'checked';
      readonly holdoutDays: number;
      /** Last day of the calibration period. */
      readonly cutoffDay: DayNumber;
      /** Customers scored (bought by the cutoff; a subsample on large sheets). */
      readonly customers: number;
      /** Every candidate, in CHECKED_MODELS order. */
      readonly scores: readonly ModelScore[];
      readonly winner: PurchaseModelName;
      /** The winner's calibration, lowest band first; empty bands are left out. */
      readonly bands: readonly CalibrationBand[];
    }
  | { readonly status: 'too-short'; readonly reason: 'short-log' | 'too-few-customers' };

/**
 * The candidates `auto` compares. The MBG/CNBD-k is fitted here at one k, the one the calibration
 * customers' own gaps suggest (mbg-cnbd-k.ts's kFromGaps), not climbed to the likelihood's best as
 * the final fit does: one fit instead of two or three. When that k is 1 it is the MBG/NBD, already
 * scored: it gets the MBG/NBD's score (and method) without a second fit, so on an irregular log the
 * check costs what it did, the tie goes to the MBG/NBD, and CUSTOMER_MODEL always lists three models.
 */
const CHECKED_MODELS: readonly PurchaseModelName[] = ['bg-nbd', 'mbg-nbd', 'mbg-cnbd-k'];

export const HOLDOUT = {
  days: 90,
  fullSpanDays: 360,
  minDays: 14,
  minCustomers: 40,
  minRepeatCustomers: 10,
  maxCustomers: 2500,
  bandEdges: [0, 0.1, 0.3, 0.5, 0.7, 1],
} as const;

/** FNV-1a of the key: a stable, order-free way to draw the same subsample from the same data. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The scored customers in key order: their histories at the cutoff, with their log gaps for the
 * MBG/CNBD-k (each the input a candidate's fit reads; spend plays no part in the check), and how
 * many purchase days each made in the held-out stretch.
 */
interface CalibrationSet {
  readonly histories: (CustomerSummary & { readonly logGapSum: number })[];
  readonly boughtDays: Float64Array;
}

/**
 * Customers who bought by the cutoff. This loop and the next are functions of their own, each with
 * nothing after its loop: in one function, the engine compiled it mid-loop on a cold call and that
 * code bailed out where the next lines began (`node --trace-deopt`), then compiled it again for the
 * next loop.
 */
function boughtByCount({ start, days }: HoldoutCustomers, cutoff: DayNumber): number {
  let count = 0;
  for (let i = 0; i + 1 < start.length; i++)
    if (start[i + 1]! > start[i]! && days[start[i]!]! <= cutoff) count++;
  return count;
}

/** Those of them whose key hashes under `threshold` (all of them at 2^32). */
function keptCustomers(
  { keys, start, days }: HoldoutCustomers,
  cutoff: DayNumber,
  threshold: number,
): number[] {
  const kept: number[] = [];
  for (let i = 0; i + 1 < start.length; i++) {
    if (!(start[i + 1]! > start[i]! && days[start[i]!]! <= cutoff)) continue;
    if (threshold < 2 ** 32 && hashKey(keys[i]!) >= threshold) continue;
    kept.push(i);
  }
  return kept;
}

/** The scored customers: a hash and two binary searches each. */
function calibrationSet(customers: HoldoutCustomers, cutoff: DayNumber, asOf: DayNumber): CalibrationSet {
  const { keys, start, days } = customers;
  // Keep customers whose hash falls under a threshold: about maxCustomers of them, the same every time.
  const keepShare = Math.min(1, HOLDOUT.maxCustomers / Math.max(1, boughtByCount(customers, cutoff)));
  const kept = keptCustomers(customers, cutoff, keepShare * 2 ** 32);
  // In key order, so the sums — and so the choice — do not depend on the order of the log's rows.
  kept.sort((p, q) => (keys[p]! < keys[q]! ? -1 : keys[p]! > keys[q]! ? 1 : 0));
  const n = kept.length;
  const set = {
    histories: new Array<CalibrationSet['histories'][number]>(n),
    boughtDays: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const i = kept[k]!;
    // Days are whole: the purchase days up to the cutoff are those before cutoff + 1.
    const own = days.subarray(start[i]!, start[i + 1]!);
    const before = firstAtLeast(own, cutoff + 1);
    const first = own[0]!;
    set.histories[k] = {
      x: before - 1,
      tx: own[before - 1]! - first,
      T: cutoff - first,
      logGapSum: logGapSum(own, before),
      meanRepeatSpend: 0,
      meanSpend: 0,
    };
    set.boughtDays[k] = firstAtLeast(own, asOf + 1) - before;
  }
  return set;
}

/**
 * The hold-out check of the header, for customers' purchase days up to `asOfDay`. The stretch held
 * out ends on the log's last purchase day, which is the as-of day of a log kept up to date: checked
 * up to an as-of day months after the last row, every model would be scored on a stretch with no
 * data, and the one that rightly expects due regulars to buy would lose (a new-owner trial's log
 * analysed 3 months after its last row switched `auto` to the BG/NBD, Lapsed customers at 15–26%).
 */
export function holdoutCheck(customers: HoldoutCustomers, asOfDay: DayNumber): HoldoutCheck {
  const { start, days } = customers;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < start.length; i++) {
    if (start[i + 1] === start[i]) continue;
    if (days[start[i]!]! < firstDay) firstDay = days[start[i]!]!;
    if (days[start[i + 1]! - 1]! > lastDay) lastDay = days[start[i + 1]! - 1]!;
  }
  return checkUpTo(customers, firstDay, Math.min(asOfDay, lastDay));
}

function checkUpTo(customers: HoldoutCustomers, firstDay: number, asOfDay: DayNumber): HoldoutCheck {
  const span = asOfDay - firstDay;
  if (!Number.isFinite(span)) return { status: 'too-short', reason: 'too-few-customers' };
  const holdoutDays = span >= HOLDOUT.fullSpanDays ? HOLDOUT.days : Math.floor(span / 4);
  if (holdoutDays < HOLDOUT.minDays) return { status: 'too-short', reason: 'short-log' };
  const cutoffDay = asOfDay - holdoutDays;
  const { histories: inputs, boughtDays } = calibrationSet(customers, cutoffDay, asOfDay);
  const n = inputs.length;
  let repeat = 0;
  for (let i = 0; i < n; i++) if (inputs[i]!.x > 0) repeat++;
  if (n < HOLDOUT.minCustomers || repeat < HOLDOUT.minRepeatCustomers) {
    return { status: 'too-short', reason: 'too-few-customers' };
  }
  // Grouped once for every candidate.
  const groups = groupHistoriesAt(n, (i) => inputs[i]!);
  const predictions = new Map<PurchaseModelName, Float64Array>();
  const squaredErrors = new Map<PurchaseModelName, Float64Array>();
  const regularity = kFromGaps(inputs);
  const scores: ModelScore[] = [];
  for (const model of CHECKED_MODELS) {
    const sameAs = scores.find((s) => s.model === 'mbg-nbd');
    if (model === 'mbg-cnbd-k' && regularity === 1 && sameAs) {
      // At k = 1 it is the MBG/NBD: its score, not a second fit (the tie goes to the MBG/NBD).
      scores.push({ ...sameAs, model });
      predictions.set(model, predictions.get('mbg-nbd')!);
      squaredErrors.set(model, squaredErrors.get('mbg-nbd')!);
      continue;
    }
    const fit = fitPurchases(groups, { purchaseModel: model, mbgCnbdK: regularity }, inputs);
    const predict = purchasePredictor(fit);
    // Customers who share a history share its predictions: worked out for the first of them only
    // (about half as many as customers; probabilities are never −1).
    const probability = new Float64Array(groups.count.length).fill(-1);
    const purchases = new Float64Array(groups.count.length);
    const p = new Float64Array(n);
    const e = new Float64Array(n);
    let brier = 0;
    let countError = 0;
    for (let i = 0; i < n; i++) {
      const g = groups.customerGroup[i]!;
      if (probability[g] === -1) {
        probability[g] = predict.repeatProbability(inputs[i]!, holdoutDays);
        purchases[g] = predict.expectedPurchases(inputs[i]!, holdoutDays);
      }
      p[i] = probability[g]!;
      const bought = boughtDays[i]! > 0 ? 1 : 0;
      e[i] = (p[i]! - bought) ** 2;
      brier += e[i]!;
      countError += Math.abs(purchases[g]! - boughtDays[i]!);
    }
    predictions.set(model, p);
    squaredErrors.set(model, e);
    scores.push({
      model,
      method: fit.method,
      brier: brier / n,
      countError: countError / n,
    });
  }
  const winner = chooseWinner(scores, squaredErrors, regularity === 1 ? 'mbg-nbd' : 'mbg-cnbd-k');
  return {
    status: 'checked',
    holdoutDays,
    cutoffDay,
    customers: n,
    scores,
    winner,
    bands: calibrationBands(predictions.get(winner)!, boughtDays),
  };
}

/**
 * The model `kept` (the MBG/CNBD-k, or the MBG/NBD when the gaps suggest k = 1: the same model),
 * unless another's Brier score is lower by more than two standard errors of the mean paired
 * difference of the customers' squared errors; then, of those, the one with the lowest score.
 */
function chooseWinner(
  scores: readonly ModelScore[],
  squaredErrors: ReadonlyMap<PurchaseModelName, Float64Array>,
  kept: PurchaseModelName,
): PurchaseModelName {
  const base = squaredErrors.get(kept)!;
  const n = base.length;
  let winner = kept;
  let winnerBrier = scores.find((s) => s.model === kept)!.brier;
  for (const s of scores) {
    if (s.model === kept || !(s.brier < winnerBrier)) continue;
    const other = squaredErrors.get(s.model)!;
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const d = base[i]! - other[i]!;
      sum += d;
      sumSquares += d * d;
    }
    const mean = sum / n;
    const variance = n > 1 ? Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) : 0;
    if (mean > 2 * Math.sqrt(variance / n)) {
      winner = s.model;
      winnerBrier = s.brier;
    }
  }
  return winner;
}

function calibrationBands(p: Float64Array, boughtDays: Float64Array): CalibrationBand[] {
  const edges = HOLDOUT.bandEdges;
  const bands: CalibrationBand[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const from = edges[b]!;
    const to = edges[b + 1]!;
    let n = 0;
    let sumP = 0;
    let bought = 0;
    for (let i = 0; i < p.length; i++) {
      const inBand = p[i]! >= from && (p[i]! < to || (to === 1 && p[i]! <= 1));
      if (!inBand) continue;
      n++;
      sumP += p[i]!;
      if (boughtDays[i]! > 0) bought++;
    }
    if (n > 0) bands.push({ from, to, customers: n, meanPredicted: sumP / n, boughtShare: bought / n });
  }
  return bands;
}
