import { type Language, languageOfLocale } from '../core/i18n/language';
import { MENU_LABELS } from './menu-labels';

/**
 * Builds the add-on menu. Runs in every auth mode, including `AuthMode.NONE` where only the UI may
 * be touched: no properties, no sheet reads (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
export function buildMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const language = menuLanguage(e);
  const labels = MENU_LABELS[language];
  ui.createAddonMenu()
    .addItem(labels.analyze, 'analyzeCustomers')
    .addItem(labels.followUps, 'showFollowUps')
    .addItem(labels.columnSetup, 'showColumnSetup')
    .addSeparator()
    .addItem(labels.insertSample, 'insertSampleData')
    .addItem(labels.help, 'showHelp')
    .addToUi();
}

/** The UI language: the spreadsheet locale where readable, else the user's locale, else English. */
function menuLanguage(e?: GoogleAppsScript.Events.SheetsOnOpen): Language {
  try {
    // Reading the spreadsheet locale needs authorization; in AuthMode.NONE it throws.
    if (e && e.authMode === ScriptApp.AuthMode.NONE) return languageOfLocale(Session.getActiveUserLocale());
    return languageOfLocale(SpreadsheetApp.getActive().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}
