import { describe, expect, it } from 'vitest';
import type { PurchaseLog } from '../../../src/core/input/purchase';
import { notCountedGroups } from '../../../src/core/report/not-counted-rows';

describe('notCountedGroups', () => {
  it("groups a customer's skipped rows by problem, then rows in another currency, naming the first five", () => {
    const skip = (
      row: number,
      column: 'amount' | 'date',
      problem: 'unreadable' | 'after_as_of',
      key = 'dan',
    ) => ({ row, column, value: 'x', problem, action: 'skipped', customerKey: key }) as const;
    const log: Pick<PurchaseLog, 'issues' | 'excludedCustomers'> = {
      issues: [
        skip(3, 'amount', 'unreadable'),
        skip(4, 'date', 'after_as_of'),
        skip(5, 'amount', 'unreadable', 'eve'),
        ...[6, 7, 8, 9, 10, 11].map((r) => skip(r, 'amount', 'unreadable')),
        { row: 12, column: 'product', value: '', problem: 'blank', action: 'used', customerKey: 'dan' },
      ],
      excludedCustomers: new Map([
        [
          'dan',
          {
            label: 'Dan',
            rows: [
              { row: 20, reason: 'other_currency', value: 'EUR' },
              { row: 21, sheet: 'Feb', reason: 'other_currency', value: 'GBP' },
              { row: 22, reason: 'cancelled', value: 'cancelled' },
            ],
          },
        ],
      ]),
    };
    expect(notCountedGroups(log, 'dan')).toEqual([
      { column: 'amount', problem: 'unreadable', rows: 7, named: ['3', '6', '7', '8', '9'] },
      { column: 'date', problem: 'after_as_of', rows: 1, named: ['4'] },
      { currencies: ['EUR', 'GBP'], rows: 2, named: ['20', 'Feb!21'] },
    ]);
    expect(notCountedGroups(log, 'ann')).toEqual([]);
  });
});
