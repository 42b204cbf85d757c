import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells';
import type { ReadPurchasesOptions } from '../../../src/core/input/purchase';
import { purchaseAt, purchaseList } from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { dayFromCivil } from '../../../src/core/time/civil';
import { instantOfDay } from '../../../src/core/time/zone';

const SH = 'Asia/Shanghai';
const d = dayFromCivil;
/** A date cell as Sheets passes it: midnight of that day in the spreadsheet's zone. */
const cell = (y: number, m: number, day: number, zone = SH) => instantOfDay(d(y, m, day), zone);
const options = (extra: Partial<ReadPurchasesOptions> = {}): ReadPurchasesOptions => ({
  timeZone: SH,
  dateOrder: 'DMY',
  asOfDay: d(2024, 12, 31),
  ...extra,
});

describe('readPurchases', () => {
  it('reads a clean log with a header, in sheet order with sheet row numbers', () => {
    const grid: Grid = [
      ['Customer', 'Date', 'Amount', 'Product'],
      ['Alice', cell(2024, 3, 5), 12.5, 'Tea'],
      ['Bob', '2024-03-06', '¥1,234.50', ''],
    ];
    const log = readPurchases(grid, options());
    expect(purchaseList(log.purchases)).toEqual([
      {
        row: 2,
        customerKey: 'alice',
        customerLabel: 'Alice',
        day: d(2024, 3, 5),
        amount: 12.5,
        product: 'Tea',
        quantity: undefined,
        orderId: undefined,
      },
      {
        row: 3,
        customerKey: 'bob',
        customerLabel: 'Bob',
        day: d(2024, 3, 6),
        amount: 1234.5,
        product: undefined,
        quantity: undefined,
        orderId: undefined,
      },
    ]);
    expect(log).toMatchObject({ issues: [], rowsRead: 3, rowsSkipped: 0, blankRows: 0, headerRows: 1 });
  });

  it('reads every messy cell of SPEC §2 in one log', () => {
    const grid: Grid = [
      ['客户', '日期', '金额'],
      [' alice ', cell(2024, 3, 5), 10],
      ['ALICE', '2024-03-05', '¥1,234.50'],
      ['Alice', '2024/3/5', 'NT$ 500'],
      ['alice', '2024年3月5日', '1.234,50 €'],
      ['alice', '5/3/2024', '(12.00)'],
      ['alice', 45_356, '30元'],
      ['alice', '2024-03-05T10:00:00Z', '$12'],
      ['', '', ''],
      ['客户', '日期', '金额'],
      ['alice', '5 Mar 2024', '1 234,50'],
    ];
    const log = readPurchases(grid, options());
    expect(log.issues).toEqual([]);
    // Every amount is read; the ones in another currency than ¥/元 are listed, not added up.
    expect(purchaseList(log.purchases).map((p) => p.day)).toEqual(Array(5).fill(d(2024, 3, 5)));
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([10, 1234.5, -12, 30, 1234.5]);
    expect(log.excluded?.map((e) => [e.row, e.reason, e.value])).toEqual([
      [4, 'other_currency', 'NT$'],
      [5, 'other_currency', '€'],
      [8, 'other_currency', '$'],
    ]);
    expect(log.currency).toBe('¥');
    expect(new Set(purchaseList(log.purchases).map((p) => p.customerKey))).toEqual(new Set(['alice']));
    expect(new Set(purchaseList(log.purchases).map((p) => p.customerLabel))).toEqual(new Set(['alice']));
    expect(log).toMatchObject({ rowsRead: 11, blankRows: 1, headerRows: 2, rowsSkipped: 0 });
  });

  it('reads Date cells in the spreadsheet zone, whatever the process zone', () => {
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'UTC', 'Pacific/Kiritimati']) {
      const grid: Grid = [
        ['a', cell(2024, 3, 10, zone), 1],
        ['a', cell(2024, 11, 3, zone), 1],
      ];
      const log = readPurchases(grid, options({ timeZone: zone }));
      expect(purchaseList(log.purchases).map((p) => p.day)).toEqual([d(2024, 3, 10), d(2024, 11, 3)]);
    }
  });

  it('reports every unusable row with its row number, value and reason', () => {
    const grid: Grid = [
      ['', cell(2024, 3, 5), 10],
      ['Carol', '2024-13-45', 10],
      // '3/15/2024' can only be month first and '25/3/2024' only day first: the column contradicts
      // itself, so the locale's order stays and the row that does not fit it is reported.
      ['Carol', '3/15/2024', 'abc'],
      ['Carol', cell(2025, 1, 2), 10],
      ['#N/A', 'soon', '12%'],
      [true, '25/3/2024', 5],
      ['Dan', '', ''],
      ['Carol', '2024-03-05', 7],
    ];
    const log = readPurchases(grid, options({ dateOrder: 'MDY', firstRowNumber: 10 }));
    expect(log.issues).toEqual([
      { row: 10, column: 'customer', value: '', problem: 'blank', action: 'skipped' },
      {
        row: 11,
        column: 'date',
        value: '2024-13-45',
        problem: 'impossible',
        action: 'skipped',
        customerKey: 'carol',
      },
      {
        row: 12,
        column: 'amount',
        value: 'abc',
        problem: 'unreadable',
        action: 'skipped',
        customerKey: 'carol',
      },
      {
        row: 13,
        column: 'date',
        value: '2025-01-02',
        problem: 'after_as_of',
        action: 'skipped',
        customerKey: 'carol',
      },
      { row: 14, column: 'customer', value: '#N/A', problem: 'formula_error', action: 'skipped' },
      { row: 14, column: 'date', value: 'soon', problem: 'unreadable', action: 'skipped' },
      { row: 14, column: 'amount', value: '12%', problem: 'percentage', action: 'skipped' },
      { row: 15, column: 'customer', value: 'TRUE', problem: 'unreadable', action: 'skipped' },
      { row: 15, column: 'date', value: '25/3/2024', problem: 'order_mismatch', action: 'skipped' },
      { row: 16, column: 'date', value: '', problem: 'blank', action: 'skipped', customerKey: 'dan' },
      { row: 16, column: 'amount', value: '', problem: 'blank', action: 'skipped', customerKey: 'dan' },
    ]);
    // The customer of a skipped row is named when their cell could be read (follow-ups hold them back).
    expect(purchaseList(log.purchases).map((p) => p.row)).toEqual([17]);
    expect(log).toMatchObject({ rowsRead: 8, rowsSkipped: 7, blankRows: 0, headerRows: 0 });
  });

  it('keeps the analysis date itself, and returns and zero amounts', () => {
    const grid: Grid = [
      ['a', '2024-06-30', -5],
      ['a', '2024-06-30', 0],
      ['a', '2024-07-01', 5],
    ];
    const log = readPurchases(grid, options({ asOfDay: d(2024, 6, 30) }));
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([-5, 0]);
    expect(log.issues.map((i) => i.problem)).toEqual(['after_as_of']);
  });

  it('skips blank rows silently, including ragged and notes-only rows', () => {
    const grid = [
      [],
      ['', '  ', '\u3000'],
      ['', '', '', '', '', 'a note'],
      ['a', '2024-03-05', 1],
    ] as unknown as Grid;
    const log = readPurchases(grid, options());
    expect(log).toMatchObject({ rowsRead: 4, blankRows: 3, issues: [], rowsSkipped: 0 });
    expect(log.purchases).toHaveLength(1);
  });

  it('reports a row whose mapped product cell is the only content', () => {
    const log = readPurchases([['', '', '', 'Tea']], options());
    expect(log.blankRows).toBe(0);
    expect(log.issues.map((i) => i.column)).toEqual(['customer', 'date', 'amount']);
  });

  it('skips header rows in any language and unknown first-row headers, and their copies', () => {
    const grid: Grid = [
      ['Who', 'When', 'Paid'],
      ['a', '2024-03-05', 1],
      ['Who', 'When', 'Paid'],
      ['顧客', '交易日期', '金額'],
      ['Customer', 'Order date', 'Total'],
      ['b', '2024-03-06', 2],
    ];
    const log = readPurchases(grid, options());
    expect(log).toMatchObject({ headerRows: 4, issues: [], rowsSkipped: 0 });
    expect(purchaseList(log.purchases).map((p) => p.customerKey)).toEqual(['a', 'b']);
  });

  it('reports unknown words after data has started (not a header)', () => {
    const grid: Grid = [
      ['a', '2024-03-05', 1],
      ['Who', 'When', 'Paid'],
    ];
    const log = readPurchases(grid, options());
    expect(log.headerRows).toBe(0);
    expect(log.issues.map((i) => i.problem)).toEqual(['unreadable', 'unreadable']);
  });

  it('groups customer spellings and keeps the first label, its runs of spaces made one as in the key', () => {
    const grid: Grid = [
      [' Alice  Smith ', '2024-03-05', 1],
      ['alice smith', '2024-03-06', 1],
      ['ALICE SMITH', '2024-03-07', 1],
      ['Bob@Example.com', '2024-03-05', 1],
      ['bob@example.com', '2024-03-06', 1],
      [4, '2024-03-05', 1],
      ['4', '2024-03-06', 1],
      ['00004', '2024-03-07', 1],
    ];
    const log = readPurchases(grid, options());
    expect(purchaseList(log.purchases).map((p) => [p.customerKey, p.customerLabel])).toEqual([
      ['alice smith', 'Alice Smith'],
      ['alice smith', 'Alice Smith'],
      ['alice smith', 'Alice Smith'],
      ['bob@example.com', 'Bob@Example.com'],
      ['bob@example.com', 'Bob@Example.com'],
      ['4', '4'],
      ['4', '4'],
      ['00004', '00004'],
    ]);
  });

  it('uses mapped columns, and keeps a purchase whose quantity is unreadable', () => {
    const grid: Grid = [
      ['2024-03-05', 12, 'Alice', 'Tea', 2, 'A-1'],
      ['2024-03-06', 8, 'Bob', '', 'two', 1001],
    ];
    const log = readPurchases(
      grid,
      options({ columns: { date: 0, amount: 1, customer: 2, product: 3, quantity: 4, orderId: 5 } }),
    );
    expect(purchaseList(log.purchases).map((p) => [p.customerKey, p.product, p.quantity, p.orderId])).toEqual(
      [
        ['alice', 'Tea', 2, 'A-1'],
        ['bob', undefined, undefined, '1001'],
      ],
    );
    expect(log.issues).toEqual([
      { row: 2, column: 'quantity', value: 'two', problem: 'unreadable', action: 'used' },
    ]);
    expect(log.rowsSkipped).toBe(0);
  });

  it('reads the formula form: three columns, product optional', () => {
    const log = readPurchases([['a', '2024-03-05', 1]], options());
    expect(purchaseAt(log.purchases, 0).product).toBeUndefined();
  });

  it('shows date cells in issues as the day in the spreadsheet zone, and cuts long values', () => {
    const long = 'x'.repeat(300);
    const log = readPurchases(
      [
        [long, cell(2030, 1, 1), 1],
        ['a', new Date(Number.NaN), 1],
        ['a', '2024-03-05', long],
      ],
      options(),
    );
    expect(log.issues[0]).toMatchObject({ column: 'date', value: '2030-01-01', problem: 'after_as_of' });
    expect(log.issues[1]).toMatchObject({ column: 'date', value: 'Invalid Date', problem: 'unreadable' });
    expect(log.issues[2]!.value).toHaveLength(100);
    expect(log.purchases).toHaveLength(0);
  });

  it('rejects invalid options with a message that says how to fix them', () => {
    const grid: Grid = [['a', '2024-03-05', 1]];
    expect(() => readPurchases(grid, options({ timeZone: 'Mars/Base' }))).toThrow(
      /unknown time zone 'Mars\/Base'/,
    );
    expect(() => readPurchases(grid, options({ dateOrder: 'DYM' as never }))).toThrow(/dateOrder/);
    expect(() => readPurchases(grid, options({ asOfDay: 1.5 }))).toThrow(/asOfDay/);
    expect(() => readPurchases(grid, options({ firstRowNumber: Number.NaN }))).toThrow(/firstRowNumber/);
    expect(() => readPurchases(grid, options({ columns: { customer: 0, date: 0, amount: 1 } }))).toThrow(
      /three different columns/,
    );
    expect(() => readPurchases(grid, options({ columns: { customer: 0, date: 1, amount: -1 } }))).toThrow(
      /column 'amount'/,
    );
    expect(() => readPurchases('abc' as unknown as Grid, options())).toThrow(/2-D range/);
  });

  it('reads an empty grid', () => {
    const { purchases, ...log } = readPurchases([], options());
    expect(purchaseList(purchases)).toEqual([]);
    expect(log).toEqual({
      issues: [],
      rowsRead: 0,
      rowsSkipped: 0,
      blankRows: 0,
      headerRows: 0,
    });
  });
});

describe('readPurchases on a large mixed sheet', () => {
  // How fast is measured by `npm run bench`; this checks the answers on a sheet of realistic mix.
  it('reads every row of 200,000 Date and text cells', () => {
    const days = Array.from({ length: 700 }, (_, i) => instantOfDay(d(2022, 1, 1) + i, SH).getTime());
    const texts = Array.from({ length: 700 }, (_, i) => {
      const c = new Date((d(2022, 1, 1) + i) * 86_400_000);
      return `${c.getUTCFullYear()}/${c.getUTCMonth() + 1}/${c.getUTCDate()}`;
    });
    const customers = Array.from({ length: 5000 }, (_, i) => (i % 10 === 0 ? i : `Customer ${i}`));
    const grid: CellValue[][] = [['Customer', 'Date', 'Amount', 'Product']];
    for (let i = 0; i < 200_000; i++) {
      const k = (i * 7919) % 700;
      grid.push([
        customers[(i * 104_729) % 5000]!,
        i % 5 === 0 ? texts[k]! : new Date(days[k]!), // a new Date per cell, as getValues() gives
        i % 7 === 0 ? `¥${(i % 997) + 1},${String(i % 1000).padStart(3, '0')}.50` : (i % 500) + 0.5,
        i % 3 === 0 ? '' : `Product ${i % 40}`,
      ]);
    }
    const log = readPurchases(grid, options());
    expect(log.purchases).toHaveLength(200_000);
    expect(log.issues).toHaveLength(0);
  });
});

describe('a known header: no data row is guessed to be a second header', () => {
  const grid: Grid = [
    ['Customer', 'Date', 'Amount'],
    ['Walk-in', 'n/a', 'n/a'],
    ['Ann', cell(2024, 3, 5), 30],
    ['Walk-in', 'n/a', 'n/a'],
    ['Customer', 'Date', 'Amount'],
  ];

  it('reports the unreadable first row and its copies; the header and its copy are headers', () => {
    const log = readPurchases(grid, options({ knownHeaderRows: 1 }));
    expect(purchaseList(log.purchases).map((p) => p.row)).toEqual([3]);
    expect(log.headerRows).toBe(2);
    expect(log.rowsSkipped).toBe(2);
    expect([...new Set(log.issues.map((i) => i.row))]).toEqual([2, 4]);
  });

  it('without a known header the first unreadable row is still read as a header in unknown words', () => {
    const log = readPurchases(grid.slice(1), options());
    expect(log.headerRows).toBe(3);
    expect(log.rowsSkipped).toBe(0);
  });
});

describe('readPurchases: rows that are neither purchases nor problems', () => {
  it('leaves walk-in and anonymous buyers out, listed, instead of one big customer', () => {
    const grid: Grid = [
      ['Walk-in', '2024-03-05', 10],
      ['散客', '2024-03-05', 12],
      ['Ann', '2024-03-05', 7],
      ['guest', '2024-03-06', 3],
    ];
    const log = readPurchases(grid, options());
    expect(purchaseList(log.purchases).map((p) => p.customerLabel)).toEqual(['Ann']);
    expect(log.excluded).toEqual([
      { row: 1, reason: 'anonymous', value: 'Walk-in' },
      { row: 2, reason: 'anonymous', value: '散客' },
      { row: 4, reason: 'anonymous', value: 'guest' },
    ]);
    expect(log.issues).toEqual([]);
  });

  it('lists total rows and month headings once each with their reason, not as blank dates', () => {
    const grid: Grid = [
      ['2024年3月', '', ''],
      ['Ann', '2024-03-05', 10],
      ['合计', '', 10],
      ['March', '', ''],
      ['Subtotal', '', '¥10'],
      ['Bo', '', ''],
    ];
    const log = readPurchases(grid, options());
    expect(log.excluded).toEqual([
      { row: 1, reason: 'section_header', value: '2024年3月' },
      { row: 3, reason: 'total_row', value: '合计' },
      { row: 4, reason: 'section_header', value: 'March' },
      { row: 5, reason: 'total_row', value: 'Subtotal' },
    ]);
    // A lone name is an unfinished row: still a problem to fix.
    expect(log.issues.map((i) => [i.row, i.column, i.problem])).toEqual([
      [6, 'date', 'blank'],
      [6, 'amount', 'blank'],
    ]);
  });
});

describe('readPurchases: amounts in more than one currency', () => {
  const grid = (amounts: CellValue[]): Grid => [
    ['Customer', 'Date', 'Amount'],
    ...amounts.map((a, i) => ['Alice', `2024-03-0${i + 1}`, a]),
  ];

  it('analyses the currency of most rows; the others are excluded as other_currency, never added', () => {
    const log = readPurchases(grid(['$60', '$65', '€15', '$70']), options({ dateOrder: 'YMD' }));
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([60, 65, 70]);
    expect(log.excluded).toEqual([{ row: 4, reason: 'other_currency', value: '€' }]);
    expect(log.currency).toBe('$');
  });

  it('marks after the number, and numbers with no mark, are read as before', () => {
    const log = readPurchases(grid(['12,50 €', '10 €', 8, '£5', '7.5']), options({ dateOrder: 'YMD' }));
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([12.5, 10, 8, 7.5]);
    expect(log.excluded).toEqual([{ row: 5, reason: 'other_currency', value: '£' }]);
    expect(log.currency).toBe('€');
  });

  it('one currency written different ways is not mixed: $ and NT$, ¥ and 元', () => {
    for (const amounts of [
      ['$60', 'NT$65', '70'],
      ['¥60', '65元', '￥70'],
    ]) {
      const log = readPurchases(grid(amounts), options({ dateOrder: 'YMD' }));
      expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([60, 65, 70]);
      expect(log.excluded).toBeUndefined();
      expect(log.currency).toBeUndefined();
    }
  });

  it('a log whose amounts carry no marks is unchanged', () => {
    const log = readPurchases(grid([60, '65', '1,070.50']), options({ dateOrder: 'YMD' }));
    expect(purchaseList(log.purchases).map((p) => p.amount)).toEqual([60, 65, 1070.5]);
    expect(log.excluded).toBeUndefined();
    expect(log.currency).toBeUndefined();
  });
});
