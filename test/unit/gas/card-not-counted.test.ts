// The card's data for a customer with rows not counted: by problem, the first rows named, and the
// Data issues sheet to point to once Analyze wrote it (helper brief r9).
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

describe('getCustomerCard: rows not counted', () => {
  it('names each problem and its rows, and the Data issues sheet after Analyze', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    const { fake } = env;
    const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n));
    fake.spreadsheet.addSheet('Orders', [
      ['Customer', 'Date', 'Amount'],
      ['Dan', day(0), 30],
      ['Dan', day(5), 'paid cash'],
      ['Dan', day(9), 'see receipt'],
      ['Dan', day(90), 12],
      ['Ann', day(3), 20],
    ]);
    const before = main.getCustomerCard({ key: 'Dan' });
    expect(before.card?.insight?.rowsNotCounted).toBe(3);
    expect(before.card?.insight?.notCounted).toEqual([
      { column: 'amount', problem: 'unreadable', rows: 2, named: ['3', '4'] },
      { column: 'date', problem: 'after_as_of', rows: 1, named: ['5'] },
    ]);
    expect(before.issuesSheet).toBeNull();
    main.analyzeCustomers();
    expect(main.getCustomerCard({ key: 'Dan' }).issuesSheet).toBe('Data issues');
    // Nothing to point to for a customer whose every row counted.
    expect(main.getCustomerCard({ key: 'Ann' })).toMatchObject({
      issuesSheet: null,
      card: { insight: { notCounted: [] } },
    });
  });
});
