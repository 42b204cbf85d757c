// The Summary sheet as plain data: blocks of rows with a format per column, and the charts to draw
// from them. The shell lays the blocks out and writes each with one setValues (src/gas/summary-sheet.ts).
import type { Analysis } from '../analysis';
import type { CellOutput } from '../cells';
import { formatPercent } from '../i18n/format-number';
import { SEGMENT_LABELS, STAGE_LABELS, TIER_LABELS } from '../i18n/labels';
import type { Language } from '../i18n/language';
import { LIFECYCLE_STAGES } from '../lifecycle/lifecycle-stage';
import { RFM_SEGMENTS } from '../segments/rfm-segments';
import { VALUE_TIERS } from '../segments/value-tier';
import { instantOfDay } from '../time/zone';
import { aggregate, type GroupTotals, shareOf } from './aggregate';
import type { AnalyzeTexts } from './analyze-texts';
import { calibrationReport } from './calibration';
import { fill } from './report-texts';
import { PRIMARY_COLOR, STAGE_COLORS } from './stage-colors';
import { wholePercentShares } from './whole-percents';

export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'money' | 'percent' | 'date';

export type SummaryBlockId =
  | 'overall'
  | 'pareto'
  | 'tiers'
  | 'stages'
  | 'segments'
  | 'accuracy'
  | 'calibration';

interface SummaryBlock {
  id: SummaryBlockId;
  /** The header row, then the data rows; every row as wide as `formats`. */
  rows: CellOutput[][];
  formats: ColumnFormat[];
}

interface SummaryChart {
  /** Sheets' chart type. */
  type: 'PIE' | 'COLUMN';
  title: string;
  block: SummaryBlockId;
  /** 0-based column of the block holding the values; the labels are column 0. */
  valueColumn: number;
  /** Slice or series colours, in row order. */
  colors: string[];
  /** More series beside `valueColumn` (the calibration chart: predicted and really bought). */
  extraValueColumns?: number[];
}

export interface SummaryReport {
  title: string;
  blocks: SummaryBlock[];
  charts: SummaryChart[];
}

const GROUP_FORMATS: ColumnFormat[] = ['text', 'integer', 'percent', 'money', 'percent'];

export function buildSummary(
  analysis: Analysis,
  language: Language,
  timeZone: string,
  texts: AnalyzeTexts,
): SummaryReport {
  const t = texts.report[language];
  const totals = aggregate(analysis);
  const groupRows = <K extends string>(
    title: string,
    keys: readonly K[],
    groups: Record<K, GroupTotals>,
    labels: Record<K, string>,
  ): CellOutput[][] => {
    // Shown as whole percents, each rounded alone: one count shows one percent in every table.
    const customerShares = wholePercentShares(keys.map((k) => groups[k].customers));
    const revenueShares = wholePercentShares(keys.map((k) => groups[k].revenue));
    return [
      [title, t.customers, t.customerShare, t.revenue, t.revenueShare],
      ...keys.map((k, i) => [
        labels[k],
        groups[k].customers,
        customerShares[i]!,
        round2(groups[k].revenue),
        revenueShares[i]!,
      ]),
    ];
  };
  const tierRows = groupRows(t.byTier, VALUE_TIERS, totals.tiers, TIER_LABELS[language]);
  // The Key share of revenue read from the tier table beside it (the same whole percent); the
  // count of customers says their share without a percent that ties could round either way.
  const pareto = fill(totals.tiers.key.customers === 1 ? t.paretoOne : t.pareto, {
    count: totals.tiers.key.customers,
    total: totals.customers,
    revenueShare: formatPercent(tierRows[1 + VALUE_TIERS.indexOf('key')]![4] as number),
  });
  const calibration = calibrationReport(analysis, language, texts);
  const checkBlocks: SummaryBlock[] = [];
  const checkCharts: SummaryChart[] = [];
  if (calibration.sentence)
    checkBlocks.push({ id: 'accuracy', rows: [[calibration.sentence]], formats: ['text'] });
  if (calibration.rows) {
    checkBlocks.push({
      id: 'calibration',
      rows: calibration.rows,
      formats: ['text', 'integer', 'percent', 'percent'],
    });
    checkCharts.push({
      type: 'COLUMN',
      title: calibration.chartTitle,
      block: 'calibration',
      valueColumn: 2,
      extraValueColumns: [3],
      colors: ['#8ab4f8', PRIMARY_COLOR],
    });
  }
  return {
    title: t.summaryTitle,
    blocks: [
      {
        id: 'overall',
        rows: [
          [t.asOf, t.customers, t.revenue, t.perCustomer, t.repeatShare],
          [
            instantOfDay(analysis.asOfDay, timeZone),
            totals.customers,
            round2(totals.revenue),
            round2(totals.customers > 0 ? totals.revenue / totals.customers : 0),
            shareOf(totals.repeatCustomers, totals.customers),
          ],
        ],
        formats: ['date', 'integer', 'money', 'money', 'percent'],
      },
      // No 80/20 sentence without a customer: "0 of 0 customers bring 0% of revenue" says nothing true.
      ...(totals.customers > 0
        ? [{ id: 'pareto' as const, rows: [[pareto]], formats: ['text' as const] }]
        : []),
      {
        id: 'tiers',
        rows: tierRows,
        formats: GROUP_FORMATS,
      },
      {
        id: 'stages',
        rows: groupRows(t.byStage, LIFECYCLE_STAGES, totals.stages, STAGE_LABELS[language]),
        formats: GROUP_FORMATS,
      },
      {
        id: 'segments',
        rows: groupRows(t.bySegment, RFM_SEGMENTS, totals.segments, SEGMENT_LABELS[language]),
        formats: GROUP_FORMATS,
      },
      ...checkBlocks,
    ],
    charts: [
      {
        type: 'PIE',
        title: t.stageChart,
        block: 'stages',
        valueColumn: 1,
        colors: LIFECYCLE_STAGES.map((s) => STAGE_COLORS[s]),
      },
      { type: 'COLUMN', title: t.tierChart, block: 'tiers', valueColumn: 3, colors: [PRIMARY_COLOR] },
      ...checkCharts,
    ],
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
