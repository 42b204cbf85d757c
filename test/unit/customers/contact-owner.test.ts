// Leftovers 29: the card asked by a customer's address, of a log keyed by name with an Email column,
// found no one. contactOwner gives the one customer an address or phone belongs to, and no one else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactOwner } from '../../../src/core/customers/contact-keys';
import type { LogContact } from '../../../src/core/input/purchase';

const contact = (key: string, email: string, phone = '', row = 2): LogContact => ({
  key,
  name: '',
  email,
  phone,
  consent: undefined,
  row,
});

describe('contactOwner', () => {
  const contacts = [
    contact('rae', 'rae@x.com', '+44 7700 900123', 2),
    contact('sam', 'home@x.com', '', 3),
    contact('sue', 'home@x.com', '', 4),
  ];
  it('finds the one customer of an address or phone, however it is typed', () => {
    expect(contactOwner(contacts, 'rae@x.com')).toBe('rae');
    expect(contactOwner(contacts, ' RAE@X.COM ')).toBe('rae');
    expect(contactOwner(contacts, '447700900123')).toBe('rae');
  });
  it('names no one for a shared address, an unknown one, or a name', () => {
    expect(contactOwner(contacts, 'home@x.com')).toBeUndefined();
    expect(contactOwner(contacts, 'zed@x.com')).toBeUndefined();
    expect(contactOwner(contacts, 'rae')).toBeUndefined();
  });
  it('property: an answer is always a customer the address is the only one of', () => {
    const local = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('ann', 'bo', 'cy'), local), { maxLength: 8 }),
        local,
        (pairs, asked) => {
          const list = pairs.map(([k, l], i) => contact(k, `${l}@x.com`, '', i + 2));
          const owners = new Set(list.filter((c) => c.email === `${asked}@x.com`).map((c) => c.key));
          expect(contactOwner(list, `${asked}@x.com`)).toBe(owners.size === 1 ? [...owners][0] : undefined);
        },
      ),
    );
  });
});
