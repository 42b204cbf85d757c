// The *Unsubscribed* sheet in the shell (core/followups/suppression.ts has the rules): created on the
// first entry, found by its mark (role `suppression`, owned-sheets.ts), only ever appended to.
// Copies of it (same header) are read as the list too, and written to when the original is gone:
// an owner who duplicates the tab, deletes the original and renames the copy back keeps a list.
// Whatever the add-on puts on the list, and whatever it reads there, is also recorded in the send
// ledger (`recordUnsubscribes`): deleting the tab or a row of it never makes anyone mailable again.

import type { Grid } from '../../core/cells';
import type { TabHead } from '../../core/exports/tabs';
import { extractAddresses } from '../../core/followups/addresses';
import { type ContactDirectory, detectContactColumns, readContacts } from '../../core/followups/contacts';
import { unsubscribedIn } from '../../core/followups/ledger';
import {
  fromSheetText,
  isSuppressionHeader,
  newSuppressionRows,
  notRecorded,
  readSuppression,
  type SuppressionEntry,
  type SuppressionList,
  unionOf,
} from '../../core/followups/suppression';
import type { Language } from '../../core/i18n/language';
import type { ResolvedSetup } from '../../core/mapping/detect';
import { OWNED_SHEET_KEY } from '../owned-sheets';
import { gridOf, type SheetEnv } from '../sheet-env';
import { writeBlock } from '../write-block';
import { serverTexts } from './built-in-templates';
import { appendEvents, type Ledger } from './ledger-store';
import { ensureFollowUpSheet, findFollowUpSheet } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ROLE = 'suppression';

export function findSuppressionSheet(spreadsheet: Spreadsheet): Sheet | undefined {
  return findFollowUpSheet(spreadsheet, ROLE);
}

/**
 * Copies of the list: sheets with its header, other than the original. A copy may carry the add-on's
 * mark (then it is not among the owner's sheets, `heads`) or not (whether Duplicate copies developer
 * metadata is not documented): both are looked for.
 */
function copiesOf(spreadsheet: Spreadsheet, original: Sheet | undefined, heads: readonly TabHead[]): Grid[] {
  const texts = serverTexts().suppression;
  const seen = new Set([original?.getSheetId()]);
  const grids: Grid[] = [];
  for (const sheet of [
    ...spreadsheet
      .createDeveloperMetadataFinder()
      .withKey(OWNED_SHEET_KEY)
      .withValue(ROLE)
      .find()
      .map((m) => m.getLocation().getSheet()),
    ...heads.map((h) => (isSuppressionHeader(texts, h.rows[0]) ? spreadsheet.getSheetByName(h.name) : null)),
  ]) {
    if (sheet === null || seen.has(sheet.getSheetId())) continue;
    seen.add(sheet.getSheetId());
    const grid = gridOf(sheet);
    if (isSuppressionHeader(texts, grid[0])) grids.push(grid);
  }
  return grids;
}

/** The list as it stands: the add-on's sheet and its copies (empty before the first entry). */
export function readSuppressionList(
  spreadsheet: Spreadsheet,
  heads: readonly TabHead[] = [],
): SuppressionList {
  const texts = serverTexts().suppression;
  const original = findSuppressionSheet(spreadsheet);
  return unionOf(
    readSuppression(texts, gridOf(original)),
    ...copiesOf(spreadsheet, original, heads).map((grid) => readSuppression(texts, grid)),
  );
}

/**
 * Records in the send ledger every address and customer of `list` (the sheets as read in this lock)
 * and `entries` (just added to it) that the ledger does not hold yet: one `unsubscribe` event. From
 * then on they are skipped whatever happens to the sheet. Call inside the document lock, after
 * addToSuppression; nothing is recorded when the ledger cannot be read (nothing is sent either).
 */
export function recordUnsubscribes(
  spreadsheet: Spreadsheet,
  ledger: Ledger | undefined,
  list: SuppressionList,
  entries: readonly SuppressionEntry[],
  now: Date,
): void {
  if (ledger === undefined) return;
  const missing = notRecorded(list, entries, unsubscribedIn(ledger.events));
  if (missing.emails.length + missing.keys.length > 0)
    appendEvents(spreadsheet, ledger, [{ kind: 'unsubscribe', timeMs: now.getTime(), ...missing }]);
}

/** The sheet new rows go to: the add-on's, else a copy of it the owner kept (see the top). */
function listSheet(spreadsheet: Spreadsheet): Sheet | undefined {
  const original = findSuppressionSheet(spreadsheet);
  if (original !== undefined) return original;
  const texts = serverTexts().suppression;
  return spreadsheet
    .getSheets()
    .find(
      (sheet) =>
        sheet.getLastColumn() >= 4 && isSuppressionHeader(texts, sheet.getRange(1, 1, 1, 4).getValues()[0]),
    );
}

/**
 * Appends the entries not on `list` (the sheet as read in this lock) yet; creates the sheet (at the
 * end, the owner's sheet left active) the first time. Returns how many rows were added, and the
 * sheet when rows were. Call inside the document lock.
 */
export function addToSuppression(
  spreadsheet: Spreadsheet,
  language: Language,
  list: SuppressionList,
  entries: readonly SuppressionEntry[],
  now: Date,
): { added: number; sheet?: Sheet } {
  const rows = newSuppressionRows(list, entries, now);
  if (rows.length === 0) return { added: 0 };
  const texts = serverTexts().suppression[language];
  const sheet =
    listSheet(spreadsheet) ??
    ensureFollowUpSheet(spreadsheet, ROLE, texts.sheet, (created) => {
      writeBlock(created, 1, 1, [texts.header], { headerRows: 1 });
      created.setFrozenRows(1);
      created.setColumnWidth(1, 220);
      created.setColumnWidth(4, 320);
    });
  writeBlock(sheet, sheet.getLastRow() + 1, 1, rows, { formats: ['text', 'text', 'date', 'text'] });
  return { added: rows.length, sheet };
}

/** The customer sheet's explicit opt-outs as list entries. */
export function optOutEntries(
  directory: ContactDirectory,
  customerSheet: string,
  language: Language,
): SuppressionEntry[] {
  return directory.optOutRows.map((r) => ({
    key: r.key,
    label: r.label,
    emails: r.emails,
    why: fromSheetText(serverTexts().suppression, language, customerSheet, r.row),
  }));
}

/** The owner's "Unsubscribe this person": every address of the customer's email cell, and the customer. */
export function ownerEntry(
  key: string,
  label: string,
  emailCell: string,
  language: Language,
): SuppressionEntry {
  return {
    key,
    label,
    emails: extractAddresses(emailCell),
    why: serverTexts().suppression[language].byOwner,
  };
}

/** The explicit opt-outs a batch copies to the list, and the sheets they were read from. */
export interface OptOutsFound {
  entries: SuppressionEntry[];
  /** Sheets other than the customer sheet with an email and an opt-out or consent column. */
  sheets: string[];
}

/**
 * Explicit opt-outs the customer sheet (`contacts`, read already) and the owner's other sheets hold,
 * read only: any sheet whose header names an email column and an opt-out or consent column (an old
 * customer list, the purchase log itself, an orders export with "Accepts Marketing"), so that an
 * opt-out recorded anywhere reaches the list. The preview applies them as the batch will (it copies
 * them first).
 */
export function findOptOuts(
  env: SheetEnv,
  heads: readonly TabHead[],
  setup: ResolvedSetup,
  contacts: ContactDirectory,
): OptOutsFound {
  const { spreadsheet, language } = env;
  const customers = setup.customers;
  const found: OptOutsFound = { entries: [], sheets: [] };
  for (const head of heads) {
    const own = head.name === customers?.sheet;
    const columns = own ? customers : detectContactColumns(head.rows);
    const c = columns?.columns;
    if (!own && (c?.email === undefined || (c.optOut === undefined && c.consent === undefined))) continue;
    const sheet = spreadsheet.getSheetByName(head.name);
    if (sheet === null) continue;
    if (!own) found.sheets.push(head.name);
    const directory = own ? contacts : readContacts(gridOf(sheet), columns);
    found.entries.push(...optOutEntries(directory, head.name, language));
  }
  return found;
}
