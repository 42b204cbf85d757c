// Trial 29 defect 1: a "Paid" column of yes/no or Sheets checkboxes was read as the amount ("paid" is
// an amount alias), even beside Amount: CUSTOMER_INSIGHTS returned its header row alone, Analyze
// "Analyzed 0 customers" with every row listed. The values tell a paid flag from the money paid.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { detectExport } from '../../../src/core/exports/detect-export';
import { holdsPaidFlags, paidFlagOf } from '../../../src/core/exports/paid-flag-column';
import { LogNotFound, readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { columnReadingRows } from '../../../src/core/report/column-reading-rows';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const AS_OF_DAY = Math.floor(Date.UTC(2026, 10, 28) / 86_400_000);
const OPTIONS = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: AS_OF_DAY };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const YES_NO: CellValue[][] = [
  ['Date', 'Client', 'Item', 'Amount', 'Paid?'],
  [day('2026-10-01'), 'Ann', 'Cake', 45, 'yes'],
  [day('2026-10-20'), 'Ann', 'Cake', 30, 'yes'],
  [day('2026-10-05'), 'Bo', 'Pie', 20, 'no'],
];
const CHECKBOXES: CellValue[][] = [
  ['Customer', 'Date', 'Amount', 'Paid'],
  ['Ann', day('2026-10-01'), 45, true],
  ['Ann', day('2026-10-20'), 30, true],
  ['Bo', day('2026-10-05'), 20, false],
];

function totals(grid: CellValue[][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of purchaseList(readLog(grid, OPTIONS).log.purchases))
    out[p.customerLabel] = (out[p.customerLabel] ?? 0) + p.amount;
  return out;
}

describe('paidFlagOf / holdsPaidFlags', () => {
  it('checkboxes, yes/no, ticks and 已付/未付 are flags; amounts are not', () => {
    expect([true, 'Yes', 'y', '✓', '已付', 'paid'].map(paidFlagOf)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([false, 'no', 'N', '✗', '未付', 'unpaid'].map(paidFlagOf)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([45, '45.00', 'deposit', ''].map(paidFlagOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('a column with one amount in it is money, not a flag', () => {
    const column = (values: CellValue[]) => values.map((v) => [v]);
    expect(holdsPaidFlags(column(['yes', 'no', 'deposit', 'yes']), 0)).toBe(true);
    expect(holdsPaidFlags(column(['yes', 'no', 45]), 0)).toBe(false);
    expect(holdsPaidFlags(column([45, 30, 20]), 0)).toBe(false);
    expect(holdsPaidFlags(column(['', '', '']), 0)).toBe(false);
  });
});

describe('a Paid flag beside the money', () => {
  it('yes/no beside Amount: Amount is the amount, every row counted', () => {
    const detection = detectExport(YES_NO[0]!, YES_NO.slice(1))!;
    expect(detection.columns.amount).toBe(3);
    expect(detection.paidFlag).toBe(4);
    expect(totals(YES_NO)).toEqual({ Ann: 75, Bo: 20 });
  });
  it('checkboxes beside Amount: the same', () => {
    expect(totals(CHECKBOXES)).toEqual({ Ann: 75, Bo: 20 });
  });
  it('Price, Total beside Paid: the money column', () => {
    for (const money of ['Price', 'Total', 'Sales', '金额']) {
      const grid = YES_NO.map((r, i) => (i === 0 ? ['Date', 'Client', 'Item', money, 'Paid?'] : r));
      expect(totals(grid)).toEqual({ Ann: 75, Bo: 20 });
    }
  });
  it('no money column beside the flag: the log has no amount, and says so', () => {
    const grid = YES_NO.map((r, i) => (i === 0 ? ['Date', 'Client', 'Item', 'Cost', 'Paid?'] : r));
    expect(() => readLog(grid, OPTIONS)).toThrow(LogNotFound);
    try {
      readLog(grid, OPTIONS);
    } catch (e) {
      expect((e as LogNotFound).missing).toEqual(['amount']);
    }
  });
  it('"Paid" holding the money paid stays the amount', () => {
    const grid: CellValue[][] = [
      ['Customer', 'Date', 'Paid', 'Notes'],
      ['Ann', day('2026-10-01'), 45, ''],
      ['Bo', day('2026-10-05'), '20.00', 'yes'],
    ];
    expect(detectExport(grid[0]!, grid.slice(1))!.paidFlag).toBeUndefined();
    expect(totals(grid)).toEqual({ Ann: 45, Bo: 20 });
  });
  it('Data issues says how the flag was read and which rows are marked unpaid, in each language', () => {
    const { log } = readLog(YES_NO, OPTIONS);
    expect(log.paidFlag).toEqual({
      header: 'Paid?',
      amount: 'Amount',
      unpaid: 1,
      firstUnpaidRow: 4,
      unpaidValue: 'no',
    });
    const [row] = columnReadingRows(log, 'Sales', 'en', ANALYZE_TEXTS);
    expect(row!.slice(0, 4)).toEqual(['Sales', 4, 'Paid?', 'no']);
    expect(row![4]).toBe(
      "'Paid?' holds paid or not (yes/no, 1/0 or ticks), so it was read as whether each sale was paid, not as its amount: amounts are from 'Amount'. Rows marked not paid, counted as purchases: 1 (the first is row 4). If one was never paid, delete it or have Column setup ignore rows where 'Paid?' is 'no'",
    );
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const text = String(columnReadingRows(log, 'Sales', language, ANALYZE_TEXTS)[0]![4]);
      expect(text).toContain('Paid?');
      expect(text).toContain('Amount');
      expect(text).not.toMatch(/\{\w+\}/);
    }
    const checked = readLog(CHECKBOXES, OPTIONS).log.paidFlag!;
    expect(checked.unpaidValue).toBe('FALSE');
  });
  it('all paid: the reading is said, no unpaid rows claimed', () => {
    const grid = YES_NO.map((r, i) => (i === 3 ? [...r.slice(0, 4), 'yes'] : r));
    const { log } = readLog(grid, OPTIONS);
    const text = String(columnReadingRows(log, 'Sales', 'en', ANALYZE_TEXTS)[0]![4]);
    expect(text).not.toContain('not paid');
  });
  it('property: any yes/no/checkbox column beside money never takes the amount', () => {
    const flag = fc.constantFrom<CellValue>(true, false, 'yes', 'no', 'Y', 'N', '✓', '✗', '已付', '未付', '');
    const money = fc.constantFrom('Amount', 'Total', 'Price', 'Sales', '金额');
    const paid = fc.constantFrom('Paid', 'Paid?', 'paid', '实付', 'Amount paid');
    const rows = fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), flag, fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(money, paid, fc.boolean(), rows, (moneyHeader, paidHeader, flagFirst, data) => {
        if (data.every(([, f]) => f === '')) return;
        const header = flagFirst
          ? ['Customer', 'Date', paidHeader, moneyHeader]
          : ['Customer', 'Date', moneyHeader, paidHeader];
        const grid: CellValue[][] = [header];
        const expected: Record<string, number> = {};
        data.forEach(([amount, f, who], i) => {
          const name = `C${who}`;
          const cells = flagFirst ? [f, amount] : [amount, f];
          grid.push([name, day(`2026-0${1 + (i % 9)}-1${i % 10}`), ...cells]);
          expected[name] = (expected[name] ?? 0) + amount;
        });
        expect(totals(grid)).toEqual(expected);
      }),
    );
  });
});

describe('a Paid column of 1/0 (trial 2 t42: Ann 45/1 + 30/0 had a total of 1)', () => {
  const BITS: CellValue[][] = [
    ['Customer', 'Date', 'Amount', 'Paid'],
    ['Ann', day('2026-10-01'), 45, 1],
    ['Ann', day('2026-10-20'), 30, 0],
    ['Bo', day('2026-10-05'), 20, 1],
  ];
  it('beside a money column: a flag, Amount the amount, the 0 rows said as unpaid', () => {
    expect(totals(BITS)).toEqual({ Ann: 75, Bo: 20 });
    expect(totals(BITS.map((r, i) => (i === 0 ? r : [...r.slice(0, 3), String(r[3])])))).toEqual({
      Ann: 75,
      Bo: 20,
    });
    const { log } = readLog(BITS, OPTIONS);
    expect(log.paidFlag).toMatchObject({
      header: 'Paid',
      amount: 'Amount',
      unpaid: 1,
      firstUnpaidRow: 3,
      unpaidValue: '0',
    });
  });
  it('with no money column beside it, 1 and 0 stay the money paid', () => {
    const grid: CellValue[][] = BITS.map((r) => [r[0]!, r[1]!, r[3]!]);
    expect(detectExport(grid[0]!, grid.slice(1))!.paidFlag).toBeUndefined();
    expect(totals(grid)).toEqual({ Ann: 1, Bo: 1 });
  });
  it('a Paid column with any other number in it is money', () => {
    const grid = BITS.map((r, i) => (i === 2 ? [...r.slice(0, 3), 30] : r));
    expect(detectExport(grid[0]!, grid.slice(1))!.paidFlag).toBeUndefined();
  });
  it('property: 1/0 beside any money column never takes the amount', () => {
    const money = fc.constantFrom('Amount', 'Total', 'Price', 'Sales', '金额');
    const paid = fc.constantFrom('Paid', 'Paid?', 'paid', '实付');
    const rows = fc.array(
      fc.tuple(
        fc.integer({ min: 2, max: 500 }),
        fc.constantFrom<CellValue>(0, 1, '0', '1', ''),
        fc.integer({ min: 0, max: 3 }),
      ),
      {
        minLength: 1,
        maxLength: 25,
      },
    );
    fc.assert(
      fc.property(money, paid, rows, (moneyHeader, paidHeader, data) => {
        if (data.every(([, f]) => f === '')) return;
        const grid: CellValue[][] = [['Customer', 'Date', moneyHeader, paidHeader]];
        const expected: Record<string, number> = {};
        data.forEach(([amount, f, who], i) => {
          grid.push([`C${who}`, day(`2026-0${1 + (i % 9)}-1${i % 10}`), amount, f]);
          expected[`C${who}`] = (expected[`C${who}`] ?? 0) + amount;
        });
        expect(totals(grid)).toEqual(expected);
      }),
    );
  });
});

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('through the Apps Script fake', () => {
  it('CUSTOMER_INSIGHTS on checkboxes: two customers, not a header row alone', () => {
    env = installFake({ now: '2026-11-28T15:00:00Z', timeZone: 'UTC' });
    const table = main.CUSTOMER_INSIGHTS(CHECKBOXES, day('2026-11-28'), 'en');
    const head = table[0]!;
    const rows = table.slice(1).map((r) => [r[0], r[head.indexOf('Total spent')]]);
    expect(rows).toEqual([
      ['Ann', 75],
      ['Bo', 20],
    ]);
  });
  it('Analyze on yes/no beside Amount: every customer analysed, the flag said in Data issues', () => {
    env = installFake({ now: '2026-11-28T15:00:00Z', timeZone: 'UTC' });
    const { fake } = env;
    fake.spreadsheet.addSheet('My sales', YES_NO);
    main.analyzeCustomers();
    expect(
      fake
        .values('Insights')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Ann', 'Bo']);
    const issues = fake.values('Data issues');
    const flag = issues.find((r) => r[2] === 'Paid?')!;
    expect(flag[1]).toBe(4);
    expect(issues.some((r) => String(r[4]).includes('amount not readable'))).toBe(false);
  });
});
