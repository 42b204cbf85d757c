// Trial 24: a return written in a notes column (备注 = 退货, Notes = Return) was counted as a purchase.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../../src/core/exports/read-log';
import { noteMeaning } from '../../../src/core/input/note-words';
import { purchaseList } from '../../../src/core/input/purchase-table';

describe('noteMeaning: whole-cell rule', () => {
  it.each([
    ['Return', 'return'],
    // The sale itself given back: left out as refunded, as under Status (trials 25, 27).
    ['returned', 'returned'],
    ['Returned - refunded', 'returned'],
    ['REFUND', 'return'],
    ['退货', 'return'],
    ['退貨', 'return'],
    ['退货退款', 'return'],
    ['退單', 'return'],
    ['已退款', 'returned'],
    ['Cancelled', 'cancelled'],
    ['已取消', 'cancelled'],
    ['Cancelled, refunded', 'cancelled'],
    ['customer returned 1 of 3', 'mention'],
    ['Returned 1 of 3', 'mention'],
    ['退货一件', 'mention'],
    // A refund with a number (leftovers 29): some of the sale, a quantity, or all of it; not known.
    ['refunded 1', 'refund_of'],
    ['refund 5.00', 'refund_of'],
    ['Refund: $5', 'refund_of'],
    ['退款10元', 'refund_of'],
    ['退款 ¥10', 'refund_of'],
    ['退货1件', 'refund_of'],
    ['已退款 12.50', 'refund_of'],
    ['refund 5 on 2026-03-01', 'mention'],
    ['refund 50%', 'mention'],
  ] as const)('%s → %s', (text, meaning) => {
    expect(noteMeaning(text)).toBe(meaning);
  });
  it('property: return or refund words and one number are a refund with a number, never the return of the row', () => {
    const word = fc.constantFrom(
      'refund',
      'Refunded',
      'return',
      'returned',
      '退款',
      '退货',
      '已退款',
      '退貨',
    );
    const count = fc
      .tuple(fc.constantFrom('', '$', '¥', '€ '), fc.integer({ min: 0, max: 99_999 }), fc.boolean())
      .map(([mark, n, cents]) => `${mark}${cents ? (n / 100).toFixed(2) : n}`);
    const unit = fc.constantFrom('', '元', ' pcs', '件');
    const sep = fc.constantFrom(' ', '', ': ', ' - ');
    fc.assert(
      fc.property(word, sep, count, unit, fc.boolean(), (w, s, c, u, after) => {
        // An English word needs a space or a mark beside a number: '5refund' is one word.
        const between = s === '' && /^[a-z]/i.test(w) ? ' ' : s;
        const text = after ? `${w}${between}${c}${u}` : `${c}${u}${between}${w}`;
        expect(noteMeaning(text)).toBe('refund_of');
      }),
    );
  });
  it.each(['', 'Returning customer', 'gift wrap', '赠品', 'Table 4', 12])('%s says nothing', (text) => {
    expect(noteMeaning(text)).toBeUndefined();
  });
});

const d = (iso: string) => new Date(`${iso}T04:00:00Z`);
const OPTIONS = { timeZone: 'Asia/Shanghai', dateOrder: 'YMD', asOfDay: 30_000 } as const;

function spendOf(grid: unknown[][], customer: string) {
  const { log } = readLog(grid as never, OPTIONS as never);
  const rows = purchaseList(log.purchases).filter((p) => p.customerLabel === customer);
  return { rows, log };
}

describe('a notes column in a hand-kept log', () => {
  const SALES = [
    ['Customer', 'Date', 'Amount', 'Notes'],
    ['Ann', d('2026-03-01'), 50, ''],
    ['Ann', d('2026-03-20'), 30, ''],
    ['Ann', d('2026-03-27'), 30, 'Return'],
    ['Bob', d('2026-05-01'), 40, 'customer returned 1 of 3'],
    ['Cy', d('2026-06-01'), 25, 'Cancelled'],
    ['Cy', d('2026-06-02'), 25, ''],
  ];
  it('a positive amount noted Return is a return, reported on its row', () => {
    const { rows, log } = spendOf(SALES, 'Ann');
    expect(rows.map((p) => p.amount)).toEqual([50, 30, -30]);
    expect(log.issues).toContainEqual({
      row: 4,
      column: 'note',
      value: 'Return',
      problem: 'note_return',
      action: 'returned',
    });
  });
  it('a note that only mentions a return keeps the sale, and says so', () => {
    const { rows, log } = spendOf(SALES, 'Bob');
    expect(rows.map((p) => p.amount)).toEqual([40]);
    expect(log.issues).toContainEqual(
      expect.objectContaining({ row: 5, problem: 'note_mention', action: 'counted' }),
    );
  });
  it('a note of cancel words leaves the row out as cancelled', () => {
    const { rows, log } = spendOf(SALES, 'Cy');
    expect(rows.map((p) => p.amount)).toEqual([25]);
    expect(log.excluded).toContainEqual({ row: 6, reason: 'cancelled', value: 'Cancelled' });
  });
  it('a negative amount noted 退货 stays a return, with nothing to report', () => {
    const { rows, log } = spendOf(
      [
        ['客户', '日期', '金额', '备注'],
        ['张小姐', '2026-01-08', '¥560.00', ''],
        ['张小姐', '2026-02-08', '-¥60.00', '退货'],
      ],
      '张小姐',
    );
    expect(rows.map((p) => p.amount)).toEqual([560, -60]);
    expect(log.issues).toEqual([]);
  });
  it('the export reader (a log with an order id) reads the note the same way', () => {
    const { rows, log } = spendOf(
      [
        ['Order ID', 'Customer', 'Date', 'Amount', 'Remarks'],
        ['A1', 'Ann', d('2026-03-01'), 50, ''],
        ['A2', 'Ann', d('2026-03-20'), 30, ''],
        ['A3', 'Ann', d('2026-03-27'), 30, 'Return'],
      ],
      'Ann',
    );
    const total = rows.reduce((s, p) => s + p.amount, 0);
    expect(total).toBe(50);
    expect(log.issues).toContainEqual(
      expect.objectContaining({ row: 4, column: 'note', problem: 'note_return', action: 'returned' }),
    );
  });
  // Leftovers 29: 'refund 5.00' on a 20.00 sale was said only as a note that mentions a return.
  it('a sale noted with a refund and a number is counted in full, and listed as a problem, in both readers', () => {
    for (const orderId of [false, true]) {
      const header = ['Customer', 'Date', 'Amount', 'Remarks'];
      const rowsOf = [
        ['Ann', d('2026-03-01'), 50, ''],
        ['Ann', d('2026-03-20'), 20, 'refund 5.00'],
        ['Ann', d('2026-03-22'), 30, '退款10元'],
      ];
      const grid = orderId
        ? [['Order ID', ...header], ...rowsOf.map((r, i) => [`A${i + 1}`, ...r])]
        : [header, ...rowsOf];
      const { rows, log } = spendOf(grid, 'Ann');
      expect(rows.map((p) => p.amount)).toEqual([50, 20, 30]);
      expect(log.issues.map((i) => [i.row, i.problem, i.action])).toEqual([
        [3, 'note_refund_of', 'counted'],
        [4, 'note_refund_of', 'counted'],
      ]);
    }
  });
  it('a sale noted "Returned" is left out as refunded in full, in both readers, not taken off the others', () => {
    for (const orderId of [false, true]) {
      const header = ['Customer', 'Date', 'Amount', 'Remarks'];
      const rowsOf = [
        ['Ann', d('2026-03-01'), 50, ''],
        ['Ann', d('2026-03-20'), 30, 'Returned'],
      ];
      const grid = orderId
        ? [['Order ID', ...header], ...rowsOf.map((r, i) => [`A${i + 1}`, ...r])]
        : [header, ...rowsOf];
      const { rows, log } = spendOf(grid, 'Ann');
      expect(rows.reduce((s, p) => s + p.amount, 0)).toBe(50);
      expect(log.excluded).toContainEqual(expect.objectContaining({ row: 3, reason: 'refunded' }));
    }
  });
});
