// Charts the add-on inserts (Sheet.insertChart in the fake) drawn as small SVGs over the grid, where
// Sheets would float them: pie, column, bar and line/area charts from the charted ranges' values.

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartModel {
  title: string;
  /** 'PIE', 'COLUMN', 'BAR', 'LINE', 'AREA', ... */
  type: string;
  labels: string[];
  series: ChartSeries[];
  width: number;
  height: number;
  /** The chart's `colors` option (Sheets: one per slice of a pie, one per series otherwise); the default palette when absent. */
  colors?: readonly string[];
  /** Where the chart asked for its legend (`legend.position`); a pie always lists its slices. */
  legend?: string;
  /** 'percent' when the charted values are formatted as percents: Sheets labels the axis so. */
  valueFormat?: 'percent';
}

/** Google's default chart colours. */
const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
];

/** The i-th colour: the chart's own `colors` first (as Sheets uses them), then the default palette. */
function colorOf(model: ChartModel, i: number): string {
  const own = model.colors?.[i];
  return own !== undefined && own !== '' ? own : PALETTE[i % PALETTE.length]!;
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A chart's data from its ranges' values, side by side (Sheets' default "merge columns"): the first
 * column holds the labels, each further column a series. The first row names the series when
 * `headers` is 1, or (with -1, "detect") when it holds text where the numbers go.
 */
export function chartData(
  columns: unknown[][][],
  headers: number,
): { labels: string[]; series: ChartSeries[] } {
  const table: unknown[][] = [];
  for (const block of columns) {
    block.forEach((row, r) => {
      table[r] = [...(table[r] ?? []), ...row];
    });
  }
  if (table.length === 0) return { labels: [], series: [] };
  const width = table.reduce((max, row) => Math.max(max, row.length), 0);
  const first = table[0]!;
  const hasHeader =
    headers > 0 ||
    (headers < 0 &&
      first.slice(1).some((v) => typeof v === 'string' && v.trim() !== '' && Number.isNaN(Number(v))));
  const body = hasHeader ? table.slice(1) : table;
  const labels = body.map((row) => String(row[0] ?? ''));
  const series: ChartSeries[] = [];
  for (let c = 1; c < width; c++) {
    series.push({
      name: hasHeader ? String(first[c] ?? '') : `Series ${c}`,
      values: body.map((row) => {
        const n = typeof row[c] === 'number' ? (row[c] as number) : Number(row[c]);
        return Number.isFinite(n) ? n : 0;
      }),
    });
  }
  return { labels, series };
}

/** A round step for an axis running from 0 to `max`. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/** An axis label: as a percent when the values are percents, else short (12K, 1.5M). */
const axisNumber = (model: ChartModel, n: number) =>
  model.valueFormat === 'percent' ? `${+(n * 100).toFixed(1)}%` : shortNumber(n);

const shortNumber = (n: number) =>
  Math.abs(n) >= 1_000_000
    ? `${+(n / 1_000_000).toFixed(1)}M`
    : Math.abs(n) >= 1000
      ? `${+(n / 1000).toFixed(1)}K`
      : String(+n.toFixed(2));

function pie(model: ChartModel, top: number): string {
  const values = model.series[0]?.values ?? [];
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  const r = Math.min(model.height - top - 20, model.width * 0.55) / 2;
  const cx = 20 + r;
  const cy = top + 10 + r;
  const out: string[] = [];
  if (total <= 0)
    return `<text x="${model.width / 2}" y="${cy}" text-anchor="middle" class="muted">No data</text>`;
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v <= 0) return;
    const sweep = (v / total) * Math.PI * 2;
    const color = colorOf(model, i);
    if (sweep >= Math.PI * 2 - 1e-9) {
      out.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`);
    } else {
      const x1 = cx + r * Math.cos(angle);
      const y1 = cy + r * Math.sin(angle);
      const x2 = cx + r * Math.cos(angle + sweep);
      const y2 = cy + r * Math.sin(angle + sweep);
      out.push(
        `<path d="M${cx},${cy} L${x1.toFixed(2)},${y1.toFixed(2)} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2.toFixed(2)},${y2.toFixed(2)} Z" fill="${color}" stroke="#fff" stroke-width="1"/>`,
      );
      const mid = angle + sweep / 2;
      if (sweep > 0.35) {
        out.push(
          `<text x="${(cx + r * 0.62 * Math.cos(mid)).toFixed(1)}" y="${(cy + r * 0.62 * Math.sin(mid) + 4).toFixed(1)}" text-anchor="middle" class="on-slice">${Math.round((v / total) * 100)}%</text>`,
        );
      }
    }
    angle += sweep;
  });
  // Legend.
  const lx = cx + r + 24;
  model.labels.forEach((label, i) => {
    const y = top + 16 + i * 20;
    if (y > model.height - 8) return;
    out.push(
      `<rect x="${lx}" y="${y - 9}" width="10" height="10" rx="5" fill="${colorOf(model, i)}"/><text x="${lx + 16}" y="${y}" class="legend">${esc(clip(label, 22))}</text>`,
    );
  });
  return out.join('');
}

function bars(model: ChartModel, top: number, horizontal: boolean): string {
  const out: string[] = [];
  const left = horizontal ? 110 : 56;
  const bottom = (horizontal ? 28 : 40) + (model.legend === 'bottom' ? LEGEND_HEIGHT : 0);
  const right = 16;
  const plotW = model.width - left - right;
  const plotH = model.height - top - bottom;
  const max = Math.max(0, ...model.series.flatMap((s) => s.values));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  for (let v = 0; v <= axisMax + 1e-9; v += step) {
    if (horizontal) {
      const x = left + (v / axisMax) * plotW;
      out.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + plotH}" class="grid"/>`);
      out.push(
        `<text x="${x}" y="${top + plotH + 16}" text-anchor="middle" class="axis">${axisNumber(model, v)}</text>`,
      );
    } else {
      const y = top + plotH - (v / axisMax) * plotH;
      out.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" class="grid"/>`);
      out.push(
        `<text x="${left - 6}" y="${y + 4}" text-anchor="end" class="axis">${axisNumber(model, v)}</text>`,
      );
    }
  }
  const groups = Math.max(1, model.labels.length);
  const band = (horizontal ? plotH : plotW) / groups;
  const seriesCount = Math.max(1, model.series.length);
  const barSize = Math.max(2, (band * 0.7) / seriesCount);
  model.labels.forEach((label, g) => {
    model.series.forEach((series, s) => {
      const v = Math.max(0, series.values[g] ?? 0);
      const length = (v / axisMax) * (horizontal ? plotW : plotH);
      const offset = g * band + band * 0.15 + s * barSize;
      const color = colorOf(model, s);
      out.push(
        horizontal
          ? `<rect x="${left}" y="${(top + offset).toFixed(1)}" width="${length.toFixed(1)}" height="${barSize.toFixed(1)}" fill="${color}"/>`
          : `<rect x="${(left + offset).toFixed(1)}" y="${(top + plotH - length).toFixed(1)}" width="${barSize.toFixed(1)}" height="${length.toFixed(1)}" fill="${color}"/>`,
      );
    });
    const text = esc(clip(label, horizontal ? 16 : Math.max(4, Math.floor(band / 7))));
    out.push(
      horizontal
        ? `<text x="${left - 6}" y="${(top + g * band + band / 2 + 4).toFixed(1)}" text-anchor="end" class="axis">${text}</text>`
        : `<text x="${(left + g * band + band / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" class="axis">${text}</text>`,
    );
  });
  out.push(
    horizontal
      ? `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" class="axis-line"/>`
      : `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" class="axis-line"/>`,
  );
  return out.join('');
}

function lines(model: ChartModel, top: number, area: boolean): string {
  const out: string[] = [];
  const left = 56;
  const plotW = model.width - left - 16;
  const plotH = model.height - top - 40 - (model.legend === 'bottom' ? LEGEND_HEIGHT : 0);
  const max = Math.max(0, ...model.series.flatMap((s) => s.values));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  for (let v = 0; v <= axisMax + 1e-9; v += step) {
    const y = top + plotH - (v / axisMax) * plotH;
    out.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" class="grid"/>`);
    out.push(
      `<text x="${left - 6}" y="${y + 4}" text-anchor="end" class="axis">${axisNumber(model, v)}</text>`,
    );
  }
  const n = Math.max(1, model.labels.length - 1);
  model.series.forEach((series, s) => {
    const points = series.values.map(
      (v, i) =>
        `${(left + (i / n) * plotW).toFixed(1)},${(top + plotH - (Math.max(0, v) / axisMax) * plotH).toFixed(1)}`,
    );
    const color = colorOf(model, s);
    if (area && points.length > 0) {
      out.push(
        `<polygon points="${left},${top + plotH} ${points.join(' ')} ${(left + plotW).toFixed(1)},${top + plotH}" fill="${color}" fill-opacity="0.3"/>`,
      );
    }
    out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
  });
  return out.join('');
}

const LEGEND_HEIGHT = 24;

/** About how wide a 12px label is (the text is not measured): Chinese characters are full width. */
const textWidth = (text: string) =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 6.5), 0);

/**
 * The series' names under the plot, centred, each after a swatch of its colour, where the chart
 * asked for a bottom legend (`legend.position` 'bottom': the calibration chart's predicted and
 * really bought); Sheets draws one there.
 */
function bottomLegend(model: ChartModel): string {
  if (model.legend !== 'bottom' || model.series.length === 0) return '';
  const widths = model.series.map((s) => 16 + textWidth(clip(s.name, 40)) + 18);
  let x = Math.max(8, (model.width - widths.reduce((a, b) => a + b, 0)) / 2);
  const y = model.height - 10;
  return model.series
    .map((s, i) => {
      const item = `<rect class="key" x="${x.toFixed(1)}" y="${y - 9}" width="10" height="10" fill="${colorOf(model, i)}"/><text x="${(x + 16).toFixed(1)}" y="${y}" class="legend">${esc(clip(s.name, 40))}</text>`;
      x += widths[i]!;
      return item;
    })
    .join('');
}

export function chartSvg(model: ChartModel): string {
  const top = model.title ? 36 : 12;
  const type = model.type.toUpperCase();
  let body: string;
  if (model.labels.length === 0 || model.series.length === 0) {
    body = `<text x="${model.width / 2}" y="${model.height / 2}" text-anchor="middle" class="muted">No data</text>`;
  } else if (type === 'PIE') body = pie(model, top);
  else if (type === 'COLUMN' || type === 'HISTOGRAM') body = bars(model, top, false) + bottomLegend(model);
  else if (type === 'BAR') body = bars(model, top, true) + bottomLegend(model);
  else if (type === 'LINE' || type === 'AREA')
    body = lines(model, top, type === 'AREA') + bottomLegend(model);
  else {
    body = `<text x="${model.width / 2}" y="${model.height / 2}" text-anchor="middle" class="muted">${esc(
      `${type.toLowerCase() || 'unknown'} chart (not drawn by the preview)`,
    )}</text>`;
  }
  const title = model.title
    ? `<text x="16" y="24" class="title">${esc(clip(model.title, Math.floor(model.width / 8)))}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-label="${esc(
    model.title || `${type.toLowerCase()} chart`,
  )}"><rect width="100%" height="100%" fill="#fff"/>${title}${body}</svg>`;
}
