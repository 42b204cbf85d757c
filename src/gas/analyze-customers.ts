// "Analyze customers": one analysis run, then the add-on's three sheets — Insights, Summary, Data
// issues — each written as blocks with one setValues per block (write-block.ts) into a sheet the
// add-on owns (owned-sheets.ts).
import { outcomeColumns } from '../core/followups/outcomes';
import { dataIssueRows } from '../core/report/data-issues';
import { insightsTable } from '../core/report/insights-table';
import { fill, REPORT_TEXTS, SHEET_NAMES } from '../core/report/report-texts';
import { columnPatterns } from '../core/report/sheet-formats';
import { STAGE_FILLS } from '../core/report/stage-colors';
import { buildSummary, type SummaryBlockId } from '../core/report/summary';
import { isoOfDay } from '../core/time/civil';
import { type AnalysisRun, runAnalysis } from './analysis-run';
import { readContactOutcomes } from './followups/insights-outcomes';
import { ownedSheet } from './owned-sheets';
import type { SheetEnv } from './sheet-env';
import { writeBlock } from './write-block';

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
  const run = runAnalysis(env);
  const insights = writeInsights(env, run);
  const summary = writeSummary(env, run);
  const issues = writeDataIssues(env, run);
  insights.activate();
  const { analysis } = run;
  const asOf = isoOfDay(analysis.asOfDay);
  const counts = {
    customers: analysis.customers.length,
    // Rows, not orders: every line of an export's orders went into the analysis.
    rows: analysis.log.rowsUsed ?? analysis.log.purchases.length,
    issues: analysis.log.rowsSkipped,
    asOf,
  };
  return {
    asOf,
    customers: counts.customers,
    purchaseRows: counts.rows,
    rowsWithIssues: counts.issues,
    sheets: { insights: insights.getName(), summary: summary.getName(), dataIssues: issues.getName() },
    message: fill(REPORT_TEXTS[env.language].done, counts),
  };
}

function writeInsights(env: SheetEnv, run: AnalysisRun): Sheet {
  const customers = run.setup.customers;
  const table = insightsTable(
    run.analysis,
    env.language,
    env.timeZone,
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
      readContactOutcomes(env.spreadsheet, env.timeZone, run.analysis),
      env.language,
      env.timeZone,
    ),
    run.currency,
  );
  const sheet = ownedSheet(env.spreadsheet, 'insights', SHEET_NAMES[env.language].insights);
  const range = writeBlock(sheet, 1, 1, table.rows, {
    formats: table.formats,
    headerRows: 1,
    patterns: columnPatterns(run.currency, env.dateOrder),
  });
  const width = range.getNumColumns();
  sheet.getRange(1, 1, 1, width).setBackground(HEADER_FILL);
  const customerRows = table.stages.length;
  if (customerRows > 0) {
    sheet
      .getRange(2, table.stageColumn + 1, customerRows, 1)
      .setBackgrounds(table.stages.map((stage) => [STAGE_FILLS[stage]]));
  }
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
  range.createFilter();
  sheet.setColumnWidth(1, 160);
  sheet.setColumnWidth(table.whyColumn + 1, 420);
  // "Next step" follows "Why" (CUSTOMER_INSIGHTS' column contract).
  sheet.setColumnWidth(table.whyColumn + 2, 220);
  return sheet;
}

function writeSummary(env: SheetEnv, run: AnalysisRun): Sheet {
  const report = buildSummary(run.analysis, env.language, env.timeZone);
  const sheet = ownedSheet(env.spreadsheet, 'summary', SHEET_NAMES[env.language].summary);
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
      patterns: columnPatterns(run.currency, env.dateOrder),
    });
    if (header) sheet.getRange(row, 1, 1, range.getNumColumns()).setBackground(HEADER_FILL);
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
        .setPosition(3 + i * 20, 7, 0, 0)
        .build(),
    );
  });
  return sheet;
}

function writeDataIssues(env: SheetEnv, run: AnalysisRun): Sheet {
  const rows = dataIssueRows(run.analysis, run.purchases.sheet, env.language);
  const sheet = ownedSheet(env.spreadsheet, 'dataIssues', SHEET_NAMES[env.language].dataIssues);
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
