import type { FormulaEnvironment } from '../core/formulas/formula-environment';
import { FormulaError } from '../core/formulas/formula-error';
import { readModelSetting } from './model-setting';
import { documentFitStore } from './shared-fits';

/** Reads what a custom function needs from the spreadsheet: its time zone and locale, the model setting and its document cache. */
function formulaEnvironment(): FormulaEnvironment {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale: spreadsheet.getSpreadsheetLocale(),
    now: new Date(),
    purchaseModel: readModelSetting().choice,
    sharedFits: documentFitStore(),
  };
}

/**
 * Runs a custom function's core with the spreadsheet's environment. A FormulaError already says how
 * to fix the call; anything else is a bug, reported with the add-on's name so the owner knows whom
 * to ask rather than seeing a bare stack message.
 */
export function runFormula<T>(compute: (env: FormulaEnvironment) => T): T {
  try {
    return compute(formulaEnvironment());
  } catch (error) {
    if (error instanceof FormulaError) throw new Error(error.message);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Regulars could not compute this formula: ${message}`);
  }
}
