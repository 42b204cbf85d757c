// The visible *Contact log*: a report of the send ledger (ledger-store.ts) the owner may read, sort,
// annotate or trim. Regulars never reads it to decide anything (except once, to import a log written
// before the ledger existed), so nothing the owner does to it can make anyone be emailed twice.
//
// Rows are appended by header name: a column the owner inserted stays blank, a moved column gets its
// value where it now is, a deleted column is left out, and a deleted header row is written again
// below the owner's rows (so no owner cell moves or changes). A cell the owner formatted as plain text
// (`@`) gets the text as it is: there Sheets would keep the apostrophe that otherwise marks text.
import type { CellOutput, CellValue, Grid } from '../../core/cells';
import {
  LOG_COLUMNS,
  type LogColumn,
  type LogWord,
  logHeaderIndex,
  logHeaderRow,
} from '../../core/followups/contact-log';
import type { LedgerEntry, LedgerEvent } from '../../core/followups/ledger';
import { entriesOf } from '../../core/followups/ledger';
import type { Language } from '../../core/i18n/language';
import { cellInput, ensureSize } from '../write-block';
import { serverTexts } from './built-in-templates';
import { type Ledger, setReported } from './ledger-store';
import { ensureContactLog } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The header the next rows go under: the last row of the sheet that reads as the log's header. When
 * there is none (the owner deleted it), a new header row is appended below the owner's rows: nothing
 * of theirs moves or changes.
 */
function headerOf(sheet: Sheet, language: Language): Map<LogColumn, number> {
  const last = sheet.getLastRow();
  if (last > 0) {
    const grid = sheet.getRange(1, 1, last, Math.max(1, sheet.getLastColumn())).getValues() as Grid;
    for (let r = grid.length - 1; r >= 0; r--) {
      const index = logHeaderIndex(serverTexts().logHeaders, grid[r]!);
      if (index !== undefined) return index;
    }
  }
  const header = logHeaderRow(serverTexts().logHeaders, language);
  ensureSize(sheet, last + 1, header.length);
  sheet
    .getRange(last + 1, 1, 1, header.length)
    .setValues([header.map(cellInput)])
    .setFontWeight('bold');
  return new Map(LOG_COLUMNS.map((c, i) => [c, i]));
}

/** Appends rows (by column name) after the last row of the sheet. */
function appendByHeader(
  sheet: Sheet,
  language: Language,
  rows: readonly Partial<Record<LogColumn, CellOutput>>[],
): void {
  if (rows.length === 0) return;
  const index = headerOf(sheet, language);
  const width = Math.max(...index.values()) + 1;
  const first = sheet.getLastRow() + 1;
  ensureSize(sheet, first + rows.length - 1, width);
  const range = sheet.getRange(first, 1, rows.length, width);
  const formats = range.getNumberFormats();
  const cells = rows.map((row, r) => {
    const line: CellValue[] = new Array<CellValue>(width).fill('');
    for (const [column, i] of index) {
      const value = row[column];
      if (value === undefined || value === null) continue;
      line[i] = formats[r]?.[i] === '@' && typeof value === 'string' ? value : cellInput(value);
    }
    return line;
  });
  range.setValues(cells);
}

/** A ledger event as the Contact log's Mode and Result say it, in the owner's language. */
function reportRow(entry: LedgerEntry, event: LedgerEvent, words: Record<LogWord, string>) {
  const result =
    event.kind === 'outcome'
      ? words[event.result]
      : event.kind === 'release'
        ? words.released
        : event.kind === 'marked'
          ? words.marked
          : '';
  return {
    time: new Date(event.timeMs),
    campaign: entry.campaignId,
    customer: entry.customer,
    email: entry.email,
    template: entry.templateId,
    subject: entry.subject,
    mode: entry.mode === undefined ? '' : words[entry.mode],
    result,
    detail: event.kind === 'outcome' ? event.detail : '',
  };
}

/**
 * Shows in the visible Contact log every ledger event it does not show yet (outcomes, releases,
 * drafts marked sent), then records that it did. Called holding the document lock.
 */
export function reportLedger(
  spreadsheet: Spreadsheet,
  language: Language,
  ledger: Ledger,
  timeZone: string,
): void {
  const state = ledger.state;
  if (state === undefined || state.reported >= ledger.events.length) return;
  const entries = new Map(entriesOf(ledger.events, timeZone).map((e) => [e.id, e]));
  const rows = [];
  for (const event of ledger.events.slice(state.reported)) {
    // Unsubscribes are shown on the Unsubscribed list, not in the Contact log.
    if (event.kind === 'attempt' || event.kind === 'unsubscribe') continue;
    const entry = entries.get(event.id);
    if (entry !== undefined) rows.push(reportRow(entry, event, serverTexts().logWords[language]));
  }
  const known = state.logSheetId === undefined ? null : spreadsheet.getSheetById(state.logSheetId);
  const sheet = known ?? ensureContactLog(spreadsheet, language);
  appendByHeader(sheet, language, rows);
  SpreadsheetApp.flush();
  setReported(ledger, ledger.events.length, sheet.getSheetId());
}
