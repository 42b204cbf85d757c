import { describe, expect, it } from 'vitest';
import { rowsDetail, rowsNotAnalysedByCustomer } from '../../../src/core/customers/rows-not-analysed';
import { readLog } from '../../../src/core/exports/read-log';
import { dayFromCivil } from '../../../src/core/time/civil';

const base = { timeZone: 'UTC', dateOrder: 'YMD' as const, asOfDay: dayFromCivil(2024, 12, 31) };

describe('the purchases a follow-up cannot vouch for', () => {
  it('a latest order in another currency, and an unreadable date, name their customer; cancelled orders do not', () => {
    const grid = [
      ['Name', 'Email', 'Paid at', 'Total', 'Currency', 'Financial Status', 'Lineitem name'],
      ['#1001', 'ann@x.test', '2024-01-05 10:00:00 +0000', '40.00', 'USD', 'paid', 'Tea'],
      ['#1002', 'ann@x.test', '2024-11-20 10:00:00 +0000', '35.00', 'EUR', 'paid', 'Tea'],
      ['#1003', 'bo@x.test', 'last Tuesday', '20.00', 'USD', 'paid', 'Tea'],
      ['#1004', 'bo@x.test', '2024-03-01 10:00:00 +0000', '25.00', 'USD', 'paid', 'Tea'],
      ['#1005', 'cy@x.test', '2024-04-01 10:00:00 +0000', '30.00', 'USD', 'voided', 'Tea'],
      ['#1006', 'cy@x.test', '2024-05-01 10:00:00 +0000', '30.00', 'USD', 'paid', 'Tea'],
      ['#1007', 'di@x.test', '2024-05-01 10:00:00 +0000', '30.00', 'USD', 'paid', 'Tea'],
    ];
    const { log } = readLog(grid, base);
    expect(log.currency).toBe('USD');
    const held = rowsNotAnalysedByCustomer(log);
    expect([...held.entries()]).toEqual([
      ['bo@x.test', ['4']],
      ['ann@x.test', ['3']],
    ]);
  });

  it('names at most five rows', () => {
    expect(rowsDetail(['3', '9'])).toBe('3, 9');
    expect(rowsDetail(['1', '2', '3', '4', '5', '6', '7'])).toBe('1, 2, 3, 4, 5, …');
  });

  it('on a log of several tabs, row 5 of two tabs is two rows, each named by its tab (review)', () => {
    const held = rowsNotAnalysedByCustomer({
      issues: [
        {
          row: 5,
          sheet: 'Jan',
          column: 'date',
          value: 'soon',
          problem: 'unreadable',
          action: 'skipped',
          customerKey: 'ann',
        },
        {
          row: 5,
          sheet: 'Feb',
          column: 'date',
          value: '7/25',
          problem: 'unreadable',
          action: 'skipped',
          customerKey: 'ann',
        },
      ],
      excludedCustomers: new Map([
        [
          'ann',
          { label: 'Ann', rows: [{ row: 9, sheet: 'Feb', reason: 'other_currency' as const, value: 'EUR' }] },
        ],
      ]),
    });
    expect(held.get('ann')).toEqual(['Jan!5', 'Feb!5', 'Feb!9']);
  });
});
