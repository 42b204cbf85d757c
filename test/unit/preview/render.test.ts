// The sheet grid as the preview draws it: text overflowing into blank cells as Sheets shows it, and
// charts carrying their anchor row so the page can keep them on it.
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../../scripts/preview/render';
import type { ViewCell, ViewSheet } from '../../../scripts/preview/session';

const text = (t: string, style?: ViewCell['style']): ViewCell => ({
  text: t,
  kind: 'string',
  input: t,
  style,
});
const number = (n: number): ViewCell => ({ text: String(n), kind: 'number', input: String(n) });

function sheet(rows: ViewCell[][], charts: ViewSheet['charts'] = []): ViewSheet {
  return {
    name: 'S',
    rows,
    totalRows: rows.length,
    columnWidths: [220, 120, 100],
    frozenRows: 0,
    tabColor: null,
    charts,
  };
}

/** The first row's cells as drawn. */
const firstRow = (html: string) => /<tbody><tr><th class="row-head">1<\/th>(.*?)<\/tr>/.exec(html)![1]!;

describe('renderWorkbook', () => {
  it('lets left-aligned text run over the blank cells to its right, up to the next cell with something in it', () => {
    const html = firstRow(
      renderWorkbook([sheet([[text('Checked on this log’s last 90 days…'), text(''), text('x')]])], 0),
    );
    // Its own column (220) and the blank one (120), less the cell's padding.
    expect(html).toContain('<td class="spill"><span class="spill-text" style="max-width:334px">Checked on');
    // Up to the edge of the sheet's drawn columns when everything to the right is blank.
    const alone = firstRow(renderWorkbook([sheet([[text('Key customers bring 80% of revenue')]])], 0));
    expect(alone).toMatch(/max-width:(\d+)px/);
    expect(Number(/max-width:(\d+)px/.exec(alone)![1])).toBeGreaterThan(220 + 120 + 100);
  });

  it('keeps numbers, wrapped, right-aligned text and text with a full neighbour inside their cells', () => {
    for (const cells of [
      [number(12345678)],
      [text('long header', { wrap: true })],
      [text('long header', { align: 'right' })],
      [text('Repeat probability given'), text('Customers')],
    ]) {
      const row = firstRow(renderWorkbook([sheet([cells])], 0));
      expect(row.slice(0, row.indexOf('</td>'))).not.toContain('spill');
    }
  });

  it('marks each chart with its anchor row and offset, for the page to place it on the row as laid out', () => {
    const chart = {
      anchorRow: 34,
      anchorColumn: 7,
      offsetX: 0,
      offsetY: 4,
      model: {
        title: 'T',
        type: 'COLUMN',
        labels: ['a'],
        series: [{ name: 's', values: [1] }],
        width: 600,
        height: 371,
      },
    };
    expect(renderWorkbook([sheet([[text('a')]], [chart])], 0)).toContain(
      '<figure class="chart" data-row="34" data-dy="4"',
    );
  });
});
