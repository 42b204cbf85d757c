// A small export of each platform whose statuses the table learnt (platform-statuses.test.ts), read
// end to end: per-customer totals to the cent, every row left out listed with its reason, and an
// unknown status named in Data issues with its rows and the rule that leaves it out. Before, on
// WooCommerce's database spelling, Kim's refunded and cancelled orders counted: 120.50, not 42.50.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { type LogReading, readColumns, readLog } from '../../../src/core/exports/read-log';
import type { Language } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { dayFromCivil } from '../../../src/core/time/civil';
import { totalsOf } from '../../support/edited-exports';

const base = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2024, 12, 31) };
const read = (grid: CellValue[][], exclude?: string): LogReading =>
  readLog(grid, exclude === undefined ? base : { ...base, exclude });
const left = (r: LogReading) => (r.log.excluded ?? []).map((e) => [e.row, e.reason, e.value]);
const issues = (r: LogReading, language: Language = 'en') =>
  dataIssueRows({ log: r.log, returnsOnly: [], zeroAmountDays: [] }, 'Orders', language, ANALYZE_TEXTS);
const unknownLines = (r: LogReading, language: Language = 'en') => {
  const said = ANALYZE_TEXTS.excluded[language].unknownStatuses;
  return issues(r, language).filter((row) => String(row[4]).startsWith(said.slice(0, said.indexOf('{'))));
};

describe('WooCommerce, statuses with the wc- prefix', () => {
  const grid: CellValue[][] = [
    [
      'Order Number',
      'Order Status',
      'Order Date',
      'Billing First Name',
      'Billing Email',
      'Item Name',
      'Quantity',
      'Order Total',
    ],
    ['101', 'wc-completed', '2024-03-01', 'Kim', 'kim@x.com', 'Green Tea', 2, 30.5],
    ['101', '', '', '', '', 'Tea Scoop', 1, ''],
    ['102', 'wc-refunded', '2024-03-05', 'Kim', 'kim@x.com', 'Oolong', 1, 48],
    ['103', 'wc-cancelled', '2024-03-06', 'Kim', 'kim@x.com', 'Oolong', 1, 30],
    ['104', 'wc-processing', '2024-03-07', 'Kim', 'kim@x.com', 'Green Tea', 1, 12],
    ['105', 'wc-on-hold', '2024-03-08', 'Lee', 'lee@x.com', 'Green Tea', 1, 12],
    ['106', 'wc-failed', '2024-03-08', 'Lee', 'lee@x.com', 'Green Tea', 1, 12],
    ['107', 'wc-checkout-draft', '2024-03-08', 'Lee', 'lee@x.com', 'Green Tea', 1, 12],
    ['108', 'wc-pending', '2024-03-09', 'Lee', 'lee@x.com', 'Green Tea', 1, 12],
    ['109', 'Completed', '2024-03-10', 'Lee', 'lee@x.com', 'Oolong', 1, 19.99],
    ['110', 'wc-shipped-to-moon', '2024-03-11', 'Lee', 'lee@x.com', 'Oolong', 2, 40],
    ['110', '', '', '', '', 'Tea Scoop', 1, ''],
  ];

  it('refunded, cancelled, on-hold, failed, draft and pending orders are left out, each row with its reason', () => {
    const r = read(grid);
    expect(totalsOf(r)).toEqual({ 'kim@x.com': 42.5, 'lee@x.com': 59.99 });
    expect(left(r)).toEqual([
      [4, 'refunded', 'wc-refunded'],
      [5, 'cancelled', 'wc-cancelled'],
      [7, 'unpaid', 'wc-on-hold'],
      [8, 'failed', 'wc-failed'],
      [9, 'unpaid', 'wc-checkout-draft'],
      [10, 'unpaid', 'wc-pending'],
    ]);
  });

  it('a status still unknown is counted and named in Data issues with its rows and the rule that leaves it out', () => {
    const r = read(grid);
    expect(r.log.unknownStatuses).toEqual([
      { status: 'wc-shipped-to-moon', column: 'Order Status', orders: 1, rows: [12] },
    ]);
    expect(unknownLines(r)).toEqual([
      [
        'Orders',
        12,
        'Order Status',
        'wc-shipped-to-moon',
        'Regulars does not know this value of Order Status and counted its orders as purchases (1 order, row 12). If they are not sales, leave them out with the rule "Order Status=wc-shipped-to-moon" in Column setup and analyze again',
        'counted',
      ],
    ]);
    expect(unknownLines(r, 'zh-CN')[0]![4]).toContain('（1 个订单，第 12 行）');
    expect(unknownLines(r, 'zh-TW')[0]![4]).toContain('（1 筆訂單，第 12 列）');
  });

  it('the rule it names leaves that order out, every line of it (the status is on its first line only)', () => {
    const r = read(grid, 'Order Status=wc-shipped-to-moon');
    expect(totalsOf(r)).toEqual({ 'kim@x.com': 42.5, 'lee@x.com': 19.99 });
    expect(left(r).filter(([, reason]) => reason === 'owner_rule')).toEqual([
      [12, 'owner_rule', 'wc-shipped-to-moon'],
      [13, 'owner_rule', 'wc-shipped-to-moon'],
    ]);
    expect(unknownLines(r)).toEqual([]);
  });
});

describe('BigCommerce', () => {
  it('awaiting fulfillment and shipment count; awaiting payment, incomplete, verification, declined are left out', () => {
    const r = read([
      [
        'Order ID',
        'Customer ID',
        'Customer Name',
        'Customer Email',
        'Order Date',
        'Order Status',
        'Order Total (inc tax)',
      ],
      ['1', '11', 'Ada', 'ada@x.com', '2024-04-01', 'Awaiting Fulfillment', 25.1],
      ['2', '11', 'Ada', 'ada@x.com', '2024-04-02', 'Awaiting Shipment', 10.05],
      ['3', '11', 'Ada', 'ada@x.com', '2024-04-03', 'Partially Shipped', 4.85],
      ['4', '12', 'Bo', 'bo@x.com', '2024-04-04', 'Awaiting Payment', 99],
      ['5', '12', 'Bo', 'bo@x.com', '2024-04-05', 'Incomplete', 99],
      ['6', '12', 'Bo', 'bo@x.com', '2024-04-06', 'Manual Verification Required', 99],
      ['7', '12', 'Bo', 'bo@x.com', '2024-04-07', 'Declined', 99],
      ['8', '12', 'Bo', 'bo@x.com', '2024-04-08', 'Awaiting Pickup', 7.77],
      ['9', '12', 'Bo', 'bo@x.com', '2024-04-09', 'Disputed', 20],
    ]);
    expect(totalsOf(r)).toEqual({ '11': 40, '12': 27.77 });
    expect(left(r)).toEqual([
      [5, 'unpaid', 'Awaiting Payment'],
      [6, 'unpaid', 'Incomplete'],
      [7, 'unpaid', 'Manual Verification Required'],
      [8, 'failed', 'Declined'],
    ]);
    // A dispute may be won or lost: counted, and named for the owner.
    expect(unknownLines(r).map((row) => [row[1], row[3]])).toEqual([[10, 'Disputed']]);
  });
});

describe('Stripe', () => {
  it('incomplete and requires_payment_method payments are left out; a disputed one is counted and named', () => {
    const r = read([
      ['id', 'Created (UTC)', 'Amount', 'Amount Refunded', 'Currency', 'Status', 'Customer Email'],
      ['ch_1', '2024-05-01 10:00:00', '49.00', '0.00', 'usd', 'Paid', 'jane@x.com'],
      ['ch_2', '2024-05-02 10:00:00', '120.00', '20.00', 'usd', 'Partially refunded', 'jane@x.com'],
      ['ch_3', '2024-05-03 10:00:00', '80.00', '0.00', 'usd', 'Incomplete', 'jane@x.com'],
      ['pi_4', '2024-05-04 10:00:00', '80.00', '0.00', 'usd', 'requires_payment_method', 'jane@x.com'],
      ['ch_5', '2024-05-05 10:00:00', '15.25', '0.00', 'usd', 'Disputed', 'max@x.com'],
    ]);
    expect(totalsOf(r)).toEqual({ 'jane@x.com': 149, 'max@x.com': 15.25 });
    expect(left(r)).toEqual([
      [4, 'unpaid', 'Incomplete'],
      [5, 'unpaid', 'requires_payment_method'],
    ]);
    expect(unknownLines(r).map((row) => [row[1], row[3]])).toEqual([[6, 'Disputed']]);
  });
});

describe('Ecwid', () => {
  it('awaiting payment and incomplete orders are left out, paid ones counted', () => {
    const r = read([
      ['Order Number', 'Customer Email', 'Order Date', 'Order Total', 'Payment Status'],
      ['E1', 'ann@x.com', '2024-06-01', 31.4, 'PAID'],
      ['E2', 'ann@x.com', '2024-06-02', 20, 'AWAITING_PAYMENT'],
      ['E3', 'ann@x.com', '2024-06-03', 20, 'INCOMPLETE'],
      ['E4', 'ann@x.com', '2024-06-04', 8.6, 'PARTIALLY_REFUNDED'],
      ['E5', 'ben@x.com', '2024-06-05', 12, 'Queued'],
      ['E6', 'ben@x.com', '2024-06-06', 12.01, 'Accepted'],
    ]);
    expect(totalsOf(r)).toEqual({ 'ann@x.com': 40, 'ben@x.com': 12.01 });
    expect(left(r)).toEqual([
      [3, 'unpaid', 'AWAITING_PAYMENT'],
      [4, 'unpaid', 'INCOMPLETE'],
      [6, 'unpaid', 'Queued'],
    ]);
    expect(unknownLines(r)).toEqual([]);
  });
});

describe('Lightspeed', () => {
  it('a saved sale is left out; a lay-by counts; "On account" is counted and named', () => {
    const r = read([
      ['Sale ID', 'Customer', 'Date', 'Status', 'Total'],
      ['S1', 'Cal', '2024-07-01', 'Completed shipped', 55.55],
      ['S2', 'Cal', '2024-07-02', 'Saved', 30],
      ['S3', 'Cal', '2024-07-03', 'Layby', 10],
      ['S4', 'Dee', '2024-07-04', 'On account', 70.1],
    ]);
    expect(totalsOf(r)).toEqual({ cal: 65.55, dee: 70.1 });
    expect(left(r)).toEqual([[3, 'unpaid', 'Saved']]);
    expect(unknownLines(r).map((row) => [row[1], row[3]])).toEqual([[5, 'On account']]);
  });
});

describe('Pinduoduo and Douyin shop exports', () => {
  it('已签收 and 备货中 count; 未发货，退款成功 and 已取消 are left out; 售后中 is counted and named', () => {
    const r = read([
      ['订单号', '订单状态', '商品', '收货人', '手机', '支付时间', '商家实收金额(元)'],
      ['P1', '已发货，待签收', '茶杯', '王芳', '13800000001', '2024-08-01 10:00:00', 29.9],
      ['P2', '已签收', '茶杯', '王芳', '13800000001', '2024-08-02 10:00:00', 29.9],
      ['P3', '未发货，退款成功', '茶杯', '王芳', '13800000001', '2024-08-03 10:00:00', 29.9],
      ['P4', '备货中', '茶壶', '李雷', '13800000002', '2024-08-04 10:00:00', 88.8],
      ['P5', '已取消', '茶壶', '李雷', '13800000002', '2024-08-05 10:00:00', 88.8],
      ['P6', '售后中', '茶壶', '李雷', '13800000002', '2024-08-06 10:00:00', 88.8],
    ]);
    expect(totalsOf(r)).toEqual({ '13800000001': 59.8, '13800000002': 177.6 });
    expect(left(r)).toEqual([
      [4, 'refunded', '未发货，退款成功'],
      [6, 'cancelled', '已取消'],
    ]);
    expect(unknownLines(r, 'zh-CN').map((row) => [row[1], row[3], row[4]])).toEqual([
      [
        7,
        '售后中',
        'Regulars 不认识“订单状态”的这个值，已把带有它的订单计为购买（1 个订单，第 7 行）。如果这些订单不是销售，请在“列设置”中添加规则“订单状态=售后中”排除它们，然后重新分析',
      ],
    ]);
  });
});

describe('Shopify’s fulfillment column, chosen as the status in Column setup', () => {
  it('unfulfilled and partial orders count; a restocked (cancelled) one is left out', () => {
    const header = ['Name', 'Email', 'Fulfillment Status', 'Total', 'Created at'];
    const rows: CellValue[][] = [
      ['#1', 'al@x.com', 'fulfilled', 58, '2024-03-05'],
      ['#2', 'al@x.com', 'unfulfilled', 21.5, '2024-03-06'],
      ['#3', 'al@x.com', 'partial', 10.25, '2024-03-07'],
      ['#4', 'al@x.com', 'restocked', 40, '2024-03-08'],
    ];
    const log = readColumns(
      rows,
      { orderId: 0, email: 1, status: 2, amount: 3, date: 4 },
      {
        ...base,
        headerRow: header,
        firstRowNumber: 2,
      },
    );
    const r = { log } as LogReading;
    expect(totalsOf(r)).toEqual({ 'al@x.com': 89.75 });
    expect(left(r)).toEqual([[5, 'cancelled', 'restocked']]);
  });
});
