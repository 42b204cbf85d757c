// "Analyze customers" on one sheet holding two exports pasted one under the other, the second with
// different columns (trial 20, defect 3): never read with the first header's columns; the block is
// read on its own, or, when that could be wrong (another currency), left out with one Data issues line.
import { afterEach, describe, expect, it } from 'vitest';
import { INSIGHT_COLUMNS, insightHeaders } from '../../../src/core/i18n/labels';
import { languageOfLocale } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { SHEET_NAMES } from '../../../src/core/report/report-texts';
import { sampleCellValue } from '../../../src/core/sample/sample-workbook';
import * as main from '../../../src/gas/main';
import { exportFixtures } from '../../support/export-fixtures';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('Analyze customers on two exports stacked in one sheet', () => {
  const analyzeStacked = (platform: string) => {
    const [a, c] = exportFixtures().filter((f) => f.platform === platform);
    env = installFake({ timeZone: a!.timeZone, locale: a!.locale, now: `${a!.asOf}T12:00:00Z` });
    const { fake } = env;
    const width = Math.max(a!.rows[0]!.length, c!.rows[0]!.length);
    const grid = [...a!.rows, ...c!.rows].map((r) => [
      ...r.map((x) => sampleCellValue(x, a!.timeZone)),
      ...Array(width - r.length).fill(''),
    ]);
    fake.spreadsheet.addSheet('Orders', grid);
    main.analyzeCustomers();
    const lang = languageOfLocale(a!.locale);
    const [header, ...rows] = fake.values(SHEET_NAMES[lang].insights);
    const issues = fake.values(SHEET_NAMES[lang].dataIssues);
    return { a: a!, c: c!, lang, header: header!, rows, issues };
  };

  it('POS over Meituan: the Meituan orders read with their own columns, statuses and refunds', () => {
    const { c, lang, header, rows, issues } = analyzeStacked('pos');
    const [days, spent] = (['purchaseDays', 'totalSpent'] as const).map(
      (k) => insightHeaders(lang, 90, 365)[INSIGHT_COLUMNS.indexOf(k)]!,
    );
    const got = rows.map((r) => `${r[0]}|${r[header.indexOf(days!)]}|${r[header.indexOf(spent!)]}`);
    for (const name of ['周杰', '吴磊']) {
      const e = c.expected.customers.find((x) => x.name === name)!;
      expect(got).toContain(`${name}|${e.days.length}|${e.net}`);
    }
    const sentence = ANALYZE_TEXTS.issues.problems.other_export[lang].split('{value}')[0]!;
    expect(issues.filter((r) => String(r[4]).includes(sentence))).toEqual([]);
  });

  it('Shopify 2024 (USD) over 2023 (CNY): the 2023 rows are left out, said once in Data issues', () => {
    const { a, lang, issues } = analyzeStacked('shopify');
    const line = issues.filter((r) => r[1] === a.rows.length + 1);
    expect(line).toHaveLength(1);
    const sentence = ANALYZE_TEXTS.issues.problems.other_export[lang].split('{value}')[0]!;
    expect(String(line[0]![4])).toContain(sentence);
    // Nothing below that header is reported on its own: no "Date '200'", no header word as a status.
    expect(issues.filter((r) => typeof r[1] === 'number' && r[1] > a.rows.length + 1)).toEqual([]);
    expect(issues.some((r) => String(r[3]).includes('Financial Status') && r[1] === '')).toBe(false);
  });

  it('a plain log with a second block in another column order: every purchase counted', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    const { fake } = env;
    const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
    fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount'],
      ['Ann', D('2026-10-01'), 40],
      ['Ben', D('2026-10-05'), 25],
      ['Date', 'Amount', 'Customer'],
      [D('2026-11-01'), 30, 'Ann'],
      [D('2026-11-03'), 15, 'Cy'],
    ]);
    main.analyzeCustomers();
    const [header, ...rows] = fake.values(SHEET_NAMES.en.insights);
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => `${r[0]}|${r[at('Purchase days')]}|${r[at('Total spent')]}`).sort()).toEqual([
      'Ann|2|70',
      'Ben|1|25',
      'Cy|1|15',
    ]);
  });
});
