// A WooCommerce export whose owner deleted "Order Total": its "Item Cost" gives the money, and it is
// one item's price in Advanced Order Export for WooCommerce but the line's subtotal in WP All Export
// (item-cost.ts). Before, it was always a line's total: Kim's 2 × 12.00 Green Tea counted 12.00.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { withItemCost } from '../../../src/core/exports/item-cost';
import { type LogReading, readLog } from '../../../src/core/exports/read-log';
import type { Language } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { dayFromCivil } from '../../../src/core/time/civil';
import { totalsOf } from '../../support/edited-exports';

const base = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2024, 12, 31) };
const HEADER = [
  'Order Number',
  'Order Status',
  'Order Date',
  'Billing First Name',
  'Billing Email',
  'Item Name',
  'Quantity',
  'Item Cost',
];
const order = (
  id: string,
  email: string,
  product: string,
  quantity: number,
  cost: number,
  status = 'Completed',
) => [id, status, '2024-03-01', email.split('@')[0]!, email, product, quantity, cost];
const itemLine = (r: LogReading, language: Language = 'en') =>
  dataIssueRows(
    { log: r.log, returnsOnly: [], zeroAmountDays: [] },
    'Orders',
    language,
    ANALYZE_TEXTS,
  ).filter((row) => row[3] === 'Item Cost');

describe('"Item Cost" with the order total deleted', () => {
  // Advanced Order Export's Item Cost: the price of one item, the same whatever the quantity.
  const perItem: CellValue[][] = [
    HEADER,
    order('1', 'kim@x.com', 'Green Tea', 2, 12),
    ['1', '', '', '', '', 'Tea Scoop', 3, 6.5],
    order('2', 'kim@x.com', 'Green Tea', 1, 12),
    order('3', 'lee@x.com', 'Green Tea', 3, 12),
    order('4', 'lee@x.com', 'Tea Scoop', 1, 6.5),
    order('5', 'lee@x.com', 'Tea Scoop', 2, 6.5),
    order('6', 'lee@x.com', 'Oolong', 1, 19.99, 'wc-refunded'),
  ];
  // WP All Export's Item Cost: the line's subtotal, the same per item.
  const perLine: CellValue[][] = [
    HEADER,
    order('1', 'kim@x.com', 'Green Tea', 2, 24),
    ['1', '', '', '', '', 'Tea Scoop', 3, 19.5],
    order('2', 'kim@x.com', 'Green Tea', 1, 12),
    order('3', 'lee@x.com', 'Green Tea', 3, 36),
    order('4', 'lee@x.com', 'Tea Scoop', 1, 6.5),
    order('5', 'lee@x.com', 'Tea Scoop', 2, 13),
  ];

  it('the price of one item, as its rows show: × Quantity, an order’s lines added up (Kim 55.50, not 30.50)', () => {
    const r = readLog(perItem, base);
    expect(totalsOf(r)).toEqual({ 'kim@x.com': 55.5, 'lee@x.com': 55.5 });
    expect(r.log.excluded?.map((e) => [e.row, e.reason])).toEqual([[8, 'refunded']]);
    expect(itemLine(r)).toEqual([
      [
        'Orders',
        '',
        'amount',
        'Item Cost',
        "'Item Cost' is the price of one item, not the line's total: 'Green Tea' is 12 with a 'Quantity' of 2 and 12 with 1. Each line is 'Item Cost' × 'Quantity', and an order's lines are added up",
        'counted',
      ],
    ]);
  });

  it('a line’s subtotal, as its rows show: added up as it is, the same customers’ totals', () => {
    const r = readLog(perLine, base);
    expect(totalsOf(r)).toEqual({ 'kim@x.com': 55.5, 'lee@x.com': 55.5 });
    expect(itemLine(r)[0]![4]).toBe(
      "'Item Cost' is each line's total, not the price of one item: 'Green Tea' is 24 for 2 and 12 for 1, the same per item. It is not multiplied by 'Quantity', and an order's lines are added up",
    );
  });

  it('rows that cannot tell: read as the line’s total, and Data issues says so and how to read it per item', () => {
    const r = readLog(
      [HEADER, order('1', 'kim@x.com', 'Green Tea', 2, 24), order('2', 'lee@x.com', 'Oolong', 1, 19.99)],
      base,
    );
    expect(totalsOf(r)).toEqual({ 'kim@x.com': 24, 'lee@x.com': 19.99 });
    expect(itemLine(r)[0]![4]).toContain("rename its header to 'Unit price' and analyze again");
    expect(itemLine(r, 'zh-CN')[0]![4]).toContain('请把表头改为“Unit price”后重新分析');
    expect(itemLine(r, 'zh-TW')[0]![4]).toContain('請把表頭改為「Unit price」後重新分析');
    // The advice is true: renamed, it is a price per item.
    const renamed = readLog(
      [
        HEADER.map((h) => (h === 'Item Cost' ? 'Unit price' : h)),
        order('1', 'kim@x.com', 'Green Tea', 2, 24),
      ],
      base,
    );
    expect(totalsOf(renamed)).toEqual({ 'kim@x.com': 48 });
  });

  it('with the order total kept, the total is the money and Data issues says nothing of Item Cost', () => {
    const kept = perItem.map((row, i) => [...row, i === 0 ? 'Order Total' : i === 2 ? '' : 99]);
    const r = readLog(kept, base);
    expect(r.detection?.columns.amount).toBe(8);
    expect(itemLine(r)).toEqual([]);
  });

  it('only the either-way header: "Item Total" is a line total, never re-read', () => {
    const columns = { orderId: 0, quantity: 6, product: 5, lineAmount: 7 };
    const header = HEADER.map((h) => (h === 'Item Cost' ? 'Item Total' : h));
    expect(withItemCost(perItem.slice(1), columns, header)).toEqual({ columns });
  });
});
