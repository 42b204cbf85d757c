// The texts of "Analyze customers" and of the sidebar's data issues: the report sheets' words, their
// names, the data-issue and exclusion sentences. Only the menu and the sidebar need them, so they do
// not go into dist/Code.js, which Apps Script parses on every custom-function call: scripts/build.mjs
// writes ANALYZE_TEXTS into dist/Templates.html (`builtInTextsFile`), src/gas/texts-file.ts reads it
// when Analyze or the sidebar runs, and the core's functions take the tables as an argument. Import
// this module's types only, never ANALYZE_TEXTS, from code that reaches Code.js (the bundle test
// checks that none of its texts is there).
import { EXCLUDED_TEXTS, EXCLUSION_REASONS } from '../exports/exclusion-texts';
import type { Localized } from '../i18n/language';
import {
  ACTION_TEXTS,
  CELL_NAME,
  COLUMN_ISSUE_MESSAGES,
  COLUMN_NAMES,
  ISSUE_MESSAGES,
  type IssueTexts,
} from '../input/issue-messages';
import { OPT_OUT_DROP_REFUSED } from '../mapping/opt-out-columns';
import { SETUP_MISMATCH } from '../mapping/saved-headers';
import { LOG_NOTE_TEXTS } from './log-note-texts';
import {
  CALIBRATION_TEXTS,
  REPORT_TEXTS,
  type ReportSheet,
  type ReportTexts,
  SHEET_NAMES,
} from './report-texts';

export interface AnalyzeTexts {
  report: Localized<ReportTexts>;
  sheetNames: Localized<Record<ReportSheet, string>>;
  issues: IssueTexts;
  excluded: typeof EXCLUDED_TEXTS;
  exclusionReasons: typeof EXCLUSION_REASONS;
  calibration: typeof CALIBRATION_TEXTS;
  /** Why a saved column setup is set aside, and why a save that drops an opt-out column is refused. */
  setup: { mismatch: Localized<string>; optOutDropped: Localized<string> };
  /** Rows typed twice, the date order text dates were read in (log-note-texts.ts). */
  logNotes: typeof LOG_NOTE_TEXTS;
}

export const ANALYZE_TEXTS: AnalyzeTexts = {
  report: REPORT_TEXTS,
  sheetNames: SHEET_NAMES,
  issues: {
    columnNames: COLUMN_NAMES,
    cellName: CELL_NAME,
    actions: ACTION_TEXTS,
    problems: ISSUE_MESSAGES,
    columnProblems: COLUMN_ISSUE_MESSAGES,
  },
  excluded: EXCLUDED_TEXTS,
  exclusionReasons: EXCLUSION_REASONS,
  calibration: CALIBRATION_TEXTS,
  setup: { mismatch: SETUP_MISMATCH, optOutDropped: OPT_OUT_DROP_REFUSED },
  logNotes: LOG_NOTE_TEXTS,
};
