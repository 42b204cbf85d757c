// Follow-ups on a raw Shopify export with no customer sheet: the export's Email column is the contact,
// Billing Name the greeting, and "Accepts Email Marketing" = no opts the customer out.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { sampleCellValue } from '../../../src/core/sample/sample-workbook';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { exportFixtures } from '../../support/export-fixtures';
import { createGasFake } from '../../support/gas-fake';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

describe('follow-ups with the contact in the purchase log', () => {
  it('writes to the export’s email, greets by Billing Name, and skips a customer who did not accept marketing', () => {
    const f = exportFixtures().find((x) => x.file === 'orders_2024.csv')!;
    const fake = createGasFake({
      timeZone: f.timeZone,
      now: '2024-06-30T02:00:00Z',
      defaultSheet: null,
      htmlFiles: { Templates: builtInTextsFile() },
    });
    fake.spreadsheet.addSheet(
      'orders_export',
      f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone))),
    );
    uninstalls.push(fake.install());
    const env: ProtocolEnvironment = { now: () => fake.clock.now() };
    server.saveFollowUpSettingsWith({
      shopName: 'Oolong & Co',
      signature: 'Mei',
      postalAddress: '1 Harbour Road',
    });
    const preview = server.previewFollowUpsWith(env, {
      audience: { kind: 'tier', tier: 'key' },
      // The survey states no fact about the customer, so it fits both (issue 12's template fit).
      templateId: 'survey',
      language: 'en',
    });
    fake.lock.endExecution();
    expect(preview.problems).toEqual([]);
    expect(preview.audienceSize).toBe(2);
    expect(preview.recipients.map((r) => [r.label, r.email])).toEqual([['Alice Wong', 'alice@example.com']]);
    expect(preview.recipients[0]!.textBody).toMatch(/^Dear Alice Wong,/);
    expect(preview.skipped.map((s) => [s.label, s.reason])).toEqual([['Bob Lee', 'optedOut']]);
  });

  it('a contact is known under the customer’s key on an export keyed by email: a cool-down, not "same address as" themself (trial)', () => {
    const f = exportFixtures().find((x) => x.file === 'orders_2024.csv')!;
    const fake = createGasFake({
      timeZone: f.timeZone,
      now: '2024-06-30T02:00:00Z',
      defaultSheet: null,
      htmlFiles: { Templates: builtInTextsFile() },
    });
    fake.spreadsheet.addSheet(
      'orders_export',
      f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone))),
    );
    uninstalls.push(fake.install());
    const env: ProtocolEnvironment = { now: () => fake.clock.now() };
    server.saveFollowUpSettingsWith({
      shopName: 'Oolong & Co',
      signature: 'Mei',
      postalAddress: '1 Harbour Road',
    });
    const survey = { audience: { kind: 'tier', tier: 'key' }, templateId: 'survey', language: 'en' };
    const preview = server.previewFollowUpsWith(env, survey);
    fake.lock.endExecution();
    server.sendFollowUpsWith(env, {
      campaign: preview.spec,
      confirmed: preview.recipients.map((r) => ({
        key: r.key,
        lastPurchaseDay: r.lastPurchaseDay,
        email: r.email,
      })),
    });
    fake.lock.endExecution();
    expect(fake.outbox.sent().map((m) => m.to)).toEqual(['alice@example.com']);
    const other = server.previewFollowUpsWith(env, { ...survey, language: 'zh-CN' });
    fake.lock.endExecution();
    const alice = other.skipped.find((s) => s.key === 'alice@example.com');
    expect(alice?.reason).toBe('coolDown');
    expect(server.getCustomerFollowUpWith(env, 'alice@example.com').lastContactDay).not.toBeNull();
  });
});
