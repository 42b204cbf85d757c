import { describe, expect, it } from 'vitest';
import { chartData, chartSvg } from '../../../scripts/preview/chart-svg';

describe('chartData', () => {
  it('puts ranges side by side: labels first, then one series per column, header row named', () => {
    const labels = [['Stage'], ['New'], ['Loyal']];
    const values = [['Customers'], [7], [15]];
    expect(chartData([labels, values], 1)).toEqual({
      labels: ['New', 'Loyal'],
      series: [{ name: 'Customers', values: [7, 15] }],
    });
  });

  it('detects a header row when asked to (-1) and reads numbers written as text', () => {
    expect(
      chartData(
        [
          [
            ['Tier', 'Revenue'],
            ['Key', '152333'],
            ['Core', 29680],
          ],
        ],
        -1,
      ).series,
    ).toEqual([{ name: 'Revenue', values: [152333, 29680] }]);
    expect(
      chartData(
        [
          [
            ['Key', 3],
            ['Core', 1],
          ],
        ],
        -1,
      ),
    ).toEqual({
      labels: ['Key', 'Core'],
      series: [{ name: 'Series 1', values: [3, 1] }],
    });
  });
});

describe('chartSvg', () => {
  const model = {
    title: 'Customers <by> stage',
    labels: ['New', 'Loyal'],
    series: [{ name: 'n', values: [1, 3] }],
    width: 600,
    height: 371,
  };

  it('draws pie slices with their shares, and escapes the title', () => {
    const svg = chartSvg({ ...model, type: 'PIE' });
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('75%');
    expect(svg).toContain('Customers &lt;by&gt; stage');
  });

  it('colours each slice and its legend with the chart’s own colors option, as Sheets does (the stage pie)', () => {
    const svg = chartSvg({ ...model, type: 'PIE', colors: ['#34a853', '#ea4335'] });
    const fills = [...svg.matchAll(/<path [^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#34a853', '#ea4335']);
    const legend = [...svg.matchAll(/<rect [^>]*rx="5" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(legend).toEqual(['#34a853', '#ea4335']);
    // Without the option, Google's default palette.
    expect(chartSvg({ ...model, type: 'PIE' })).toContain('fill="#4285f4"');
  });

  it('draws one bar per label and series for column and bar charts', () => {
    expect(chartSvg({ ...model, type: 'COLUMN' }).match(/<rect x=/g)).toHaveLength(2);
    expect(
      chartSvg({ ...model, type: 'BAR', series: [...model.series, { name: 'm', values: [2, 2] }] }).match(
        /<rect x=/g,
      ),
    ).toHaveLength(4);
  });

  it('names the series under a column chart when it asks for a bottom legend, in their colours', () => {
    const two = { ...model, type: 'COLUMN', colors: ['#8ab4f8', '#1a73e8'] };
    const series = [
      { name: 'Predicted, on average', values: [0.1, 0.8] },
      { name: 'Really bought', values: [0.05, 0.7] },
    ];
    const svg = chartSvg({ ...two, series, legend: 'bottom' });
    expect([...svg.matchAll(/class="legend">([^<]+)</g)].map((m) => m[1])).toEqual([
      'Predicted, on average',
      'Really bought',
    ]);
    expect([...svg.matchAll(/<rect class="key" [^>]*fill="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '#8ab4f8',
      '#1a73e8',
    ]);
    // Still one bar per label and series; no legend when none was asked for.
    expect(svg.match(/<rect x=/g)).toHaveLength(4);
    expect(chartSvg({ ...two, series })).not.toContain('class="legend"');
  });

  it('spaces legend entries by their width, Chinese names full width', () => {
    const series = [
      { name: '平均预测', values: [0.1, 0.8] },
      { name: '实际购买', values: [0.05, 0.7] },
    ];
    const svg = chartSvg({ ...model, type: 'COLUMN', series, legend: 'bottom' });
    const [first, second] = [...svg.matchAll(/<text x="([\d.]+)"[^>]*class="legend"/g)].map((m) =>
      Number(m[1]),
    );
    // Four characters of about 12 px each, then the gap and the next swatch.
    expect(second! - first!).toBeGreaterThanOrEqual(4 * 12 + 18);
  });

  it('labels the value axis in percents when the data are percents', () => {
    const series = [{ name: 'Really bought', values: [0.05, 0.7] }];
    const axis = (svg: string) => [...svg.matchAll(/class="axis">([^<]+)</g)].map((m) => m[1]);
    expect(axis(chartSvg({ ...model, type: 'COLUMN', series, valueFormat: 'percent' }))).toEqual([
      '0%',
      '20%',
      '40%',
      '60%',
      '80%',
      'New',
      'Loyal',
    ]);
    expect(axis(chartSvg({ ...model, type: 'COLUMN', series })).slice(0, 2)).toEqual(['0', '0.2']);
  });

  it('says so when there is nothing to draw or the type is unknown', () => {
    expect(chartSvg({ ...model, type: 'PIE', series: [] })).toContain('No data');
    expect(chartSvg({ ...model, type: 'SCATTER' })).toContain('not drawn by the preview');
  });
});
