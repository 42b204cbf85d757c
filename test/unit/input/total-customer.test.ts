// Trial 22: a daily subtotal typed on that day's date ('小计 | 2026-03-01 | 80') was read as a
// customer "小计" who outspent everyone (Key tier). A customer cell that is a total word is a total
// row whatever its date and amount: left out, listed with its row, never a customer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';
import { normalizeCustomerKey } from '../../../src/core/input/customer-key';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { isTotalKey } from '../../../src/core/input/total-customer';
import { dayFromCivil } from '../../../src/core/time/civil';

const asOfDay = dayFromCivil(2026, 6, 30);
const read = (grid: CellValue[][]) =>
  readPurchases(grid, { timeZone: 'Asia/Shanghai', dateOrder: 'YMD', asOfDay });

describe('isTotalKey', () => {
  it.each([
    'total',
    'total:',
    'totals',
    'subtotal',
    'sub total',
    'sub-total',
    'grand total',
    'total sales',
    'march total',
    '2026-03-01 subtotal',
    'daily total:',
    'sum',
    'sum:',
    '小计',
    '小计:',
    '合计',
    '合計',
    '小計',
    '总计',
    '總計',
    '汇总',
    '匯總',
    '累计',
    '累計',
    '3月小计',
    '本日合计',
    '2026年3月合计',
    '合计金额',
  ])('%s is a total word', (key) => {
    expect(isTotalKey(key)).toBe(true);
  });

  it.each([
    'sum wai man',
    'total wine & more',
    'ann',
    'totally tea ltd',
    'mr. lee',
    '王芳',
    '张合计科技有限公司',
    '汇总物流',
    'subtotal corp',
    'alice@example.com',
    '',
  ])('%s is a customer', (key) => {
    expect(isTotalKey(key)).toBe(false);
  });
});

describe('a dated total row is left out, not a customer', () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
  const LOG: CellValue[][] = [
    ['客户', '日期', '金额'],
    ['王芳', d('2026-03-01'), 30],
    ['张伟', d('2026-03-01'), 50],
    ['小计', d('2026-03-01'), 80],
    ['王芳', d('2026-04-01'), 30],
    ['小计：', d('2026-04-01'), 30],
    ['Total', d('2026-05-01'), 0],
    ['Subtotal', '2026-05-02', 10],
    ['ＴＯＴＡＬ：', '2026-05-03', '10'],
  ];

  it('reads only the customers, and lists each total row with its row and word', () => {
    const log = read(LOG);
    expect(log.purchases.labels).toEqual(['王芳', '张伟']);
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([30, 50, 30]);
    expect(log.excluded).toEqual([
      { row: 4, reason: 'total_row', value: '小计' },
      { row: 6, reason: 'total_row', value: '小计：' },
      { row: 7, reason: 'total_row', value: 'Total' },
      { row: 8, reason: 'total_row', value: 'Subtotal' },
      { row: 9, reason: 'total_row', value: 'ＴＯＴＡＬ：' },
    ]);
    expect(log.issues).toEqual([]);
    // A customer whose name only starts like a total word is still a customer.
    const names = read([
      ['Customer', 'Date', 'Amount'],
      ['Sum Wai Man', '2026-03-01', 20],
      ['Total Wine & More', '2026-03-02', 200],
    ]);
    expect(names.purchases.labels).toEqual(['Sum Wai Man', 'Total Wine & More']);
    expect(names.excluded).toBeUndefined();
  });

  it('a formula asked about the total word says its rows were left out as totals, in each language', () => {
    const env = (locale: string) => ({
      timeZone: 'Asia/Shanghai',
      locale,
      now: new Date('2026-06-30T04:00:00Z'),
    });
    expect(formulas.valueTierFormula('小计', LOG, undefined, 'en', env('en_US'))).toBe(
      '小计 was not analysed; 1 row left out: total or subtotal row (小计)',
    );
    expect(formulas.valueTierFormula('Total', LOG, undefined, 'zh-CN', env('zh_CN'))).toBe(
      'Total 未纳入分析；排除了 1 行：合计或小计行（Total）',
    );
    expect(formulas.valueTierFormula('Subtotal', LOG, undefined, 'zh-TW', env('zh_TW'))).toBe(
      'Subtotal 未納入分析；排除了 1 列：合計或小計列（Subtotal）',
    );
  });
});

describe('property: dated total rows change no customer', () => {
  const WORDS = [
    'Total',
    'Totals',
    'Subtotal',
    'Sub total',
    'Grand total',
    'Sum',
    '合计',
    '合計',
    '小计',
    '小計',
    '总计',
    '總計',
    '汇总',
    '匯總',
    '累计',
    '累計',
  ];
  /** Full-width forms of ASCII letters, as an IME types them. */
  const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const totalCell = fc
    .tuple(
      fc.constantFrom(...WORDS),
      fc.constantFrom('as is', 'upper', 'lower', 'full-width'),
      fc.constantFrom('', ':', '：', ' :', ' '),
    )
    .map(([word, form, colon]) => {
      const w =
        form === 'upper'
          ? word.toUpperCase()
          : form === 'lower'
            ? word.toLowerCase()
            : form === 'full-width'
              ? fullWidth(word)
              : word;
      return w + colon;
    });
  const dateCell = fc
    .integer({ min: dayFromCivil(2025, 1, 1), max: asOfDay })
    .chain((day) =>
      fc.constantFrom<CellValue>(
        new Date(day * 86_400_000 - 8 * 3_600_000),
        new Date(day * 86_400_000).toISOString().slice(0, 10),
        day + 25_569,
      ),
    );
  const sale = fc.tuple(
    fc.constantFrom('Ann', 'Bo', '王芳', '張偉', 'Sum Wai Man', 'Cy Total Care'),
    dateCell,
    fc.integer({ min: -50, max: 500 }),
  );
  const total = fc.tuple(totalCell, dateCell, fc.integer({ min: 0, max: 5000 }));

  it('appending them to a random log leaves every customer as it was, and each is listed', () => {
    fc.assert(
      fc.property(
        fc.array(sale, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), total), { minLength: 1, maxLength: 8 }),
        (sales, totals) => {
          const header: CellValue[] = ['Customer', 'Date', 'Amount'];
          const rows: CellValue[][] = sales.map((r) => [...r]);
          const mixed = rows.slice();
          for (const [at, t] of totals) mixed.splice(at % (mixed.length + 1), 0, [...t]);
          const figures = (grid: CellValue[][]) => {
            const by = new Map<string, number[]>();
            for (const p of purchaseList(read(grid).purchases)) {
              const list = by.get(p.customerKey) ?? [];
              list.push(p.day, p.amount);
              by.set(p.customerKey, list);
            }
            return by;
          };
          expect(figures([header, ...mixed])).toEqual(figures([header, ...rows]));
          const log = read([header, ...mixed]);
          const totalRows = mixed
            .map((r, i) => (isTotalKey(normalizeCustomerKey(r[0])) ? i + 2 : -1))
            .filter((r) => r > 0);
          expect(totalRows).toHaveLength(totals.length);
          expect(log.excluded?.filter((e) => e.reason === 'total_row').map((e) => e.row)).toEqual(totalRows);
        },
      ),
      { numRuns: 200 },
    );
  });
});
