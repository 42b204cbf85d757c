// A second header further down whose columns differ from the first (header-blocks.ts): its rows are
// never read with the first header's columns. Repros of trial 20 (defect 3): a POS export with a
// Meituan export pasted below it, Youzan old over new format, Shopify 2024 over 2023.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { buildHistories } from '../../../src/core/customers/customer-history';
import { readLog } from '../../../src/core/exports/read-log';
import { describeIssue } from '../../../src/core/input/issue-messages';
import { dateOrderOfLocale } from '../../../src/core/input/parse-date';
import type { PurchaseLog } from '../../../src/core/input/purchase';
import { purchaseList, tableOfPurchases } from '../../../src/core/input/purchase-table';
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

  const cells = (f: Fixture, tz: string) => f.rows.map((r) => r.map((x) => sampleCellValue(x, tz)));
  const optionsOf = (a: Fixture) => ({
    timeZone: a.timeZone,
    dateOrder: dateOrderOfLocale(a.locale),
    asOfDay: dayOfIsoDate(a.asOf),
    ...(a.expected.exclude ? { exclude: a.expected.exclude } : {}),
  });
  const stack = (a: Fixture, c: Fixture) => {
    const width = Math.max(a.rows[0]!.length, c.rows[0]!.length);
    const pad = (g: CellValue[][]) => g.map((r) => [...r, ...Array(width - r.length).fill('')]);
    return [...pad(cells(a, a.timeZone)), ...pad(cells(c, a.timeZone))];
  };
  // Which pairs are read whole and which left out (and why) is pinned, so a change shows here.
  const LEFT_OUT: Record<string, string> = {
    shopify: 'USD above, CNY below',
  };

  for (const [a, c] of pairs) {
    const how = LEFT_OUT[a.platform] ? `left out (${LEFT_OUT[a.platform]})` : 'read on its own';
    it(`${a.platform}: ${a.file} over ${c.file}: the second export is ${how}, never misread`, () => {
      const options = optionsOf(a);
      const second = a.rows.length + 1;
      const alone = readLog(cells(a, a.timeZone), options).log;
      const stacked = readLog(stack(a, c), options).log;
      const other = stacked.issues.filter((i) => i.problem === 'other_export');
      if (LEFT_OUT[a.platform]) {
        expect(summary(stacked)).toEqual(summary(alone));
        const below = c.rows.slice(1).filter((r) => r.some((x) => x !== null && x !== '')).length;
        expect(other).toEqual([
          expect.objectContaining({ row: second, rows: below, action: 'skipped', problem: 'other_export' }),
        ]);
        // Nothing under the second header is reported as a problem of its own: one line says it all.
        expect(stacked.issues.filter((i) => i.row > second)).toEqual([]);
        expect(stacked.rowsSkipped).toBe(alone.rowsSkipped + 1 + below);
        return;
      }
      // Read as each export alone would be, on its own tab.
      const { exclude: _, ...own } = options;
      const below = readLog(cells(c, a.timeZone), { ...own, firstRowNumber: second }).log;
      const both = tableOfPurchases(purchaseList(alone.purchases).concat(purchaseList(below.purchases)));
      expect(other).toEqual([]);
      expect(summary({ ...stacked, purchases: stacked.purchases })).toEqual(
        summary({ ...alone, purchases: both }),
      );
      const where = (l: PurchaseLog) => l.issues.map((i) => `${i.row} ${i.column} ${i.problem}`);
      expect(where(stacked)).toEqual([...where(alone), ...where(below)]);
      const left = (l: PurchaseLog) => (l.excluded ?? []).map((e) => `${e.row} ${e.reason}`);
      expect(left(stacked)).toEqual([...left(alone), ...left(below)]);
      expect(stacked.purchases.length + stacked.rowsSkipped + stacked.blankRows + stacked.headerRows).toBe(
        alone.purchases.length +
          alone.rowsSkipped +
          alone.blankRows +
          alone.headerRows +
          below.purchases.length +
          below.rowsSkipped +
          below.blankRows +
          below.headerRows,
      );
    });
  }

  it('POS over Meituan: 周杰 and 吴磊 as the Meituan export alone has them (trial 20)', () => {
    const [a, c] = byPlatform.get('pos')!;
    const { log } = readLog(stack(a!, c!), optionsOf(a!));
    const got = summary(log);
    for (const name of ['周杰', '吴磊']) {
      const e = c!.expected.customers.find((x) => x.name === name)!;
      expect(got).toContain(`${e.key}|${e.days.join(',')}|${e.net}`);
    }
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
