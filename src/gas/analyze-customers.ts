// "Analyze customers": one analysis run, then the add-on's three sheets — Insights, Summary, Data
// issues — each written as blocks with one setValues per block (write-block.ts) into a sheet the
// add-on owns (owned-sheets.ts). All three are built as data first and checked against Sheets' cell
// limit (core/report/cell-limit.ts) before any sheet is cleared: when they would not fit, nothing
// changes and the owner is told why.

import type { CellOutput, CellValue } from '../core/cells';
import { outcomeColumns } from '../core/followups/outcomes';
import type { Currency } from '../core/i18n/format-number';
import { cellsAfterWrite, type GridSize, SHEETS_CELL_LIMIT } from '../core/report/cell-limit';
import {
  type CellBelow,
  cellsBelow,
  newColumns,
  placeCellsBelow,
  tableRowsOf,
} from '../core/report/cells-below';
import { dataIssueRows, problemRowCount, tabList } from '../core/report/data-issues';
import { insightsTable } from '../core/report/insights-table';
import {
  type OwnerCell,
  type OwnerColumns,
  ownerColumnsOf,
  placeOwnerColumns,
} from '../core/report/owner-columns';
import { fill } from '../core/report/report-texts';
import { columnPatterns } from '../core/report/sheet-formats';
import { STAGE_FILLS } from '../core/report/stage-colors';
import { buildSummary, type SummaryBlockId, type SummaryReport } from '../core/report/summary';
import { hasCustomer, regroupSpan, spanRowKinds, spanRows } from '../core/report/table-span';
import { isoOfDay } from '../core/time/civil';
import { type AnalysisRun, runAnalysis, SetupError } from './analysis-run';
import { readContactOutcomes } from './followups/insights-outcomes';
import {
  criteriaToKeep,
  restoreFilterCriteria,
  type SavedCriteria,
  savedFilterCriteria,
} from './insights-filter';
import { findReusableSheet, ownedSheet, setSheetMark, sheetMark } from './owned-sheets';
import type { SheetEnv } from './sheet-env';
import { analyzeTexts, textsFile } from './texts-file';
import { cellInput, ensureSize, writeBlock } from './write-block';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_FILL = '#f1f3f4';

/** What a run wrote, for the toast and the sidebar. */
export interface AnalyzeResult {
  asOf: string;
  customers: number;
  purchaseRows: number;
  rowsWithIssues: number;
  sheets: { insights: string; summary: string; dataIssues: string };
  message: string;
}

/** Runs the analysis and writes the three sheets; leaves the Insights sheet active. */
export function writeAnalysis(env: SheetEnv): AnalyzeResult {
  // With the feedback sheet, so an open complaint is the next step, as on the card.
  const run = runAnalysis(env, { feedback: true });
  const table = insightsTableOf(env, run);
  const report = buildSummary(run.analysis, env.language, env.timeZone, analyzeTexts());
  // The mapped sheet, unless it was left out as an older copy of another tab: then the first tab read.
  const { read, copies } = run.tabs;
  const logSheet = read.includes(run.purchases.sheet)
    ? run.purchases.sheet
    : (read[0] ?? run.purchases.sheet);
  const issueRows = dataIssueRows(run.analysis, logSheet, env.language, analyzeTexts(), copies, run.survey);
  checkCellLimit(env, run, {
    insights: gridOf(table.rows),
    summary: summaryGrid(report),
    dataIssues: gridOf(issueRows),
  });
  const { sheet: insights, moved } = writeInsights(env, table, run.currency);
  const summary = writeSummary(env, report, run.currency);
  const issues = writeDataIssues(env, issueRows);
  insights.activate();
  const { analysis } = run;
  const asOf = isoOfDay(analysis.asOfDay);
  const counts = {
    customers: analysis.customers.length,
    // Rows, not orders: every line of an export's orders went into the analysis.
    rows: analysis.log.rowsUsed ?? analysis.log.purchases.length,
    // As Data issues lists them: skipped rows, rows used without a cell, customers with only returns.
    issues: problemRowCount(analysis),
    // Left out on purpose (another currency, cancelled…): counted here, each listed in Data issues.
    excluded: analysis.log.excluded?.length ?? 0,
    // Days a paying customer paid nothing (a free sample): used, but not purchase days; listed too.
    zeroDayRows: (analysis.zeroAmountDays ?? []).reduce((n, day) => n + day.rows.length, 0),
    sheet: issues.getName(),
    asOf,
  };
  return {
    asOf,
    customers: counts.customers,
    purchaseRows: counts.rows,
    rowsWithIssues: counts.issues,
    sheets: { insights: insights.getName(), summary: summary.getName(), dataIssues: issues.getName() },
    message:
      fill(analyzeTexts().report[env.language].done, counts) +
      (counts.excluded > 0 ? fill(analyzeTexts().report[env.language].doneLeftOut, counts) : '') +
      (counts.zeroDayRows > 0 ? fill(analyzeTexts().report[env.language].doneZeroDays, counts) : '') +
      (copies.length > 0
        ? fill(analyzeTexts().report[env.language].doneCopies, {
            ...counts,
            tabs: tabList(
              copies.map((c) => c.sheet),
              env.language,
              analyzeTexts(),
            ),
          })
        : '') +
      (moved !== undefined
        ? fill(analyzeTexts().report[env.language].doneMovedRows, { ...moved, insights: insights.getName() })
        : ''),
  };
}

function gridOf(rows: readonly (readonly unknown[])[]): GridSize {
  return { rows: rows.length, columns: rows.reduce((m, r) => Math.max(m, r.length), 0) };
}

/** The Summary's extent: its title, then each block and a blank row (as writeSummary places them). */
function summaryGrid(report: SummaryReport): GridSize {
  let rows = 2;
  let columns = 6; // column widths are set up to F
  for (const block of report.blocks) {
    rows += block.rows.length + 1;
    columns = Math.max(columns, gridOf(block.rows).columns);
  }
  return { rows, columns };
}

/** Throws, before anything is written, when the three sheets would take the spreadsheet past its limit. */
function checkCellLimit(
  env: SheetEnv,
  run: AnalysisRun,
  needed: Record<'insights' | 'summary' | 'dataIssues', GridSize>,
) {
  const reused = new Map<number, GridSize>();
  const planned = (Object.keys(needed) as (keyof typeof needed)[]).map((role) => {
    const sheet = findReusableSheet(env.spreadsheet, role);
    const existing =
      sheet === null ? undefined : { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    if (sheet !== null && existing !== undefined) reused.set(sheet.getSheetId(), existing);
    return { existing, needed: needed[role] };
  });
  let others = 0;
  for (const sheet of env.spreadsheet.getSheets()) {
    if (!reused.has(sheet.getSheetId())) others += sheet.getMaxRows() * sheet.getMaxColumns();
  }
  const cells = cellsAfterWrite(others, planned);
  if (cells > SHEETS_CELL_LIMIT) {
    // A SetupError: the menu shows it in an alert and the sidebar as a message, like a missing log.
    throw new SetupError(
      fill(analyzeTexts().report[env.language].tooManyCells, {
        customers: formatCount(run.analysis.customers.length),
        cells: formatCount(cells),
      }),
    );
  }
}

const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function insightsTableOf(env: SheetEnv, run: AnalysisRun) {
  const customers = run.setup.customers;
  return insightsTable(
    run.analysis,
    env.language,
    env.timeZone,
    analyzeTexts(),
    run.profiles && customers
      ? {
          profiles: run.profiles,
          name: customers.columns.name !== undefined,
          email: customers.columns.email !== undefined || run.purchases.columns.email !== undefined,
        }
      : run.profiles
        ? // Contacts from the purchase log itself (an export's name and email columns).
          {
            profiles: run.profiles,
            // The Customer column already shows the export's name.
            name: false,
            email: run.purchases.columns.email !== undefined,
          }
        : undefined,
    // Whether follow-ups work: each customer's last contact and whether they bought within 30 days.
    outcomeColumns(
      readContactOutcomes(env.spreadsheet, env.timeZone, run.analysis, run.profiles),
      env.language,
      env.timeZone,
      textsFile().server,
    ),
    run.currency,
    run.feedback,
  );
}

function writeInsights(
  env: SheetEnv,
  table: ReturnType<typeof insightsTableOf>,
  currency: Currency | undefined,
): { sheet: Sheet; moved?: { moved: number; row: number } } {
  // The owner's cells — columns beside the table, cells below it — are read before the sheet is
  // cleared, and put back.
  let old: OwnerCells | undefined;
  let criteria: SavedCriteria[] = [];
  const sheet = ownedSheet(
    env.spreadsheet,
    'insights',
    analyzeTexts().sheetNames[env.language].insights,
    undefined,
    (previous) => {
      old = readOwnerCells(previous, table.rows[0] ?? [], table.stageColumn);
      if (old?.kept?.labels === null) throw unplacedColumns(env, previous, old.kept, old.lastTable[0]);
      criteria = savedFilterCriteria(previous);
    },
  );
  const kept = old?.kept;
  const range = writeBlock(sheet, 1, 1, table.rows, {
    formats: table.formats,
    headerRows: 1,
    patterns: columnPatterns(currency, env.dateOrder),
  });
  const width = range.getNumColumns();
  setSheetMark(sheet, TABLE_HEADERS_KEY, JSON.stringify(table.rows[0] ?? []));
  const rows = kept !== undefined ? writeOwnerColumns(sheet, kept, table.rows, width) : table.rows.length;
  if (old !== undefined) writeCellsBelow(sheet, old, table.rows[0] ?? [], rows);
  setSheetMark(sheet, TABLE_ROWS_KEY, String(rows));
  setSheetMark(sheet, STAGE_HEADER_KEY, String(table.rows[0]?.[table.stageColumn] ?? ''));
  markSpan(sheet, rows);
  sheet.getRange(1, 1, 1, width).setBackground(HEADER_FILL);
  const customerRows = table.stages.length;
  if (customerRows > 0) {
    sheet
      .getRange(2, table.stageColumn + 1, customerRows, 1)
      .setBackgrounds(table.stages.map((stage) => [STAGE_FILLS[stage]]));
  }
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
  // Over the owner's columns too: sorting by the filter keeps each note beside its customer.
  const filter = sheet.getRange(1, 1, range.getNumRows(), width + (kept?.columns.length ?? 0)).createFilter();
  if (old !== undefined && criteria.length > 0) {
    const columns = criteria.reduce((m, c) => Math.max(m, c.column + 1), 0);
    const layout = columnLayout(old, table.rows[0] ?? []);
    const columnOf = newColumns(layout, columns);
    const kept = criteriaToKeep(criteria, columnOf, layout);
    restoreFilterCriteria(filter, kept, columnOf);
  }
  sheet.setColumnWidth(1, 160);
  sheet.setColumnWidth(table.whyColumn + 1, 420);
  // "Next step" follows "Why" (CUSTOMER_INSIGHTS' column contract).
  sheet.setColumnWidth(table.whyColumn + 2, 220);
  // The owner's rows from inside the table went first under the rows written now.
  return { sheet, ...(old?.moved ? { moved: { moved: old.moved, row: rows + 1 } } : {}) };
}

/** The headers of the table Analyze last wrote on Insights: any other column is the owner's. */
const TABLE_HEADERS_KEY = 'regulars.tableHeaders';
/** How many rows Analyze last wrote on Insights (the table, then customers gone from it): below is the owner's. */
const TABLE_ROWS_KEY = 'regulars.tableRows';
/** The header of the stage column Analyze last wrote: filled on every customer's row (table-span.ts). */
const STAGE_HEADER_KEY = 'regulars.stageHeader';
/** Row marks, moved by Sheets with their rows: the last row Analyze wrote, and the first below it. */
const LAST_ROW_KEY = 'regulars.lastRow';
const BELOW_ROW_KEY = 'regulars.belowRow';

/**
 * The sheet's row marks under `key`: searched in the whole spreadsheet, which covers every location,
 * and kept when on this sheet (a copy of the sheet may carry the same marks on its own rows).
 */
function rowMarks(sheet: Sheet, key: string) {
  return sheet
    .getParent()
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .filter((m) => m.getLocation().getRow()?.getSheet().getSheetId() === sheet.getSheetId());
}

/** The row (1-based) carrying the sheet's row mark `key`, if it is still there. */
const markedRow = (sheet: Sheet, key: string): number | undefined =>
  rowMarks(sheet, key)[0]?.getLocation().getRow()?.getRow();

/** Marks row `rows` as the last written and the next as the first below, replacing older marks. */
function markSpan(sheet: Sheet, rows: number) {
  for (const key of [LAST_ROW_KEY, BELOW_ROW_KEY])
    for (const metadata of rowMarks(sheet, key)) metadata.remove();
  ensureSize(sheet, rows + 1, 1);
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
  // Whole rows: developer metadata sits on a sheet, a row or a column, not on a block of cells.
  sheet.getRange(`${rows}:${rows}`).addDeveloperMetadata(LAST_ROW_KEY, '', visibility);
  sheet.getRange(`${rows + 1}:${rows + 1}`).addDeveloperMetadata(BELOW_ROW_KEY, '', visibility);
}

/** The headers of the table on the sheet: as marked, else (written before they were marked) the current ones. */
function lastTableHeaders(sheet: Sheet, currentHeaders: readonly CellOutput[]): string[] {
  let headers: unknown;
  try {
    headers = JSON.parse(sheetMark(sheet, TABLE_HEADERS_KEY) ?? 'null');
  } catch {
    headers = null;
  }
  return (Array.isArray(headers) ? headers : currentHeaders).map(String);
}

/** What of the owner's is on the Insights sheet before it is written again. */
interface OwnerCells {
  /** Their columns in the rows Analyze wrote. */
  kept: OwnerColumns | undefined;
  /** Their cells below those rows, and how many rows those were. */
  below: CellBelow[];
  tableRows: number;
  /** Row 1 of the sheet, and the headers of the table Analyze last wrote. */
  headers: CellValue[];
  lastTable: string[];
  /** How many of the owner's rows inside the written rows hold something (now first below them). */
  moved: number;
}

function readOwnerCells(
  sheet: Sheet,
  currentHeaders: readonly CellOutput[],
  stageColumn: number,
): OwnerCells | undefined {
  if (sheet.getLastColumn() === 0 || sheet.getLastRow() === 0) return undefined;
  const lastTable = lastTableHeaders(sheet, currentHeaders);
  const ours = new Set(lastTable);
  const range = sheet.getDataRange();
  const read = range.getValues() as CellValue[][];
  const headers = read[0] ?? [];
  const label = headers.indexOf(lastTable[0] ?? '');
  // The stage header as marked; on a sheet written before it was, as the table has it now.
  const stageHeader = sheetMark(sheet, STAGE_HEADER_KEY) ?? String(currentHeaders[stageColumn] ?? '');
  const columns = {
    label,
    stage: stageHeader ? headers.indexOf(stageHeader) : -1,
    table: new Set(headers.flatMap((h, c) => (typeof h === 'string' && ours.has(h) ? [c] : []))),
  };
  const span = spanRows(
    {
      below: markedRow(sheet, BELOW_ROW_KEY),
      last: markedRow(sheet, LAST_ROW_KEY),
      count: Number(sheetMark(sheet, TABLE_ROWS_KEY)),
    },
    () => tableRowsOf(read, label),
    (r) => r < read.length && hasCustomer(read[r]!, columns),
  );
  const kinds = spanRowKinds(read, span, columns);
  // The owner's rows inside the written rows are read as if typed just under them.
  const { values, formulas, rows: tableRows, moved } = regroupSpan(read, range.getFormulas(), kinds);
  // The customer column is the table's first, found by its header wherever the owner moved it.
  const kept = ownerColumnsOf(
    values.slice(0, tableRows),
    formulas.slice(0, tableRows),
    (h) => ours.has(h),
    lastTable[0] ?? '',
  );
  // Under a column filled by an array formula, its output, not the owner's cells.
  const outputs = new Set(kept?.at.filter((_, k) => kept.fixed[k]) ?? []);
  const below = cellsBelow(values, formulas, tableRows, outputs);
  return { kept, below, tableRows, headers, lastTable, moved };
}

/** Why Analyze stops: the owner's columns could not be placed beside their customers (no customer header). */
function unplacedColumns(env: SheetEnv, sheet: Sheet, kept: OwnerColumns, header = ''): SetupError {
  return new SetupError(
    fill(analyzeTexts().report[env.language].ownerColumnsUnplaced, {
      sheet: sheet.getName(),
      header,
      columns: kept.columns.map((c) => String(c[0] ?? '')).join(env.language === 'en' ? ', ' : '、'),
    }),
  );
}

/**
 * The owner's columns right of the new table, each cell beside its customer; gone customers below
 * it. Returns the rows written (header included).
 */
function writeOwnerColumns(
  sheet: Sheet,
  kept: OwnerColumns,
  rows: readonly (readonly CellOutput[])[],
  width: number,
): number {
  const placed = placeOwnerColumns(
    kept,
    rows.map((r) => r[0] ?? ''),
  );
  ensureSize(sheet, placed.rows.length, width + kept.columns.length);
  for (const orphan of placed.orphans) sheet.getRange(orphan.row + 1, 1).setValue(cellInput(orphan.label));
  sheet
    .getRange(1, width + 1, placed.rows.length, kept.columns.length)
    .setValues(placed.rows.map(cellInputs));
  return placed.rows.length;
}

const cellInputs = (row: readonly (OwnerCell | undefined)[]) =>
  row.map((v) => (typeof v === 'object' && v !== null && 'formula' in v ? v.formula : cellInput(v)));

/** Where the sheet's old columns go when the table is written again with `tableHeaders`. */
const columnLayout = (old: OwnerCells, tableHeaders: readonly CellOutput[]) => ({
  oldHeaders: old.headers,
  lastTable: old.lastTable,
  newTable: tableHeaders,
  ownerColumns: old.kept?.at ?? [],
});

/** The owner's cells below the last rows Analyze wrote, as far below the `rows` written now. */
function writeCellsBelow(sheet: Sheet, old: OwnerCells, tableHeaders: readonly CellOutput[], rows: number) {
  if (old.below.length === 0) return;
  const columns = old.below.reduce((m, c) => Math.max(m, c.column + 1), 0);
  const columnOf = newColumns(columnLayout(old, tableHeaders), columns);
  const placed = placeCellsBelow(old.below, old.tableRows, rows, columnOf);
  // One block from the first row below the table: every cell in it is empty after the clear.
  const top = rows;
  const height = placed.reduce((m, c) => Math.max(m, c.row + 1), 0) - top;
  const width = placed.reduce((m, c) => Math.max(m, c.column + 1), 0);
  const block: (OwnerCell | undefined)[][] = Array.from({ length: height }, () => Array(width).fill(''));
  for (const c of placed) block[c.row - top]![c.column] = c.cell;
  ensureSize(sheet, top + height, width);
  sheet.getRange(top + 1, 1, height, width).setValues(block.map(cellInputs));
}

function writeSummary(env: SheetEnv, report: SummaryReport, currency: Currency | undefined): Sheet {
  const sheet = ownedSheet(env.spreadsheet, 'summary', analyzeTexts().sheetNames[env.language].summary);
  writeBlock(sheet, 1, 1, [[report.title]])
    .setFontWeight('bold')
    .setFontSize(14);
  const placed = new Map<SummaryBlockId, { row: number; height: number }>();
  let row = 3;
  for (const block of report.blocks) {
    const header = block.id === 'pareto' || block.id === 'accuracy' ? 0 : 1;
    const range = writeBlock(sheet, row, 1, block.rows, {
      formats: block.formats,
      headerRows: header,
      patterns: columnPatterns(currency, env.dateOrder),
    });
    // Wrapped, so a header longer than its column ("Predicted, on average") shows whole on two lines.
    if (header) sheet.getRange(row, 1, 1, range.getNumColumns()).setBackground(HEADER_FILL).setWrap(true);
    placed.set(block.id, { row, height: block.rows.length });
    row += block.rows.length + 1;
  }
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidths(2, 4, 120);
  report.charts.forEach((chart, i) => {
    const block = placed.get(chart.block)!;
    const labels = sheet.getRange(block.row, 1, block.height, 1);
    const values = sheet.getRange(block.row, 1 + chart.valueColumn, block.height, 1);
    let builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[chart.type])
      .addRange(labels)
      .addRange(values);
    for (const column of chart.extraValueColumns ?? []) {
      builder = builder.addRange(sheet.getRange(block.row, 1 + column, block.height, 1));
    }
    const legend = chart.type === 'PIE' ? 'right' : chart.extraValueColumns ? 'bottom' : 'none';
    sheet.insertChart(
      builder
        .setNumHeaders(1)
        .setOption('title', chart.title)
        .setOption('legend', { position: legend })
        .setOption('colors', chart.colors)
        .setPosition(...chartAnchor(i, chart.block, block.row))
        .build(),
    );
  });
  return sheet;
}

/** Sheets' size of an inserted chart (600 × 371 px) over its default columns of 100 px and rows of 21 px. */
const CHART_COLUMNS = 6;

/**
 * Where a Summary chart floats (row, column, x and y offset in px): the overview charts side by
 * side at the top, from column G; the calibration chart beside its table. None lies over the
 * accuracy sentence's row, whose text runs right across the blank cells (Sheets' overflow) and
 * would be hidden under a chart.
 */
function chartAnchor(
  index: number,
  block: SummaryBlockId,
  blockRow: number,
): [number, number, number, number] {
  if (block === 'calibration') return [blockRow, 7, 0, 0];
  return [3, 7 + index * CHART_COLUMNS, index * 16, 0];
}

function writeDataIssues(env: SheetEnv, rows: ReturnType<typeof dataIssueRows>): Sheet {
  const sheet = ownedSheet(env.spreadsheet, 'dataIssues', analyzeTexts().sheetNames[env.language].dataIssues);
  const range = writeBlock(sheet, 1, 1, rows, {
    formats: ['text', 'integer', 'text', 'text', 'text', 'text'],
    headerRows: 1,
  });
  sheet.getRange(1, 1, 1, range.getNumColumns()).setBackground(HEADER_FILL);
  sheet.setFrozenRows(1);
  if (rows.length > 2) range.createFilter();
  sheet.setColumnWidth(4, 180);
  sheet.setColumnWidth(5, 420);
  sheet.setColumnWidth(6, 200);
  return sheet;
}
