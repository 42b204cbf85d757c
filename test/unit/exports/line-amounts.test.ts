// Line-item logs that are no known export (helper r10): invoice lines of quantity × unit price with
// cancellations (the shape of the UCI Machine Learning Repository's "Online Retail" data set, Chen
// 2015, and its "Online Retail II"), and order lines whose Sales is each line's own (the shape of
// Tableau's "Sample - Superstore"). Small copies written here, rows as those files write them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells';
import { buildHistories } from '../../../src/core/customers/customer-history';
import { detectExport } from '../../../src/core/exports/detect-export';
import { detectionReport } from '../../../src/core/exports/detection-report';
import { cancelledByNumber } from '../../../src/core/exports/line-amounts';
import { mappingOfDetection } from '../../../src/core/exports/mapped-log';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { lineAmountsRows } from '../../../src/core/report/line-amounts-line';
import { dayFromCivil } from '../../../src/core/time/civil';
import { amountText } from '../../../src/sidebar/views/amount-line';
import { historyList } from '../../support/histories';
import { SUPERSTORE, UCI } from '../../support/line-item-logs';

const options = { timeZone: 'UTC', dateOrder: 'MDY' as const, asOfDay: dayFromCivil(2017, 12, 31) };

/** Each customer's net spend, to the cent, by label. */
function spent(grid: Grid): Record<string, number> {
  const { log } = readLog(grid, options);
  const { histories } = buildHistories(log.purchases);
  return Object.fromEntries(historyList(histories).map((h) => [h.label, Math.round(h.netSpend * 100) / 100]));
}

describe('UCI Online Retail: invoice lines of quantity × unit price, with cancellations', () => {
  it('each line is Quantity × UnitPrice; the lines of an invoice add up; C invoices are returns', () => {
    // 17850: 6 × 2.55 + 6 × 3.39 (536365) + 6 × 1.85 + 10 × 4.95. 14527: 24 × 1.45 + 18 postage
    // − 27.50 discount (C536379), 4 × 4.95 returned the same day (C536391).
    expect(spent(UCI)).toEqual({ '17850': 96.24, '14527': 25.3 });
    const { log } = readLog(UCI, options);
    expect(log.lineAmounts).toEqual({
      how: 'price',
      amount: 'UnitPrice',
      quantity: 'Quantity',
      order: 'InvoiceNo',
      orders: 2,
      once: 0,
      cancelled: 2,
      example: 'C536379',
    });
    // The row with no CustomerID is left out and listed, as a paid order with no customer always was.
    expect(log.excluded).toEqual([{ row: 8, reason: 'anonymous', value: '' }]);
  });

  it('"Online Retail II" names the columns Invoice, Price, Customer ID: the same reading', () => {
    const renamed = UCI.map((r, i) =>
      i === 0
        ? [
            'Invoice',
            'StockCode',
            'Description',
            'Quantity',
            'InvoiceDate',
            'Price',
            'Customer ID',
            'Country',
          ]
        : r,
    );
    expect(spent(renamed)).toEqual({ '17850': 96.24, '14527': 25.3 });
  });

  it('dates as Date cells read the same', () => {
    const dated = UCI.map((r, i) =>
      i === 0 ? r : r.map((c, j) => (j === 4 ? new Date(`${String(c).split(' ')[0]} UTC`) : c)),
    );
    expect(spent(dated)).toEqual({ '17850': 96.24, '14527': 25.3 });
  });

  it('a cancellation with positive quantities is still a return; a shop whose every order starts with C has none', () => {
    const positive = UCI.map((r) => (r[0] === 'C536379' ? r.map((c, j) => (j === 3 ? 1 : c)) : r));
    expect(spent(positive)['14527']).toBe(25.3);
    expect(cancelledByNumber(['C1001', 'C1002'])).toBeUndefined();
    expect(cancelledByNumber(['1001', 'C1002', 'C10020'])).toEqual(new Set(['C1002']));
    // A cancellation with no customer is left out as anonymous, and not among those Data issues counts.
    const noCustomer = [
      ...UCI,
      ['C536381', '22139', 'RETROSPOT TEA SET', -4, '12/3/2010 9:50', 4.95, '', 'United Kingdom'],
    ];
    const { log } = readLog(noCustomer, options);
    expect(log.lineAmounts?.cancelled).toBe(2);
    expect(log.excluded?.map((e) => e.reason)).toEqual(['anonymous', 'anonymous']);
  });
});

describe('Superstore: Sales is each line of an order', () => {
  it('an order of two lines is their sum; Order Date is the day; Customer ID keys, Customer Name shows', () => {
    expect(spent(SUPERSTORE)).toEqual({
      'Claire Gute': 993.9,
      'Darrin Van Huff': 14.62,
      "Sean O'Donnell": 979.95,
      // Two lines of the same Sales add up too: Sales is a line's header.
      'Dennis Kane': 755.94,
    });
    const { log } = readLog(SUPERSTORE, options);
    const t = log.purchases;
    const claire = t.labels.indexOf('Claire Gute');
    expect(t.keys[claire]).toBe('cg-12520');
    const hers = Array.from({ length: t.length }, (_, i) => i).filter((i) => t.customer[i] === claire);
    expect(hers.map((i) => [t.day[i], t.amount[i]])).toEqual([[dayFromCivil(2016, 11, 8), 993.9]]);
    expect(log.lineAmounts).toMatchObject({ how: 'line', amount: 'Sales', order: 'Order ID', orders: 3 });
  });

  it('lines sorted apart (by Sales) are still one order', () => {
    const [header, ...rows] = SUPERSTORE;
    const sorted = [header!, ...[...rows].sort((a, b) => Number(a[17]) - Number(b[17]))];
    expect(spent(sorted)).toEqual(spent(SUPERSTORE));
  });
});

describe('the class: amount headers and cells decide', () => {
  const log = (amountHeader: string, amounts: number[], extra?: { header: string; cells: number[] }) => [
    ['Order ID', 'Customer', 'Date', 'Product', amountHeader, ...(extra ? [extra.header] : [])],
    ...amounts.map((a, i) => ['A-1', 'Ann', '2017-03-01', `p${i}`, a, ...(extra ? [extra.cells[i]!] : [])]),
    ['A-2', 'Bo', '2017-03-02', 'p', 10, ...(extra ? [10] : [])],
  ];

  it('an order total repeated on every line counts once; differing, the lines add up and Data issues is told', () => {
    expect(spent(log('Total', [50, 50]))).toEqual({ Ann: 50, Bo: 10 });
    expect(readLog(log('Total', [50, 50]), options).log.lineAmounts).toBeUndefined();
    expect(spent(log('Order total', [30, 20]))).toEqual({ Ann: 50, Bo: 10 });
    expect(readLog(log('Order total', [30, 20]), options).log.lineAmounts).toMatchObject({
      how: 'differ',
      amount: 'Order total',
      orders: 1,
    });
    expect(spent(log('订单总额', [30, 30]))).toEqual({ Ann: 30, Bo: 10 });
  });

  it("a line's header (Amount, 金额, Subtotal, Line total) adds alike lines up, unless the log's price × quantity says it is the order's total", () => {
    for (const h of ['Amount', '金额', '金額', 'Subtotal', 'Line total', '销售额'])
      expect(spent(log(h, [25, 25])), h).toEqual({ Ann: 50, Bo: 10 });
    const priced = (amounts: [number, number]) => [
      ['Order ID', 'Customer', 'Date', 'Product', 'Qty', 'Price', 'Amount'],
      ['A-1', 'Ann', '2017-03-01', 'tea', 2, 10, amounts[0]],
      ['A-1', 'Ann', '2017-03-01', 'cup', 1, 20, amounts[1]],
    ];
    // Each line's Amount is its price × quantity: lines. 35 on both, which neither line costs: the order's.
    expect(spent(priced([20, 20]))).toEqual({ Ann: 40 });
    expect(spent(priced([35, 35]))).toEqual({ Ann: 35 });
    // Both in one log: Data issues says which were added up and how many were counted once.
    const both = [
      ...priced([20, 20]),
      ...priced([35, 35])
        .slice(1)
        .map((r) => ['A-2', ...r.slice(1)]),
    ];
    const { log: mixed } = readLog(both, options);
    expect(mixed.lineAmounts).toMatchObject({ how: 'mixed', orders: 1, once: 1 });
    const rows = lineAmountsRows(mixed, 'Orders', 'en', ANALYZE_TEXTS);
    expect(rows[0]![4]).toBe(
      "'Amount' is each line's amount in 1 order of several lines, added up there; in 1 other the lines' unit price × quantity says the 'Amount' they repeat is the order's total, so it counts once",
    );
  });

  it('Chinese headers: 订单号, 数量, 单价 are price × quantity', () => {
    const rows = [
      ['订单号', '客户', '日期', '商品', '数量', '单价'],
      ['D001', '小王', '2017-03-01', '茶', 2, 18],
      ['D001', '小王', '2017-03-01', '杯', 1, 30.5],
      ['D002', '小李', '2017-03-02', '茶', 3, 18],
    ];
    expect(spent(rows)).toEqual({ 小王: 66.5, 小李: 54 });
    // Without an order id: each row is price × quantity.
    expect(spent(rows.map((r) => r.slice(1)))).toEqual({ 小王: 66.5, 小李: 54 });
  });

  it('a cancelled status on lines of negative money is a return; on a sale, the order is left out as before', () => {
    const rows = [
      ['Invoice', 'Customer', 'Date', 'Status', 'Quantity', 'Unit price'],
      ['1001', 'Ann', '2017-03-01', 'Completed', 2, 10],
      ['1002', 'Ann', '2017-03-05', 'Completed', 1, 40],
      ['1003', 'Ann', '2017-03-06', 'Cancelled', -1, 10],
      ['1004', 'Ann', '2017-03-07', 'Cancelled', 3, 10],
    ];
    expect(spent(rows)).toEqual({ Ann: 50 });
    const { log } = readLog(rows, options);
    expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([[5, 'cancelled']]);
  });
});

describe('Column setup says what it reads as the amount', () => {
  const reportOf = (grid: Grid) => {
    const detection = detectExport(grid[0]!)!;
    const mapping = mappingOfDetection('Orders', 1, detection)!;
    return detectionReport([{ name: 'Orders', width: grid[0]!.length, rows: grid.slice(0, 10) }], mapping);
  };

  it('price × quantity, a line amount, an order total; none for a known export or a plain log', () => {
    expect(reportOf(UCI)?.amount).toEqual({
      how: 'price',
      amount: 'UnitPrice',
      quantity: 'Quantity',
      order: 'InvoiceNo',
    });
    expect(reportOf(SUPERSTORE)?.amount).toMatchObject({ how: 'line', amount: 'Sales', order: 'Order ID' });
    expect(reportOf([['Order No', 'Customer', 'Date', 'Total']])?.amount).toMatchObject({ how: 'order' });
    expect(reportOf([['Customer', 'Date', 'Amount']])?.amount).toBeUndefined();
    expect(
      reportOf([
        ['Name', 'Email', 'Financial Status', 'Lineitem name', 'Total', 'Accepts Marketing', 'Created at'],
      ])?.amount,
    ).toBeUndefined();
  });
});

describe("Column setup's sentence", () => {
  it('says what is read as the amount, in en, zh-CN and zh-TW', () => {
    const price = { how: 'price', amount: 'UnitPrice', quantity: 'Quantity', order: 'InvoiceNo' } as const;
    expect(amountText('en', price)).toBe(
      "Amount: 'Quantity' × 'UnitPrice' for each line; the lines of one 'InvoiceNo' are added up.",
    );
    expect(amountText('zh-CN', { how: 'price', amount: '单价', quantity: '数量', order: '' })).toBe(
      '金额：每行的“数量”×“单价”。',
    );
    expect(amountText('zh-TW', { how: 'line', amount: '金額', quantity: '', order: '訂單號' })).toBe(
      '金額：「金額」是每一列的金額；同一「訂單號」的各列相加。',
    );
    expect(amountText('en', { how: 'order', amount: 'Total', quantity: '', order: 'Order ID' })).toBe(
      "Amount: 'Total' is the order's total, counted once per 'Order ID'; where it differs between an order's lines, it is each line's and they are added up.",
    );
  });
});

describe('property: each customer spends Σ quantity × price of the lines kept (quantities as numbers or text)', () => {
  const line = fc.record({
    quantity: fc.integer({ min: 1, max: 24 }),
    cents: fc.integer({ min: 1, max: 50_000 }),
    // How the quantity is typed (trial 25: "2 pcs", "x3" were read as 1).
    written: fc.constantFrom('number', 'n pcs', 'xn', '×n', 'nx', 'n件', 'n 個'),
  });
  const order = fc.record({
    customer: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 28 }),
    lines: fc.array(line, { minLength: 1, maxLength: 5 }),
    // Cancelled by an invoice of its own (C + its number), on its day or later.
    cancelled: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  });

  it('whatever the row order, and whether lines of an order are together or apart', () => {
    fc.assert(
      fc.property(
        fc.array(order, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('as written', 'shuffled', 'by price'),
        fc.integer(),
        (orders, arrangement, seed) => {
          const expected: Record<string, number> = {};
          const rows: CellValue[][] = [];
          // Every customer keeps one order at least: one whose every order is cancelled has no
          // purchase left and is not analysed (the returns-only rules, not this property's).
          const keeps = new Set(orders.filter((o) => o.cancelled === undefined).map((o) => o.customer));
          orders.forEach((o, i) => {
            if (!keeps.has(o.customer)) {
              keeps.add(o.customer);
              o.cancelled = undefined;
            }
            const invoice = String(500_000 + i);
            const customer = 17_000 + o.customer;
            const sum = o.lines.reduce((s, l) => s + l.quantity * l.cents, 0);
            const cancelled = o.cancelled !== undefined;
            // A cancelled order's lines are not kept: its C invoice returns every one of them.
            if (!cancelled) expected[customer] = (expected[customer] ?? 0) + sum;
            const later = `3/${Math.min(28, o.day + (o.cancelled ?? 0))}/2017 9:30`;
            const returned: CellValue[][] = [];
            o.lines.forEach((l, j) => {
              const q = l.written === 'number' ? l.quantity : l.written.replace('n', String(l.quantity));
              rows.push([invoice, `S${j}`, q, `3/${o.day}/2017 9:00`, l.cents / 100, customer]);
              if (cancelled)
                returned.push([`C${invoice}`, `S${j}`, -l.quantity, later, l.cents / 100, customer]);
            });
            rows.push(...returned);
          });
          const arranged =
            arrangement === 'shuffled'
              ? shuffle(rows, seed)
              : arrangement === 'by price'
                ? [...rows].sort((a, b) => Number(a[4]) - Number(b[4]))
                : rows;
          const grid = [
            ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
            ...arranged,
          ];
          const got = spent(grid);
          const want = Object.fromEntries(
            Object.entries(expected).map(([k, cents]) => [k, Math.round(cents) / 100]),
          );
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 200, seed: 10 },
    );
  });
});

/** A seeded shuffle (Fisher–Yates with a small LCG): the property's rows in another order. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('compound price headers (review 25)', () => {
  const amounts = (priceHeader: string) => {
    const { log } = readLog(
      [
        ['Customer', 'Date', priceHeader, 'Quantity'],
        ['Ann', '2024-03-01', 10, 3],
        ['Bob', '2024-03-02', 5, 2],
      ],
      { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: 20_000 as never },
    );
    return purchaseList(log.purchases).map((p) => p.amount);
  };
  it.each(['Price', 'Unit Price', 'product_price', 'sale_price', 'Sale Price'])(
    '%s is a price per unit: × the quantity',
    (header) => expect(amounts(header)).toEqual([30, 10]),
  );
  it.each(['Total Price', 'TotalPrice', 'line_price'])('%s is a sum: not multiplied', (header) =>
    expect(amounts(header)).toEqual([10, 5]),
  );
});
