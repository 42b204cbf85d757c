// Fake embedded charts: a builder that records type, ranges, options and position, and the chart
// it builds. Nothing is drawn.
import { internalOf, withStubs } from './env';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type BuilderApi = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type ChartApi = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartType = GoogleAppsScript.Charts.ChartType;

interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** What a chart holds; shared by the builder and the built chart. */
export interface ChartState {
  /** 'PIE', 'COLUMN', 'BAR', ... or null when never set. */
  chartType: string | null;
  ranges: FakeRange[];
  options: Map<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

function cloneState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: new Map(s.options), position: { ...s.position } };
}

type BuilderMethods =
  | 'addRange'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asPieChart'
  | 'asLineChart'
  | 'asAreaChart'
  | 'asScatterChart'
  | 'asTableChart'
  | 'asComboChart'
  | 'asHistogramChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setHiddenDimensionStrategy'
  | 'setMergeStrategy'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

/**
 * One builder class serves every typed builder (asPieChart() etc. return the same builder with
 * the type set), with the typed builders' common setters recorded as options:
 * setTitle -> 'title', setColors -> 'colors', setLegendPosition -> 'legend.position',
 * setXAxisTitle -> 'hAxis.title', setYAxisTitle -> 'vAxis.title', set3D -> 'is3D',
 * setStacked -> 'isStacked', setBackgroundColor -> 'backgroundColor'.
 */
export class FakeChartBuilder implements Pick<BuilderApi, BuilderMethods> {
  readonly api: BuilderApi;
  readonly state: ChartState;

  constructor(
    readonly sheet: FakeSheet,
    state?: ChartState,
    private readonly chartId: number | null = null,
  ) {
    this.api = withStubs<FakeChartBuilder, BuilderApi>(this, 'EmbeddedChartBuilder');
    this.state = state
      ? cloneState(state)
      : {
          chartType: null,
          ranges: [],
          options: new Map(),
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
          transpose: false,
          mergeStrategy: 'MERGE_COLUMNS',
          hiddenDimensionStrategy: 'IGNORE_BOTH',
        };
  }

  private typed<T>(type: string): T {
    this.state.chartType = type;
    return this.api as unknown as T;
  }
  private option<T>(key: string, value: unknown): T {
    this.state.options.set(key, value);
    return this.api as unknown as T;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): BuilderApi {
    this.state.ranges.push(internalOf(range, FakeRange, 'Range'));
    return this.api;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): BuilderApi {
    const target = internalOf(range, FakeRange, 'Range');
    this.state.ranges = this.state.ranges.filter(
      (r) =>
        !(
          r.sheet === target.sheet &&
          r.row === target.row &&
          r.column === target.column &&
          r.numRows === target.numRows &&
          r.numColumns === target.numColumns
        ),
    );
    return this.api;
  }
  clearRanges(): BuilderApi {
    this.state.ranges = [];
    return this.api;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => r.api);
  }
  setChartType(type: ChartType): BuilderApi {
    return this.typed(String(type));
  }
  getChartType(): ChartType {
    return this.state.chartType as unknown as ChartType;
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.typed('PIE');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.typed('COLUMN');
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.typed('BAR');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.typed('LINE');
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.typed('AREA');
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this.typed('SCATTER');
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.typed('TABLE');
  }
  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    return this.typed('COMBO');
  }
  asHistogramChart(): GoogleAppsScript.Spreadsheet.EmbeddedHistogramChartBuilder {
    return this.typed('HISTOGRAM');
  }
  setOption(option: string, value: unknown): BuilderApi {
    return this.option(option, value);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): BuilderApi {
    this.state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this.api;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this.state.position);
  }
  setNumHeaders(headers: number): BuilderApi {
    this.state.numHeaders = headers;
    return this.api;
  }
  setTransposeRowsAndColumns(transpose: boolean): BuilderApi {
    this.state.transpose = transpose;
    return this.api;
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): BuilderApi {
    this.state.mergeStrategy = String(mergeStrategy);
    return this.api;
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): BuilderApi {
    this.state.hiddenDimensionStrategy = String(strategy);
    return this.api;
  }
  // Typed-builder setters (same builder object), recorded as options.
  setTitle<T>(chartTitle: string): T {
    return this.option('title', chartTitle);
  }
  setColors<T>(cssValues: string[]): T {
    return this.option('colors', [...cssValues]);
  }
  setLegendPosition<T>(position: GoogleAppsScript.Charts.Position): T {
    return this.option('legend.position', String(position));
  }
  setXAxisTitle<T>(title: string): T {
    return this.option('hAxis.title', title);
  }
  setYAxisTitle<T>(title: string): T {
    return this.option('vAxis.title', title);
  }
  set3D<T>(): T {
    return this.option('is3D', true);
  }
  setStacked<T>(): T {
    return this.option('isStacked', true);
  }
  setBackgroundColor<T>(cssValue: string): T {
    return this.option('backgroundColor', cssValue);
  }
  build(): ChartApi {
    return new FakeEmbeddedChart(this.sheet, cloneState(this.state), this.chartId).api;
  }
}

function containerInfo(p: ChartPosition): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return {
    getAnchorRow: () => p.anchorRow,
    getAnchorColumn: () => p.anchorColumn,
    getOffsetX: () => p.offsetX,
    getOffsetY: () => p.offsetY,
  };
}

type ChartMethods =
  | 'getChartId'
  | 'getRanges'
  | 'getOptions'
  | 'getContainerInfo'
  | 'modify'
  | 'getNumHeaders'
  | 'getTransposeRowsAndColumns'
  | 'getMergeStrategy'
  | 'getHiddenDimensionStrategy';

export class FakeEmbeddedChart implements Pick<ChartApi, ChartMethods> {
  readonly api: ChartApi;

  constructor(
    readonly sheet: FakeSheet,
    readonly state: ChartState,
    /** Assigned by Sheet.insertChart; null before. */
    public chartId: number | null,
  ) {
    this.api = withStubs<FakeEmbeddedChart, ChartApi>(this, 'EmbeddedChart');
  }

  /** 'PIE', 'COLUMN', ... (test convenience). */
  get chartType(): string | null {
    return this.state.chartType;
  }

  getChartId(): number | null {
    return this.chartId;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => r.api);
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.state.options;
    return { get: (option: string) => options.get(option) ?? null };
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this.state.position);
  }
  modify(): BuilderApi {
    return new FakeChartBuilder(this.sheet, this.state, this.chartId).api;
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }
  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return this.state.mergeStrategy as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }
  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return this.state
      .hiddenDimensionStrategy as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }
}
