// Tabs of one export that are copies of others: left out and reported; tabs of different months all
// read (trial 19 D2: a backup "Copy of Purchases" doubled every total, and an email stated it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../src/core/analysis';
import type { CellValue, Grid } from '../../../src/core/cells';
import { withoutCopies } from '../../../src/core/exports/tab-copies';
import { comparedColumns, readTabs } from '../../../src/core/exports/tabs';
import type { PurchasesMapping } from '../../../src/core/mapping/column-setup';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { dayFromCivil } from '../../../src/core/time/civil';
import { copyLine } from '../../../src/sidebar/views/export-setup';

const HEADER = ['Customer', 'Date', 'Amount', 'Product'];
/** The columns compared: the date's first, as readTabs passes them. */
const COLUMNS = [1, 0, 2, 3];
const tab = (name: string, rows: CellValue[][]) => ({ name, grid: [HEADER, ...rows] as Grid });
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LOG: CellValue[][] = [
  ['Ann Lee', at('2026-01-10'), 30, 'Tea'],
  ['Ann Lee', at('2026-02-10'), 30, 'Tea'],
  ['Ann Lee', at('2026-03-12'), 30, 'Tea'],
  ['Bob Ray', at('2026-06-10'), 25, 'Tea'],
];
// Another sheet's cells are other Date objects: compared by their instant.
const copyOf = (rows: readonly (readonly CellValue[])[]) =>
  rows.map((r) => r.map((c) => (c instanceof Date ? new Date(c) : c)));
const names = (r: { tabs: { name: string }[] }) => r.tabs.map((t) => t.name);

describe('tabs that are copies of others', () => {
  it('a backup copy of the whole tab is left out and names the tab it repeats', () => {
    const r = withoutCopies([tab('Purchases', LOG), tab('Copy of Purchases', copyOf(LOG))], 1, COLUMNS);
    expect(names(r)).toEqual(['Purchases']);
    expect(r.copies).toEqual([{ sheet: 'Copy of Purchases', of: ['Purchases'], rows: 4, repeated: 4 }]);
  });

  it('rows compare on the columns the log is read from: a note added to the backup changes nothing', () => {
    const noted = copyOf(LOG).map((r, i) => [...r, i === 0 ? 'checked' : '']);
    const r = withoutCopies([tab('Purchases', LOG), tab('Backup', noted)], 1, COLUMNS);
    expect(r.copies.map((c) => [c.sheet, c.repeated])).toEqual([['Backup', 4]]);
    const mapping: PurchasesMapping = {
      sheet: 'Purchases',
      headerRow: 1,
      columns: { customer: 0, date: 1, amount: 2, product: 3 },
      exclude: [{ column: 6, values: ['Top-up'] }],
    };
    expect(comparedColumns(mapping)).toEqual([1, 0, 2, 3, 6]);
  });

  it('an older copy the original has grown past is left out, whatever its name', () => {
    const r = withoutCopies([tab('Purchases', LOG), tab('Sheet3', copyOf(LOG.slice(0, 2)))], 1, COLUMNS);
    expect(names(r)).toEqual(['Purchases']);
    expect(r.copies.map((c) => [c.sheet, c.rows, c.repeated])).toEqual([['Sheet3', 2, 2]]);
  });

  it('the mapped sheet is the older copy: the fuller tab is read, the mapped one left out', () => {
    const r = withoutCopies([tab('Purchases', LOG.slice(0, 3)), tab('Purchases new', LOG)], 1, COLUMNS);
    expect(names(r)).toEqual(['Purchases new']);
    expect(r.copies).toEqual([{ sheet: 'Purchases', of: ['Purchases new'], rows: 3, repeated: 3 }]);
  });

  it('named as a copy, with a row edited since: left out, the edited row counted as not repeated', () => {
    const edited = copyOf(LOG);
    edited[1]![2] = 35;
    const r = withoutCopies([tab('Purchases', LOG), tab('Purchases 的副本', edited)], 1, COLUMNS);
    expect(names(r)).toEqual(['Purchases']);
    expect(r.copies).toEqual([{ sheet: 'Purchases 的副本', of: ['Purchases'], rows: 4, repeated: 3 }]);
  });

  it('not named as a copy and with rows of its own: read (it may hold purchases the others lack)', () => {
    const edited = copyOf(LOG);
    edited[1]![2] = 35;
    expect(names(withoutCopies([tab('Purchases', LOG), tab('Shop 2', edited)], 1, COLUMNS))).toEqual([
      'Purchases',
      'Shop 2',
    ]);
    // Named as a copy but mostly new rows: read too.
    const mostlyNew = [
      ...copyOf(LOG.slice(0, 1)),
      ['Cy', at('2026-04-01'), 9, 'Tea'],
      ['Cy', at('2026-05-01'), 9, 'Tea'],
    ];
    expect(
      names(withoutCopies([tab('Purchases', LOG), tab('Copy of Purchases', mostlyNew)], 1, COLUMNS)),
    ).toEqual(['Purchases', 'Copy of Purchases']);
  });

  it('one tab per month shares no rows: every tab read, none reported', () => {
    const r = withoutCopies(
      [tab('Jan', LOG.slice(0, 1)), tab('Feb', LOG.slice(1, 2)), tab('Mar', LOG.slice(2))],
      1,
      COLUMNS,
    );
    expect(names(r)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(r.copies).toEqual([]);
  });

  it('rows compare as a multiset: a sale twice in one tab and once in another is not a copy', () => {
    const week = copyOf([LOG[0]!, LOG[0]!]);
    expect(names(withoutCopies([tab('Q1', LOG.slice(0, 3)), tab('Week 2', week)], 1, COLUMNS))).toEqual([
      'Q1',
      'Week 2',
    ]);
  });

  it('a tab with no rows changes nothing and is not reported; blank rows are not rows', () => {
    const r = withoutCopies(
      [tab('Purchases', LOG), tab('Copy of Purchases', [['', '', '', ''], []])],
      1,
      COLUMNS,
    );
    expect(names(r)).toEqual(['Purchases', 'Copy of Purchases']);
    expect(r.copies).toEqual([]);
  });

  it('two tabs alike: the one whose name says copy is left out, whichever comes first', () => {
    const r = withoutCopies(
      [tab('Jan', LOG.slice(0, 1)), tab('Feb (2)', copyOf(LOG.slice(1))), tab('Feb', LOG.slice(1))],
      1,
      COLUMNS,
    );
    expect(names(r)).toEqual(['Jan', 'Feb']);
    expect(r.copies.map((c) => c.sheet)).toEqual(['Feb (2)']);
  });

  it('Data issues names the copy and the tab it repeats, in each language', () => {
    const mapping: PurchasesMapping = {
      sheet: 'Purchases',
      headerRow: 1,
      columns: { customer: 0, date: 1, amount: 2, product: 3 },
    };
    const options = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2026, 6, 30) };
    const { log, copies } = readTabs(
      [tab('Purchases', LOG), tab('Copy of Purchases', copyOf(LOG))],
      mapping,
      options,
    );
    const analysis = analyzeLog(log, options.asOfDay, DEFAULT_SETTINGS, undefined, { needs: 'none' });
    const said = {
      en: 'Every row of this tab is also in "Purchases": a copy, not more purchases',
      'zh-CN': '此工作表的每一行也都在“Purchases”中：是副本，不是更多的购买',
      'zh-TW': '此工作表的每一列也都在「Purchases」中：是副本，不是更多的購買',
    } as const;
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const rows = dataIssueRows(analysis, 'Purchases', language, ANALYZE_TEXTS, copies);
      const row = rows.find((r) => r[0] === 'Copy of Purchases')!;
      expect(row[4]).toBe(said[language]);
      expect(row[5]).toBe(ANALYZE_TEXTS.report[language].copyTabAction);
    }
    expect(analysis.customers.map((c) => c.summary.netSpend)).toEqual([90, 25]);
  });
});

describe('property: a copy of any tab, or of its first rows, changes no answer and is reported', () => {
  const mapping: PurchasesMapping = {
    sheet: 'M1',
    headerRow: 1,
    columns: { customer: 0, date: 1, amount: 2, product: 3 },
  };
  const options = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2026, 12, 31) };
  const purchase = fc.record({
    customer: fc.constantFrom('Ann', 'Bo', 'Cy', 'Dee', '王芳'),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    amount: fc.oneof(fc.integer({ min: -20, max: 200 }), fc.constant('n/a')),
    product: fc.constantFrom('Tea', 'Cup', ''),
  });
  /** Answers a log gives: every customer's figures (all of them), and every issue's place. */
  const answers = (tabs: { name: string; grid: Grid }[]) => {
    const { log, copies } = readTabs(tabs, mapping, options);
    const analysis = analyzeLog(log, options.asOfDay, DEFAULT_SETTINGS, undefined, { needs: 'none' });
    return {
      copies,
      // Each customer's figures, by customer (the order of first appearance follows the tabs' order).
      customers: analysis.customers
        .map((c) => {
          const s = c.summary;
          return [
            s.key,
            s.label,
            s.purchaseDayCount,
            s.firstDay,
            s.lastDay,
            s.netSpend,
            c.rfm,
            c.segment,
            c.tier,
            c.lifecycle.stage,
          ];
        })
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      issues: log.issues.map((i) => `${i.sheet}:${i.row}:${i.column}`),
    };
  };
  it('holds for random logs split into month tabs', () => {
    fc.assert(
      fc.property(
        fc.array(purchase, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('Copy of {t}', '{t} backup', '{t} 的副本', 'Sheet9', '{t} (2)'),
        (purchases, which, cut, where, name) => {
          const byMonth = new Map<number, CellValue[][]>();
          for (const p of purchases) {
            const row = [
              p.customer,
              at(`2026-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`),
              p.amount,
              p.product,
            ];
            byMonth.set(p.month, [...(byMonth.get(p.month) ?? []), row]);
          }
          const tabs = [...byMonth.keys()].sort((a, b) => a - b).map((m) => tab(`M${m}`, byMonth.get(m)!));
          const source = tabs[which % tabs.length]!;
          const rows = source.grid.slice(1);
          const copy = tab(name.replace('{t}', source.name), copyOf(rows.slice(0, 1 + (cut % rows.length))));
          // The mapped sheet is always first; the copy anywhere after it.
          const withCopy = [...tabs];
          withCopy.splice(1 + (where % tabs.length), 0, copy);
          const before = answers(tabs);
          const after = answers(withCopy);
          expect(before.copies).toEqual([]);
          expect(after.customers).toEqual(before.customers);
          expect(after.copies).toHaveLength(1);
          const [left] = after.copies;
          // A whole copy whose name does not say so, placed before its original, cannot be told from
          // it: the earlier one is read and the other named as its copy. Either way, one is reported.
          const twins = copy.grid.length === source.grid.length && !/Copy|backup|副本|\(2\)/.test(copy.name);
          if (left!.sheet === source.name) expect(twins).toBe(true);
          else expect(left).toMatchObject({ sheet: copy.name, of: [source.name] });
          const readAs = (issue: string) => issue.replace(`${copy.name}:`, `${source.name}:`);
          expect(after.issues.map(readAs).sort()).toEqual(before.issues.sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Column setup names a copy in the sidebar', () => {
  it('says which tab is not read and why, in each language', () => {
    const copy = { sheet: 'Copy of Purchases', of: ['Purchases'], rows: 4, repeated: 4 };
    expect(copyLine('en', copy)).toBe(
      '"Copy of Purchases" is not read: every row of it is also in "Purchases", so it is a copy, not more purchases.',
    );
    expect(copyLine('zh-CN', copy)).toBe(
      '不读取“Copy of Purchases”：它的每一行也都在“Purchases”中，是副本，不是更多的购买。',
    );
    expect(copyLine('zh-TW', { ...copy, repeated: 3 })).toBe(
      '不讀取「Copy of Purchases」：名稱表明它是副本，且 4 列中有 3 列也在「Purchases」中。',
    );
  });
});
