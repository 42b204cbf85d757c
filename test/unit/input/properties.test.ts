// Property tests: any sheet content gives results or reported issues, never a throw, NaN or a lost row;
// and dates and amounts written in the ways people write them read back as what was written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { MONTH_NAMES_EN } from '../../../src/core/i18n/month-names';
import { parseAmountCell } from '../../../src/core/input/parse-amount';
import {
  type DateOrder,
  FIRST_DAY,
  FIRST_SERIAL_DAY,
  LAST_DAY,
  parseDateCell,
} from '../../../src/core/input/parse-date';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { civilFromDay, dayFromCivil } from '../../../src/core/time/civil';
import { instantOfDay } from '../../../src/core/time/zone';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Apia'];
const ORDERS: DateOrder[] = ['DMY', 'MDY', 'YMD'];

/** Cells as a sheet can hold them, and worse. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    ' ',
    '\u3000',
    '\u200b',
    '#N/A',
    '#REF!',
    'TRUE',
    '客户',
    'Customer',
    'Date',
    'Amount',
    '金額',
  ),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '2024-03-05',
    '5/3/2024',
    '25/3/2024',
    '2024年3月5日',
    'Mar 5, 2024',
    '2024-02-30',
    '45356',
    '19970101',
  ),
  fc.constantFrom('¥1,234.50', 'NT$ 500', '1.234,50 €', '(12.00)', '12%', '1,2345', '--1', '1e400', '１２３'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1e308, 45_356, 19_970_101),
  fc.boolean(),
  fc.date(), // Invalid Date included
  fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2025, 0, 1)), noInvalidDate: true }),
);
const rowArb = fc.array(cellArb, { minLength: 0, maxLength: 6 });
const gridArb = fc.array(rowArb, { maxLength: 25 });

describe('readPurchases on any grid', () => {
  it('never throws, and accounts for every row exactly once', () => {
    fc.assert(
      fc.property(
        gridArb,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ORDERS),
        fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        (grid, timeZone, dateOrder, asOfDay) => {
          const log = readPurchases(grid, { timeZone, dateOrder, asOfDay, firstRowNumber: 2 });
          expect(log.rowsRead).toBe(grid.length);
          // Rows left out on purpose (walk-ins, total rows, section headings) are a row kind of their own.
          const excludedRows = new Set((log.excluded ?? []).map((e) => e.row));
          expect(excludedRows.size).toBe((log.excluded ?? []).length);
          expect(
            log.purchases.length + log.rowsSkipped + log.blankRows + log.headerRows + excludedRows.size,
          ).toBe(grid.length);

          const purchaseRows = new Set(purchaseList(log.purchases).map((p) => p.row));
          const skippedRows = new Set(log.issues.filter((i) => i.action === 'skipped').map((i) => i.row));
          expect(purchaseRows.size).toBe(log.purchases.length);
          // Another export's block is one issue on its header row, counting the rows below it
          // (header-blocks.ts): a header in another column order, e.g. [['Amount', '客户', 'Date'], [date]].
          const blockRows = log.issues.reduce((n, i) => n + (i.action === 'skipped' ? (i.rows ?? 0) : 0), 0);
          expect(skippedRows.size + blockRows).toBe(log.rowsSkipped);
          for (const row of skippedRows) expect(purchaseRows.has(row)).toBe(false);
          for (const row of excludedRows) {
            expect(purchaseRows.has(row)).toBe(false);
            expect(skippedRows.has(row)).toBe(false);
          }
          for (const issue of log.issues) {
            expect(issue.row).toBeGreaterThanOrEqual(2);
            expect(issue.row).toBeLessThan(2 + grid.length);
            expect(typeof issue.value).toBe('string');
            expect(issue.value.length).toBeLessThanOrEqual(100);
            if (issue.action === 'used') expect(purchaseRows.has(issue.row)).toBe(true);
          }
          for (const p of purchaseList(log.purchases)) {
            expect(Number.isFinite(p.amount)).toBe(true);
            expect(Number.isInteger(p.day)).toBe(true);
            expect(p.day).toBeLessThanOrEqual(asOfDay);
            expect(p.day).toBeGreaterThanOrEqual(FIRST_DAY);
            expect(p.customerKey).not.toBe('');
            expect(p.customerLabel).not.toBe('');
          }
        },
      ),
      {
        numRuns: 400,
        // A random run found it: a header in another column order starts another export's block.
        examples: [
          [
            [['Amount', '客户', 'Date'], [new Date(Date.UTC(2020, 1, 1))]],
            'UTC',
            'DMY' as DateOrder,
            LAST_DAY,
          ],
        ],
      },
    );
  });

  it('reports each non-blank, non-header row that is not a purchase (as a problem or as excluded)', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const log = readPurchases(grid, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: LAST_DAY });
        const explained = new Set([
          ...purchaseList(log.purchases).map((p) => p.row),
          ...log.issues.map((i) => i.row),
          ...(log.excluded ?? []).map((e) => e.row),
        ]);
        // Another export's block is one issue on its header row, counting the rows below it.
        const blockRows = log.issues.reduce((n, i) => n + (i.rows ?? 0), 0);
        expect(explained.size + blockRows).toBe(grid.length - log.blankRows - log.headerRows);
      }),
      // A random run found it: a header in another column order starts another export's block.
      { numRuns: 300, examples: [[[['Date', '金額', '客户'], ['¥1,234.50']]]] },
    );
  });
});

describe('cell readers on any cell', () => {
  it('never throw, and give whole days in range or finite amounts', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ORDERS),
        (cell, timeZone, dateOrder) => {
          const date = parseDateCell(cell, { timeZone, dateOrder });
          if (date.ok) {
            expect(Number.isInteger(date.day)).toBe(true);
            expect(date.day).toBeGreaterThanOrEqual(FIRST_DAY);
            expect(date.day).toBeLessThanOrEqual(LAST_DAY);
          }
          const amount = parseAmountCell(cell);
          if (amount.ok) expect(Number.isFinite(amount.amount)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const fullWidth = (s: string) => s.replace(/[0-9/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('dates written in many ways read back as the same day', () => {
  it('for any day from 1900 to 2199 and any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        fc.constantFrom(...ZONES),
        (day, timeZone) => {
          const { year: y, month: m, day: dd } = civilFromDay(day);
          const forms: [CellValue, DateOrder][] = [
            [`${y}-${pad(m)}-${pad(dd)}`, 'DMY'],
            [`${y}/${m}/${dd}`, 'MDY'],
            [`${y}.${m}.${dd}`, 'YMD'],
            [`${y}年${m}月${dd}日`, 'DMY'],
            [`${y}年${m}月${dd}号`, 'YMD'],
            [`${dd}/${m}/${y}`, 'DMY'],
            [`${m}/${dd}/${y}`, 'MDY'],
            [`${m}/${dd}/${y}`, 'YMD'],
            [`${pad(dd)}.${pad(m)}.${y}`, 'DMY'],
            [`${dd}-${m}-${y}`, 'DMY'],
            [`${dd} ${MONTHS[m - 1]} ${y}`, 'MDY'],
            [`${MONTH_NAMES_EN[m - 1]} ${dd}, ${y}`, 'DMY'],
            [`  ${y}-${pad(m)}-${pad(dd)}T12:00:00  `, 'DMY'],
            [fullWidth(`${y}/${m}/${dd}`), 'DMY'],
            [y * 10_000 + m * 100 + dd, 'DMY'],
            [`${y}${pad(m)}${pad(dd)}`, 'DMY'],
            [instantOfDay(day, timeZone), 'DMY'],
            [new Date(instantOfDay(day, timeZone).getTime() + 12 * 3_600_000 + 59_000), 'DMY'],
          ];
          if (y >= 1969 && y <= 2068) forms.push([`${dd}/${m}/${pad(y % 100)}`, 'DMY']);
          if (day >= FIRST_SERIAL_DAY) forms.push([day + 25_569, 'DMY'], [day + 25_569.999, 'DMY']);
          for (const [value, dateOrder] of forms) {
            const result = parseDateCell(value, { timeZone, dateOrder });
            if (!result.ok || result.day !== day) {
              throw new Error(
                `${String(value)} (${dateOrder}, ${timeZone}) read as ${JSON.stringify(result)}, not ${day}`,
              );
            }
          }
          // The instant at 23:30 on that day in UTC+14 is that day there (Etc/GMT-14 is UTC+14).
          const late = new Date(Date.UTC(y, m - 1, dd, 23, 30) - 14 * 3_600_000);
          expect(parseDateCell(late, { timeZone: 'Etc/GMT-14', dateOrder: 'DMY' })).toEqual({
            ok: true,
            day,
          });
          expect(day).toBe(dayFromCivil(y, m, dd));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Groups digits in threes with `mark`. */
const grouped = (digits: string, mark: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);

describe('amounts written in many ways read back to the cent', () => {
  it('for any amount up to ±1e11', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const negative = cents < 0;
        const abs = Math.abs(cents);
        const whole = String(Math.floor(abs / 100));
        const fraction = pad(abs % 100);
        const sign = negative ? '-' : '';
        const plain = `${whole}.${fraction}`;
        const forms = [
          `${sign}${plain}`,
          `${sign}${grouped(whole, ',')}.${fraction}`,
          `${sign}¥${grouped(whole, ',')}.${fraction}`,
          `${sign}￥${whole}.${fraction}`,
          `${sign}NT$ ${plain}`,
          `US$ ${sign}${plain}`,
          `${sign}${grouped(whole, '.')},${fraction} €`,
          `${sign}${grouped(whole, ' ')},${fraction}`,
          `${sign}${whole},${fraction}`,
          `RMB ${sign}${plain}`,
          `${sign}${plain}元`,
          `${sign}HK$${grouped(whole, ',')}.${fraction}`,
          `${sign}£${plain}`,
          negative ? `(${grouped(whole, ',')}.${fraction})` : `+${plain}`,
          negative ? `${plain}-` : `${plain} USD`,
          fullWidth(`${sign}${plain}`).replace('.', '．').replace('-', '－'),
        ];
        for (const text of forms) {
          const result = parseAmountCell(text);
          if (!result.ok || Math.round(result.amount * 100) !== cents) {
            throw new Error(`'${text}' read as ${JSON.stringify(result)}, not ${cents / 100}`);
          }
        }
        expect(parseAmountCell(cents / 100)).toEqual({
          ok: true,
          amount: cents / 100 === 0 ? 0 : cents / 100,
        });
      }),
      { numRuns: 1000 },
    );
  });
});
