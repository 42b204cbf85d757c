// The *Unsubscribed* sheet in the shell (core/followups/suppression.ts has the rules): created on the
// first entry, found by its mark (role `suppression`, owned-sheets.ts), only ever appended to.

import type { TabHead } from '../../core/exports/tabs';
import { extractAddresses } from '../../core/followups/addresses';
import { type ContactDirectory, detectContactColumns, readContacts } from '../../core/followups/contacts';
import {
  fromSheetText,
  newSuppressionRows,
  readSuppression,
  type SuppressionEntry,
  type SuppressionList,
} from '../../core/followups/suppression';
import type { Language } from '../../core/i18n/language';
import type { ResolvedSetup } from '../../core/mapping/detect';
import { gridOf, type SheetEnv } from '../sheet-env';
import { writeBlock } from '../write-block';
import { serverTexts } from './built-in-templates';
import { ensureFollowUpSheet, findFollowUpSheet } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ROLE = 'suppression';

export function findSuppressionSheet(spreadsheet: Spreadsheet): Sheet | undefined {
  return findFollowUpSheet(spreadsheet, ROLE);
}

/** The list as it stands (empty before the first entry). */
export function readSuppressionList(spreadsheet: Spreadsheet): SuppressionList {
  return readSuppression(serverTexts().suppression, gridOf(findSuppressionSheet(spreadsheet)));
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
  const sheet = ensureFollowUpSheet(spreadsheet, ROLE, texts.sheet, (created) => {
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
