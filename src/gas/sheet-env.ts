import type { Grid } from '../core/cells';
import { type Language, languageOfLocale } from '../core/i18n/language';
import { type DecimalMark, decimalMarkOfLocale } from '../core/input/parse-amount';
import { type DateOrder, dateOrderOfLocale } from '../core/input/parse-date';

/** What every menu and sidebar call reads about the spreadsheet first. */
export interface SheetEnv {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  locale: string;
  language: Language;
  dateOrder: DateOrder;
  decimalMark: DecimalMark | undefined;
}

export function sheetEnv(): SheetEnv {
  const spreadsheet = SpreadsheetApp.getActive();
  const locale = spreadsheet.getSpreadsheetLocale();
  return {
    spreadsheet,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale,
    language: languageOfLocale(locale),
    dateOrder: dateOrderOfLocale(locale),
    decimalMark: decimalMarkOfLocale(locale),
  };
}

/**
 * A sheet's values from A1, as getValues() returns them; [] for a missing sheet and for an empty one
 * (whose data range would be one blank cell).
 */
export function gridOf(sheet: GoogleAppsScript.Spreadsheet.Sheet | null | undefined): Grid {
  if (!sheet || sheet.getLastRow() === 0 || sheet.getLastColumn() === 0) return [];
  return sheet.getDataRange().getValues() as Grid;
}

/** What a call holding the document lock gave, or why it did not run. */
export type Locked<T> = { ok: true; value: T } | { ok: false; reason: 'busy' | 'noLock' };

/**
 * Runs `work` holding the document lock, so two executions never write the same sheets at once. Not
 * run when another execution holds the lock for `waitMs` ('busy'), or when there is no lock at all
 * ('noLock': documented as `Lock | null`, null outside a document,
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 */
export function tryDocumentLock<T>(work: () => T, waitMs = 10_000): Locked<T> {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (lock === null) return { ok: false, reason: 'noLock' };
  if (!lock.tryLock(waitMs)) return { ok: false, reason: 'busy' };
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}

/**
 * The analysis' and the sample's lock: busy is an error with `busyMessage`. Without a lock they run
 * unserialised: they write only the add-on's own sheets and email nobody (the follow-ups refuse to
 * send without one: followups/send-protocol.ts).
 */
export function withDocumentLock<T>(busyMessage: string, work: () => T): T {
  const locked = tryDocumentLock(work, 20_000);
  if (locked.ok) return locked.value;
  if (locked.reason === 'busy') throw new Error(busyMessage);
  return work();
}
