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
// - Each sheet also carries its identity (key `regulars.identity`, value `{"id":…,"name":…}`): the
//   sheet id and the name it was written under. A copy of the sheet (Duplicate, Sheet.copyTo) may
//   carry the same metadata, but its id differs, so it is the owner's, never taken for ours. A sheet
//   the owner renamed (e.g. Insights kept as "June snapshot") is the owner's from then on: `ownedSheet`
//   releases it (its role becomes `<role>:released`) and writes a fresh sheet. Sheets written before
//   identities existed have none and are taken as before, and stamped when next written.
// Metadata is PROJECT-visible: other scripts neither see nor trip over it (it is not a secret, only a
// mark; https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility).

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OWNED_SHEET_KEY = 'regulars.sheet';
export const SAMPLE_SHEET_KEY = 'regulars.sample';
const IDENTITY_KEY = 'regulars.identity';

interface Identity {
  id: number;
  name: string;
}

/** The sheet's own metadata entry under `key` (the first, if several). */
function markOf(sheet: Sheet, key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  return sheet.createDeveloperMetadataFinder().withKey(key).find()[0];
}

/** The value the sheet carries under `key`, if any. */
export function sheetMark(sheet: Sheet, key: string): string | undefined {
  return markOf(sheet, key)?.getValue() ?? undefined;
}

/** Sets the sheet's value under `key`, adding the (PROJECT-visible) entry the first time. */
export function setSheetMark(sheet: Sheet, key: string, value: string): void {
  const existing = markOf(sheet, key);
  if (existing) existing.setValue(value);
  else sheet.addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** The identity a sheet carries, if any; the copy's metadata is read like the original's. */
function identityOf(sheet: Sheet): Identity | undefined {
  try {
    const value = JSON.parse(sheetMark(sheet, IDENTITY_KEY) ?? '') as Identity;
    if (typeof value?.id === 'number' && typeof value.name === 'string') return value;
  } catch {
    // Not ours to interpret: treated as no identity.
  }
  return undefined;
}

/** Whether `sheet` is the very sheet the add-on marked (not a copy of it). */
function isOriginal(sheet: Sheet): boolean {
  const identity = identityOf(sheet);
  return identity === undefined || identity.id === sheet.getSheetId();
}

/** Whether the sheet still has the name the add-on wrote it under (or predates identities). */
function isUnrenamed(sheet: Sheet): boolean {
  const identity = identityOf(sheet);
  return identity === undefined || identity.name === sheet.getName();
}

/** Records the sheet's id and current name as its identity. */
function stampIdentity(sheet: Sheet): void {
  setSheetMark(sheet, IDENTITY_KEY, JSON.stringify({ id: sheet.getSheetId(), name: sheet.getName() }));
}

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
    if (sheet && isOriginal(sheet) && (!found || sheet.getIndex() < found.getIndex())) found = sheet;
  }
  return found;
}

/** The role's sheet when the owner has not renamed it, changing nothing. */
export function findReusableSheet(
  spreadsheet: Spreadsheet,
  role: string,
  key = OWNED_SHEET_KEY,
): Sheet | null {
  const sheet = findOwnedSheet(spreadsheet, role, key);
  return sheet !== null && isUnrenamed(sheet) ? sheet : null;
}

/** `preferred`, or the first of "preferred (Regulars)", "preferred (Regulars 2)"… no sheet has. */
export function freeSheetName(spreadsheet: Spreadsheet, preferred: string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName().toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let n = 1; ; n++) {
    const name = `${preferred} (Regulars${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * The sheet for `role`, emptied and ready to write: the one the add-on made before (unless the owner
 * renamed it: see the top), or a new one at the end named `preferredName` (or a free variant of it)
 * and marked with the role.
 */
export function ownedSheet(
  spreadsheet: Spreadsheet,
  role: string,
  preferredName: string,
  key = OWNED_SHEET_KEY,
  beforeClear?: (sheet: Sheet) => void,
): Sheet {
  const existing = findOwnedSheet(spreadsheet, role, key);
  if (existing !== null && isUnrenamed(existing)) {
    beforeClear?.(existing);
    clearSheet(existing);
    stampIdentity(existing);
    return existing;
  }
  // A renamed sheet becomes the owner's: its mark is changed to `<role>:released` (still not read as
  // the owner's data, never written again).
  if (existing !== null) {
    for (const metadata of existing.createDeveloperMetadataFinder().withKey(key).withValue(role).find())
      metadata.setValue(`${role}:released`);
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
  setSheetMark(sheet, key, role);
  stampIdentity(sheet);
  return sheet;
}

export function clearSheet(sheet: Sheet): void {
  sheet.getFilter()?.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.setFrozenRows(0);
  sheet.setFrozenColumns(0);
}
