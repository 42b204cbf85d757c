// The follow-ups' own sheets (*Templates*, *Contact log*, the hidden send ledger, *Unsubscribed*), on
// top of src/gas/owned-sheets.ts (issue 5): same developer-metadata mark (`regulars.sheet`, roles
// `templates`, `contactLog`, `ledger` and `suppression`), found by the mark, never by name. Unlike
// the report sheets, these are never cleared: the owner edits Templates, and the others only grow, so
// an existing sheet is reused as it is.
import { createOwnedSheet, findOwnedSheet } from '../owned-sheets';

type OwnedSheetRole = 'templates' | 'contactLog' | 'ledger' | 'suppression';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet Regulars created for this role, if it still exists. */
export function findFollowUpSheet(spreadsheet: Spreadsheet, role: OwnedSheetRole): Sheet | undefined {
  return findOwnedSheet(spreadsheet, role) ?? undefined;
}

/**
 * The sheet for this role, created when missing: at the end, under `name` or a free variant of it,
 * marked, then `initialise`d (header). Inserting a sheet makes it active in Sheets; the sheet and
 * selection the owner was on are given back unless `activate`.
 */
export function ensureFollowUpSheet(
  spreadsheet: Spreadsheet,
  role: OwnedSheetRole,
  name: string,
  initialise: (sheet: Sheet) => void,
  activate = false,
): Sheet {
  const existing = findFollowUpSheet(spreadsheet, role);
  if (existing !== undefined) return existing;
  const previous = spreadsheet.getActiveSheet();
  const selection = spreadsheet.getActiveRange();
  const sheet = createOwnedSheet(spreadsheet, role, name);
  initialise(sheet);
  if (!activate) {
    if (previous !== null) spreadsheet.setActiveSheet(previous);
    if (selection !== null) spreadsheet.setActiveRange(selection);
  }
  return sheet;
}
