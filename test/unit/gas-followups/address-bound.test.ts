// A confirmed preview binds each customer's address: an email goes to the address the preview showed
// for that customer, or not at all (trial 19, D7: the Email column sorted on its own between the
// preview and Send mailed "Dear Ann Lee, it has been 110 days since your last visit…" to Cat).
// Through the Apps Script fake on the sample tea-shop workbook (at risk: 10 customers to write to).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreviewResult } from '../../../src/gas/followups/api';
import * as server from '../../../src/gas/followups/server';
import { skipReasonText } from '../../../src/sidebar/followups/skip-reasons';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

const SETTINGS = {
  shopName: 'Lotus Leaf Tea House',
  signature: 'Mei',
  postalAddress: '12 Willow Lane\nHangzhou 310000',
};

function ready(): Harness {
  const h = createHarness();
  server.saveFollowUpSettingsWith(SETTINGS);
  return h;
}

/** The customer sheet's Email column (rows 2…), as cells. */
function emailColumn(h: Harness): { column: number; cells: unknown[] } {
  const values = h.fake.values('Customers');
  const column = values[0]!.indexOf('Email') + 1;
  return { column, cells: values.slice(1).map((r) => r[column - 1]) };
}

/** Rewrites the Email column alone (the rest of each row stays): what sorting that column does. */
function writeEmailColumn(h: Harness, cells: readonly unknown[]): void {
  const { column } = emailColumn(h);
  h.fake.spreadsheet
    .sheet('Customers')
    .api.getRange(2, column, cells.length, 1)
    .setValues(cells.map((c) => [c]));
}

/** Swaps the email cells of two customers (by name in column A). */
function swapEmails(h: Harness, a: string, b: string): void {
  const names = h.fake.values('Customers').map((r) => r[0]);
  const { cells } = emailColumn(h);
  const [i, j] = [names.indexOf(a) - 1, names.indexOf(b) - 1];
  const next = [...cells];
  [next[i], next[j]] = [cells[j], cells[i]];
  writeEmailColumn(h, next);
}

const bodyTo = (h: Harness, to: string) => h.fake.outbox.sent().find((e) => e.to === to)?.body;

describe('Send writes to the address the preview showed, or not at all', () => {
  it('two addresses swapped after the preview: both customers skipped (emailChanged), the others sent', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    const [a, b, ...rest] = preview.recipients;
    swapEmails(h, a!.label, b!.label);
    const result = h.send(confirmAll(preview));
    const changed = result.skipped.filter((s) => s.reason === 'emailChanged');
    expect(changed.map((s) => [s.label, s.detail])).toEqual([
      [a!.label, a!.email],
      [b!.label, b!.email],
    ]);
    expect(h.fake.outbox.sentTo().sort()).toEqual(rest.map((r) => r.email).sort());
    // Nobody got another customer's email.
    for (const r of rest) expect(bodyTo(h, r.email)).toBe(r.textBody);
    expect(bodyTo(h, a!.email)).toBeUndefined();
    expect(bodyTo(h, b!.email)).toBeUndefined();
  });

  it('drafts too: none is created for a customer whose address changed', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    const [a, b] = preview.recipients;
    swapEmails(h, a!.label, b!.label);
    const result = h.drafts(confirmAll(preview));
    expect(result.processed.map((p) => p.key)).not.toContain(a!.key);
    expect(result.processed.map((p) => p.key)).not.toContain(b!.key);
    expect(result.processed).toHaveLength(preview.recipients.length - 2);
  });

  it('a campaign resumed the next day (quota) binds the addresses its resume preview showed', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    h.fake.outbox.setRemainingQuota(3);
    expect(h.send(confirmAll(preview)).stoppedBy).toBe('quota');
    h.fake.clock.advance(86_400_000);
    h.fake.outbox.nextDay();
    const pending = h.options().pending;
    expect(pending).toHaveLength(1);
    const resumed = h.preview({ ...AT_RISK, preparedDay: pending[0]!.spec.preparedDay });
    expect(resumed.recipients).toHaveLength(preview.recipients.length - 3);
    const [a, b] = resumed.recipients;
    swapEmails(h, a!.label, b!.label);
    const result = h.send(confirmAll(resumed));
    expect(result.stoppedBy).toBe('done');
    expect(result.skipped.filter((s) => s.reason === 'emailChanged').map((s) => s.label)).toEqual([
      a!.label,
      b!.label,
    ]);
    expect(h.fake.outbox.sentTo()).toHaveLength(preview.recipients.length - 2);
    for (const r of resumed.recipients.slice(2)) expect(bodyTo(h, r.email)).toBe(r.textBody);
    expect(bodyTo(h, a!.email)).toBeUndefined();
  });

  it('a request that leaves out the address is refused before anything is read', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    const request = {
      campaign: preview.spec,
      confirmed: preview.recipients.map((r) => ({ key: r.key, lastPurchaseDay: r.lastPurchaseDay })),
    };
    expect(() => h.send(request)).toThrow(/Invalid send request — confirmed/);
    expect(h.fake.outbox.entries).toEqual([]);
  });

  it('the skip is worded in the three languages, naming the address the preview showed', () => {
    expect(skipReasonText('emailChanged', 'ann@x.com', 'en', 'DMY')).toMatch(
      /^Address changed since the preview \(it showed ann@x\.com\)/,
    );
    expect(skipReasonText('emailChanged', 'ann@x.com', 'zh-CN', 'YMD')).toMatch(
      /预览后邮箱地址已更改.*ann@x\.com/,
    );
    expect(skipReasonText('emailChanged', 'ann@x.com', 'zh-TW', 'YMD')).toMatch(
      /預覽後郵箱地址已變更.*ann@x\.com/,
    );
  });
});

describe('property: a permuted Email column never sends a confirmed customer’s email elsewhere', () => {
  it('every email sent is the one the preview showed for that address; unmoved customers are all sent', () => {
    // The preview is the same for every run (same workbook, same day): computed once per run anyway,
    // since each run needs a fresh fake.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.boolean(), (seed, drafts) => {
        const h = ready();
        const preview: PreviewResult = h.preview(AT_RISK);
        const { cells } = emailColumn(h);
        const permuted = fc.sample(fc.shuffledSubarray(cells, { minLength: cells.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        writeEmailColumn(h, permuted);
        const names = h.fake.values('Customers').map((r) => r[0]);
        const nowAt = (label: string) =>
          String(permuted[names.indexOf(label) - 1] ?? '')
            .trim()
            .toLowerCase();
        const result = drafts ? h.drafts(confirmAll(preview)) : h.send(confirmAll(preview));
        const shown = new Map(preview.recipients.map((r) => [r.email, r]));
        // What went out: sends (outbox) or drafts (Gmail), by address.
        const out = drafts
          ? result.processed.map((p) => ({ to: p.email, key: p.key, subject: p.subject }))
          : h.fake.outbox.sent().map((e) => ({ to: e.to, key: undefined, subject: e.subject, body: e.body }));
        for (const o of out) {
          const meant = shown.get(o.to);
          expect(meant, `mail to ${o.to}, which the preview showed for nobody`).toBeDefined();
          expect(o.subject).toBe(meant!.subject);
          if ('body' in o) expect(o.body).toBe(meant!.textBody);
          if (o.key !== undefined) expect(o.key).toBe(meant!.key);
        }
        // Nobody else affected: exactly the customers whose address did not move were written to.
        const unmoved = preview.recipients.filter((r) => nowAt(r.label) === r.email).map((r) => r.email);
        expect(out.map((o) => o.to).sort()).toEqual(unmoved.sort());
      }),
      { numRuns: 30 },
    );
  });
});
