// Issue 12 follow-up: money in an email carries the sheet's currency. The follow-ups passed the core
// analysis' currency (never set on the log the shell reads), so {{totalSpent}} went out bare; and an
// export's currency column (Shopify's USD) or platform (Youzan: CNY) was never turned into a sign.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { TEMPLATE_COLUMNS } from '../../../src/core/followups/templates';
import { sampleCellValue, sampleGrids } from '../../../src/core/sample/sample-workbook';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { exportFixtures } from '../../support/export-fixtures';
import { createGasFake, type GasFake } from '../../support/gas-fake';
import { confirmAll } from './harness';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

const BODY = 'Dear {{name}},\n\nSo far you have spent {{totalSpent}} with us.\n\n{{signature}}';

/** An owner template stating the customer's total, added to the Templates sheet. */
function addTotalTemplate(fake: GasFake, env: ProtocolEnvironment): void {
  const sheetName = server.openFollowUpTemplatesWith(env);
  fake.lock.endExecution();
  const row: Record<(typeof TEMPLATE_COLUMNS)[number], string> = {
    id: 'total',
    language: 'en',
    purpose: 'other',
    name: 'Your total',
    subject: 'Thank you',
    body: BODY,
  };
  fake.spreadsheet.sheet(sheetName).api.appendRow(TEMPLATE_COLUMNS.map((c) => row[c]));
}

function draftAll(fake: GasFake, env: ProtocolEnvironment, audience: unknown) {
  server.saveFollowUpSettingsWith({
    shopName: 'Oolong & Co',
    signature: 'Mei',
    postalAddress: '1 Harbour Road',
  });
  const preview = server.previewFollowUpsWith(env, { audience, templateId: 'total', language: 'en' });
  fake.lock.endExecution();
  expect(preview.problems).toEqual([]);
  expect(preview.recipients.length).toBeGreaterThan(0);
  server.createFollowUpDraftsWith(env, confirmAll(preview));
  fake.lock.endExecution();
  return fake.outbox.drafts();
}

describe('money in a drafted follow-up carries the currency', () => {
  it('the sample shop: its amount format’s ¥ (the run’s currency, not the log’s)', () => {
    const fake = createGasFake({
      timeZone: 'Asia/Shanghai',
      now: '2026-06-30T02:00:00Z',
      defaultSheet: null,
      htmlFiles: { Templates: builtInTextsFile() },
    });
    for (const grid of sampleGrids()) {
      const sheet = fake.spreadsheet.addSheet(grid.name, grid.values);
      for (const [column, format] of Object.entries(grid.numberFormats)) {
        sheet.getRange(2, Number(column) + 1, grid.values.length - 1, 1).setNumberFormat(format);
      }
    }
    uninstalls.push(fake.install());
    const env: ProtocolEnvironment = { now: () => fake.clock.now() };
    addTotalTemplate(fake, env);
    const drafts = draftAll(fake, env, { kind: 'tier', tier: 'key' });
    for (const d of drafts) expect(d.body).toMatch(/So far you have spent ¥\d{1,3}(,\d{3})*\.\d\d with us\./);
  });

  it('a Shopify export: its Currency column’s USD as $, though its amount cells are plain numbers', () => {
    const f = exportFixtures().find((x) => x.file === 'orders_2024.csv')!;
    const fake = createGasFake({
      timeZone: f.timeZone,
      now: `${f.asOf}T02:00:00Z`,
      defaultSheet: null,
      htmlFiles: { Templates: builtInTextsFile() },
    });
    fake.spreadsheet.addSheet(
      'orders_export',
      f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone))),
    );
    uninstalls.push(fake.install());
    const env: ProtocolEnvironment = { now: () => fake.clock.now() };
    addTotalTemplate(fake, env);
    const drafts = draftAll(fake, env, { kind: 'tier', tier: 'key' });
    expect(drafts.map((d) => d.body)).toEqual([expect.stringContaining('So far you have spent $')]);
  });
});
