// Every follow-up guardrail, through the Apps Script fake, on the sample tea-shop workbook
// (as of 2026-06-30, Asia/Shanghai). At risk there: 16 customers, of whom 梁宇 and Ryan Patel have an
// open complaint, Oliver Brown has no email and Mia Rossi and 宋歌 opted out — 11 can be written to.

import { describe, expect, it } from 'vitest';
import { SUPERSEDED_BODIES } from '../../../src/core/followups/built-in-texts';
import { writeAnalysis } from '../../../src/gas/analyze-customers';
import type { BatchResult } from '../../../src/gas/followups/api';
import * as server from '../../../src/gas/followups/server';
import { sheetEnv } from '../../../src/gas/sheet-env';
import { skipReasonText } from '../../../src/sidebar/followups/skip-reasons';
import { templateRowProblemText } from '../../../src/sidebar/followups/template-problems';
import { FakeRange } from '../../support/gas-fake/range';
import { projectManifest } from '../../support/manifest';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

const SETTINGS = {
  shopName: 'Lotus Leaf Tea House',
  signature: 'Mei\nLotus Leaf Tea House',
  postalAddress: '12 Willow Lane\nHangzhou 310000',
};

function ready(options: Parameters<typeof createHarness>[0] = {}): Harness {
  const h = createHarness(options);
  server.saveFollowUpSettingsWith(SETTINGS);
  return h;
}

const reasonOf = (result: { skipped: { label: string; reason: string }[] }, label: string) =>
  result.skipped.find((s) => s.label === label)?.reason;

const sentTo = (h: Harness) => h.fake.outbox.sentTo();
const draftedTo = (h: Harness) => h.fake.outbox.drafts().map((d) => d.to);
const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('follow-ups through the fake: preview', () => {
  it('previews each recipient and lists who is skipped and why, writing nothing', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    expect(preview.problems).toEqual([]);
    expect(preview.audienceSize).toBe(16);
    expect(preview.recipients).toHaveLength(11);
    expect(reasonOf(preview, 'Ryan Patel')).toBe('openComplaint');
    expect(reasonOf(preview, '梁宇')).toBe('openComplaint');
    expect(reasonOf(preview, 'Oliver Brown')).toBe('noEmail');
    expect(reasonOf(preview, 'Mia Rossi')).toBe('optedOut');
    const leo = preview.recipients.find((r) => r.label === 'Leo Schmidt')!;
    expect(leo.email).toBe('leo.schmidt@example.org');
    expect(leo.subject).toBe('How are we doing, Leo Schmidt?');
    expect(leo.textBody).toMatch(
      /^Dear Leo Schmidt,\n\nWe wanted to check in and hear how things are going\. Is there anything we could do better at Lotus Leaf Tea House/,
    );
    expect(leo.textBody).toContain('Mei\nLotus Leaf Tea House');
    expect(h.fake.outbox.entries).toEqual([]);
    expect(h.fake.spreadsheet.sheetNames()).toEqual(['Customers', 'Purchases', 'Feedback']);
  });

  it('reports a missing shop name as a problem before anything can be sent', () => {
    const h = createHarness();
    const preview = h.preview(AT_RISK);
    expect(preview.problems).toEqual([
      'The template uses {{shopName}}: fill in your shop name in the follow-up settings first.',
      'Fill in your shop’s postal address in the follow-up settings first: every follow-up shows it.',
    ]);
    expect(preview.recipients).toEqual([]);
  });

  it('rejects a malformed request with a readable message', () => {
    const h = ready();
    expect(() => h.preview({ ...AT_RISK, audience: { kind: 'everyone' } })).toThrow(
      /Invalid preview request/,
    );
    expect(() => h.drafts({ campaign: { ...AT_RISK, preparedDay: 20_634 }, confirmed: 'all' })).toThrow(
      /Invalid drafts request — confirmed/,
    );
    expect(() => h.send({ campaign: { ...AT_RISK, preparedDay: 20_634, extra: 1 }, confirmed: [] })).toThrow(
      /Invalid send request/,
    );
    const tomorrow = {
      campaign: { ...AT_RISK, preparedDay: 20_635 },
      confirmed: [{ key: 'leo schmidt', lastPurchaseDay: 1, email: 'leo@example.com' }],
    };
    const later = /^This preview is dated 1 July 2026, which is after today .*preview again\.$/;
    expect(() => h.send(tomorrow)).toThrow(later);
    expect(() => h.preview({ ...AT_RISK, preparedDay: 20_635 })).toThrow(later);
    expect(h.fake.outbox.entries).toEqual([]);
  });
});

describe('follow-ups through the fake: drafts and sends', () => {
  it('creates drafts, logs each one, and creates none again on a re-run', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    const first = h.drafts(confirmAll(preview));
    expect(first.stoppedBy).toBe('done');
    expect(first.processed.map((p) => p.result)).toEqual(Array(11).fill('drafted'));
    expect(draftedTo(h).sort()).toEqual(preview.recipients.map((r) => r.email).sort());
    const draft = h.fake.outbox.drafts()[0]!;
    expect(draft.service).toBe('Gmail'); // the advanced service, under gmail.compose (gmail-drafts.ts)
    expect(draft.name).toBe('Lotus Leaf Tea House');
    expect(draft.htmlBody).toContain('<p>Dear ');
    expect(h.logRows().map((r) => [r.Mode, r.Result])).toEqual(Array(11).fill(['draft', 'drafted']));
    expect(h.logRows()[0]!.Campaign).toBe('2026-06-30/stage-atRisk/check-in/en');

    const again = h.drafts(confirmAll(preview));
    expect(again.processed).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'alreadyContacted')).toHaveLength(11);
    expect(h.fake.outbox.drafts()).toHaveLength(11);
    expect(h.fake.outbox.sent()).toEqual([]);
  });

  it('sends with MailApp, with the shop as sender name, an HTML body and replies allowed', () => {
    const h = ready();
    const result = h.send(confirmAll(h.preview(AT_RISK)));
    expect(result.stoppedBy).toBe('done');
    expect(sentTo(h)).toHaveLength(11);
    const mail = h.fake.outbox.sent()[0]!;
    expect(mail.service).toBe('MailApp');
    expect(mail.name).toBe('Lotus Leaf Tea House');
    expect(mail.noReply).toBe(false);
    expect(mail.htmlBody).toContain('reply &quot;unsubscribe&quot;');
    expect(result.remainingQuota).toBe(89);
    expect(h.logRows().every((r) => r.Mode === 'send' && r.Result === 'sent')).toBe(true);
  });

  it('sends only to confirmed recipients, however many are in the audience', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    const request = confirmAll(preview);
    request.confirmed = request.confirmed.slice(0, 2);
    const result = h.send(request);
    expect(sentTo(h)).toEqual(preview.recipients.slice(0, 2).map((r) => r.email));
    expect(result.skipped.filter((s) => s.reason === 'notConfirmed')).toHaveLength(9);
    expect(h.send({ campaign: preview.spec, confirmed: [] }).processed).toEqual([]);
    expect(sentTo(h)).toHaveLength(2);
  });

  it('every email carries the opt-out line in its language', () => {
    const h = ready();
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const preview = h.preview({
        ...AT_RISK,
        language,
        audience: { kind: 'stage', stage: 'loyal' },
        templateId: 'appreciation',
      });
      h.drafts(confirmAll(preview));
    }
    const drafts = h.fake.outbox.drafts();
    expect(drafts.length).toBeGreaterThan(0);
    // The cool-down means each customer got one draft, in the first language tried (en).
    expect(unique(draftedTo(h))).toBe(true);
    for (const d of drafts) expect(d.body).toContain('reply "unsubscribe"');
    const zh = createHarness();
    server.saveFollowUpSettingsWith(SETTINGS);
    zh.drafts(confirmAll(zh.preview({ ...AT_RISK, language: 'zh-CN' })));
    zh.drafts(
      confirmAll(
        zh.preview({
          ...AT_RISK,
          audience: { kind: 'stage', stage: 'new' },
          language: 'zh-TW',
          templateId: 'welcome',
        }),
      ),
    );
    const bodies = zh.fake.outbox.drafts().map((d) => d.body);
    expect(bodies.some((b) => b.includes('请直接回复“退订”'))).toBe(true);
    expect(bodies.some((b) => b.includes('請直接回覆「退訂」'))).toBe(true);
    for (const b of bodies) expect(b).toMatch(/退订|退訂/);
  });

  it('send test to me: the first recipient’s email, to the owner, logged as a test that is not a contact', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    const test = h.test({ campaign: preview.spec });
    expect(test.to).toBe('owner@example.com');
    expect(test.subject).toBe(`[Test] ${preview.recipients[0]!.subject}`);
    expect(sentTo(h)).toEqual(['owner@example.com']);
    expect(h.logRows()).toHaveLength(1);
    expect(h.logRows()[0]).toMatchObject({ Mode: 'test', Result: 'sent', Email: 'owner@example.com' });
    // The customer was not contacted: the real send still goes to everyone.
    h.send(confirmAll(h.preview(AT_RISK)));
    expect(sentTo(h)).toHaveLength(12);
  });
});

describe('follow-ups through the fake: each guardrail', () => {
  it('skips no email and invalid emails, including header-injection attempts', () => {
    const h = ready();
    h.setCustomerCell('Leo Schmidt', 'Email', 'leo.schmidt@example.org, boss@example.org');
    h.setCustomerCell('谢婉', 'Email', 'xie.wan@example.org\nBcc: all@example.org');
    h.setCustomerCell('高明', 'Email', 'not an email');
    const result = h.send(confirmAll(h.preview(AT_RISK)));
    expect(reasonOf(result, 'Leo Schmidt')).toBe('severalEmails');
    expect(reasonOf(result, '谢婉')).toBe('severalEmails');
    expect(reasonOf(result, '高明')).toBe('invalidEmail');
    expect(reasonOf(result, 'Oliver Brown')).toBe('noEmail');
    expect(sentTo(h)).toHaveLength(8);
    expect(sentTo(h).join(' ')).not.toMatch(/boss|all@/);
    for (const m of h.fake.outbox.sent()) expect(m.recipients).toHaveLength(1);
  });

  it('skips opted-out customers, also when another row with the same email opted out', () => {
    const h = ready();
    h.setCustomerCell('Leo Schmidt', 'Opt-out', 'yes');
    h.setCustomerCell('赵磊', 'Email', 'james.t@example.com'); // 赵磊 opted out in the sample
    h.setCustomerCell('James Taylor', 'Email', 'James.T@example.com');
    const result = h.send(confirmAll(h.preview(AT_RISK)));
    expect(reasonOf(result, 'Mia Rossi')).toBe('optedOut');
    expect(reasonOf(result, 'Leo Schmidt')).toBe('optedOut');
    expect(reasonOf(result, 'James Taylor')).toBe('optedOut');
    expect(sentTo(h)).not.toContain('mia.rossi@example.org');
    expect(sentTo(h)).toHaveLength(9);
  });

  it('skips a duplicate email in the audience: one email per address', () => {
    const h = ready();
    h.setCustomerCell('谢婉', 'Email', 'family@example.com');
    h.setCustomerCell('高明', 'Email', 'FAMILY@example.com ');
    const result = h.send(confirmAll(h.preview(AT_RISK)));
    expect(reasonOf(result, '高明')).toBe('duplicateEmail');
    expect(sentTo(h).filter((e) => e === 'family@example.com')).toHaveLength(1);
    expect(unique(sentTo(h))).toBe(true);
  });

  it('skips customers contacted within the cool-down (14 days), across campaigns', () => {
    const h = ready();
    h.drafts(confirmAll(h.preview(AT_RISK)));
    h.fake.clock.advanceDays(3);
    const overdue = { audience: { kind: 'overdue' }, templateId: 'reorder', language: 'en' };
    const preview = h.preview(overdue);
    const cooled = preview.skipped.filter((s) => s.reason === 'coolDown');
    expect(cooled.length).toBeGreaterThan(0);
    expect(cooled[0]!.detail).toBe('3');
    expect(skipReasonText(cooled[0]!.reason, cooled[0]!.detail, 'en', 'YMD')).toBe(
      'Contacted 3 days ago (cool-down)',
    );
    const contacted = new Set(draftedTo(h));
    expect(preview.recipients.some((r) => contacted.has(r.email))).toBe(false);
    h.fake.clock.advanceDays(11);
    const later = h.preview(overdue);
    expect(later.skipped.filter((s) => s.reason === 'coolDown')).toEqual([]);
  });

  it('the cool-down is a setting', () => {
    const h = ready();
    h.drafts(confirmAll(h.preview(AT_RISK)));
    server.saveFollowUpSettingsWith({ ...SETTINGS, coolDownDays: 0 });
    const other = h.preview({ ...AT_RISK, templateId: 'survey' });
    expect(other.skipped.filter((s) => s.reason === 'coolDown')).toEqual([]);
    expect(other.recipients).toHaveLength(11);
    expect(() => server.saveFollowUpSettingsWith({ coolDownDays: -1 })).toThrow(/coolDownDays/);
  });

  it('open complaints: only a complaint follow-up, and only to them', () => {
    const h = ready();
    const checkIn = h.send(confirmAll(h.preview(AT_RISK)));
    expect(reasonOf(checkIn, 'Ryan Patel')).toBe('openComplaint');
    expect(sentTo(h)).not.toContain('ryan.patel@example.com');
    const wrong = h.preview({ audience: { kind: 'openComplaint' }, templateId: 'win-back', language: 'en' });
    expect(wrong.problems).toEqual([
      'Customers with an open complaint can only get a complaint follow-up template.',
    ]);
    const followUp = h.preview({
      audience: { kind: 'openComplaint' },
      templateId: 'complaint-follow-up',
      language: 'en',
    });
    expect(followUp.recipients.map((r) => r.label).sort()).toEqual(['Ryan Patel', '梁宇']);
    h.send(confirmAll(followUp));
    expect(sentTo(h)).toContain('ryan.patel@example.com');
    // A complaint follow-up to the whole At risk stage reaches only those with an open complaint.
    const stage = h.preview({ ...AT_RISK, templateId: 'complaint-follow-up' });
    // (14 in the stage: 2 with a complaint, Oliver Brown has no email, Mia Rossi opted out.)
    expect(stage.skipped.filter((s) => s.reason === 'noOpenComplaint')).toHaveLength(11);
  });

  it('skips customers who bought since the campaign was prepared', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    h.addPurchase('Leo Schmidt', '2026-06-30', 88);
    const result = h.send(confirmAll(preview));
    expect(reasonOf(result, 'Leo Schmidt')).toBe('boughtSincePrepared');
    expect(sentTo(h)).not.toContain('leo.schmidt@example.org');
    expect(sentTo(h)).toHaveLength(10);
  });

  it('never starts more sends than the quota; resumes the next day without repeats', () => {
    const h = ready();
    h.fake.outbox.setRemainingQuota(4);
    const preview = h.preview(AT_RISK);
    expect(preview.remainingQuota).toBe(4);
    const day1 = h.send(confirmAll(preview));
    expect(day1.stoppedBy).toBe('quota');
    expect(day1.processed).toHaveLength(4);
    expect(day1.remaining).toBe(7);
    expect(sentTo(h)).toHaveLength(4);
    expect(h.fake.outbox.failures).toEqual([]); // never even tried a fifth

    h.fake.outbox.nextDay();
    const options = h.options();
    expect(options.pending).toHaveLength(1);
    expect(options.pending[0]!.deferred).toBe(7);
    // Resume: the same campaign (its id keeps the day it was prepared).
    const resume = h.preview({ ...AT_RISK, preparedDay: options.pending[0]!.spec.preparedDay });
    expect(resume.campaignId).toBe(preview.campaignId);
    expect(resume.recipients).toHaveLength(7);
    expect(resume.skipped.filter((s) => s.reason === 'alreadyContacted')).toHaveLength(4);
    const day2 = h.send(confirmAll(resume));
    expect(day2.stoppedBy).toBe('done');
    expect(sentTo(h)).toHaveLength(11);
    expect(unique(sentTo(h))).toBe(true);
    expect(h.options().pending).toEqual([]);
  });

  it('a quota error mid-batch stops the batch and defers the rest', () => {
    const h = ready();
    const realMail = h.fake.globals.MailApp;
    let calls = 0;
    (globalThis as Record<string, unknown>).MailApp = {
      getRemainingDailyQuota: () => realMail.getRemainingDailyQuota(),
      sendEmail: (...args: unknown[]) => {
        calls++;
        if (calls === 3) h.fake.outbox.setRemainingQuota(0); // another script used it up
        return (realMail.sendEmail as (...a: unknown[]) => void)(...args);
      },
    };
    const result = h.send(confirmAll(h.preview(AT_RISK)));
    expect(result.stoppedBy).toBe('quota');
    expect(sentTo(h)).toHaveLength(2);
    expect(result.remaining).toBe(9);
    expect(h.logRows().map((r) => r.Result)).toEqual(['sent', 'sent', 'failed']);
  });

  it('takes the document lock around each batch; a held lock sends nothing', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    h.fake.lock.holdByOther('document');
    const busy = h.send(confirmAll(preview));
    expect(busy.stoppedBy).toBe('busy');
    expect(sentTo(h)).toEqual([]);
    expect(h.logRows()).toEqual([]);
    h.fake.lock.releaseByOther('document');
    expect(h.send(confirmAll(preview)).stoppedBy).toBe('done');
    expect(h.fake.lock.acquisitions('document')).toBeGreaterThanOrEqual(1);
    expect(h.fake.lock.isHeldByScript('document')).toBe(false);
  });

  it('two concurrent sends of one campaign send once', () => {
    const h = ready();
    const request = confirmAll(h.preview(AT_RISK));
    const realMail = h.fake.globals.MailApp;
    let inner: BatchResult | undefined;
    (globalThis as Record<string, unknown>).MailApp = {
      getRemainingDailyQuota: () => realMail.getRemainingDailyQuota(),
      sendEmail: (...args: unknown[]) => {
        // While the first execution is sending, a second click starts the same campaign.
        inner ??= server.sendFollowUpsWith(h.env, request);
        return (realMail.sendEmail as (...a: unknown[]) => void)(...args);
      },
    };
    const outer = h.send(request);
    expect(inner!.stoppedBy).toBe('busy');
    expect(outer.stoppedBy).toBe('done');
    const third = h.send(request); // and once the first is done, a re-run sends nothing
    expect(third.processed).toEqual([]);
    expect(sentTo(h)).toHaveLength(11);
    expect(unique(sentTo(h))).toBe(true);
  });

  it('an error on one recipient is logged and the others still go', () => {
    const h = ready();
    h.fake.outbox.failFor('leo.schmidt@example.org', 'Invalid email: leo.schmidt@example.org');
    const result = h.send(confirmAll(h.preview(AT_RISK)));
    expect(result.stoppedBy).toBe('done');
    const leo = result.processed.find((p) => p.label === 'Leo Schmidt')!;
    expect(leo).toMatchObject({ result: 'failed', detail: 'Invalid email: leo.schmidt@example.org' });
    expect(sentTo(h)).toHaveLength(10);
    expect(h.logRows().find((r) => r.Customer === 'Leo Schmidt')).toMatchObject({
      Result: 'failed',
      Detail: 'Invalid email: leo.schmidt@example.org',
    });
    // A failure is not a contact: once fixed, a re-run sends to Leo only.
    h.fake.outbox.clearFailures();
    const retry = h.send(confirmAll(h.preview(AT_RISK)));
    expect(retry.processed.map((p) => p.label)).toEqual(['Leo Schmidt']);
    expect(unique(sentTo(h))).toBe(true);
  });

  it('a missing authorization stops the batch at the first recipient instead of failing each one', () => {
    // A manifest without gmail.compose: the fake refuses drafts.create as the Gmail API does.
    const manifest = projectManifest();
    const h = ready({
      manifest: {
        ...manifest,
        oauthScopes: manifest.oauthScopes!.filter((s) => !s.endsWith('/gmail.compose')),
      },
    });
    const result = h.drafts(confirmAll(h.preview(AT_RISK)));
    expect(result.stoppedBy).toBe('problems');
    expect(result.problems[0]).toMatch(
      /^Google refused Regulars the authorization this needs, so nothing was created or sent\. .*insufficient authentication scopes/,
    );
    expect(result.processed.map((p) => p.result)).toEqual(['failed']);
    expect(h.fake.outbox.entries).toEqual([]);
    expect(h.logRows().map((r) => r.Result)).toEqual(['failed']);
    // Nothing half-done: the refused customer is not held, and a fixed manifest drafts everyone.
    expect(h.preview(AT_RISK).recipients).toHaveLength(11);
  });

  it('the fake enforces the manifest: sending needs script.send_mail', () => {
    const manifest = projectManifest();
    const h = ready({
      manifest: {
        ...manifest,
        oauthScopes: manifest.oauthScopes!.filter((s) => !s.endsWith('/script.send_mail')),
      },
    });
    expect(() => h.options()).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('a crash after a send, before its result is written, never causes a duplicate on re-run', () => {
    const h = ready();
    const request = confirmAll(h.preview(AT_RISK));
    const original = FakeRange.prototype.setValues;
    let crashed = false;
    FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
      // The ledger row recording the first outcome: the execution dies just before it is saved.
      if (!crashed && String(values[0]?.[0]).startsWith('["o"')) {
        crashed = true;
        throw new Error('Exceeded maximum execution time');
      }
      return original.call(this, values);
    };
    try {
      expect(() => h.send(request)).toThrow('Exceeded maximum execution time');
    } finally {
      FakeRange.prototype.setValues = original;
    }
    expect(sentTo(h)).toHaveLength(1);
    const rerun = h.send(request);
    expect(rerun.stoppedBy).toBe('done');
    expect(rerun.processed).toHaveLength(10);
    expect(sentTo(h)).toHaveLength(11);
    expect(unique(sentTo(h))).toBe(true);
    // The interrupted one is shown as unknown in the Contact log, and never offered again.
    expect(h.logRows().map((r) => r.Result)).toEqual(['unknown', ...Array(10).fill('sent')]);
    expect(h.preview(AT_RISK).recipients).toEqual([]);
  });

  // Leftovers 29: a name with a digit was no name, and "Mary 2" was written to as "Dear friend,".
  it('greets a name with a small number by it, and an id never', () => {
    const h = ready();
    for (const [name, email, day] of [
      ['Mary 2', 'mary2@example.com', '2026-06-25'],
      ['Table 4 Anna', 'anna@example.com', '2026-06-26'],
      ['C225330', 'c225330@example.com', '2026-06-27'],
    ] as const) {
      h.fake.spreadsheet.sheet('Customers').api.appendRow([name, email]);
      h.addPurchase(name, day, 50);
    }
    const preview = h.preview({
      audience: { kind: 'stage', stage: 'new' },
      templateId: 'welcome',
      language: 'en',
    });
    const opening = (email: string) => {
      const r = preview.recipients.find((x) => x.email === email)!;
      return [r.textBody.split('\n')[0], r.unnamed];
    };
    expect(opening('mary2@example.com')).toEqual(['Dear Mary 2,', undefined]);
    expect(opening('anna@example.com')).toEqual(['Dear Table 4 Anna,', undefined]);
    expect(opening('c225330@example.com')).toEqual(['Dear friend,', true]);
  });

  it('merge values are HTML-escaped, subjects are one line, and log cells never become formulas', () => {
    const h = ready();
    // No address in it: a name holding one is no name to greet by (greeting-name.ts, review 25).
    const name = '<b>Eve</b> & "Co"\nBcc: Mallory';
    h.fake.spreadsheet.sheet('Customers').api.appendRow([name, 'eve@example.com']);
    h.fake.spreadsheet.sheet('Customers').api.appendRow(['=HYPERLINK("http://x","y")', 'f@example.com']);
    h.addPurchase(name, '2026-06-25', 50);
    h.addPurchase('=HYPERLINK("http://x","y")', '2026-06-26', 50);
    const preview = h.preview({
      audience: { kind: 'stage', stage: 'new' },
      templateId: 'welcome',
      language: 'en',
    });
    const eve = preview.recipients.find((r) => r.email === 'eve@example.com')!;
    expect(eve.subject).toBe('Thank you for visiting Lotus Leaf Tea House, <b>Eve</b> & "Co" Bcc: Mallory');
    expect(eve.htmlBody).toContain('Dear &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot; Bcc: Mallory,');
    expect(eve.htmlBody).not.toContain('<b>');
    h.drafts(confirmAll(preview));
    const draft = h.fake.outbox.drafts().find((d) => d.to === 'eve@example.com')!;
    expect(draft.subject).not.toMatch(/[\r\n]/);
    expect(draft.recipients).toEqual(['eve@example.com']);
    const log = h.fake.spreadsheet.sheet('Contact log');
    expect(
      log.api
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(h.logRows().map((r) => r.Customer)).toContain('=HYPERLINK("http://x","y")');
  });
});

describe('follow-ups through the fake: templates', () => {
  it('creates the Templates sheet, and the owner’s edits are used', () => {
    const h = ready();
    expect(server.openFollowUpTemplatesWith(h.env)).toBe('Templates');
    const rows = h.fake.values('Templates');
    expect(rows[0]).toEqual(['Template id', 'Language', 'Purpose', 'Name', 'Subject', 'Body']);
    // Eleven built-in purposes in three languages.
    expect(rows).toHaveLength(1 + 33);
    const row = rows.findIndex((r) => r[0] === 'check-in' && r[1] === 'en');
    h.fake.spreadsheet
      .sheet('Templates')
      .api.getRange(row + 1, 5)
      .setValue('A note for {{name}}');
    const preview = h.preview(AT_RISK);
    expect(preview.recipients[0]!.subject).toMatch(/^A note for /);
    expect(h.options().templates.find((t) => t.id === 'check-in' && t.language === 'en')!.fromSheet).toBe(
      true,
    );
  });

  it('a Templates row an earlier version wrote, never edited, gives way to the current text', () => {
    const h = ready();
    server.openFollowUpTemplatesWith(h.env);
    const rows = h.fake.values('Templates');
    const row = rows.findIndex((r) => r[0] === 'check-in' && r[1] === 'en');
    const body = h.fake.spreadsheet.sheet('Templates').api.getRange(row + 1, 6);
    // The check-in body of earlier versions, which told everyone At risk they were late.
    body.setValue(SUPERSEDED_BODIES.find((b) => b.includes('a little longer than usual'))!);
    const preview = h.preview(AT_RISK);
    expect(preview.recipients.length).toBeGreaterThan(0);
    for (const r of preview.recipients) expect(r.textBody).not.toContain('a little longer than usual');
    // Edited by the owner, it is the owner's text.
    body.setValue('Dear {{name}}, a little longer than usual, we think.');
    expect(h.preview(AT_RISK).recipients[0]!.textBody).toContain('a little longer than usual');
  });

  it('an unknown merge field is an error shown before anything is sent', () => {
    const h = ready();
    server.openFollowUpTemplatesWith(h.env);
    const rows = h.fake.values('Templates');
    const row = rows.findIndex((r) => r[0] === 'check-in' && r[1] === 'en');
    h.fake.spreadsheet
      .sheet('Templates')
      .api.getRange(row + 1, 6)
      .setValue('Use code {{discount_code}} now');
    const preview = h.preview(AT_RISK);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]).toMatch(
      /^Unknown merge field \{\{discount_code\}\} in the body\. Known fields: \{\{name\}\}/,
    );
    expect(preview.recipients).toEqual([]);
    const result = h.send({
      campaign: preview.spec,
      confirmed: [{ key: 'leo schmidt', lastPurchaseDay: 20_000, email: 'leo@example.com' }],
    });
    expect(result.stoppedBy).toBe('problems');
    expect(
      h.drafts({
        campaign: preview.spec,
        confirmed: [{ key: 'leo schmidt', lastPurchaseDay: 20_000, email: 'leo@example.com' }],
      }).stoppedBy,
    ).toBe('problems');
    expect(() => h.test({ campaign: preview.spec })).toThrow(/Unknown merge field/);
    expect(h.fake.outbox.entries).toEqual([]);
    expect(h.logRows()).toEqual([]);
  });

  it('reports unusable Templates rows', () => {
    const h = ready();
    server.openFollowUpTemplatesWith(h.env);
    h.fake.spreadsheet.sheet('Templates').api.appendRow(['my template', 'en', '', 'x', 's', 'b']);
    expect(h.options().templateProblems.map((p) => templateRowProblemText(p, 'en'))).toEqual([
      'Templates row 35: the id "my template" must be letters, digits, - or _ (at most 40).',
    ]);
  });
});

describe('follow-ups through the fake: sheets the add-on owns', () => {
  it('never writes a sheet it did not create, even one with the same name', () => {
    const h = ready();
    h.fake.spreadsheet.addSheet('Contact log', [['My own notes'], ['call Ava']]);
    h.drafts(confirmAll(h.preview(AT_RISK)));
    expect(h.fake.values('Contact log')).toEqual([['My own notes'], ['call Ava']]);
    expect(h.fake.values('Contact log (Regulars)')).toHaveLength(12);
    // Renamed by the owner, it is still found by its metadata.
    h.fake.spreadsheet.sheet('Contact log (Regulars)').api.setName('Emails');
    expect(h.drafts(confirmAll(h.preview(AT_RISK))).processed).toEqual([]);
  });
});

describe('follow-ups through the fake: outcomes', () => {
  it('shows the last contact and whether the customer bought within 30 days after it', () => {
    const h = ready();
    h.send(confirmAll(h.preview(AT_RISK)));
    h.fake.clock.advanceDays(5);
    h.addPurchase('Leo Schmidt', '2026-07-04', 120);
    h.addPurchase('Leo Schmidt', '2026-07-05', 30);
    const leo = server.getCustomerFollowUpWith(h.env, 'Leo Schmidt');
    expect(leo).toMatchObject({ lastContactDay: 20_634, status: 'bought', statusLabel: 'Yes', amount: 150 });
    // No date in the label: the card writes the contact's date before it (issue 12: it came twice).
    expect(leo.lastContactLabel).toBe('Stage: At risk · Check-in (At risk) · English');
    expect(server.getCustomerFollowUpWith(h.env, 'James Taylor')).toMatchObject({
      status: 'waiting',
      amount: 0,
    });
    expect(server.getCustomerFollowUpWith(h.env, 'Ava Johnson')).toMatchObject({ lastContactDay: null });
    const [result] = h.options().results;
    expect(result).toMatchObject({ contacted: 11, bought: 1, waiting: 10, amount: 150 });

    // The Insights sheet shows the same, in its last three columns.
    writeAnalysis(sheetEnv());
    const [header, ...rows] = h.fake.values('Insights');
    expect(header!.slice(-3)).toEqual([
      'Last contact',
      'Bought within 30 days after',
      'Spent within 30 days after',
    ]);
    const leoRow = rows.find((r) => r[0] === 'Leo Schmidt')!;
    expect(leoRow.slice(-2)).toEqual(['Yes', 150]);
    expect(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(leoRow.at(-3) as Date),
    ).toBe('2026-06-30');
    expect(rows.find((r) => r[0] === 'Ava Johnson')!.slice(-3)).toEqual(['', '', '']);
  });
});
