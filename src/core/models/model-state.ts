/**
 * A fit saved as text and read back, so formulas on the same data share one model choice and one
 * fit across executions (src/gas/shared-fits.ts keeps the text in the document cache). What is read
 * back is checked before use: anything that is not exactly the shape written — a number that was
 * not finite, a method or model this build does not know, a check without a winner — is refused,
 * and the caller fits as if nothing had been saved. A refused text costs time, never an answer.
 *
 * JSON keeps finite doubles exactly (shortest round-trip digits), so a model rebuilt from the text
 * by customerModelOf predicts exactly what the fitted one did.
 */
import {
  type CustomerModelFit,
  PURCHASE_MODELS,
  type PurchaseMethod,
  type PurchaseModelName,
  type SpendMethod,
} from './customer-model';
import type { HoldoutCheck } from './holdout-check';

/** A fit and, when it ran, the hold-out check that chose the model. */
export interface SavedFit {
  readonly model: CustomerModelFit;
  readonly check: HoldoutCheck | undefined;
}

// Records, not lists: a method added to the union without being added here fails to compile.
const PURCHASE_METHODS: Record<PurchaseMethod, true> = {
  'bg-nbd': true,
  'bg-nbd-common-dropout': true,
  'bg-nbd-no-dropout': true,
  'mbg-nbd': true,
  'mbg-cnbd-k': true,
  'pooled-rate': true,
};
const SPEND_METHODS: Record<SpendMethod, true> = { 'gamma-gamma': true, 'shrunk-mean': true };

type Json = { readonly [key: string]: unknown };

/**
 * Plain data only: finite numbers, texts, booleans, arrays and objects, and no null (what JSON makes
 * of NaN and Infinity). A field set to undefined is left out by JSON and read back as absent: the same.
 */
function isPlainData(v: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (Array.isArray(v)) return v.every((item) => isPlainData(item, depth + 1));
  if (typeof v !== 'object' || v === null) return false;
  return Object.values(v).every((item) => item === undefined || isPlainData(item, depth + 1));
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasNumbers = (v: unknown, names: readonly string[]): boolean =>
  isObject(v) && names.every((n) => typeof v[n] === 'number');
const isModelName = (v: unknown): v is PurchaseModelName =>
  typeof v === 'string' && (PURCHASE_MODELS as readonly string[]).includes(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isPurchaseChoice(v: unknown): boolean {
  if (!isObject(v) || PURCHASE_METHODS[v.method as PurchaseMethod] !== true) return false;
  if (!hasNumbers(v.params, ['r', 'alpha', 'a', 'b'])) return false;
  if (v.method === 'bg-nbd-common-dropout' && !hasNumbers(v.commonDropout, ['r', 'alpha', 'p'])) return false;
  if (v.method === 'bg-nbd-no-dropout' && !hasNumbers(v.noDropout, ['r', 'alpha', 'rate'])) return false;
  if (v.method === 'mbg-nbd' && !hasNumbers(v.mbgNbd, ['r', 'alpha', 'a', 'b'])) return false;
  if (v.method === 'mbg-cnbd-k' && !hasNumbers(v.mbgCnbdK, ['k', 'r', 'alpha', 'a', 'b'])) return false;
  return v.reason === undefined || typeof v.reason === 'string';
}

function isSpendChoice(v: unknown): boolean {
  if (!isObject(v) || SPEND_METHODS[v.method as SpendMethod] !== true) return false;
  if (v.method === 'shrunk-mean')
    return hasNumbers(v.shrinkage, ['centre', 'between', 'within', 'firstShift', 'firstNoise']);
  return hasNumbers(v.params, ['p', 'q', 'gamma']);
}

function isCheck(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.status === 'too-short') return v.reason === 'short-log' || v.reason === 'too-few-customers';
  return (
    v.status === 'checked' &&
    isModelName(v.winner) &&
    hasNumbers(v, ['holdoutDays', 'cutoffDay', 'customers']) &&
    Array.isArray(v.scores) &&
    v.scores.every((s) => isModelName((s as Json).model) && hasNumbers(s, ['brier', 'countError'])) &&
    Array.isArray(v.bands) &&
    v.bands.every((b) => hasNumbers(b, ['from', 'to', 'customers', 'meanPredicted', 'boughtShare']))
  );
}

/** The fit as text, or undefined when it holds anything JSON would not give back exactly. */
export function encodeSavedFit(fit: SavedFit): string | undefined {
  return isPlainData(fit) ? JSON.stringify(fit) : undefined;
}

/** The fit saved in `text`, or undefined when the text is not one this build wrote. */
export function decodeSavedFit(text: string): SavedFit | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !isPlainData(data)) return undefined;
  const model = data.model;
  if (
    !isObject(model) ||
    !isModelName(model.purchaseModel) ||
    !isPurchaseChoice(model.purchases) ||
    !isSpendChoice(model.spend) ||
    typeof model.storeMeanSpend !== 'number' ||
    !isCount(model.customers) ||
    !isCount(model.repeatCustomers)
  ) {
    return undefined;
  }
  if (data.check !== undefined && !isCheck(data.check)) return undefined;
  return data as unknown as SavedFit;
}
