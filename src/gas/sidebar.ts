// Opens the sidebar (dist/Sidebar.html) on one of its views, in the spreadsheet's language. The view
// and language are written into the page's <body data-start> — both come from fixed lists, never
// from sheet data.
import type { Language } from '../core/i18n/language';
import { sheetEnv } from './sheet-env';

const SIDEBAR_VIEWS = ['overview', 'card', 'setup', 'followups', 'sample', 'help'] as const;
export type SidebarView = (typeof SIDEBAR_VIEWS)[number];

/** The marker in src/sidebar/index.html that the start view replaces. */
const START_MARKER = 'data-start="overview en"';

function sidebarHtml(view: SidebarView, language: Language): GoogleAppsScript.HTML.HtmlOutput {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar');
  return output
    .setContent(output.getContent().replace(START_MARKER, `data-start="${view} ${language}"`))
    .setTitle('Regulars');
}

export function openSidebar(view: SidebarView): void {
  SpreadsheetApp.getUi().showSidebar(sidebarHtml(view, sheetEnv().language));
}
