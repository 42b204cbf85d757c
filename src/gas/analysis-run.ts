// One analysis run in the shell: read the mapped sheets (one getValues each), run the core once.
// Shared by Analyze customers, the sidebar overview and the customer card.
import { type Analysis, analyzePurchases } from '../core/analysis';
import type { Grid } from '../core/cells';
import type { PurchaseField } from '../core/input/headers';
import { COLUMN_NAMES } from '../core/input/issue-messages';
import type { SheetMappingOf } from '../core/mapping/column-setup';
import { closestPartialMatch, type ResolvedSetup } from '../core/mapping/detect';
import {
  type CustomerProfile,
  type FeedbackEntry,
  readFeedback,
  readProfiles,
} from '../core/report/customer-sheets';
import { fill, REPORT_TEXTS } from '../core/report/report-texts';
import { dayOfIsoDate } from '../core/sample/sample-workbook';
import { dayOfInstant } from '../core/time/zone';
import { currentSetup } from './column-setup';
import type { SheetEnv } from './sheet-env';

export interface AnalysisRun {
  setup: ResolvedSetup;
  purchases: SheetMappingOf['purchases'];
  analysis: Analysis;
  /** From the customer sheet, when there is one. */
  profiles: Map<string, CustomerProfile> | undefined;
  /** From the feedback sheet, when there is one and it was asked for. */
  feedback: Map<string, FeedbackEntry[]> | undefined;
}

/** Thrown when there is no purchase log to analyse; the message says which columns are needed. */
export class SetupError extends Error {}

function values(env: SheetEnv, sheetName: string): Grid {
  const sheet = env.spreadsheet.getSheetByName(sheetName);
  return sheet ? (sheet.getDataRange().getValues() as Grid) : [];
}

export function runAnalysis(env: SheetEnv, options: { feedback?: boolean } = {}): AnalysisRun {
  const { resolved: setup, heads } = currentSetup(env);
  const purchases = setup.purchases;
  if (!purchases) {
    const t = REPORT_TEXTS[env.language];
    const partial = closestPartialMatch(heads, 'purchases');
    const names = (fields: readonly PurchaseField[]) =>
      fields.map((f) => COLUMN_NAMES[f][env.language]).join(env.language === 'en' ? ', ' : '、');
    const detail = partial
      ? `\n\n${fill(t.partialLog, { sheet: partial.sheet, row: partial.headerRow, found: names(partial.found), missing: names(partial.missing) })}`
      : '';
    throw new SetupError(t.noPurchaseLog + detail);
  }
  const asOfDay = setup.asOf ? dayOfIsoDate(setup.asOf) : dayOfInstant(new Date(), env.timeZone);
  const grid = values(env, purchases.sheet);
  const analysis = analyzePurchases(grid.slice(purchases.headerRow - 1), {
    timeZone: env.timeZone,
    dateOrder: env.dateOrder,
    asOfDay,
    columns: purchases.columns,
    firstRowNumber: purchases.headerRow,
    knownHeaderRows: 1,
  });
  const profiles = setup.customers
    ? readProfiles(values(env, setup.customers.sheet), setup.customers)
    : undefined;
  const feedback =
    options.feedback && setup.feedback
      ? readFeedback(values(env, setup.feedback.sheet), setup.feedback, env)
      : undefined;
  return { setup, purchases, analysis, profiles, feedback };
}
