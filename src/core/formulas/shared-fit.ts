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
  analyze: (
    savedFit: (() => SavedFit | undefined) | undefined,
    onFitted: ((fit: SavedFit) => void) | undefined,
  ) => Analysis,
): Analysis {
  if (store === undefined) return analyze(undefined, undefined);
  // The range is hashed only if the analysis comes to fit: a formula that needs no model pays nothing.
  let key: string | undefined;
  let text: string | undefined;
  return analyze(
    () => {
      key = shareKey({ ...inputs, version: store.version });
      text = store.get(key);
      return text === undefined ? undefined : decodeSavedFit(text);
    },
    // Saved when the fit is made, which for a lazy formula (CUSTOMER_WHY reading one predicted value)
    // is after the analysis has returned. A hit writes nothing; a miss, or a saved fit that lacked
    // the check this call needed, saves.
    (fit) => {
      if (key === undefined) return;
      const out = encodeSavedFit(fit);
      if (out !== undefined && out !== text) store.put(key, out);
    },
  );
}
