// Rows left out on purpose, through the built dist/Code.js as Sheets calls it (2-D arrays, Date
// objects made in the script's own context, blank strings for empty cells): a customer whose every
// row was left out gets a sentence with the reason instead of a blank, CUSTOMER_MODEL counts the rows
// left out by reason, and names are shown as their key reads them.
import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFixtures } from '../support/export-fixtures';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;

function sheetsContext(timeZone: string, locale: string) {
  const context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => timeZone,
        getSpreadsheetLocale: () => locale,
      }),
    },
  });
  return { context, call: (name: string, ...args: unknown[]) => (context[name] as Fn)(...args) };
}

describe('a $ sheet with Carol Wu’s three ¥ rows (America/New_York, en_US)', () => {
  let call: (name: string, ...args: unknown[]) => unknown;
  let grid: unknown[][];
  let asOf: Date;
  beforeAll(() => {
    const s = sheetsContext('America/New_York', 'en_US');
    call = s.call;
    const CtxDate = contextDate(s.context as vm.Context);
    // A date cell reaches the script as midnight in the spreadsheet's zone (EST in winter, EDT after March).
    const day = (iso: string) => new CtxDate(Date.parse(`${iso}T05:00:00Z`));
    grid = [
      ['Customer', 'Date', 'Amount'],
      ['Alice', day('2024-01-05'), '$60.00'],
      ['Carol Wu', day('2024-01-10'), '¥120'],
      ['Bob', day('2024-02-01'), '$25.00'],
      ['Alice', day('2024-03-05'), '$40.00'],
      ['Carol Wu', day('2024-02-10'), '¥80'],
      ['Frank  Ng', day('2024-04-01'), '$50.00'],
      ['Carol Wu', day('2024-04-10'), '¥95'],
      ['Bob', day('2024-05-01'), '$30.00'],
      ['Dana', 'soon', '$10.00'],
      ['', '', ''],
      ['', '', ''],
    ];
    asOf = day('2024-06-30');
  });

  it('every worded per-customer formula answers Carol Wu with the reason, the numeric ones with an empty cell; an unknown name stays blank', () => {
    const keys = [['Alice'], ['Carol Wu'], ['Zed'], ['']];
    const said = 'Carol Wu was not analysed; 3 rows left out: another currency (¥)';
    const column = (range: unknown) => (range as unknown[][]).map((r) => r[0]);
    for (const [name, range] of [
      ['RFM_SCORE', call('RFM_SCORE', keys, grid, asOf)],
      ['VALUE_TIER', call('VALUE_TIER', keys, grid, asOf, 'en')],
      ['CUSTOMER_WHY', call('CUSTOMER_WHY', keys, grid, asOf, 'en')],
      ['REPEAT_PROBABILITY', call('REPEAT_PROBABILITY', keys, grid, 90, asOf)],
      ['PREDICTED_VALUE', call('PREDICTED_VALUE', keys, grid, '', asOf)],
      ['NEXT_PURCHASE_DATE', call('NEXT_PURCHASE_DATE', keys, grid, asOf)],
      ['LOYALTY_SCORE', call('LOYALTY_SCORE', keys, grid, '', '', asOf)],
    ] as const) {
      const [alice, carol, zed, blank] = column(range);
      expect(alice, name).not.toBe('');
      expect(carol, name).toBe(name === 'VALUE_TIER' || name === 'CUSTOMER_WHY' ? said : '');
      expect(zed, name).toBe('');
      expect(blank, name).toBe('');
    }
    // A single cell gives a single value.
    expect(call('LIFECYCLE_STAGE', 'carol wu', grid, asOf, 'en')).toBe(said);
    expect(call('REPEAT_PROBABILITY', 'carol wu', grid, 90, asOf)).toBe('');
    expect(call('CUSTOMER_WHY', 'Carol Wu', grid, asOf, 'zh-CN')).toBe(
      'Carol Wu 未纳入分析；排除了 3 行：其他币种（¥）',
    );
    expect(call('CUSTOMER_WHY', 'Carol Wu', grid, asOf, 'zh-TW')).toBe(
      'Carol Wu 未納入分析；排除了 3 列：其他幣別（¥）',
    );
  });

  it('CUSTOMER_MODEL: rows used 5, skipped 1 (the unreadable date), left out 3 (another currency)', () => {
    const table = call('CUSTOMER_MODEL', grid, asOf) as [string, unknown][];
    const row = (label: string) => table.find((r) => r[0] === label)?.[1];
    expect(row('rows used')).toBe(5);
    expect(row('rows skipped (unreadable or after the analysis date)')).toBe(1);
    expect(row('rows left out on purpose')).toBe(3);
    expect(row('left out: another currency')).toBe(3);
    expect(table.slice(-2).map((r) => r[0])).toEqual([
      'rows left out on purpose',
      'left out: another currency',
    ]);
  });

  it('CUSTOMER_INSIGHTS has no row for Carol Wu and shows "Frank  Ng" as Frank Ng', () => {
    const [, ...rows] = call('CUSTOMER_INSIGHTS', grid, asOf, 'en') as unknown[][];
    expect(rows.map((r) => r[0])).toEqual(['Alice', 'Bob', 'Frank Ng']);
  });

  it('Dana, whose only row has a date that cannot be read, is named with the row and the date, in three languages', () => {
    expect(call('CUSTOMER_WHY', [['Dana'], ['Zed']], grid, asOf, 'en')).toEqual([
      ['Dana was not analysed; 1 row skipped (row 10 of the range): date not readable (soon)'],
      [''],
    ]);
    expect(call('VALUE_TIER', 'Dana', grid, asOf, 'zh-CN')).toBe(
      'Dana 未纳入分析；跳过了 1 行（所选范围的第 10 行）：日期无法识别（soon）',
    );
    expect(call('RFM_SEGMENT', 'Dana', grid, asOf, 'zh-TW')).toBe(
      'Dana 未納入分析；略過了 1 列（所選範圍的第 10 列）：日期無法辨識（soon）',
    );
    expect(call('REPEAT_PROBABILITY', 'Dana', grid, 90, asOf)).toBe('');
  });
});

describe('a Shopify export whose customers Carol, Dave, Erin and Frank have only orders left out', () => {
  const shopify = exportFixtures().find((f) => f.file === 'orders_2024.csv')!;
  let call: (name: string, ...args: unknown[]) => unknown;
  let grid: unknown[][];
  let asOf: Date;
  beforeAll(() => {
    const s = sheetsContext(shopify.timeZone, shopify.locale);
    call = s.call;
    const CtxDate = contextDate(s.context as vm.Context);
    const midnight = (iso: string) => new CtxDate(Date.parse(`${iso}T00:00:00+08:00`));
    grid = shopify.rows.map((row) =>
      row.map((c) => (c === null ? '' : typeof c === 'object' ? midnight(c.date) : c)),
    );
    asOf = midnight(shopify.asOf);
  });

  it('each is answered with the reason, under the export’s name for them', () => {
    const keys = [['alice@example.com'], ['carol@example.com'], ['dave@example.com'], ['frank@example.de']];
    const column = (range: unknown) => (range as unknown[][]).map((r) => r[0]);
    const probabilities = column(call('REPEAT_PROBABILITY', keys, grid, 90, asOf));
    expect(typeof probabilities[0]).toBe('number');
    expect(probabilities.slice(1)).toEqual(['', '', '']);
    const answers = column(call('LIFECYCLE_STAGE', keys, grid, asOf, 'en'));
    expect(answers[0]).not.toMatch(/not analysed/);
    expect(answers.slice(1)).toEqual([
      'Carol Diaz was not analysed; 1 row left out: voided',
      'Dave Kim was not analysed; 1 row left out: refunded in full (refunded)',
      'Frank Weber was not analysed; 1 row left out: another currency (EUR)',
    ]);
  });
});
