import { describe, expect, it } from 'vitest';
import type { CustomerInsight } from '../../../src/core/analysis';
import { type ContactLogEntry, keyedToCustomers } from '../../../src/core/followups/contact-log';
import { normalizeCustomerKey } from '../../../src/core/input/customer-key';

const customer = (key: string, label: string) => ({ summary: { key, label } }) as unknown as CustomerInsight;
const entry = (customerName: string, email: string): ContactLogEntry =>
  ({ customer: customerName, customerKey: normalizeCustomerKey(customerName), email }) as ContactLogEntry;

describe('logged contacts found under the analysis’s customer keys', () => {
  it('by the email written to first, then the key, then a name no one else has', () => {
    const byKey = new Map([
      ['ed@x.com', customer('ed@x.com', 'Ed Yu')],
      // A POS order with no email, keyed by name: another person of the same name (review).
      ['ed yu', customer('ed yu', 'Ed Yu')],
      ['17', customer('17', 'Mia Lo')],
      ['sam', customer('sam', 'Sam')],
    ]);
    const emails = [{ key: '17', email: 'Mia@x.com' }];
    const keys = keyedToCustomers(
      [
        entry('Ed Yu', 'ed@x.com'),
        entry('Mia Lo', 'mia@x.com'),
        entry('Sam', 'sam@x.com'),
        entry('Nobody', 'n@x.com'),
      ],
      byKey,
      emails,
    ).map((e) => e.customerKey);
    expect(keys).toEqual(['ed@x.com', '17', 'sam', 'nobody']);
  });

  it('an email two customers share says neither', () => {
    const byKey = new Map([
      ['1', customer('1', 'Paula')],
      ['2', customer('2', 'Pedro')],
    ]);
    const emails = [
      { key: '1', email: 'home@x.com' },
      { key: '2', email: 'home@x.com' },
    ];
    expect(keyedToCustomers([entry('Pedro', 'home@x.com')], byKey, emails)[0]!.customerKey).toBe('2');
    expect(keyedToCustomers([entry('P.', 'home@x.com')], byKey, emails)[0]!.customerKey).toBe('p.');
  });
});
