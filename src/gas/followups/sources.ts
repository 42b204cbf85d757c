// Reads everything a follow-up campaign is decided from, with the owner's column setup (issue 5's
// src/gas/column-setup.ts: saved choices, else detection): the purchase log (analysed), the customer
// sheet, the feedback sheet, and the add-on's Templates sheet and Contact log.
//
// Dates: follow-ups are judged by TODAY, whatever analysis date the column setup fixes. An email
// goes out today, so "bought since", the audience ("due", "at risk"), the cool-down and the log are
// all read as of today; a fixed date (the owner's, for Analyze) would hide every later purchase and
// greet a customer who bought last week with "we miss you". The panel shows both dates.
import { type Analysis, analyzePurchases } from '../../core/analysis';
import type { Grid } from '../../core/cells';
import type { DayNumber } from '../../core/days';
import type { CampaignInputs } from '../../core/followups/campaign';
import { type ContactLogEntry, readContactLog } from '../../core/followups/contact-log';
import {
  type ContactDirectory,
  EMPTY_DIRECTORY,
  readContacts,
  readOpenComplaints,
} from '../../core/followups/contacts';
import type { FollowUpSettings } from '../../core/followups/followup-settings';
import { applySuppression } from '../../core/followups/suppression';
import {
  combineTemplates,
  type FollowUpTemplate,
  readTemplateSheet,
  type TemplateRowProblem,
} from '../../core/followups/templates';
import type { ResolvedSetup } from '../../core/mapping/detect';
import { dayOfInstant } from '../../core/time/zone';
import { currentSetup } from '../column-setup';
import { type SheetEnv, sheetEnv } from '../sheet-env';
import { builtInTemplates } from './built-in-templates';
import { findFollowUpSheet } from './owned-sheets';
import { readSuppressionList } from './suppression-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SpreadsheetContext extends SheetEnv {
  now: Date;
  todayDay: DayNumber;
}

function values(spreadsheet: Spreadsheet, sheetName: string | undefined): Grid {
  if (sheetName === undefined) return [];
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (sheet === null || sheet.getLastRow() === 0 || sheet.getLastColumn() === 0) return [];
  return sheet.getDataRange().getValues() as Grid;
}

/** The purchase log analysed as of today (see the top); undefined without a log. */
export function analyse(setup: ResolvedSetup, context: SpreadsheetContext): Analysis | undefined {
  const purchases = setup.purchases;
  if (purchases === undefined) return undefined;
  const asOfDay = context.todayDay;
  const grid = values(context.spreadsheet, purchases.sheet);
  return analyzePurchases(grid.slice(purchases.headerRow - 1), {
    timeZone: context.timeZone,
    dateOrder: context.dateOrder,
    asOfDay,
    columns: purchases.columns,
    firstRowNumber: purchases.headerRow,
    knownHeaderRows: 1,
  });
}

export interface TemplateSet {
  templates: FollowUpTemplate[];
  problems: TemplateRowProblem[];
  sheetName: string | undefined;
}

/** Built-in templates with the Templates sheet's rows over them. */
export function readTemplates(spreadsheet: Spreadsheet): TemplateSet {
  const sheet = findFollowUpSheet(spreadsheet, 'templates');
  const owned =
    sheet === undefined
      ? { templates: [], problems: [] }
      : readTemplateSheet(values(spreadsheet, sheet.getName()));
  return {
    templates: combineTemplates(builtInTemplates(), owned.templates),
    problems: owned.problems,
    sheetName: sheet?.getName(),
  };
}

/** The Contact log's rows (none before the first draft or send). */
export function readLog(spreadsheet: Spreadsheet, timeZone: string): ContactLogEntry[] {
  const sheet = findFollowUpSheet(spreadsheet, 'contactLog');
  return readContactLog(sheet === undefined ? [] : values(spreadsheet, sheet.getName()), timeZone);
}

export interface FollowUpData {
  context: SpreadsheetContext;
  setup: ResolvedSetup;
  analysis: Analysis | undefined;
  directory: ContactDirectory;
  openComplaints: Set<string>;
  templates: TemplateSet;
  log: ContactLogEntry[];
}

/** Everything read fresh from the sheets. */
export function loadFollowUpData(now: Date): FollowUpData {
  const env = sheetEnv();
  const context: SpreadsheetContext = { ...env, now, todayDay: dayOfInstant(now, env.timeZone) };
  const { resolved: setup } = currentSetup(env);
  const spreadsheet = env.spreadsheet;
  return {
    context,
    setup,
    analysis: analyse(setup, context),
    // The add-on's Unsubscribed list applies whatever the customer sheet says now.
    directory: applySuppression(
      setup.customers === undefined
        ? EMPTY_DIRECTORY
        : readContacts(values(spreadsheet, setup.customers.sheet), setup.customers),
      readSuppressionList(spreadsheet),
    ),
    openComplaints:
      setup.feedback === undefined
        ? new Set()
        : readOpenComplaints(values(spreadsheet, setup.feedback.sheet), setup.feedback),
    templates: readTemplates(spreadsheet),
    log: readLog(spreadsheet, env.timeZone),
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
    asOfDay: analysis.asOfDay,
    todayDay: data.context.todayDay,
    directory: data.directory,
    openComplaints: data.openComplaints,
    log: data.log,
    templates: data.templates.templates,
    settings,
    optOutAcknowledged,
  };
}
