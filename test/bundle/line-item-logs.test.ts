// The two public line-item logs of test/support/line-item-logs.ts (UCI "Online Retail", Chen 2015;
// Tableau "Sample - Superstore") through the built dist/Code.js, as an owner pasting them would call
// the formulas, in each language: each customer's total spent is the sum of their lines, less
// cancellations, and CUSTOMER_MODEL counts the rows left out as before.
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cells';
import { INSIGHT_COLUMNS, insightHeaders } from '../../src/core/i18n/labels';
import type { Language } from '../../src/core/i18n/language';
import { SUPERSTORE, UCI } from '../support/line-item-logs';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;

const LOCALES: Record<Language, string> = { en: 'en_US', 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW' };

function bundle(locale: string) {
  const context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => 'Europe/London',
        getSpreadsheetLocale: () => locale,
      }),
    },
  });
  const CtxDate = contextDate(context);
  // The context's own arrays and dates, as Sheets hands them to a custom function.
  const cells = (grid: Grid) =>
    grid.map((r) => r.map((c) => (c instanceof Date ? new CtxDate(c.getTime()) : c)));
  return { context, CtxDate, cells };
}

/** Customer → total spent, from CUSTOMER_INSIGHTS's table in `language`. */
function totals(grid: Grid, asOf: [number, number, number], language: Language): Record<string, unknown> {
  const { context, CtxDate, cells } = bundle(LOCALES[language]);
  const table = (context.CUSTOMER_INSIGHTS as Fn)(
    cells(grid),
    new CtxDate(Date.UTC(...asOf)),
    language,
  ) as unknown[][];
  const headers = insightHeaders(language, 90, 365);
  const at = (c: (typeof INSIGHT_COLUMNS)[number]) => table[0]!.indexOf(headers[INSIGHT_COLUMNS.indexOf(c)]);
  expect(at('totalSpent')).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(table.slice(1).map((r) => [String(r[at('customer')]), r[at('totalSpent')]]));
}

describe('line-item logs through the formulas of dist/Code.js', () => {
  for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
    it(`UCI Online Retail: quantity × unit price, invoices added up, C invoices returned (${language})`, () => {
      expect(totals(UCI, [2010, 11, 31], language)).toEqual({ '17850': 96.24, '14527': 25.3 });
    });

    it(`Superstore: Sales of an order's lines added up, by Customer Name (${language})`, () => {
      expect(totals(SUPERSTORE, [2017, 11, 31], language)).toEqual({
        'Claire Gute': 993.9,
        'Darrin Van Huff': 14.62,
        "Sean O'Donnell": 979.95,
        'Dennis Kane': 755.94,
      });
    });
  }

  it("CUSTOMER_MODEL: the spend cut points are the invoices' sums; the row with no customer is left out and counted", () => {
    const { context, CtxDate, cells } = bundle('en_US');
    const table = (context.CUSTOMER_MODEL as Fn)(cells(UCI), new CtxDate(Date.UTC(2010, 11, 31))) as [
      string,
      unknown,
    ][];
    const row = (label: string) => table.find((r) => r[0] === label)?.[1];
    expect(row('customers')).toBe(2);
    expect(row('rows used')).toBe(9);
    expect(row('rows left out on purpose')).toBe(1);
    expect(row('left out: walk-in or anonymous')).toBe(1);
    expect(String(row('M cut points: net spend for M 2 / 3 / 4 / 5'))).toContain('96.24');
  });
});
