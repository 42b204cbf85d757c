// What the add-on menu's items do (labels and order in menu.ts). Each runs with the user's full
// authorization, after onOpen.
import { SetupError } from './analysis-run';
import { writeAnalysis } from './analyze-customers';
import { sheetEnv, withDocumentLock } from './sheet-env';
import { openSidebar } from './sidebar';
import { analyzeTexts } from './texts-file';

/** Analyze customers: writes Insights, Summary and Data issues; without a purchase log, says what is needed. */
export function analyzeCustomersFromMenu(): void {
  const env = sheetEnv();
  try {
    const result = withDocumentLock(analyzeTexts().report[env.language].busy, () => writeAnalysis(env));
    env.spreadsheet.toast(result.message, 'Regulars', 10);
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    SpreadsheetApp.getUi().alert(error.message);
    openSidebar('setup');
  }
}
