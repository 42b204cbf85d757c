// Column setup in the shell: reads the head of every sheet, detects the purchase log, customer sheet
// and feedback sheet, merges the owner's saved choices (document property `regulars.columnSetup`,
// validated with zod on the way in and out) and hands the sidebar plain data to confirm or change.

import type { CellValue } from '../core/cells';
import { mostlyEmails } from '../core/customers/key-emails';
import { type DetectionReport, detectionReport } from '../core/exports/detection-report';
import type { Language } from '../core/i18n/language';
import { normalizeCustomerKey } from '../core/input/customer-key';
import type { SheetKind } from '../core/input/headers';
import {
  type ColumnSetup,
  confirmsOptOutDrop,
  MAX_HEADER_ROW,
  parseColumnSetup,
  SHEET_KINDS,
  type SheetMappingOf,
} from '../core/mapping/column-setup';
import { matchesNobody, matchSetup } from '../core/mapping/customers-key';
import {
  closestPartialMatch,
  type MappingSource,
  type PartialMatch,
  type ResolvedSetup,
  resolveSetup,
  type SetupNote,
  type SheetHead,
} from '../core/mapping/detect';
import {
  droppedOptOutColumns,
  droppedOptOutText,
  type OptOutColumn,
  withColumnsNowThere,
} from '../core/mapping/opt-out-columns';
import { headersOfMapping } from '../core/mapping/saved-headers';
import { dayOfIsoDate } from '../core/sample/sample-workbook';
import { isoOfDay } from '../core/time/civil';
import { dayOfInstant } from '../core/time/zone';
import { analysisDateProblem } from './analysis-date';
import { loadDocumentJson, saveDocumentJson } from './document-json';
import { ownedSheetRoles } from './owned-sheets';
import { copiedTabs } from './purchase-tabs';
import { gridOf, type SheetEnv } from './sheet-env';
import { analyzeTexts } from './texts-file';

const SETUP_PROPERTY = 'regulars.columnSetup';
/** Columns of a sheet's head sent to the sidebar (a purchase log is rarely wider). */
const MAX_HEAD_COLUMNS = 200;
const MAX_HEAD_TEXT = 60;

/** The owner's saved setup; a value that no longer parses is ignored (detection takes over). */
export function loadSavedSetup(): ColumnSetup | undefined {
  return loadDocumentJson<ColumnSetup | undefined>(SETUP_PROPERTY, parseColumnSetup, undefined);
}

/**
 * The first rows of every sheet the owner's data may be in: all but the add-on's own report sheets
 * (its sample-data sheets count as the owner's). One getValues per sheet.
 */
function readSheetHeads(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetHead[] {
  const roles = ownedSheetRoles(spreadsheet);
  const heads: SheetHead[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (roles.has(sheet.getSheetId())) continue;
    const width = sheet.getLastColumn();
    const height = Math.min(sheet.getLastRow(), MAX_HEADER_ROW);
    const rows =
      width > 0 && height > 0
        ? (sheet.getRange(1, 1, height, Math.min(width, MAX_HEAD_COLUMNS)).getValues() as CellValue[][])
        : [];
    heads.push({ name: sheet.getName(), width, rows });
  }
  return heads;
}

export function currentSetup(env: SheetEnv): { resolved: ResolvedSetup; heads: SheetHead[] } {
  const heads = readSheetHeads(env.spreadsheet);
  return { resolved: resolveSetup(loadSavedSetup(), heads), heads };
}

/** What the sidebar's column setup shows. */
export interface ColumnSetupView {
  language: Language;
  /** Each sheet's first rows as text, to label columns by their header. */
  sheets: { name: string; width: number; rows: string[][] }[];
  purchases: SheetMappingOf['purchases'] | null;
  customers: SheetMappingOf['customers'] | null;
  feedback: SheetMappingOf['feedback'] | null;
  source: Record<SheetKind, MappingSource>;
  notes: SetupNote[];
  /** Without a purchase log: the sheet closest to being one, and the columns it lacks. */
  partial: PartialMatch<'purchases'> | null;
  /** The customer sheet has keys and none is a customer of the log by this column (customers-key.ts). */
  customersUnmatched: { sheet: string; header: string } | null;
  /**
   * No email column is mapped and the log's customer column holds (almost all) addresses: follow-ups
   * write to those (customers/key-emails.ts). The log's sheet and that column's header.
   */
  keyEmails: { sheet: string; header: string } | null;
  /** Which export the purchase log is, how sure detection is, whether its profile is verified. */
  detection: DetectionReport | null;
  asOf: string | null;
  today: string;
  /**
   * Opt-out and consent columns of the saved setup that the setup shown no longer has, each with the
   * column now where it stood, if any (offered to the owner, never picked).
   */
  optOutBefore: OptOutColumn[];
}

/**
 * A detected customer sheet keyed by the column naming the log's customers, and how well its key
 * matches them (core/mapping/customers-key.ts): the log's customer column and the customer sheet read.
 */
function matchedCustomers(env: SheetEnv, resolved: ResolvedSetup) {
  const { purchases, customers } = resolved;
  const log = purchases && env.spreadsheet.getSheetByName(purchases.sheet);
  if (!purchases || !customers || !log) return { setup: resolved, match: undefined };
  const height = log.getLastRow() - purchases.headerRow;
  const cells =
    height > 0
      ? log.getRange(purchases.headerRow + 1, purchases.columns.customer + 1, height, 1).getValues()
      : [];
  const logKeys = cells.map((row) => normalizeCustomerKey(row[0] as CellValue));
  return matchSetup(resolved, gridOf(env.spreadsheet.getSheetByName(customers.sheet)), logKeys);
}

/** The log's customer column, when it is the customers' addresses (see ColumnSetupView.keyEmails). */
function keyEmailsOf(env: SheetEnv, resolved: ResolvedSetup, heads: readonly SheetHead[]) {
  const { purchases, customers } = resolved;
  if (!purchases || purchases.columns.email !== undefined || customers?.columns.email !== undefined)
    return null;
  const log = env.spreadsheet.getSheetByName(purchases.sheet);
  const height = log ? log.getLastRow() - purchases.headerRow : 0;
  if (!log || height <= 0) return null;
  const cells = log.getRange(purchases.headerRow + 1, purchases.columns.customer + 1, height, 1).getValues();
  if (!mostlyEmails(cells.map((row) => row[0]))) return null;
  const head = heads.find((h) => h.name === purchases.sheet)?.rows[purchases.headerRow - 1];
  return { sheet: purchases.sheet, header: headText(head?.[purchases.columns.customer] ?? '', env.timeZone) };
}

export function columnSetupView(env: SheetEnv): ColumnSetupView {
  const heads = readSheetHeads(env.spreadsheet);
  const saved = loadSavedSetup();
  const { setup: resolved, match } = matchedCustomers(env, resolveSetup(saved, heads));
  return {
    language: env.language,
    sheets: heads.map((h) => ({
      name: h.name,
      width: h.width,
      rows: h.rows.map((row) => row.map((v) => headText(v, env.timeZone))),
    })),
    purchases: resolved.purchases ?? null,
    customers: resolved.customers ?? null,
    feedback: resolved.feedback ?? null,
    source: resolved.source,
    notes: resolved.notes,
    partial: resolved.purchases ? null : (closestPartialMatch(heads, 'purchases') ?? null),
    detection: resolved.purchases
      ? detectionReport(heads, resolved.purchases, copiedTabs(env.spreadsheet, resolved.purchases, heads))
      : null,
    customersUnmatched: match && matchesNobody(match) ? { sheet: match.sheet, header: match.header } : null,
    keyEmails: keyEmailsOf(env, resolved, heads),
    asOf: resolved.asOf ?? null,
    today: isoOfDay(dayOfInstant(new Date(), env.timeZone)),
    optOutBefore: withColumnsNowThere(
      droppedOptOutColumns(saved, resolved),
      saved,
      resolved,
      (sheet) => heads.find((h) => h.name === sheet)?.rows,
    ),
  };
}

/**
 * Validates the owner's setup (zod, then against the sheets as they are now) and stores it. Throws a
 * readable error naming what is wrong; nothing is stored then. A setup that drops an opt-out or
 * consent column the saved one had is refused unless `confirmation` confirms it (opt-out-columns.ts).
 */
export function saveColumnSetup(env: SheetEnv, input: unknown, confirmation?: unknown): ColumnSetupView {
  const setup = parseColumnSetup(input);
  const dropped = droppedOptOutColumns(loadSavedSetup(), setup);
  if (dropped.length > 0 && !confirmsOptOutDrop(confirmation))
    throw new Error(droppedOptOutText(analyzeTexts().setup.optOutDropped, dropped, env.language));
  const heads = readSheetHeads(env.spreadsheet);
  for (const kind of SHEET_KINDS) {
    const mapping = setup[kind];
    if (!mapping) continue;
    const head = heads.find((h) => h.name === mapping.sheet);
    if (!head)
      throw new Error(`Invalid column setup — ${kind}: there is no sheet "${mapping.sheet}" to read.`);
    for (const [field, column] of Object.entries(mapping.columns)) {
      if (column !== undefined && column >= Math.max(head.width, 1)) {
        throw new Error(
          `Invalid column setup — ${kind}.${field}: sheet "${mapping.sheet}" has no data in that column.`,
        );
      }
    }
    // Remembered here, from the sheet, whatever the sidebar sent: what the columns are found by later.
    mapping.headers = headersOfMapping(mapping, head.rows);
  }
  // An analysis date no shop could mean is refused now, in words, rather than found out at Analyze.
  const purchases = setup.asOf ? resolveSetup(setup, heads).purchases : undefined;
  const dateProblem =
    purchases && setup.asOf
      ? analysisDateProblem(env, purchases, heads, dayOfIsoDate(setup.asOf))
      : undefined;
  if (dateProblem) throw new Error(dateProblem);
  saveDocumentJson(SETUP_PROPERTY, setup);
  return columnSetupView(env);
}

/** Forgets the owner's choices: detection decides again. */
export function resetColumnSetup(env: SheetEnv): ColumnSetupView {
  PropertiesService.getDocumentProperties().deleteProperty(SETUP_PROPERTY);
  return columnSetupView(env);
}

function headText(value: CellValue, timeZone: string): string {
  if (typeof value === 'string')
    return value.length > MAX_HEAD_TEXT ? `${value.slice(0, MAX_HEAD_TEXT)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toUpperCase();
  const ms = (value as Date).getTime();
  return Number.isNaN(ms) ? '' : isoOfDay(dayOfInstant(value as Date, timeZone));
}
