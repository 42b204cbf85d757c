// A customer renamed after a follow-up (same email): Insights shows their last contact as the
// follow-ups know it (trial: the preview skipped them as contacted, Insights showed it blank).
import { describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { confirmAll, createHarness } from './harness';

describe('Insights finds a contact as the follow-ups do', () => {
  it('by the email written to, after the customer was renamed in the sheets', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const preview = h.preview({
      audience: { kind: 'tier', tier: 'key' },
      templateId: 'survey',
      language: 'en',
    });
    // One whose email no other customer shares (a shared family address names neither).
    const emails = h.fake.values('Customers').map((r) => String(r[1]).toLowerCase());
    const written = preview.recipients.find((r) => emails.filter((e) => e === r.email).length === 1)!;
    h.send(confirmAll({ ...preview, recipients: [written] }));
    expect(h.fake.outbox.sent().map((m) => m.to)).toEqual([written.email]);
    const renamed = `${written.label} Jr`;
    for (const name of ['Purchases', 'Customers']) {
      const sheet = h.fake.spreadsheet.sheet(name).api;
      const values = sheet.getDataRange().getValues();
      values.forEach((row, r) => {
        if (row[0] === written.label) sheet.getRange(r + 1, 1).setValue(renamed);
      });
    }
    main.analyzeCustomers();
    const [header, ...rows] = h.fake.values('Insights');
    const lastContact = header!.indexOf('Last contact');
    expect(lastContact).toBeGreaterThan(0);
    const row = rows.find((r) => r[0] === renamed)!;
    expect(row[lastContact]).not.toBe('');
  });
});
