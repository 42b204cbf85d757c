// Reads everything a follow-up campaign is decided from, with the owner's column setup (issue 5's
// src/gas/column-setup.ts: saved choices, else detection): the purchase log (analysed), the customer
// sheet, the feedback sheet, and the add-on's Templates sheet and send ledger (ledger-store.ts).
//
// Dates: follow-ups are judged by TODAY, whatever analysis date the column setup fixes. An email
// goes out today, so "bought since", the audience ("due", "at risk"), the cool-down and the log are
// all read as of today; a fixed date (the owner's, for Analyze) would hide every later purchase and
// greet a customer who bought last week with "we miss you". The panel shows both dates.

import { type Analysis, analyzeLog } from '../../core/analysis';
import type { Grid } from '../../core/cells';
import { rowsNotAnalysedByCustomer, visitsThatPaidNothing } from '../../core/customers/rows-not-analysed';
import type { DayNumber } from '../../core/days';
import { withLogDirectory } from '../../core/exports/log-contacts';
import type { TabHead } from '../../core/exports/tabs';
import type { CampaignInputs } from '../../core/followups/campaign';
import { type ContactLogEntry, keyedToCustomers } from '../../core/followups/contact-log';
import {
  type ContactDirectory,
  EMPTY_DIRECTORY,
  readContacts,
  readOpenComplaints,
} from '../../core/followups/contacts';
import type { FollowUpSettings } from '../../core/followups/followup-settings';
import { unsubscribedIn } from '../../core/followups/ledger';
import type { LedgerProblem } from '../../core/followups/server-texts';
import {
  applySuppression,
  type SuppressionEntry,
  type SuppressionList,
  unionOf,
  withEntries,
} from '../../core/followups/suppression';
import {
  combineTemplates,
  dropSupersededRows,
  type FollowUpTemplate,
  readTemplateSheet,
  type TemplateRowProblem,
} from '../../core/followups/templates';
import { type CustomersMatch, logCustomers, matchSetup } from '../../core/mapping/customers-key';
import type { ResolvedSetup } from '../../core/mapping/detect';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { dayOfInstant } from '../../core/time/zone';
import { checkSavedSetup, sheetCurrency } from '../analysis-run';
import { currentSetup } from '../column-setup';
import { readPurchaseTabs } from '../purchase-tabs';
import { gridOf, type SheetEnv, sheetEnv } from '../sheet-env';
import { builtInTemplates, serverTexts, supersededBodies } from './built-in-templates';
import { type Ledger, LedgerUnreadable, readLedger } from './ledger-store';
import { findFollowUpSheet } from './owned-sheets';
import { findOptOuts, readSuppressionList } from './suppression-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface SpreadsheetContext extends SheetEnv {
  now: Date;
  todayDay: DayNumber;
}

/**
 * The purchase log analysed as of today (see the top), and the mapped sheet's cells as read; nothing
 * without a log.
 */
function analyse(
  setup: ResolvedSetup,
  context: SpreadsheetContext,
  heads: readonly TabHead[] = [],
): { analysis: Analysis | undefined; purchaseCells: Grid | undefined } {
  const purchases = setup.purchases;
  if (purchases === undefined) return { analysis: undefined, purchaseCells: undefined };
  const asOfDay = context.todayDay;
  const { log, sheet } = readPurchaseTabs(context.spreadsheet, purchases, heads, {
    timeZone: context.timeZone,
    dateOrder: context.dateOrder,
    decimalMark: context.decimalMark,
    asOfDay,
  });
  // Follow-ups show no model figure unless a template asks for one: the model is fitted only then.
  const analysis = analyzeLog(log, asOfDay, DEFAULT_SETTINGS, undefined, { needs: 'none' });
  return { analysis, purchaseCells: sheet };
}

interface TemplateSet {
  templates: FollowUpTemplate[];
  problems: TemplateRowProblem[];
  sheetName: string | undefined;
}

/** Built-in templates with the Templates sheet's rows over them. */
function readTemplates(spreadsheet: Spreadsheet): TemplateSet {
  const sheet = findFollowUpSheet(spreadsheet, 'templates');
  const owned =
    sheet === undefined ? { templates: [], problems: [] } : readTemplateSheet(gridOf(sheet), serverTexts());
  return {
    // Rows an earlier version wrote and the owner never edited give way to the current texts.
    templates: combineTemplates(builtInTemplates(), dropSupersededRows(owned.templates, supersededBodies())),
    problems: owned.problems,
    sheetName: sheet?.getName(),
  };
}

/** The send ledger, or why it cannot be read with certainty. */
function loadLedger(
  spreadsheet: Spreadsheet,
  timeZone: string,
  nowMs: number,
): { ledger: Ledger; problem?: undefined } | { ledger?: undefined; problem: LedgerProblem } {
  try {
    return { ledger: readLedger(spreadsheet, timeZone, nowMs) };
  } catch (error) {
    if (error instanceof LedgerUnreadable) return { problem: error.problem };
    throw error;
  }
}

/** Every draft, send and test the ledger records (none before the first, or when it is unreadable). */
export function readLog(spreadsheet: Spreadsheet, timeZone: string, nowMs: number): ContactLogEntry[] {
  return loadLedger(spreadsheet, timeZone, nowMs).ledger?.entries ?? [];
}

export interface FollowUpData {
  context: SpreadsheetContext;
  setup: ResolvedSetup;
  analysis: Analysis | undefined;
  /** The mapped purchase sheet's cells as read for the analysis (its currency marks: no second read). */
  purchaseCells: Grid | undefined;
  directory: ContactDirectory;
  openComplaints: Set<string>;
  templates: TemplateSet;
  /** The ledger's entries; empty when `ledgerProblem` is set. */
  log: ContactLogEntry[];
  ledger: Ledger | undefined;
  /** Set when the ledger cannot be read with certainty: nothing may be sent. */
  ledgerProblem: LedgerProblem | undefined;
  /** The Unsubscribed list as the sheet (and its copies) holds it. */
  suppression: SuppressionList;
  /** The unsubscribes the send ledger records, whatever became of the sheet (applied with it). */
  unsubscribed: SuppressionList;
  /** The sheets' explicit opt-outs, which a batch copies to the list (already applied to `directory`). */
  optOuts: SuppressionEntry[];
  /** How the customer sheet's key column meets the log's customers (none without both). */
  customersMatch: CustomersMatch | undefined;
}

/** Everything read fresh from the sheets. */
export function loadFollowUpData(now: Date): FollowUpData {
  const env = sheetEnv();
  const context: SpreadsheetContext = { ...env, now, todayDay: dayOfInstant(now, env.timeZone) };
  const { resolved, heads } = currentSetup(env);
  checkSavedSetup(resolved, env.language);
  const spreadsheet = env.spreadsheet;
  const { analysis, purchaseCells } = analyse(resolved, context, heads);
  const customerCells = resolved.customers
    ? gridOf(spreadsheet.getSheetByName(resolved.customers.sheet))
    : [];
  // A detected customer sheet is keyed by the column naming the log's customers (mapping/customers-key.ts).
  const { setup, match: customersMatch } = analysis
    ? matchSetup(resolved, customerCells, logCustomers(analysis.log))
    : { setup: resolved, match: undefined };
  const loaded = loadLedger(spreadsheet, env.timeZone, now.getTime());
  const problem = loaded.problem;
  // Every batch first copies the sheets' explicit opt-outs to the Unsubscribed list: applied here
  // too (read only), so the preview skips exactly whom the batch will. An opt-out or consent column
  // in the purchase log is an opt-out column.
  const contacts = setup.customers ? readContacts(customerCells, setup.customers) : EMPTY_DIRECTORY;
  const optOuts = findOptOuts(env, heads, setup, contacts);
  const suppression = readSuppressionList(spreadsheet, heads);
  // None when the ledger cannot be read: then nothing is sent.
  const unsubscribed = unsubscribedIn(loaded.ledger?.events ?? []);
  const directory = applySuppression(
    withLogDirectory(contacts, analysis?.log),
    unionOf(withEntries(suppression, optOuts.entries), unsubscribed),
  );
  const logHasOptOuts = setup.purchases !== undefined && optOuts.sheets.includes(setup.purchases.sheet);
  // Each contact under the customer's key as the analysis has it (the log names them by name and
  // email; an export keys them by email or id).
  const ledger =
    loaded.ledger && analysis
      ? {
          ...loaded.ledger,
          entries: keyedToCustomers(loaded.ledger.entries, analysis.byKey, directory.byKey.values()),
        }
      : loaded.ledger;
  return {
    context,
    setup,
    analysis,
    purchaseCells,
    // Without a customer sheet, the purchase log's own email and consent columns are the contacts;
    // the add-on's Unsubscribed list applies whatever the sheets say now.
    directory: logHasOptOuts ? { ...directory, hasOptOutColumn: true } : directory,
    openComplaints:
      setup.feedback === undefined
        ? new Set()
        : readOpenComplaints(gridOf(spreadsheet.getSheetByName(setup.feedback.sheet)), setup.feedback),
    templates: readTemplates(spreadsheet),
    log: ledger?.entries ?? [],
    ledger,
    ledgerProblem: problem,
    suppression,
    unsubscribed,
    optOuts: optOuts.entries,
    customersMatch,
  };
}

/** The inputs of `planCampaign`; throws a readable error when there is no purchase log. */
export function campaignInputs(
  data: FollowUpData,
  settings: FollowUpSettings,
  optOutAcknowledged = false,
): CampaignInputs {
  const analysis = data.analysis;
  if (analysis === undefined) {
    throw new Error(
      'No purchase log found: Regulars needs a sheet with customer, date and amount columns (see Column setup).',
    );
  }
  return {
    customers: analysis.customers,
    byKey: analysis.byKey,
    texts: serverTexts(),
    // The sheet's currency as Analyze finds it ({{totalSpent}}): the Analysis of a log knows none.
    currency:
      data.setup.purchases &&
      sheetCurrency(data.context, data.setup.purchases, analysis.log, data.purchaseCells),
    asOfDay: analysis.asOfDay,
    todayDay: data.context.todayDay,
    directory: data.directory,
    openComplaints: data.openComplaints,
    log: data.log,
    templates: data.templates.templates,
    settings,
    ledgerProblem: data.ledgerProblem,
    optOutAcknowledged,
    rowsNotAnalysed: rowsNotAnalysedByCustomer(analysis.log),
    visitsThatPaidNothing: visitsThatPaidNothing(
      (analysis.zeroAmountDays ?? []).concat(analysis.refundedDays ?? []),
    ),
  };
}
