// One analysis run in the shell: read the mapped sheets (one getValues each), run the core once.
// Shared by Analyze customers, the sidebar overview and the customer card.
import { type Analysis, analyzeLog } from '../core/analysis';
import type { Grid } from '../core/cells';
import { currencyOfCode } from '../core/exports/currency-code';
import { hasLogContacts, withLogProfiles } from '../core/exports/log-contacts';
import type { CopiedTab } from '../core/exports/tab-copies';
import type { Currency } from '../core/i18n/format-number';
import type { Language } from '../core/i18n/language';
import { currencyOfCells, currencyOfFormats } from '../core/input/currency';
import type { PurchaseLog } from '../core/input/purchase';
import type { SheetMappingOf } from '../core/mapping/column-setup';
import { logCustomers, matchSetup } from '../core/mapping/customers-key';
import { closestPartialMatch, type ResolvedSetup } from '../core/mapping/detect';
import { setupMismatchText } from '../core/mapping/saved-headers';
import {
  type CustomerProfile,
  type FeedbackEntry,
  readFeedback,
  readProfiles,
  type UnreadSurveyCell,
} from '../core/report/customer-sheets';
import { partialLogText } from '../core/report/partial-log';
import { dayOfIsoDate } from '../core/sample/sample-workbook';
import { DEFAULT_SETTINGS } from '../core/settings';
import { dayOfInstant } from '../core/time/zone';
import { analysisDateProblem } from './analysis-date';
import { currentSetup } from './column-setup';
import { readModelSetting } from './model-setting';
import { readPurchaseTabs } from './purchase-tabs';
import { gridOf, type SheetEnv } from './sheet-env';
import { analyzeTexts } from './texts-file';

export interface AnalysisRun {
  setup: ResolvedSetup;
  purchases: SheetMappingOf['purchases'];
  analysis: Analysis;
  /** From the customer sheet, when there is one. */
  profiles: Map<string, CustomerProfile> | undefined;
  /** From the feedback sheet, when there is one and it was asked for. */
  feedback: Map<string, FeedbackEntry[]> | undefined;
  /** The sheet's currency: the amount cells' number format, else marks typed in them. */
  currency: Currency | undefined;
  /** The tabs of the export read, and those left out as copies of the others (core/exports/tab-copies.ts). */
  tabs: { read: string[]; copies: CopiedTab[] };
  /** The customer sheet's survey cells that are not scores, for Data issues (trial 21). */
  survey?: { sheet: string; cells: UnreadSurveyCell[] };
}

/** Amount cells whose formats are read: enough to see the sheet's habit, cheap on a big log. */
const FORMAT_SAMPLE_ROWS = 200;

/** Thrown when there is no purchase log to analyse; the message says which columns are needed. */
export class SetupError extends Error {}

/**
 * Stops when a saved setup had to be set aside (its columns moved and one of its headers is gone):
 * read by detection instead, the owner's ignore rules and opt-out column could be silently lost.
 */
export function checkSavedSetup(setup: ResolvedSetup, language: Language): void {
  // Every sheet and every header not found, so one look at Column setup mends them all.
  const texts = setup.notes.flatMap((note) =>
    note.problem === 'headerGone'
      ? [setupMismatchText(analyzeTexts().setup.mismatch, note.sheet, note.headers, language)]
      : [],
  );
  if (texts.length > 0) throw new SetupError(texts.join('\n\n'));
}

export function runAnalysis(env: SheetEnv, options: { feedback?: boolean } = {}): AnalysisRun {
  const { resolved, heads } = currentSetup(env);
  checkSavedSetup(resolved, env.language);
  const purchases = resolved.purchases;
  if (!purchases) {
    const texts = analyzeTexts();
    const t = texts.report[env.language];
    const partial = closestPartialMatch(heads, 'purchases');
    const rows = heads.find((h) => h.name === partial?.sheet)?.rows ?? [];
    const detail = partial ? `\n\n${partialLogText(partial, rows, env.language, texts)}` : '';
    throw new SetupError(t.noPurchaseLog + detail);
  }
  const asOfDay = resolved.asOf ? dayOfIsoDate(resolved.asOf) : dayOfInstant(new Date(), env.timeZone);
  // The mapped sheet and any tab of the same export (one per month, say), read as one log.
  const { log, sheet, tabs } = readPurchaseTabs(env.spreadsheet, purchases, heads, {
    timeZone: env.timeZone,
    dateOrder: env.dateOrder,
    decimalMark: env.decimalMark,
    asOfDay,
  });
  // A saved analysis date before every purchase, or far ahead of the log, is refused in words.
  const dateProblem = resolved.asOf ? analysisDateProblem(env, purchases, heads, asOfDay, log) : undefined;
  if (dateProblem) throw new SetupError(dateProblem);
  // The owner is looking at the model here (Analyze customers, the sidebar): check it even when fixed.
  const analysis = analyzeLog(log, asOfDay, DEFAULT_SETTINGS, undefined, {
    check: true,
    purchaseModel: readModelSetting().choice,
  });
  // Without a customer sheet, the export's own email, phone and name columns are the contacts.
  const unread: UnreadSurveyCell[] = [];
  const customerCells = resolved.customers
    ? gridOf(env.spreadsheet.getSheetByName(resolved.customers.sheet))
    : [];
  // A detected customer sheet is keyed by the column naming the log's customers (mapping/customers-key.ts).
  const setup =
    resolved.source.customers === 'detected'
      ? matchSetup(resolved, customerCells, logCustomers(analysis.log)).setup
      : resolved;
  const sheetProfiles = setup.customers ? readProfiles(customerCells, setup.customers, unread) : undefined;
  const profiles = hasLogContacts(log) ? withLogProfiles(sheetProfiles, log) : sheetProfiles;
  const feedback =
    options.feedback && setup.feedback
      ? readFeedback(gridOf(env.spreadsheet.getSheetByName(setup.feedback.sheet)), setup.feedback, env)
      : undefined;
  const currency = sheetCurrency(env, purchases, log, sheet);
  const survey =
    setup.customers && unread.length > 0 ? { sheet: setup.customers.sheet, cells: unread } : undefined;
  return { setup, purchases, analysis, profiles, feedback, currency, tabs, ...(survey ? { survey } : {}) };
}

/**
 * The currency money is shown in: the amount cells' number format, else marks typed in them, else
 * the currency the export names (its currency column, or its platform's), as a sign.
 */
export function sheetCurrency(
  env: SheetEnv,
  purchases: SheetMappingOf['purchases'],
  log: PurchaseLog,
  sheet: Grid = gridOf(env.spreadsheet.getSheetByName(purchases.sheet)),
): Currency | undefined {
  return (
    amountFormatCurrency(env, purchases) ??
    amountCellCurrency(sheet, purchases) ??
    currencyOfCode(log.currency)
  );
}

function amountFormatCurrency(env: SheetEnv, purchases: SheetMappingOf['purchases']): Currency | undefined {
  const sheet = env.spreadsheet.getSheetByName(purchases.sheet);
  const rows = Math.min(FORMAT_SAMPLE_ROWS, (sheet?.getLastRow() ?? 0) - purchases.headerRow);
  if (!sheet || rows <= 0) return undefined;
  const formats = sheet
    .getRange(purchases.headerRow + 1, purchases.columns.amount + 1, rows, 1)
    .getNumberFormats();
  return currencyOfFormats(formats.map((r) => r[0] ?? ''));
}

/**
 * Marks typed in the amount cells (`¥1,234.50`), when their formats show none: the same sample of
 * rows, taken from the cells already read for the log.
 */
function amountCellCurrency(sheet: Grid, purchases: SheetMappingOf['purchases']): Currency | undefined {
  const from = purchases.headerRow;
  return currencyOfCells(sheet.slice(from, from + FORMAT_SAMPLE_ROWS), purchases.columns.amount);
}
