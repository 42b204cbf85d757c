import type { PurchaseModelChoice } from '../models/model-choice';

/** What a custom function knows besides its arguments; the Apps Script shell fills it in. */
export interface FormulaEnvironment {
  /** The spreadsheet's IANA time zone. */
  timeZone: string;
  /** The spreadsheet's locale, e.g. `en_US`, `zh_CN`. */
  locale: string;
  /** The current instant: "today" is its calendar day in `timeZone`. */
  now: Date;
  /**
   * The owner's purchase model setting (document properties, src/core/model-setting.ts); a formula's
   * own last argument wins. Absent: `auto`. Part of what a cached result depends on.
   */
  purchaseModel?: PurchaseModelChoice;
  /** Texts kept across executions (the document cache): how formulas share one analysis; absent when none. */
  sharedFits?: SharedFitStore | undefined;
}

/**
 * A text store by key that may forget or refuse anything at any time: it only saves work. Its calls
 * do not throw (the shell turns a failing cache into "nothing there").
 */
export interface SharedFitStore {
  /** The add-on's build: part of every key, so another build's fit is never read. */
  readonly version: string;
  /**
   * The most cache values one shared analysis may take (100 when absent, formulas/shared-analysis.ts);
   * above it only the fit is shared.
   */
  readonly maxParts?: number;
  get(key: string): string | undefined;
  put(key: string, text: string): void;
}
