// Cases of the export reader the fixtures do not spell out.
import { describe, expect, it } from 'vitest';
import { describeExclusion } from '../../../src/core/exports/exclusion-texts';
import { readExport } from '../../../src/core/exports/read-export';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

const base = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2024, 12, 31) };
// Order id, customer, date, amount, status.
const columns = { orderId: 0, email: 1, date: 2, amount: 3, status: 4 };

describe('readExport', () => {
  it('a refund row whose payment is not in the log is a return, even written positive', () => {
    const log = readExport([['R1', 'a@x.com', '2024-03-01', '10.00', 'Refund']], { ...base, columns });
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([-10]);
  });

  it('a refund row further down nets against its order; the order keeps its own date', () => {
    const log = readExport(
      [
        ['A1', 'a@x.com', '2024-03-01', 50, 'Paid'],
        ['B1', 'b@x.com', '2024-03-02', 20, 'Paid'],
        ['A1', 'a@x.com', '2024-03-05', -15, 'Refund'],
      ],
      { ...base, columns },
    );
    expect(purchaseList(log.purchases).map((p) => [p.orderId, isoOfDay(p.day), p.amount])).toEqual([
      ['A1', '2024-03-01', 35],
      ['B1', '2024-03-02', 20],
    ]);
    expect(log.excluded).toEqual([]);
  });

  it('a later dated copy of an order replaces the earlier one, which is reported', () => {
    const log = readExport(
      [
        ['A1', 'a@x.com', '2024-03-01', 50, 'Pending'],
        ['B1', 'b@x.com', '2024-03-02', 20, 'Paid'],
        ['A1', 'a@x.com', '2024-03-01', 50, 'Paid'],
      ],
      { ...base, columns },
    );
    expect(purchaseList(log.purchases).map((p) => [p.orderId, p.row])).toEqual([
      ['B1', 2],
      ['A1', 3],
    ]);
    expect(log.excluded).toEqual([{ row: 1, reason: 'duplicate', value: 'A1' }]);
  });

  it('a row with a problem is reported once, on the row that has it; the order’s other lines are not', () => {
    const log = readExport(
      [
        ['A1', 'a@x.com', '2024-02-30', 50, 'Paid'],
        ['A1', 'a@x.com', '', '', ''],
      ],
      { ...base, columns },
    );
    expect(purchaseList(log.purchases)).toEqual([]);
    expect(log.issues.map((i) => [i.row, i.column, i.problem])).toEqual([[1, 'date', 'impossible']]);
    expect(log.rowsSkipped).toBe(1);
  });

  it('a status the table does not know is counted, and listed for the owner to check', () => {
    const log = readExport(
      [
        ['A1', 'a@x.com', '2024-03-01', 50, 'Shipped to moon'],
        ['B1', 'b@x.com', '2024-03-02', 20, 'Paid'],
      ],
      { ...base, columns },
    );
    expect(log.purchases).toHaveLength(2);
    expect(log.unknownStatuses).toEqual([{ status: 'Shipped to moon', column: '', orders: 1, rows: [1] }]);
  });
});

describe('stored-value top-ups', () => {
  // Customer, date, amount, type: a plain log with a type column, read by readLog.
  const topUps = [
    '会员充值',
    '充值',
    '储值',
    '充值卡',
    '儲值',
    '加值',
    'Top-up',
    'top up',
    'Recharge',
    'Stored value',
    'Wallet top-up',
  ];
  for (const word of topUps) {
    it(`'${word}' in a type column is left out as a top-up, not a purchase`, () => {
      const { log } = readLog(
        [
          ['Customer', 'Date', 'Amount', 'Type'],
          ['Ann', '2024-03-01', 20, 'Sale'],
          ['Ann', '2024-03-05', 500, word],
        ],
        base,
      );
      expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([20]);
      expect(log.excluded).toEqual([{ row: 3, reason: 'top_up', value: word }]);
    });
  }

  it('an owner rule still decides first, and still works on other types', () => {
    const grid = [
      ['Customer', 'Date', 'Amount', 'Type'],
      ['Ann', '2024-03-01', 20, 'Sale'],
      ['Ann', '2024-03-05', 500, 'Top-up'],
      ['Ann', '2024-03-06', 30, 'Staff meal'],
    ];
    const { log } = readLog(grid, { ...base, exclude: 'Type=Top-up|Staff meal' });
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([20]);
    expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([
      [3, 'owner_rule'],
      [4, 'owner_rule'],
    ]);
  });

  it('the reason is said in each language', () => {
    const row = { row: 3, reason: 'top_up' as const, value: '会员充值' };
    expect(describeExclusion(row, 'en', '', ANALYZE_TEXTS.exclusionReasons)).toBe(
      "Stored-value top-up ('会员充值'): counted when it is spent, not when it is paid in",
    );
    expect(describeExclusion(row, 'zh-CN', '', ANALYZE_TEXTS.exclusionReasons)).toBe(
      '储值充值（“会员充值”）：消费时才计入，充值时不计入',
    );
    expect(describeExclusion(row, 'zh-TW', '', ANALYZE_TEXTS.exclusionReasons)).toBe(
      '儲值加值（「会员充值」）：消費時才計入，儲值時不計入',
    );
  });

  it('a guest checkout (customer id 0) with the email of a registered customer is that customer, not a second one', () => {
    // WooCommerce: Paula checked out twice as a guest, then registered (id 150) and bought twice more.
    const header = [
      'order_id',
      'date',
      'status',
      'order_total',
      'customer_id',
      'billing_first_name',
      'billing_email',
    ];
    const grid = [
      header,
      ['901', '2024-05-01 10:00:00', 'completed', '30.00', '0', 'Paula', 'Paula.Reyes@mail.test'],
      ['902', '2024-07-02 10:00:00', 'completed', '25.00', '0', 'Paula', 'paula.reyes@mail.test'],
      ['903', '2024-07-03 10:00:00', 'completed', '12.00', '0', 'Sam', 'sam@mail.test'],
      ['950', '2024-11-03 10:00:00', 'completed', '40.00', '150', 'Paula', 'paula.reyes@mail.test'],
      ['951', '2024-12-04 10:00:00', 'completed', '35.00', '150', 'Paula', 'paula.reyes@mail.test'],
    ];
    const { log } = readLog(grid, base);
    const list = purchaseList(log.purchases);
    const byKey = new Map<string, string[]>();
    for (const p of list) byKey.set(p.customerKey, [...(byKey.get(p.customerKey) ?? []), isoOfDay(p.day)]);
    expect([...byKey.values()]).toEqual([
      ['2024-05-01', '2024-07-02', '2024-11-03', '2024-12-04'],
      ['2024-07-03'],
    ]);
    // An email two registered customers share (a household) names neither: the guest stays apart.
    const shared = [
      header,
      ['901', '2024-05-01 10:00:00', 'completed', '30.00', '0', 'Pedro', 'home@mail.test'],
      ['950', '2024-11-03 10:00:00', 'completed', '40.00', '150', 'Paula', 'home@mail.test'],
      ['951', '2024-12-04 10:00:00', 'completed', '35.00', '151', 'Pedro', 'home@mail.test'],
    ];
    expect(purchaseList(readLog(shared, base).log.purchases).map((p) => p.customerKey)).toEqual([
      'home@mail.test',
      '150',
      '151',
    ]);
  });

  it('a line the owner’s rule leaves out of a mixed order is taken off the order total (a gift card bought with a candle)', () => {
    const header = [
      'order_id',
      'date',
      'status',
      'order_total',
      'customer_id',
      'billing_email',
      'item_name',
      'item_total',
    ];
    const grid = [
      header,
      ['1643', '2024-05-01 10:00:00', 'completed', '73.00', '7', 'uma@mail.test', 'Gift Card - $50', '50.00'],
      ['1643', '2024-05-01 10:00:00', 'completed', '73.00', '7', 'uma@mail.test', 'Soy candle', '18.00'],
      [
        '1650',
        '2024-06-01 10:00:00',
        'completed',
        '50.00',
        '8',
        'liam@mail.test',
        'Gift Card - $50',
        '50.00',
      ],
      ['1651', '2024-06-02 10:00:00', 'completed', '30.00', '8', 'liam@mail.test', 'Soy candle', '25.00'],
    ];
    const { log } = readLog(grid, { ...base, exclude: 'item_name=Gift Card - $50' });
    expect(purchaseList(log.purchases).map((p) => [p.orderId, p.amount])).toEqual([
      ['1643', 23],
      ['1651', 30],
    ]);
    expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([
      [2, 'owner_rule'],
      [4, 'owner_rule'],
    ]);
  });

  it('a rule-excluded line: once per order even when the order is pasted twice, and a refund of that very line not taken off twice (review)', () => {
    const header = [
      'order_id',
      'date',
      'status',
      'order_total',
      'customer_id',
      'billing_email',
      'item_name',
      'item_total',
      'refunded_total',
    ];
    const gift = [
      '1643',
      '2024-05-01 10:00:00',
      'completed',
      '73.00',
      '7',
      'uma@mail.test',
      'Gift Card - $50',
      '50.00',
      '0',
    ];
    const candle = [
      '1643',
      '2024-05-01 10:00:00',
      'completed',
      '73.00',
      '7',
      'uma@mail.test',
      'Soy candle',
      '18.00',
      '0',
    ];
    const rule = { ...base, exclude: 'item_name=Gift Card - $50' };
    const twice = readLog([header, gift, candle, gift, candle], rule).log;
    expect(purchaseList(twice.purchases).map((p) => p.amount)).toEqual([23]);
    const refunded = (r: string[]) => [...r.slice(0, 8), '50.00'];
    const giftRefunded = readLog([header, refunded(gift), refunded(candle)], rule).log;
    expect(purchaseList(giftRefunded.purchases).map((p) => p.amount)).toEqual([23]);
    const all = (r: string[]) => [...r.slice(0, 8), '73.00'];
    const allRefunded = readLog([header, all(gift), all(candle)], rule).log;
    expect(purchaseList(allRefunded.purchases)).toEqual([]);
    expect(allRefunded.excluded?.map((e) => e.reason)).toEqual(['owner_rule', 'refunded']);
  });

  it('Shopify: a rule on the first line of an order, which alone holds its date and total, leaves the rest of the order (review)', () => {
    const header = [
      'Name',
      'Email',
      'Financial Status',
      'Paid at',
      'Total',
      'Lineitem name',
      'Lineitem price',
      'Lineitem quantity',
    ];
    const grid = [
      header,
      ['#1001', 'alice@example.com', 'paid', '2024-03-05 14:25:01 +0800', '58.00', 'Gift card', '20.00', '1'],
      ['#1001', 'alice@example.com', '', '', '', 'Tea cup', '12.00', '2'],
    ];
    const { log } = readLog(grid, { ...base, exclude: 'Lineitem name=Gift card' });
    expect(purchaseList(log.purchases).map((p) => [p.orderId, isoOfDay(p.day), p.amount, p.product])).toEqual(
      [['#1001', '2024-03-05', 38, 'Tea cup']],
    );
    expect(log.issues).toEqual([]);
    expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([[2, 'owner_rule']]);
  });
});
