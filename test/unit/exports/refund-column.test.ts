// Trial 29 defect 3: the owner's own "Refund" column was ignored: Amy 40 with 10 refunded counted
// 40, Bo's 80 refunded in full ("returned all") stayed a Key customer. "Refund", "Total Refunded",
// "Order Refund Amount" are the refunded amount, as "Refunded" already was.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { detectExport } from '../../../src/core/exports/detect-export';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const AS_OF_DAY = Math.floor(Date.UTC(2026, 10, 28) / 86_400_000);
const OPTIONS = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: AS_OF_DAY };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADERS = ['Refund', 'Total Refunded', 'Order Refund Amount', 'Refunded', 'Refund Amount', '退款金额'];

const SALES = (refund: string): CellValue[][] => [
  ['Customer', 'Date', 'Amount', refund, 'Notes'],
  ['Amy', day('2026-10-01'), 40, 10, 'one mug chipped'],
  ['Amy', day('2026-11-01'), 25, '', ''],
  ['Bo', day('2026-10-05'), 80, 80, 'returned all'],
  ['Cy', day('2026-10-06'), 30, '', ''],
];

function totals(grid: CellValue[][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of purchaseList(readLog(grid, OPTIONS).log.purchases))
    out[p.customerLabel] = (out[p.customerLabel] ?? 0) + p.amount;
  return out;
}

describe("the owner's refund column", () => {
  it('each header is the refunded amount', () => {
    for (const header of HEADERS) {
      expect(detectExport(SALES(header)[0]!)!.columns.refunded, header).toBe(3);
    }
  });
  it('Amy 40 less 10 plus 25 is 55; Bo refunded in full is left out and listed, his note not called a sale', () => {
    for (const header of HEADERS) {
      expect(totals(SALES(header)), header).toEqual({ Amy: 55, Cy: 30 });
      const { log } = readLog(SALES(header), OPTIONS);
      expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([[4, 'refunded']]);
      expect(log.issues.filter((i) => i.row === 4)).toEqual([]);
    }
  });
  it('property: any refund up to the amount comes off it; a refund of all of it leaves the row out', () => {
    const row = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 100 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS),
        fc.array(row, { minLength: 1, maxLength: 12 }),
        (header, rows) => {
          const grid: CellValue[][] = [['Customer', 'Date', 'Amount', header]];
          const expected: Record<string, number> = {};
          let refundedInFull = 0;
          rows.forEach(([amount, percent], i) => {
            const refund = Math.round((amount * percent) / 100);
            const name = `C${i % 3}`;
            grid.push([
              name,
              day(`2026-10-${String(1 + i).padStart(2, '0')}`),
              amount,
              refund === 0 ? '' : refund,
            ]);
            if (refund === amount) refundedInFull++;
            else expected[name] = (expected[name] ?? 0) + amount - refund;
          });
          expect(totals(grid)).toEqual(expected);
          const excluded = readLog(grid, OPTIONS).log.excluded ?? [];
          expect(excluded.filter((e) => e.reason === 'refunded')).toHaveLength(refundedInFull);
        },
      ),
    );
  });
});

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('through the Apps Script fake', () => {
  it('CUSTOMER_INSIGHTS: Amy spent 55, Bo is not a customer', () => {
    env = installFake({ now: '2026-11-28T15:00:00Z', timeZone: 'UTC' });
    const table = main.CUSTOMER_INSIGHTS(SALES('Refund'), day('2026-11-28'), 'en');
    const spent = table[0]!.indexOf('Total spent');
    expect(table.slice(1).map((r) => [r[0], r[spent]])).toEqual([
      ['Amy', 55],
      ['Cy', 30],
    ]);
  });
});
