import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/core/report/report-texts';

describe('fill: counts in every number', () => {
  it('writes a count of one with the singular noun, and leaves every other count alone', () => {
    expect(fill('{n} emails will be sent from your account.', { n: 1 })).toBe(
      '1 email will be sent from your account.',
    );
    expect(fill('{n} drafts created', { n: 1 })).toBe('1 draft created');
    expect(fill('{count} customers', { count: 1 })).toBe('1 customer');
    expect(fill('Latest {shown} of {total} rows.', { shown: 1, total: 1 })).toBe('Latest 1 of 1 row.');
    expect(fill('{n} emails', { n: 21 })).toBe('21 emails');
    expect(fill('{n} emails', { n: 0 })).toBe('0 emails');
    expect(fill('{n} days', { n: 1.5 })).toBe('1.5 days');
    expect(fill('Repeat probability ({days} days)', { days: 1 })).toBe('Repeat probability (1 day)');
    expect(fill('{count} 位客户', { count: 1 })).toBe('1 位客户');
  });
});
