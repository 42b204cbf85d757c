// Column setup in the sidebar, when the owner picks an export sheet: the purchase log's columns come
// from the export profile, and picked as a customer sheet its key is the email, never the order's Id.
import { describe, expect, it } from 'vitest';
import { cleanRules, exportCustomerProposal, exportProposal } from '../../../src/sidebar/views/export-setup';

const SHOPIFY = [
  'Name',
  'Email',
  'Financial Status',
  'Accepts Marketing',
  'Total',
  'Created at',
  'Lineitem name',
  'Billing Name',
  'Id',
];

describe('sidebar proposals for an export sheet', () => {
  it('purchase log: customer is the email, amount the total, Name the order', () => {
    expect(exportProposal(SHOPIFY)).toMatchObject({
      customer: 1,
      date: 5,
      amount: 4,
      orderId: 0,
      name: 7,
      status: 2,
    });
  });
  it('customer sheet: the key is the email, not the order Id', () => {
    expect(exportCustomerProposal(SHOPIFY)).toEqual({ key: 1, name: 7, email: 1, phone: undefined });
  });
  it('a sheet that is no export proposes nothing here (generic detection takes over)', () => {
    expect(exportCustomerProposal(['Customer', 'Email', 'Phone'])).toBeUndefined();
  });
  it('rules without values are dropped before saving', () => {
    expect(cleanRules({ sheet: 'S', exclude: [{ column: 2, values: [] }] })).toEqual({ sheet: 'S' });
    expect(cleanRules({ sheet: 'S', exclude: [{ column: 2, values: ['x'] }] })).toEqual({
      sheet: 'S',
      exclude: [{ column: 2, values: ['x'] }],
    });
  });
});
