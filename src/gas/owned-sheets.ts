// Sheets the add-on created, marked with developer metadata (key `regulars.sheet`, value: the sheet's
// role), and the only sheets it ever writes. Roles in use: insights, summary, dataIssues (Analyze
// customers); the follow-ups use templates and contactLog. Sample-data sheets carry another key,
// `regulars.sample` (value: the sample sheet's name): written by the add-on, but read as the owner's
// data by everything else (detection skips `regulars.sheet` sheets only).
//
// - A role's sheet is found by its metadata, not its name: the owner may rename it.
// - A new sheet never takes the name of an existing one: "Insights" taken by the owner becomes
//   "Insights (Regulars)", then "Insights (Regulars 2)"…
// - Reusing a role's sheet clears it completely (values, formats, charts, filter, frozen rows) first.
// Metadata is PROJECT-visible: other scripts neither see nor trip over it (it is not a secret, only a
// mark; https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility).

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OWNED_SHEET_KEY = 'regulars.sheet';
export const SAMPLE_SHEET_KEY = 'regulars.sample';

/** Sheet id → role, for every report sheet the add-on created (not its sample-data sheets). */
export function ownedSheetRoles(spreadsheet: Spreadsheet): Map<number, string> {
  const roles = new Map<number, string>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_SHEET_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    const role = metadata.getValue();
    if (sheet && role && !roles.has(sheet.getSheetId())) roles.set(sheet.getSheetId(), role);
  }
  return roles;
}

/** The sheet the add-on created for `role`, or null. The leftmost when a copy carries the mark too. */
export function findOwnedSheet(spreadsheet: Spreadsheet, role: string, key = OWNED_SHEET_KEY): Sheet | null {
  let found: Sheet | null = null;
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(key).withValue(role).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet && (!found || sheet.getIndex() < found.getIndex())) found = sheet;
  }
  return found;
}

/** `preferred`, or the first of "preferred (Regulars)", "preferred (Regulars 2)"… no sheet has. */
function freeSheetName(spreadsheet: Spreadsheet, preferred: string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName().toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let n = 1; ; n++) {
    const name = `${preferred} (Regulars${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * The sheet for `role`, emptied and ready to write: the one the add-on made before, or a new one at
 * the end named `preferredName` (or a free variant of it) and marked with the role.
 */
export function ownedSheet(
  spreadsheet: Spreadsheet,
  role: string,
  preferredName: string,
  key = OWNED_SHEET_KEY,
): Sheet {
  const existing = findOwnedSheet(spreadsheet, role, key);
  if (existing) {
    clearSheet(existing);
    return existing;
  }
  return createOwnedSheet(spreadsheet, role, preferredName, key);
}

/**
 * A new sheet at the end, named `preferredName` or a free variant of it, marked with the role: the
 * only way the add-on adds a sheet, so every sheet it writes carries its mark.
 */
export function createOwnedSheet(
  spreadsheet: Spreadsheet,
  role: string,
  preferredName: string,
  key = OWNED_SHEET_KEY,
): Sheet {
  const sheet = spreadsheet.insertSheet(
    freeSheetName(spreadsheet, preferredName),
    spreadsheet.getNumSheets(),
  );
  sheet.addDeveloperMetadata(key, role, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  return sheet;
}

function clearSheet(sheet: Sheet): void {
  sheet.getFilter()?.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.setFrozenRows(0);
  sheet.setFrozenColumns(0);
}
