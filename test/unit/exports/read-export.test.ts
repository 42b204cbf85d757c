// Cases of the export reader the fixtures do not spell out.
import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/core/exports/read-export';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

const base = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2024, 12, 31) };
// Order id, customer, date, amount, status.
const columns = { orderId: 0, email: 1, date: 2, amount: 3, status: 4 };

describe('readExport', () => {
  it('a refund row whose payment is not in the log is a return, even written positive', () => {
    const log = readExport([['R1', 'a@x.com', '2024-03-01', '10.00', 'Refund']], { ...base, columns });
    expect(log.purchases.map((p) => p.amount)).toEqual([-10]);
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
    expect(log.purchases.map((p) => [p.orderId, isoOfDay(p.day), p.amount])).toEqual([
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
    expect(log.purchases.map((p) => [p.orderId, p.row])).toEqual([
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
    expect(log.purchases).toEqual([]);
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
    expect(log.unknownStatuses).toEqual(['Shipped to moon']);
  });
});
