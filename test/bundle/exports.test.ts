// Each export fixture, raw, through CUSTOMER_INSIGHTS of the built dist/Code.js on the whole export
// range (header included), as an owner would write =CUSTOMER_INSIGHTS(Orders!A1:Z): the customers,
// their names, purchase days and net spend of the hand-written expected.json.
import { describe, expect, it } from 'vitest';
import { exportFixtures } from '../support/export-fixtures';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;
const DAY = 86_400_000;

describe('export fixtures through CUSTOMER_INSIGHTS in dist/Code.js', () => {
  for (const f of exportFixtures()) {
    it(`${f.platform}/${f.file}`, () => {
      // UTC keeps the test's own date arithmetic simple; the fixtures' offsets are read in the
      // spreadsheet's zone, so the expected days are for that zone.
      const context = loadBundle({
        SpreadsheetApp: {
          getActiveSpreadsheet: () => ({
            getSpreadsheetTimeZone: () => f.timeZone,
            getSpreadsheetLocale: () => f.locale,
          }),
        },
      });
      const CtxDate = contextDate(context);
      const midnight = (iso: string) => {
        // Midnight in the spreadsheet's zone, found by asking the context for the zone's offset.
        const utc = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
        const shown = new Date(utc).toLocaleString('en-US', { timeZone: f.timeZone, hour12: false });
        const local = Date.parse(`${shown} UTC`);
        return new CtxDate(utc - (local - utc));
      };
      const grid = f.rows.map((row) =>
        row.map((c) => (c === null ? '' : typeof c === 'object' ? midnight(c.date) : c)),
      );
      const table = (context.CUSTOMER_INSIGHTS as Fn)(
        grid,
        midnight(f.asOf),
        'en',
        f.expected.exclude ?? '',
      ) as unknown[][];
      const [header, ...rows] = table;
      // Columns by their names: the table's order is a documented contract (README), not this test's.
      const at = (name: string) => {
        const index = header!.indexOf(name);
        expect(index, `column "${name}"`).toBeGreaterThanOrEqual(0);
        return index;
      };
      const [customer, first, last, days, spent] = [
        'Customer',
        'First purchase',
        'Last purchase',
        'Purchase days',
        'Total spent',
      ].map(at) as [number, number, number, number, number];
      const isoDay = (d: unknown) =>
        new Intl.DateTimeFormat('en-CA', {
          timeZone: f.timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).format(new Date((d as Date).getTime()));
      const actual = rows.map((r) => ({
        name: r[customer],
        first: isoDay(r[first]),
        last: isoDay(r[last]),
        days: r[days],
        net: r[spent],
      }));
      expect(actual).toEqual(
        f.expected.customers.map((c) => ({
          name: c.name,
          first: c.days[0],
          last: c.days[c.days.length - 1],
          days: c.days.length,
          net: c.net,
        })),
      );
      expect(DAY).toBeGreaterThan(0);
    });
  }
});

describe('CUSTOMER_INSIGHTS on an export range without its header, or with unknown headers', () => {
  const env = (locale: string) =>
    loadBundle({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({
          getSpreadsheetTimeZone: () => 'Asia/Shanghai',
          getSpreadsheetLocale: () => locale,
        }),
      },
    });
  const shopify = exportFixtures().find((f) => f.file === 'orders_2024.csv')!;
  const grid = shopify.rows.map((row) =>
    row.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : c)),
  );

  it('=CUSTOMER_INSIGHTS(Orders!A2:Z) says to include the header row instead of returning an empty table', () => {
    const context = env('en_US');
    expect(() => (context.CUSTOMER_INSIGHTS as Fn)(grid.slice(1))).toThrow(
      'No purchases could be read: without a header row, columns A–C must be customer, date, amount. Include the header row (e.g. Orders!A1:Z) so the columns are found by their headers.',
    );
  });

  it('unknown headers: the error names the columns it needs and the headers it saw, in the spreadsheet’s language', () => {
    const context = env('zh_CN');
    const table = [
      ['单号', '备注', '经手人'],
      ['A1', '好', '小张'],
    ];
    expect(() => (context.CUSTOMER_INSIGHTS as Fn)(table)).toThrow(
      '找不到购买记录的列：需要客户（或邮箱）、日期、金额（或合计）；看到的表头是 “单号”、“备注”、“经手人”。',
    );
  });
});
