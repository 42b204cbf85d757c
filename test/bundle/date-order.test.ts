// Trial 23: the UCI Online Retail log (a UK shop's public data, text dates written month first:
// '12/1/2010 8:26', '12/15/2010 10:41') in an en_GB sheet, through the built dist/Code.js. Read day
// first, '12/1/2010' was 12 January and '12/15/2010' was skipped; the column proves month first.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells';
import { createGasFake } from '../support/gas-fake';
import { codeText, contextDate, distHtmlFiles, loadBundle } from '../support/load-bundle';
import { projectManifest } from '../support/manifest';

type Fn = (...args: unknown[]) => unknown;

const UCI: CellValue[][] = [
  ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'],
  [
    '536365',
    '85123A',
    'WHITE HANGING HEART T-LIGHT HOLDER',
    6,
    '12/1/2010 8:26',
    2.55,
    17850,
    'United Kingdom',
  ],
  ['536366', '22633', 'HAND WARMER UNION JACK', 6, '12/1/2010 8:28', 1.85, 17850, 'United Kingdom'],
  ['536380', '22961', 'JAM MAKING SET PRINTED', 24, '12/1/2010 9:41', 1.45, 14527, 'United Kingdom'],
  ['536390', '22139', 'RETROSPOT TEA SET', 4, '12/9/2010 10:41', 4.95, 14527, 'United Kingdom'],
  ['536400', '22139', 'RETROSPOT TEA SET', 10, '12/15/2010 10:41', 4.95, 17850, 'United Kingdom'],
];

describe('a month-first log in an en_GB sheet, through dist/Code.js', () => {
  it('CUSTOMER_INSIGHTS: every day month first, none skipped', () => {
    const context = loadBundle({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({
          getSpreadsheetTimeZone: () => 'UTC',
          getSpreadsheetLocale: () => 'en_GB',
        }),
      },
    });
    const CtxDate = contextDate(context);
    const [header, ...rows] = (context.CUSTOMER_INSIGHTS as Fn)(
      UCI,
      new CtxDate(Date.UTC(2010, 11, 31)),
    ) as unknown[][];
    const at = (name: string) => header!.indexOf(name);
    const iso = (d: unknown) => (d as Date).toISOString().slice(0, 10);
    const byCustomer = Object.fromEntries(
      rows.map((r) => [
        String(r[at('Customer')]),
        [iso(r[at('First purchase')]), iso(r[at('Last purchase')]), r[at('Purchase days')]],
      ]),
    );
    expect(byCustomer).toEqual({
      '17850': ['2010-12-01', '2010-12-15', 2],
      '14527': ['2010-12-01', '2010-12-09', 2],
    });
  });

  it('Analyze: no row skipped, and Data issues says month first and why, in each language', () => {
    const cn: [string, string] = [
      '纯数字写的日期（如“12/1/2010 8:26”）按月在前读取，这是日期本身表明的：“12/15/2010 10:41”只能是月在前。“12/1/2010 8:26”即 2010年12月1日',
      '按月在前读取',
    ];
    const tw: [string, string] = [
      '純數字寫的日期（如「12/1/2010 8:26」）依月在前讀取，這是日期本身表明的：「12/15/2010 10:41」只能是月在前。「12/1/2010 8:26」即 2010年12月1日',
      '依月在前讀取',
    ];
    // Day-first locales (en_GB, zh_SG, zh_HK) and year-first ones (zh_CN, zh_TW), whose reason was
    // 'as US software writes them'.
    const expected: Record<string, [string, string]> = {
      zh_SG: cn,
      zh_HK: tw,
      zh_CN: cn,
      zh_TW: tw,
      en_GB: [
        "Dates written in numbers, such as '12/1/2010 8:26', were read month first, as the dates themselves show: '12/15/2010 10:41' can only be month first. '12/1/2010 8:26' is 1 December 2010",
        'read month first',
      ],
    };
    for (const [locale, [sentence, action]] of Object.entries(expected)) {
      const fake = createGasFake({
        locale,
        timeZone: 'Europe/London',
        htmlFiles: distHtmlFiles(),
        manifest: projectManifest(),
      });
      const context = fake.vmContext();
      vm.runInContext(codeText(), context, { filename: 'Code.js' });
      fake.spreadsheet.addSheet('Online Retail', UCI);
      fake.properties.api
        .getDocumentProperties()
        .setProperty('regulars.columnSetup', JSON.stringify({ asOf: '2010-12-31' }));
      (context as Record<string, Fn>).analyzeCustomers!();
      const issuesSheet = fake.spreadsheet.sheetNames().find((n) => /Data issues|数据问题|資料問題/.test(n))!;
      const issues = fake.values(issuesSheet);
      expect(issues.find((r) => r[5] === action)?.[4], locale).toBe(sentence);
      // No date issue: every row was read.
      expect(
        issues.filter((r) => r[3] === '12/15/2010 10:41' && r[5] !== action),
        locale,
      ).toEqual([]);
    }
  });
});

// Trial 25: a US owner's month-first dates and one typo '13/2/2023' (meant 12/2) in an en_US sheet,
// as of 2023-06-30: the typo switched the column to day first, four rows became later than the
// analysis date and Ann "bought once, 149 days ago". The locale's order is kept (column-date-order.ts).
describe('one typo in an en_US sheet does not flip the column, through dist/Code.js', () => {
  it('CUSTOMER_INSIGHTS: every date month first, the typo’s row alone unread', () => {
    const context = loadBundle({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({
          getSpreadsheetTimeZone: () => 'UTC',
          getSpreadsheetLocale: () => 'en_US',
        }),
      },
    });
    const CtxDate = contextDate(context);
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['Ann', '1/2/2023', 10],
      ['Ann', '1/9/2023', 10],
      ['Bob', '2/3/2023', 20],
      ['Bob', '3/1/2023', 20],
      ['Cy', '4/5/2023', 30],
      ['Cy', '5/6/2023', 30],
      ['Dee', '6/1/2023', 40],
      ['Dee', '2/10/2023', 40],
      ['Eve', '3/11/2023', 5],
      ['Eve', '4/12/2023', 5],
      ['Fay', '13/2/2023', 7],
    ];
    const [header, ...rows] = (context.CUSTOMER_INSIGHTS as Fn)(
      log,
      new CtxDate(Date.UTC(2023, 5, 30)),
    ) as unknown[][];
    const at = (name: string) => header!.indexOf(name);
    const iso = (d: unknown) => (d as Date).toISOString().slice(0, 10);
    expect(
      Object.fromEntries(
        rows.map((r) => [
          String(r[at('Customer')]),
          [iso(r[at('First purchase')]), iso(r[at('Last purchase')])],
        ]),
      ),
    ).toEqual({
      Ann: ['2023-01-02', '2023-01-09'],
      Bob: ['2023-02-03', '2023-03-01'],
      Cy: ['2023-04-05', '2023-05-06'],
      Dee: ['2023-02-10', '2023-06-01'],
      Eve: ['2023-03-11', '2023-04-12'],
    });
  });
});
