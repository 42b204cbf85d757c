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
