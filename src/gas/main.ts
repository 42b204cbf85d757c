// The entry file: it only exposes the functions Apps Script and Sheets call. The build turns each
// exported function below into a top-level function declaration with this JSDoc (see README).
import { buildMenu } from './menu';

/**
 * Adds the Regulars menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/**
 * Runs when the add-on is installed: shows the menu at once, without a reload.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
