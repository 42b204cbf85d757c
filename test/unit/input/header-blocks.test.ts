// A second header further down whose columns differ from the first (header-blocks.ts): its rows are
// never read with the first header's columns. Repros of trial 20 (defect 3): a POS export with a
// Meituan export pasted below it, Youzan old over new format, Shopify 2024 over 2023.
import { describe, expect, it } from 'vitest';
import { buildHistories } from '../../../src/core/customers/customer-history';
import { readLog } from '../../../src/core/exports/read-log';
import { describeIssue } from '../../../src/core/input/issue-messages';
import { dateOrderOfLocale } from '../../../src/core/input/parse-date';
import type { PurchaseLog } from '../../../src/core/input/purchase';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dayOfIsoDate, sampleCellValue } from '../../../src/core/sample/sample-workbook';
import { isoOfDay } from '../../../src/core/time/civil';
import { exportFixtures, type Fixture } from '../../support/export-fixtures';
import { historyList } from '../../support/histories';

const summary = (log: PurchaseLog) =>
  historyList(buildHistories(log.purchases).histories).map(
    (h) => `${h.key}|${h.purchaseDays.map(isoOfDay).join(',')}|${Math.round(h.netSpend * 100) / 100}`,
  );

describe('another export pasted below the first, with different columns', () => {
  const byPlatform = new Map<string, Fixture[]>();
  for (const f of exportFixtures()) byPlatform.set(f.platform, [...(byPlatform.get(f.platform) ?? []), f]);
  const pairs = [...byPlatform.values()].filter(
    (fs): fs is [Fixture, Fixture] => fs.length === 2 && fs[0]!.timeZone === fs[1]!.timeZone,
  );

  for (const [a, c] of pairs) {
    it(`${a.platform}: ${a.file} over ${c.file} reads the first as alone and reports the second once`, () => {
      const cells = (f: Fixture) => f.rows.map((r) => r.map((x) => sampleCellValue(x, a.timeZone)));
      const width = Math.max(a.rows[0]!.length, c.rows[0]!.length);
      const pad = (g: ReturnType<typeof cells>) => g.map((r) => [...r, ...Array(width - r.length).fill('')]);
      const options = {
        timeZone: a.timeZone,
        dateOrder: dateOrderOfLocale(a.locale),
        asOfDay: dayOfIsoDate(a.asOf),
        ...(a.expected.exclude ? { exclude: a.expected.exclude } : {}),
      };
      const alone = readLog(cells(a), options).log;
      const stacked = readLog([...pad(cells(a)), ...pad(cells(c))], options).log;
      expect(summary(stacked)).toEqual(summary(alone));
      const second = a.rows.length + 1;
      const below = c.rows.slice(1).filter((r) => r.some((x) => x !== null && x !== '')).length;
      const other = stacked.issues.filter((i) => i.problem === 'other_export');
      expect(other).toEqual([
        expect.objectContaining({ row: second, rows: below, action: 'skipped', problem: 'other_export' }),
      ]);
      // Nothing under the second header is reported as a problem of its own: one line says it all.
      expect(stacked.issues.filter((i) => i.row > second)).toEqual([]);
      expect(stacked.unknownStatuses ?? []).toEqual(alone.unknownStatuses ?? []);
      expect(stacked.rowsSkipped).toBe(alone.rowsSkipped + 1 + below);
    });
  }

  it('POS over Meituan: 周杰 and 吴磊 are not read from the Meituan rows with the POS columns', () => {
    const [a, c] = byPlatform.get('pos')!;
    const grid = [...a!.rows, ...c!.rows].map((r) => r.map((x) => sampleCellValue(x, a!.timeZone)));
    const { log } = readLog(grid, {
      timeZone: a!.timeZone,
      dateOrder: dateOrderOfLocale(a!.locale),
      asOfDay: dayOfIsoDate(a!.asOf),
    });
    const keys = summary(log).map((s) => s.split('|')[0]);
    expect(keys).not.toContain('周杰');
    expect(keys).not.toContain('吴磊');
  });
});

describe('the Data issues sentence of another export', () => {
  const issue = {
    row: 12,
    value: 'Date | Amount | Customer',
    problem: 'other_export' as const,
    action: 'skipped' as const,
    rows: 7,
  };
  it('names the header, the rows left out and what to do, in each language', () => {
    const en = describeIssue(issue, 'en', ANALYZE_TEXTS.issues);
    expect(en).toContain("'Date | Amount | Customer'");
    expect(en).toContain('the 7 rows below it');
    expect(en).toContain('own tab');
    expect(describeIssue(issue, 'zh-CN', ANALYZE_TEXTS.issues)).toContain('下方 7 行');
    expect(describeIssue(issue, 'zh-TW', ANALYZE_TEXTS.issues)).toContain('下方 7 列');
  });
});
