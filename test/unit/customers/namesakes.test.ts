// Two customers of one name (trial 29: two "Ann Lee" rows in CUSTOMER_INSIGHTS, told apart by nothing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameAndKeyOf, namesakeFinder, nameWithKey } from '../../../src/core/customers/namesakes';
import { normalizeCustomerKey } from '../../../src/core/input/customer-key';

describe('namesakes', () => {
  it('property: exactly the customers whose name another customer has too, case and spaces aside', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('Ann Lee', 'ann lee', 'ANN  LEE', 'Bob', 'Cy Po', '李 明', 'Émile'),
            fc.boolean(),
          ),
        ),
        (customers) => {
          const finder = namesakeFinder();
          // Keyed by an email (a name beside it), or by the name itself (a plain log: one key per name).
          const keys = customers.map(([name, byEmail], i) =>
            byEmail ? `c${i}@x.com` : normalizeCustomerKey(name),
          );
          const seen = new Set<string>();
          const kept = customers.map(([name, byEmail], i) => {
            const key = keys[i]!;
            if (!byEmail && seen.has(key)) return false; // one customer per key
            seen.add(key);
            finder.add(name.replace(/\s+/g, ' '), key, i);
            return true;
          });
          const names = customers.map(([name]) => normalizeCustomerKey(name));
          const nameKeyed = new Set(
            customers.flatMap(([, byEmail], i) => (kept[i] && !byEmail ? [keys[i]!] : [])),
          );
          // Every customer whose name another kept customer has too, but those keyed by the name
          // itself, which the finder leaves to `nameKeys`.
          const alike = (i: number) => customers.some((_, j) => j !== i && kept[j] && names[j] === names[i]);
          const expected = customers
            .map((_, i) => i)
            .filter((i) => kept[i] && alike(i) && (customers[i]![1] || /[^ -~]/.test(customers[i]![0])));
          const { indexes, nameKeys } = finder.shared((name) => nameKeyed.has(name));
          expect(indexes).toEqual(expected);
          for (const i of expected)
            if (customers[i]![1] && nameKeyed.has(names[i]!)) expect(nameKeys.has(names[i]!)).toBe(true);
        },
      ),
    );
  });

  it('a name shown with its key reads back as that name and key', () => {
    const shown = nameWithKey('Ann Lee', 'ann@x.com');
    expect(shown).toBe('Ann Lee (ann@x.com)');
    expect(nameAndKeyOf(normalizeCustomerKey(shown))).toEqual({ name: 'ann lee', key: 'ann@x.com' });
    expect(nameAndKeyOf('ann lee')).toBeUndefined();
  });
});
