import { type Language, languageOfLocale } from '../core/i18n/language';
import { type DateOrder, dateOrderOfLocale } from '../core/input/parse-date';

/** What every menu and sidebar call reads about the spreadsheet first. */
export interface SheetEnv {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  locale: string;
  language: Language;
  dateOrder: DateOrder;
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
  };
}

/** Runs `work` holding the document lock, so two runs never write the same sheets at once. */
export function withDocumentLock<T>(busyMessage: string, work: () => T): T {
  // Documented as `Lock | null`, null outside a document
  // (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()). The
  // analysis then runs unserialised: it writes only the add-on's own sheets and emails nobody (the
  // follow-ups refuse to send without a lock: followups/send-protocol.ts).
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (lock === null) return work();
  if (!lock.tryLock(20_000)) throw new Error(busyMessage);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
