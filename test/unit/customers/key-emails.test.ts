// When a customer column is the customers' addresses (trial 25: a log keyed by email sent to nobody).
import { describe, expect, it } from 'vitest';
import { mostlyEmails } from '../../../src/core/customers/key-emails';

describe('mostlyEmails', () => {
  it('a column of addresses, repeated, blanks and all', () => {
    expect(mostlyEmails(['zoe@example.com', 'amy@example.com', 'amy@example.com', '', 12])).toBe(true);
  });
  it('one walk-in among ten addresses does not stop it; two in ten do', () => {
    const ten = Array.from({ length: 9 }, (_, i) => `c${i}@example.com`);
    expect(mostlyEmails([...ten, 'Walk-in'])).toBe(true);
    expect(mostlyEmails([...ten.slice(1), 'Walk-in', 'Cash'])).toBe(false);
  });
  it('names with an address or two, two addresses in a cell, and no values at all are not', () => {
    expect(mostlyEmails(['Zoe', 'Amy', 'cy@example.com'])).toBe(false);
    expect(mostlyEmails(['a@example.com, b@example.com'])).toBe(false);
    expect(mostlyEmails([])).toBe(false);
  });
});
