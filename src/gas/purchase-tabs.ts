// Reads the purchase log from the spreadsheet: the mapped sheet and every tab with the same export
// header (core/exports/tabs.ts), one getValues each, read as one log; a tab that is a copy of the
// others is left out (core/exports/tab-copies.ts) and returned, for Data issues to name.
import type { Grid } from '../core/cells';
import type { MappedReadOptions } from '../core/exports/mapped-log';
import { type CopiedTab, withoutCopies } from '../core/exports/tab-copies';
import { comparedColumns, readTabs, sameExportTabs, type TabHead } from '../core/exports/tabs';
import type { PurchaseLog } from '../core/input/purchase';
import type { PurchasesMapping } from '../core/mapping/column-setup';
import { gridOf } from './sheet-env';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The log, and the mapped sheet's cells as read (for what else is read from them: no second read). */
export function readPurchaseTabs(
  spreadsheet: Spreadsheet,
  mapping: PurchasesMapping,
  heads: readonly TabHead[],
  options: MappedReadOptions,
): { log: PurchaseLog; sheet: Grid; tabs: { read: string[]; copies: CopiedTab[] } } {
  const tabs = tabGrids(spreadsheet, mapping, heads);
  const { log, read, copies } = readTabs(tabs, mapping, options);
  return { log, sheet: tabs[0]!.grid, tabs: { read, copies } };
}

/** The tabs of the export that are copies of others (for Column setup): read whole only when there are several. */
export function copiedTabs(
  spreadsheet: Spreadsheet,
  mapping: PurchasesMapping,
  heads: readonly TabHead[],
): CopiedTab[] {
  if (sameExportTabs(heads, mapping.sheet, mapping.headerRow).length < 2) return [];
  return withoutCopies(tabGrids(spreadsheet, mapping, heads), mapping.headerRow, comparedColumns(mapping))
    .copies;
}

/** The mapped sheet's cells and those of every tab with its header, one getValues each. */
function tabGrids(spreadsheet: Spreadsheet, mapping: PurchasesMapping, heads: readonly TabHead[]) {
  return sameExportTabs(heads, mapping.sheet, mapping.headerRow).map((name) => ({
    name,
    grid: gridOf(spreadsheet.getSheetByName(name)),
  }));
}
