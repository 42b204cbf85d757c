// Issue 12: a trial owner's Shopify and Youzan totals showed no currency. Export amount cells are
// plain numbers with no format; the currency is the export's Currency column (Shopify: USD) or its
// platform's (Youzan: CNY), shown as a sign in the Insights sheet's money columns.
import { afterEach, describe, expect, it } from 'vitest';
import { INSIGHT_COLUMNS, insightHeaders } from '../../../src/core/i18n/labels';
import { languageOfLocale } from '../../../src/core/i18n/language';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import { sampleCellValue } from '../../../src/core/sample/sample-workbook';
import * as main from '../../../src/gas/main';
import { exportFixtures } from '../../support/export-fixtures';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('Insights money on an export carries the export’s currency', () => {
  for (const [file, sign] of [
    ['orders_2024.csv', '$'],
    ['订单导出_2024.csv', '¥'],
    ['微店订单.csv', '¥'],
  ] as const) {
    it(`${file}: ${sign}`, () => {
      const f = exportFixtures().find((x) => x.file === file)!;
      env = installFake({ timeZone: f.timeZone, locale: f.locale, now: `${f.asOf}T12:00:00Z` });
      env.fake.spreadsheet.addSheet(
        'Orders export',
        f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone))),
      );
      main.analyzeCustomers();
      const lang = languageOfLocale(f.locale);
      const spent = insightHeaders(lang, 90, 365)[INSIGHT_COLUMNS.indexOf('totalSpent')]!;
      const insights = env.fake.spreadsheet.sheet(SHEET_NAMES[lang].insights);
      const column = insights.api
        .getRange(1, 1, 1, insights.api.getLastColumn())
        .getValues()[0]!
        .indexOf(spent);
      expect(insights.cell(2, column + 1).numberFormat).toBe(`[$${sign}]#,##0.00`);
    });
  }
});
