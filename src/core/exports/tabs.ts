// Several tabs of the same export as one purchase log: owners keep one tab per month ("Jan", "Feb"…)
// or paste a new export into a new tab. Tabs whose header row is the purchase log's, cell for cell,
// are read with it, as one log, so an order in two overlapping tabs is counted once
// (read-export.ts: the later copy is used).
//
// Decisions (tests in test/unit/exports/tabs.test.ts):
// - Same header: the header row's cells, trimmed and case-folded, equal the mapped sheet's, and the
//   header has at least three filled cells (a lone "Date" column is no signature). Tabs are taken in
//   the spreadsheet's order, the mapped sheet first.
// - Rows keep their own sheet and row number in every report.
// - A tab that is a copy of others (a backup, an older copy) is not read, and is reported
//   (tab-copies.ts): a plain log cannot tell its rows from more purchases.
import type { CellValue, Grid } from '../cells';
import type { ExcludedRow, PurchaseLog } from '../input/purchase';
import type { PurchaseTable } from '../input/purchase-table';
import { cleanText } from '../input/text';
import type { PurchasesMapping } from '../mapping/column-setup';
import { type MappedReadOptions, readMappedLog } from './mapped-log';
import { type CopiedTab, withoutCopies } from './tab-copies';

/** What is known of a sheet before reading it whole: its name and first rows. */
export interface TabHead {
  name: string;
  rows: Grid;
}

const headerKey = (row: readonly CellValue[] | undefined): string | undefined => {
  if (row === undefined) return undefined;
  const cells = row.map((c) => (typeof c === 'string' ? cleanText(c).toLowerCase() : ''));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.filter((c) => c !== '').length >= 3 ? cells.join('\u0001') : undefined;
};

/** The mapped sheet, then every other tab with the same header row (1-based `headerRow`). */
export function sameExportTabs(heads: readonly TabHead[], sheet: string, headerRow: number): string[] {
  const own = heads.find((h) => h.name === sheet);
  const key = headerKey(own?.rows[headerRow - 1]);
  if (key === undefined) return [sheet];
  return [
    sheet,
    ...heads.filter((h) => h.name !== sheet && headerKey(h.rows[headerRow - 1]) === key).map((h) => h.name),
  ];
}

interface CombinedTabs {
  /** The first tab whole, then each other tab from its header row. */
  grid: Grid;
  /** Puts each row of a log read from `grid` back on its own tab and row. */
  locate(log: PurchaseLog): PurchaseLog;
}

/** One grid of several tabs (each a whole sheet from row 1) whose header is on `headerRow`. */
function combineTabs(tabs: readonly { name: string; grid: Grid }[], headerRow: number): CombinedTabs {
  const grid: (readonly CellValue[])[] = [];
  const origin: { sheet: string; row: number }[] = [];
  tabs.forEach((tab, i) => {
    // Each later tab from its header row: a copy of the first's, it ends a block of another export
    // that the tab before ends with (input/header-blocks.ts), so this tab is read with the log's columns.
    const from = i === 0 ? 0 : headerRow - 1;
    for (let r = from; r < tab.grid.length; r++) {
      grid.push(tab.grid[r]!);
      origin.push({ sheet: tab.name, row: r + 1 });
    }
  });
  const at = <T extends { row: number }>(item: T): T & { sheet?: string } => {
    const o = origin[item.row - 1];
    return o === undefined ? item : { ...item, sheet: o.sheet, row: o.row };
  };
  const locatePurchases = (table: PurchaseTable): PurchaseTable => {
    const row = new Int32Array(table.length);
    const sheet: (string | undefined)[] = [];
    for (let i = 0; i < table.length; i++) {
      const o = origin[table.row[i]! - 1];
      row[i] = o === undefined ? table.row[i]! : o.row;
      sheet.push(o?.sheet);
    }
    return { ...table, row, sheet };
  };
  // Each row left out once, whether read from the log's list or a customer's: the same object.
  const locateExcluded = (log: PurchaseLog) => {
    const moved = new Map<ExcludedRow, ExcludedRow>();
    const once = (row: ExcludedRow) => {
      let located = moved.get(row);
      if (located === undefined) {
        located = at(row);
        moved.set(row, located);
      }
      return located;
    };
    return {
      ...(log.excluded ? { excluded: log.excluded.map(once) } : {}),
      // Under each customer too: follow-ups and the why name the rows by tab.
      ...(log.excludedCustomers
        ? {
            excludedCustomers: new Map(
              [...log.excludedCustomers].map(([key, c]) => [key, { ...c, rows: c.rows.map(once) }]),
            ),
          }
        : {}),
    };
  };
  return {
    grid,
    locate: (log) =>
      tabs.length < 2
        ? log
        : {
            ...log,
            purchases: locatePurchases(log.purchases),
            issues: log.issues.map(at),
            ...locateExcluded(log),
          },
  };
}

/**
 * The purchase log of the mapped sheet and the other tabs of its export (`tabs`, mapped sheet first,
 * each a whole sheet from row 1): copies left out (tab-copies.ts), the rest read as one log.
 */
export function readTabs(
  tabs: readonly { name: string; grid: Grid }[],
  mapping: PurchasesMapping,
  options: MappedReadOptions,
): { log: PurchaseLog; read: string[]; copies: CopiedTab[] } {
  const { tabs: read, copies } = withoutCopies(tabs, mapping.headerRow, comparedColumns(mapping));
  const combined = combineTabs(read, mapping.headerRow);
  return {
    log: combined.locate(readMappedLog(combined.grid, mapping, options)),
    read: read.map((t) => t.name),
    copies,
  };
}

/** The columns a log is read from (those its rows are compared on for copies), the date's first. */
export function comparedColumns(mapping: PurchasesMapping): number[] {
  const { date, ...others } = mapping.columns;
  const columns = [date, ...Object.values(others), ...(mapping.exclude ?? []).map((rule) => rule.column)];
  return [...new Set(columns.filter((c): c is number => c !== undefined))];
}
