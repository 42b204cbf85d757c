// Trial 24: a café's Customers tab (Phone | Name | Email) was keyed by Name while the log names each
// customer by phone, so nobody got a name or an email and nothing said why.
import { describe, expect, it } from 'vitest';
import { normalizeCustomerKey } from '../../../src/core/input/customer-key';
import type { CustomersMapping } from '../../../src/core/mapping/column-setup';
import { matchCustomersKey, matchesNobody, matchSetup } from '../../../src/core/mapping/customers-key';
import { resolveSetup } from '../../../src/core/mapping/detect';

const CUSTOMERS = [
  ['Phone', 'Name', 'Email'],
  ['07700 900123', 'Amy', 'amy@example.com'],
  ['13800138000', 'Li', 'li@example.com'],
  ['0131 496 0000', 'Ross', 'ross@example.com'],
];
const LOG = [
  ['Phone', 'Date', 'Amount', 'Drink'],
  ['07700 900123', new Date('2026-03-02'), 3.2, 'Latte'],
  ['13800138000', new Date('2026-02-15'), 4.5, 'Flat white'],
  ['0207 946 0000', new Date('2026-06-20'), 2, 'Tea'],
];
const logKeys = LOG.slice(1).map((r) => normalizeCustomerKey(r[0] as string));

describe('the customer sheet key that matches the log', () => {
  it('detection keys the café by Name; the log is keyed by phone, so the Phone column becomes the key', () => {
    const heads = [
      { name: 'Visits', width: 4, rows: LOG },
      { name: 'Customers', width: 3, rows: CUSTOMERS },
    ];
    const resolved = resolveSetup(undefined, heads);
    expect(resolved.customers?.columns.key).toBe(1);
    const { setup, match } = matchSetup(resolved, CUSTOMERS, logKeys);
    expect(setup.customers?.columns).toMatchObject({ key: 0, name: 1, email: 2 });
    expect(match).toEqual({ sheet: 'Customers', column: 0, header: 'Phone', rows: 3, matched: 2 });
    expect(matchesNobody(match!)).toBe(false);
  });

  it("keeps the owner's saved key, and says when it matches nobody", () => {
    const saved: CustomersMapping = {
      sheet: 'Customers',
      headerRow: 1,
      columns: { key: 1, name: 1, email: 2, phone: 0 },
    };
    const { mapping, match } = matchCustomersKey(saved, CUSTOMERS, logKeys, false);
    expect(mapping).toBe(saved);
    expect(match).toMatchObject({ column: 1, header: 'Name', rows: 3, matched: 0 });
    expect(matchesNobody(match)).toBe(true);
  });

  it('a tie keeps the column the headers chose; a sheet with no key matching anyone is said', () => {
    const byName: CustomersMapping = {
      sheet: 'C',
      headerRow: 1,
      columns: { key: 1, name: 1, email: 2, phone: 0 },
    };
    const none = matchCustomersKey(byName, CUSTOMERS, ['nobody'], true);
    expect(none.mapping).toBe(byName);
    expect(matchesNobody(none.match)).toBe(true);
    const empty = matchCustomersKey(byName, CUSTOMERS.slice(0, 1), [], true);
    expect(matchesNobody(empty.match)).toBe(false);
  });

  it('counts each sheet row once, however often the log repeats its key', () => {
    const byName: CustomersMapping = {
      sheet: 'C',
      headerRow: 1,
      columns: { key: 1, name: 1, email: 2, phone: 0 },
    };
    const twice = [...CUSTOMERS, ['07700 900123', 'Amy', 'amy@example.com']];
    const { match } = matchCustomersKey(byName, twice, [...logKeys, ...logKeys], true);
    expect(match).toMatchObject({ column: 0, rows: 4, matched: 3 });
  });

  it('a log keyed by email keys the sheet by its Email column', () => {
    const byName: CustomersMapping = { sheet: 'C', headerRow: 1, columns: { key: 1, name: 1, email: 2 } };
    const { mapping } = matchCustomersKey(byName, CUSTOMERS, ['li@example.com', 'li@example.com'], true);
    expect(mapping.columns).toEqual({ key: 2, name: 1, email: 2 });
  });
});
