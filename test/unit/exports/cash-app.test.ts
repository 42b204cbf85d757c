// Cash App's activity export (synthetic rows in its columns: fixtures/exports/cashapp/README.md). The
// other side of each payment is in "Name of sender/receiver"; money in from a person is a sale, the
// owner's card, bitcoin and cash-outs are not, money sent out is paid out unless it goes back to
// someone who paid before. Before, its 'EDT' dates were unreadable: every payment was skipped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { readLog } from '../../../src/core/exports/read-log';
import { readDay } from '../../../src/core/input/parse-date';
import { dayFromCivil } from '../../../src/core/time/civil';
import { totalsOf } from '../../support/edited-exports';

const HEADER = [
  'Transaction ID',
  'Date',
  'Transaction Type',
  'Currency',
  'Amount',
  'Fee',
  'Net Amount',
  'Asset Type',
  'Asset Price',
  'Asset Amount',
  'Status',
  'Notes',
  'Name of sender/receiver',
  'Account',
];
const base = { timeZone: 'America/New_York', dateOrder: 'MDY' as const, asOfDay: dayFromCivil(2026, 11, 28) };
const money = (v: number) => `${v < 0 ? '-' : ''}$${Math.abs(v).toFixed(2)}`;
const row = (id: string, type: string, amount: number, status: string, who: string): CellValue[] => [
  id,
  '2026-10-02 23:30:00 EDT',
  type,
  'USD',
  money(amount),
  '$0',
  money(amount),
  '',
  '',
  '',
  status,
  '',
  who,
  'Visa Debit 0987',
];

describe('Cash App activity', () => {
  it("reads a US zone's abbreviation as its offset: 23:30 EDT is the next day in UTC", () => {
    expect(readDay('2026-10-02 23:30:00 EDT', { timeZone: 'UTC', dateOrder: 'YMD' })).toBe(
      dayFromCivil(2026, 10, 3),
    );
    expect(readDay('2026-10-02 23:30:00 EDT', { timeZone: 'America/New_York', dateOrder: 'YMD' })).toBe(
      dayFromCivil(2026, 10, 2),
    );
    expect(readDay('2026-01-02 21:00:00 PST', { timeZone: 'UTC', dateOrder: 'YMD' })).toBe(
      dayFromCivil(2026, 1, 3),
    );
  });

  it('property: each customer is Σ received − sent back to them; the owner’s spending never a customer', () => {
    const event = fc.record({
      who: fc.constantFrom('Jo Park', 'Sam Lee', 'Ria Das'),
      cents: fc.integer({ min: 100, max: 20_000 }),
      kind: fc.constantFrom('received', 'sent_back', 'card', 'bitcoin', 'cash_out', 'shop'),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), (events) => {
        const grid: CellValue[][] = [HEADER];
        const paid = new Map<string, number>();
        events.forEach((e, i) => {
          const a = e.cents / 100;
          const id = `t${i}`;
          const had = paid.get(e.who) ?? 0;
          if (e.kind === 'received') {
            grid.push(row(id, 'Received P2P', a, 'PAYMENT DEPOSITED', e.who));
            paid.set(e.who, had + a);
          } else if (e.kind === 'sent_back') {
            grid.push(row(id, 'Sent P2P', -a, 'PAYMENT SENT', e.who));
            // Back to someone who paid at least that much: their refund; else the owner paying them.
            if (had - a >= -0.005) paid.set(e.who, had - a);
          } else if (e.kind === 'card') grid.push(row(id, 'Cash Card Debit', -a, 'CARD CHARGED', ''));
          else if (e.kind === 'bitcoin') grid.push(row(id, 'Bitcoin Buy', -a, 'COMPLETE', ''));
          else if (e.kind === 'cash_out') grid.push(row(id, 'Cash Out', -a, 'TRANSFER SENT', ''));
          else grid.push(row(id, 'Sent P2P', -a, 'PAYMENT SENT', `${e.who} Supplies`));
        });
        const r = readLog(grid, base);
        const totals = totalsOf(r);
        expect(Object.keys(totals).some((k) => k.includes('supplies'))).toBe(false);
        for (const [k, v] of paid) {
          if (v > 0.004) expect(totals[k.toLowerCase()]).toBeCloseTo(v, 2);
          else expect(totals[k.toLowerCase()] ?? 0).toBeCloseTo(0, 2);
        }
        expect(r.log.purchases.length + (r.log.excluded ?? []).length).toBe(events.length);
      }),
      { numRuns: 150 },
    );
  });
});
