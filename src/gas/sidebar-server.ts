// The functions the sidebar calls through google.script.run. Each validates its one argument with
// zod/mini (the sidebar is a client like any other) and returns only plain data: numbers, strings,
// booleans, arrays and objects of them, dates as YYYY-MM-DD. main.ts exposes them as top-level
// functions; src/sidebar/server.ts types its calls from main.ts, so a rename breaks the build.

import * as z from 'zod/mini';
import { contactOwner } from '../core/customers/contact-keys';
import { insightLookup } from '../core/customers/customer-lookup';
import { notAnalysedAnswer } from '../core/formulas/not-analysed-answer';
import type { Language } from '../core/i18n/language';
import { normalizeCustomerKey } from '../core/input/customer-key';
import { findHeaderRow, type SheetKind } from '../core/input/headers';
import { overRefundWhy } from '../core/insights/over-refund-why';
import { MAX_HEADER_ROW } from '../core/mapping/column-setup';
import { text } from '../core/mapping/leaf-schemas';
import type { ModelSetting } from '../core/model-setting';
import { cellText } from '../core/report/customer-sheets';
import {
  buildCustomerCard,
  buildOverview,
  type CustomerCard,
  type Overview,
} from '../core/report/sidebar-data';
import { parseOrThrow } from '../core/validation';
import { runAnalysis, SetupError } from './analysis-run';
import { type AnalyzeResult, writeAnalysis } from './analyze-customers';
import * as setup from './column-setup';
import { readModelSetting } from './model-setting';
import { findReusableSheet } from './owned-sheets';
import { insertSampleWorkbook, type SampleResult } from './sample-data';
import { sheetEnv, withDocumentLock } from './sheet-env';
import { analyzeTexts } from './texts-file';

/** No argument: google.script.run sends nothing (undefined) or null. */
const NoArgsSchema = z.optional(z.nullable(z.strictObject({})));
// `label`: the selected cell as shown, to name a customer not analysed whose rows keep no label.
const CardRequestSchema = z.strictObject({ key: text(1, 1000), label: z.optional(text(0, 1000)) });

export type OverviewResponse =
  | {
      ok: true;
      language: Language;
      overview: Overview;
      /** The owner's model setting, with a note when the stored one could not be used. */
      modelSetting: ModelSetting;
      purchasesSheet: string;
      customerSheet: string | null;
      feedbackSheet: string | null;
    }
  | { ok: false; language: Language; message: string };

export function getOverview(request?: unknown): OverviewResponse {
  parseOrThrow(NoArgsSchema, request, 'request');
  const env = sheetEnv();
  try {
    const run = runAnalysis(env);
    return {
      ok: true,
      language: env.language,
      overview: buildOverview(run.analysis, { currency: run.currency ?? null, dateOrder: env.dateOrder }),
      modelSetting: readModelSetting(),
      purchasesSheet: run.purchases.sheet,
      customerSheet: run.setup.customers?.sheet ?? null,
      feedbackSheet: run.setup.feedback?.sheet ?? null,
    };
  } catch (error) {
    if (error instanceof SetupError) return { ok: false, language: env.language, message: error.message };
    throw error;
  }
}

export interface Selection {
  sheet: string;
  row: number;
  key: string;
  label: string;
}

/**
 * The customer of the selected row, on any sheet with a customer column: the mapped sheets by their
 * setup, any other by its header (purchase log, customer list or feedback aliases). Cheap enough to
 * poll: the active sheet's first rows and one cell.
 */
export function getSelectedCustomer(request?: unknown): Selection | null {
  parseOrThrow(NoArgsSchema, request, 'request');
  const env = sheetEnv();
  const sheet = env.spreadsheet.getActiveSheet();
  const range = sheet.getActiveRange();
  if (!range) return null;
  const row = range.getRow();
  const name = sheet.getName();
  let found: { headerRow: number; column: number } | undefined;
  const saved = setup.loadSavedSetup();
  const purchases = saved?.purchases;
  const customers = saved?.customers;
  const feedback = saved?.feedback;
  if (purchases?.sheet === name)
    found = { headerRow: purchases.headerRow, column: purchases.columns.customer };
  else if (customers?.sheet === name)
    found = { headerRow: customers.headerRow, column: customers.columns.key };
  else if (feedback?.sheet === name)
    found = { headerRow: feedback.headerRow, column: feedback.columns.customer };
  else {
    const height = Math.min(sheet.getLastRow(), MAX_HEADER_ROW);
    const width = Math.min(sheet.getLastColumn(), 200);
    if (height < 1 || width < 1) return null;
    const head = sheet.getRange(1, 1, height, width).getValues();
    for (const kind of ['purchases', 'customers', 'feedback'] as const satisfies readonly SheetKind[]) {
      const match = findHeaderRow(head, kind);
      const mapping = match?.mapping as { customer?: number; key?: number } | undefined;
      const column = mapping?.customer ?? mapping?.key;
      if (match && column !== undefined) {
        found = { headerRow: match.rowIndex + 1, column };
        break;
      }
    }
  }
  if (!found || row <= found.headerRow) return null;
  const value = sheet.getRange(row, found.column + 1).getValue();
  const key = normalizeCustomerKey(value);
  return key === '' ? null : { sheet: name, row, key, label: cellText(value) };
}

export interface CardResponse {
  language: Language;
  card: CustomerCard | null;
  /** The Data issues sheet's name when the card has rows not counted and Analyze wrote it; else null. */
  issuesSheet: string | null;
}

export function getCustomerCard(request: unknown): CardResponse {
  const { key, label } = parseOrThrow(CardRequestSchema, request, 'request');
  const env = sheetEnv();
  const run = runAnalysis(env, { feedback: true });
  const { analysis } = run;
  // Not analysed: what the worded formulas say of them, with the sheet's rows.
  const said = notAnalysedAnswer({ ...analysis.log, returnsOnly: analysis.returnsOnly }, env.language, false);
  const cell = label?.trim() || key;
  // By key, or by the name Insights shows when an export keys customers by email, or by an email or
  // phone of the log's, as the formulas find them (a log keyed by name: the card of a customer asked
  // by their address, analysed or not, found no one).
  const asked = normalizeCustomerKey(key);
  const normalized =
    insightLookup(analysis.byKey)(asked)?.summary.key ??
    (said(asked, cell) === undefined
      ? contactOwner(analysis.log.contacts?.values() ?? [], asked)
      : undefined) ??
    asked;
  const notAnalysed = analysis.byKey.has(normalized) ? undefined : said(normalized, cell);
  const card = buildCustomerCard(
    run.analysis,
    normalized,
    run.profiles?.get(normalized),
    run.feedback?.get(normalized) ?? [],
    { currency: run.currency ?? null, dateOrder: env.dateOrder },
    {
      notAnalysed,
      whyNote: overRefundWhy(analysis.overRefunds, env.language, false, run.currency)(normalized),
    },
  );
  // Where each of those rows is listed: the card points there.
  const issues =
    card?.insight?.notCounted.length || card?.notAnalysed
      ? findReusableSheet(env.spreadsheet, 'dataIssues')
      : null;
  return { language: env.language, card, issuesSheet: issues?.getName() ?? null };
}

export function getColumnSetup(request?: unknown): setup.ColumnSetupView {
  parseOrThrow(NoArgsSchema, request, 'request');
  return setup.columnSetupView(sheetEnv());
}

/**
 * The arguments are validated by `ColumnSetupSchema` and the save confirmation's schema
 * (core/mapping/column-setup.ts) inside.
 */
export function saveColumnSetup(request: unknown, confirmation?: unknown): setup.ColumnSetupView {
  return setup.saveColumnSetup(sheetEnv(), request, confirmation);
}

export function resetColumnSetup(request?: unknown): setup.ColumnSetupView {
  parseOrThrow(NoArgsSchema, request, 'request');
  return setup.resetColumnSetup(sheetEnv());
}

export type AnalyzeResponse = ({ ok: true } & AnalyzeResult) | { ok: false; message: string };

export function analyzeFromSidebar(request?: unknown): AnalyzeResponse {
  parseOrThrow(NoArgsSchema, request, 'request');
  const env = sheetEnv();
  try {
    return {
      ok: true,
      ...withDocumentLock(analyzeTexts().report[env.language].busy, () => writeAnalysis(env)),
    };
  } catch (error) {
    if (error instanceof SetupError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * The workbook is validated by `SampleWorkbookSchema` (sample-data.ts) inside; `options` is
 * `{ replace: true }` once the owner confirmed replacing the sample sheets, else absent.
 */
export function insertSample(request: unknown, options?: unknown): SampleResult {
  const replace =
    options !== undefined && options !== null && (options as { replace?: unknown }).replace === true;
  if (options !== undefined && options !== null && (typeof options !== 'object' || !replace))
    throw new Error('Invalid sample request — options must be { replace: true } or nothing.');
  const env = sheetEnv();
  return withDocumentLock(analyzeTexts().report[env.language].busy, () =>
    insertSampleWorkbook(env, request, replace),
  );
}
