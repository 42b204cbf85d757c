/**
 * One analysis per sheet, not per formula column: in Sheets every custom-function call is a fresh
 * execution, so each formula column would read, summarise, fit and score the same log again. The
 * first call on some data saves what every formula answers from (share/analysis-text.ts) under a
 * key covering everything the analysis depends on (share/share-key.ts); the next ones read it back
 * and only answer. What is read is checked and refused when it does not fit these inputs; then the
 * call computes as if nothing had been saved and saves its own. A refusal costs time, never an answer.
 *
 * An analysis too large for the cache's bounds (more than `MAX_PARTS` values) is not kept; then the
 * formulas share only the fit, as before: the hold-out check and the fits are the expensive part and
 * take ~1.4 KB.
 */
import type { Analysis, AnalysisOf } from '../analysis';
import type { ScoringContext } from '../insights/scored-customer';
import { SharedInsight } from '../insights/shared-insight';
import { type CustomerModel, customerModelOf } from '../models/customer-model';
import { resolveChoice } from '../models/model-choice';
import { decodeSavedFit, encodeSavedFit, type SavedFit } from '../models/model-state';
import type { Settings } from '../settings';
import { decodeAnalysis, encodeAnalysis, type SharedFacts } from '../share/analysis-text';
import { PART_BYTES, partCount } from '../share/cache-parts';
import type { LogFacts } from '../share/log-facts';
import { analysisKey, type ShareInputs, shareKey } from '../share/share-key';
import type { SharedFitStore } from './formula-environment';

/** What the formulas read of an analysis: the whole Analysis on a miss, the shared facts on a hit. */
export interface FormulaAnalysis
  extends Pick<
    Analysis,
    | 'asOfDay'
    | 'settings'
    | 'customers'
    | 'customerCount'
    | 'customerAt'
    | 'byKey'
    | 'model'
    | 'purchaseModelChoice'
    | 'check'
    | 'rfmCuts'
    | 'store'
    | 'currency'
  > {
  readonly log: LogFacts;
}

/**
 * The most cache values one analysis may take: ≈ 9.6 MB at 96,000 bytes a value. The document cache
 * holds at most 1,000 entries (https://developers.google.com/apps-script/reference/cache/cache), and
 * every edit of the log makes a new key while the old entries stay up to 6 hours: at 100 values an
 * analysis leaves room for nine more (other as-of dates, exclude rules or model arguments, earlier
 * versions of the log) before the cache must evict, and a hit reads at most ~9.6 MB back. Measured
 * (bench/analysis-size.ts): CDNOW master (23,570 customers) 1.9 MB in 21 values, 100k synthetic rows
 * (37,494 customers) 3.6 MB in 38; a million rows (376,796 customers) would take 380: fit only.
 */
const MAX_PARTS = 100;
/**
 * About the fewest bytes one customer takes in the text (a short key and a digit or two per field
 * make 40–50; 80–100 measured): with more customers than the parts could hold even at this size,
 * the analysis is not made into text at all, and a formula that needs no model is not made to fit
 * one only to save it. (A log of tiny customers just above this may go unshared though it would have
 * fitted; its fit is shared.)
 */
const MIN_BYTES_PER_CUSTOMER = 50;

/** What the formula asks of the analysis. */
export interface ShareNeeds {
  /** It reads a model figure (a prediction, the model table). */
  readonly model: boolean;
  /** It reports the hold-out check (CUSTOMER_MODEL), which a fixed model does not otherwise run. */
  readonly check: boolean;
}

/** An analysis as a formula keeps it: of its log, the facts the formulas read (not the purchases). */
export type ComputedAnalysis = AnalysisOf<LogFacts>;

/** The analysis of the log, given a saved fit to use and where to report the fit made. */
export type ComputeAnalysis = (
  savedFit: (() => SavedFit | undefined) | undefined,
  onFitted: ((fit: SavedFit) => void) | undefined,
  needs: 'model' | 'none',
) => ComputedAnalysis;

export function withSharedAnalysis(
  store: SharedFitStore | undefined,
  inputs: Omit<ShareInputs, 'version'>,
  needs: ShareNeeds,
  compute: ComputeAnalysis,
): FormulaAnalysis {
  if (store === undefined) return compute(undefined, undefined, needs.model ? 'model' : 'none');
  // The whole range is hashed once: the key is what the hit costs before it reads anything.
  const fitKey = shareKey({ ...inputs, version: store.version });
  const sharedKey = analysisKey(fitKey);
  const text = store.get(sharedKey);
  const facts =
    text === undefined
      ? undefined
      : decodeAnalysis(text, {
          build: store.version,
          asOfDay: inputs.asOfDay,
          purchaseModelChoice: inputs.purchaseModel,
          gridRows: inputs.grid.length,
        });
  if (facts !== undefined && usable(facts, needs)) return sharedAnalysisOf(facts, inputs.settings, needs);

  // A miss: compute, sharing the fit as before, then keep the analysis for the next columns.
  let fitText: string | undefined;
  let keepingAnalysis = false;
  const putFit = (fit: SavedFit) => {
    const out = encodeSavedFit(fit);
    if (out !== undefined && out !== fitText) store.put(fitKey, out);
  };
  const analysis = compute(
    () => {
      fitText = store.get(fitKey);
      return fitText === undefined ? undefined : decodeSavedFit(fitText);
    },
    // Saved when the fit is made, unless the analysis that carries it is about to be kept.
    (fit) => {
      if (!keepingAnalysis) putFit(fit);
    },
    'none',
  );
  const maxParts = store.maxParts ?? MAX_PARTS;
  if (analysis.customers.length * MIN_BYTES_PER_CUSTOMER <= maxParts * PART_BYTES) {
    keepingAnalysis = true;
    // Encoding reads every customer's predictions: the fit is made here if it was not already.
    const out = encodeAnalysis(analysis, store.version, inputs.grid.length);
    keepingAnalysis = false;
    if (out !== undefined && partCount(out) <= maxParts) {
      store.put(sharedKey, out);
      return analysis;
    }
    putFit(analysis.fit);
  } else if (needs.model) {
    // Fitted now rather than in the fit stage: the same fit, saved by onFitted.
    void analysis.model;
  }
  return analysis;
}

/**
 * A cheap guard on top of the key, which already covers every cell, setting and choice, and the
 * checksum (as analysis.ts checks a saved fit): the fit is for as many customers, under `auto` with
 * the check that chose its model, and with the check when the formula reports it.
 */
function usable(facts: SharedFacts, needs: ShareNeeds): boolean {
  const { fit, columns, purchaseModelChoice: choice } = facts;
  if (fit.model.customers !== columns.customers) return false;
  if ((choice === 'auto' || needs.check) && fit.check === undefined) return false;
  const winner = fit.check?.status === 'checked' ? fit.check.winner : undefined;
  return fit.model.purchaseModel === resolveChoice(choice, winner);
}

/** The analysis a hit answers from: the shared customers, each field worked out or parsed when first read. */
function sharedAnalysisOf(facts: SharedFacts, settings: Settings, needs: ShareNeeds): FormulaAnalysis {
  let model: CustomerModel | undefined;
  const context: ScoringContext = {
    store: facts.store,
    settings,
    model: () => {
      model ??= customerModelOf(facts.fit.model);
      return model;
    },
  };
  const { columns } = facts;
  const customers: SharedInsight[] = new Array(columns.customers);
  for (let i = 0; i < customers.length; i++) customers[i] = new SharedInsight(columns, i, context);
  let byKey: Map<string, SharedInsight> | undefined;
  const choice = facts.purchaseModelChoice;
  return {
    asOfDay: facts.asOfDay,
    settings,
    customers,
    customerCount: customers.length,
    customerAt: (i) => customers[i]!,
    get byKey() {
      if (byKey === undefined) {
        byKey = new Map();
        const keys = columns.key();
        for (let i = 0; i < customers.length; i++) byKey.set(keys[i]!, customers[i]!);
      }
      return byKey;
    },
    get model() {
      return context.model();
    },
    purchaseModelChoice: choice,
    // As analysis.ts gives it: the check when it ran, which is under `auto` or when asked for.
    check: choice === 'auto' || needs.check ? facts.fit.check : undefined,
    rfmCuts: facts.rfmCuts,
    store: facts.store,
    log: facts.log,
    currency: facts.currency,
  };
}
