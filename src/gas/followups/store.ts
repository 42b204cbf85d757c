// What the follow-ups keep per document: the owner's settings and the campaigns the daily quota
// interrupted (document properties), the Templates sheet and the Contact log (sheets the add-on owns).
import { logHeaderRow } from '../../core/followups/contact-log';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  type FollowUpSettings,
  parseFollowUpSettings,
} from '../../core/followups/followup-settings';
import { TEMPLATE_COLUMNS, templateSheetRows } from '../../core/followups/templates';
import type { Language } from '../../core/i18n/language';
import { loadDocumentJson, saveDocumentJson } from '../document-json';
import { cellInput } from '../write-block';
import { builtInTemplates, serverTexts } from './built-in-templates';
import { ensureFollowUpSheet } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SETTINGS_KEY = 'regulars.followups.settings';
const PENDING_KEY = 'regulars.followups.pending';

/** The owner's settings; the defaults when none are saved or the saved ones no longer parse. */
export function loadSettings(): FollowUpSettings {
  return loadDocumentJson(SETTINGS_KEY, parseFollowUpSettings, DEFAULT_FOLLOW_UP_SETTINGS);
}

/** Validates and saves; throws a readable error naming the bad field. */
export function saveSettings(input: unknown): FollowUpSettings {
  const settings = parseFollowUpSettings(input);
  saveDocumentJson(SETTINGS_KEY, settings);
  return settings;
}

/** A campaign the daily quota stopped: how many were left, and when. */
export interface PendingCampaign {
  campaignId: string;
  deferred: number;
  updatedMs: number;
}

export function loadPending(): PendingCampaign[] {
  return loadDocumentJson(
    PENDING_KEY,
    (parsed) =>
      (Array.isArray(parsed) ? parsed : []).filter(
        (p): p is PendingCampaign =>
          typeof p === 'object' &&
          p !== null &&
          typeof p.campaignId === 'string' &&
          typeof p.deferred === 'number' &&
          typeof p.updatedMs === 'number',
      ),
    [],
  );
}

/** Records (deferred > 0) or clears (deferred = 0) a campaign interrupted by the quota. Keeps the last 20. */
export function setPending(campaignId: string, deferred: number, nowMs: number): void {
  const others = loadPending().filter((p) => p.campaignId !== campaignId);
  const next = deferred > 0 ? [{ campaignId, deferred, updatedMs: nowMs }, ...others] : others;
  saveDocumentJson(PENDING_KEY, next.slice(0, 20));
}

function writeHeader(sheet: Sheet, header: string[]): void {
  sheet
    .getRange(1, 1, 1, header.length)
    .setValues([header.map(cellInput)])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/** The Templates sheet, created with every built-in template (all three languages) to edit. */
export function ensureTemplatesSheet(spreadsheet: Spreadsheet, language: Language, activate: boolean): Sheet {
  return ensureFollowUpSheet(
    spreadsheet,
    'templates',
    serverTexts().sheetNames[language].templates,
    (sheet) => {
      writeHeader(
        sheet,
        TEMPLATE_COLUMNS.map((c) => serverTexts().templateHeaders[language][c]),
      );
      const rows = templateSheetRows(builtInTemplates(), language, serverTexts()).map((r) =>
        r.map(cellInput),
      );
      sheet.getRange(2, 1, rows.length, TEMPLATE_COLUMNS.length).setValues(rows).setWrap(true);
      sheet.setColumnWidth(5, 280);
      sheet.setColumnWidth(6, 480);
    },
    activate,
  );
}

/** The Contact log, created with its header on first use. */
export function ensureContactLog(spreadsheet: Spreadsheet, language: Language): Sheet {
  return ensureFollowUpSheet(
    spreadsheet,
    'contactLog',
    serverTexts().sheetNames[language].contactLog,
    (sheet) => {
      writeHeader(sheet, logHeaderRow(serverTexts().logHeaders, language));
      sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat('yyyy-mm-dd hh:mm:ss');
    },
  );
}
