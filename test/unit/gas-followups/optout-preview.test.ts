// A plain purchase log with its own "Unsubscribed" column and no customer sheet (new-owner trial):
// the preview shows exactly what a batch does. The batch copies the log's opt-outs to the
// Unsubscribed list before it decides; the preview applies them read-only, so nobody it lists
// disappears at send time, and the opt-out column counts (no false "no opt-out column" warning).
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { createGasFake } from '../../support/gas-fake';
import { projectManifest } from '../../support/manifest';
import { confirmAll } from './harness';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

/** Midnight in Shanghai of a day, as a Sheets date cell holds it. */
const day = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+08:00`));

function workbook() {
  const fake = createGasFake({
    timeZone: 'Asia/Shanghai',
    now: '2026-06-30T02:00:00Z',
    defaultSheet: null,
    htmlFiles: { Templates: builtInTextsFile() },
    manifest: projectManifest(),
  });
  const rows: unknown[][] = [['Customer', 'Email', 'Date', 'Amount', 'Unsubscribed']];
  const people: [string, string, string][] = [
    ['Ann Lee', 'ann@example.com', ''],
    ['Ben Ho', 'ben@example.com', 'yes'],
    ['Cat Wu', 'cat@example.com', 'unsubscribed'],
    ['Dan Ma', 'dan@example.com', ''],
  ];
  for (const [name, email, unsubscribed] of people) {
    for (const d of ['2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01', '2026-01-05'])
      rows.push([name, email, day(d), 40, unsubscribed]);
  }
  fake.spreadsheet.addSheet('Purchases', rows);
  uninstalls.push(fake.install());
  const env: ProtocolEnvironment = { now: () => fake.clock.now() };
  server.saveFollowUpSettingsWith({ shopName: 'Tea', signature: 'Mei', postalAddress: '1 Harbour Road' });
  const call = <T>(fn: () => T): T => {
    try {
      return fn();
    } finally {
      fake.lock.endExecution();
    }
  };
  return { fake, env, call };
}

describe('opt-outs in the purchase log, no customer sheet', () => {
  it('the preview skips them as the batch will, with no false warning; the batch leaves out nobody silently', () => {
    const { fake, env, call } = workbook();
    const options = call(() => server.getFollowUpOptionsWith(env));
    const audience = options.audiences.find((a) => a.count === 4)!.audience;
    const request = { audience, templateId: 'survey', language: 'en' };
    const preview = call(() => server.previewFollowUpsWith(env, request));
    expect(preview.noOptOutColumn).toBe(false);
    expect(preview.recipients.map((r) => r.email).sort()).toEqual(['ann@example.com', 'dan@example.com']);
    expect(preview.skipped.map((s) => [s.label, s.reason])).toEqual([
      ['Ben Ho', 'optedOut'],
      ['Cat Wu', 'optedOut'],
    ]);
    // Reading only: the preview wrote no Unsubscribed list.
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(['Purchases']);
    const result = call(() => server.createFollowUpDraftsWith(env, confirmAll(preview)));
    expect(result.stoppedBy).toBe('done');
    expect(result.problems).toEqual([]);
    expect(result.processed.map((p) => p.email).sort()).toEqual(['ann@example.com', 'dan@example.com']);
    expect(
      fake.outbox
        .drafts()
        .map((d) => d.to)
        .sort(),
    ).toEqual(['ann@example.com', 'dan@example.com']);
    // The batch copied the log's opt-outs to the Unsubscribed list, as the preview said it would.
    const list = fake.spreadsheet.sheets.find((s) => s.name !== 'Purchases' && /Unsubscribed/.test(s.name));
    expect(list).toBeDefined();
  });
});
