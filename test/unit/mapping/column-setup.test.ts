import { describe, expect, it } from 'vitest';
import { ColumnSetupSchema, fieldsOf, parseColumnSetup } from '../../../src/core/mapping/column-setup';

const purchases = { sheet: 'Purchases', headerRow: 1, columns: { customer: 0, date: 1, amount: 2 } };

describe('ColumnSetupSchema', () => {
  it('accepts a full setup, kinds left to detection (absent) or turned off (null)', () => {
    expect(parseColumnSetup({ purchases, feedback: null, asOf: '2024-02-29' })).toEqual({
      purchases,
      feedback: null,
      asOf: '2024-02-29',
    });
    expect(parseColumnSetup({})).toEqual({});
  });

  it.each([
    [
      { purchases: { ...purchases, columns: { customer: 0, date: 0, amount: 2 } } },
      'three different columns',
    ],
    [{ purchases: { ...purchases, columns: { customer: 0, date: 1 } } }, 'purchases.columns.amount'],
    [
      { purchases: { ...purchases, columns: { ...purchases.columns, amount: -1 } } },
      'purchases.columns.amount',
    ],
    [
      { purchases: { ...purchases, columns: { ...purchases.columns, amount: 1.5 } } },
      'must be a column number',
    ],
    [{ purchases: { ...purchases, headerRow: 11 } }, 'purchases.headerRow'],
    [{ purchases: { ...purchases, sheet: '' } }, 'needs a sheet name'],
    [{ purchases: { ...purchases, extra: 1 } }, 'purchases'],
    [{ customers: { sheet: 'C', headerRow: 1, columns: { key: 0, email: '1' } } }, 'customers.columns.email'],
    [{ asOf: '2026-02-30' }, 'must be a real date'],
    [{ asOf: '30/06/2026' }, 'YYYY-MM-DD'],
    [{ somethingElse: true }, 'column setup'],
    ['not an object', 'column setup'],
  ])('rejects %j with a message naming the problem', (input, message) => {
    expect(() => parseColumnSetup(input)).toThrow(message);
    expect(ColumnSetupSchema.safeParse(input).success).toBe(false);
  });

  it('lists each kind’s fields, required first', () => {
    expect(fieldsOf('purchases')).toEqual(['customer', 'date', 'amount', 'product', 'quantity', 'orderId']);
    expect(fieldsOf('feedback')).toEqual(['customer', 'type', 'date', 'status', 'note']);
  });
});
