/**
 * One fit per sheet, not per formula column: in Sheets every custom-function call is a fresh
 * execution, so formulas on the same data would each run the hold-out check and the fits again.
 * The first call saves its fit under a key covering everything the fit depends on
 * (share/share-key.ts); the next ones read it back and only rebuild the model from it. What is read
 * is checked (models/model-state.ts) and refused when it does not fit; then the call fits as if
 * nothing had been saved and saves its own.
 */
import type { Analysis } from '../analysis';
import { decodeSavedFit, encodeSavedFit, type SavedFit } from '../models/model-state';
import { type ShareInputs, shareKey } from '../share/share-key';
import type { SharedFitStore } from './formula-environment';

export function withSharedFit(
  store: SharedFitStore | undefined,
  inputs: Omit<ShareInputs, 'version'>,
  analyze: (savedFit: (() => SavedFit | undefined) | undefined) => Analysis,
): Analysis {
  if (store === undefined) return analyze(undefined);
  // The range is hashed only if the analysis comes to fit: a formula that needs no model pays nothing.
  let key: string | undefined;
  let text: string | undefined;
  const analysis = analyze(() => {
    key = shareKey({ ...inputs, version: store.version });
    text = store.get(key);
    return text === undefined ? undefined : decodeSavedFit(text);
  });
  if (key === undefined) return analysis;
  const out = encodeSavedFit(analysis.fit);
  // A hit writes nothing; a miss, or a saved fit that lacked the check this call needed, saves.
  if (out !== undefined && out !== text) store.put(key, out);
  return analysis;
}
