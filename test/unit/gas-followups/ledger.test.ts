// The send ledger against what owners do to the sheets (issue 10), through the Apps Script fake on the
// sample tea-shop workbook: 11 of the 16 At-risk customers can be written to (see guardrails.test.ts).
// Each scenario failed on the code before the ledger (the Contact log was written by position, read by
// header, and was the only record).
import { describe, expect, it } from 'vitest';
import * as server from '../../../src/gas/followups/server';
import { ensureContactLog } from '../../../src/gas/followups/store';
import { sheetEnv, withDocumentLock } from '../../../src/gas/sheet-env';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

const SETTINGS = {
  shopName: 'Lotus Leaf Tea House',
  signature: 'Mei',
  postalAddress: '12 Willow Lane\nHangzhou 310000',
};

function ready(options: Parameters<typeof createHarness>[0] = {}): Harness {
  const h = createHarness(options);
  server.saveFollowUpSettingsWith(SETTINGS);
  return h;
}

const sentTo = (h: Harness) => h.fake.outbox.sentTo();
const unique = (xs: string[]) => new Set(xs).size === xs.length;
const log = (h: Harness) => h.fake.spreadsheet.sheet('Contact log');
const ledgerSheet = (h: Harness) => h.fake.spreadsheet.sheet('Regulars ledger');
/** Another campaign for the same customers: only the cool-down protects them. */
// A second campaign to the same customers: the survey template states no fact, so it fits them all.
const AT_RISK_SURVEY = { ...AT_RISK, templateId: 'survey' };

function sendAll(h: Harness, request: unknown = AT_RISK) {
  return h.send(confirmAll(h.preview(request)));
}

describe('the send ledger: owner edits to the Contact log change nothing', () => {
  it('an inserted "Notes" column: nobody is offered again, and new rows go under their headers', () => {
    const h = ready();
    expect(sendAll(h).processed).toHaveLength(11);
    log(h).api.insertColumnsBefore(2, 1);
    log(h).api.getRange(1, 2).setValue('Notes');
    expect(h.preview(AT_RISK).recipients).toEqual([]);
    expect(h.preview(AT_RISK_SURVEY).recipients).toEqual([]);
    // A test send adds a row: by header name, the owner's Notes column left blank.
    h.test({
      campaign: h.preview({ ...AT_RISK, audience: { kind: 'stage', stage: 'new' }, templateId: 'welcome' })
        .spec,
    });
    const last = h.logRows().at(-1)!;
    expect(last).toMatchObject({ Notes: '', Mode: 'test', Result: 'sent', Email: 'owner@example.com' });
    expect(String(last.Campaign)).toMatch(/^2026-06-30\/stage-new\/welcome\/en$/);
  });

  it('moved and deleted columns: rows written after them are read back, nobody is offered again', () => {
    const h = ready();
    h.fake.outbox.setRemainingQuota(4);
    sendAll(h);
    const api = log(h).api;
    api.moveColumns(api.getRange('D:D'), 1); // Email first
    api.deleteColumn(6); // Subject (after the move)
    h.fake.outbox.nextDay();
    const pending = h.options().pending[0]!;
    expect(
      h.send(confirmAll(h.preview({ ...AT_RISK, preparedDay: pending.spec.preparedDay }))).processed,
    ).toHaveLength(7);
    expect(h.preview({ ...AT_RISK, preparedDay: pending.spec.preparedDay }).recipients).toEqual([]);
    expect(h.preview(AT_RISK_SURVEY).recipients).toEqual([]);
    expect(sentTo(h)).toHaveLength(11);
    expect(unique(sentTo(h))).toBe(true);
    // The new rows went under the moved headers.
    const rows = h.logRows();
    expect(rows.at(-1)).toMatchObject({ Mode: 'send', Result: 'sent' });
    expect(String(rows.at(-1)!.Email)).toMatch(/@/);
    expect(rows.at(-1)!.Subject).toBeUndefined();
  });

  it('plain-text columns: no apostrophe ends up as data, and nobody is offered again', () => {
    const h = ready();
    sendAll(h);
    log(h).api.getRange('A:I').setNumberFormat('@');
    expect(h.preview(AT_RISK).recipients).toEqual([]);
    h.test({
      campaign: h.preview({ ...AT_RISK, audience: { kind: 'stage', stage: 'new' }, templateId: 'welcome' })
        .spec,
    });
    const values = h.fake.values('Contact log');
    expect(values.flat().some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
    expect(h.logRows().at(-1)).toMatchObject({ Email: 'owner@example.com', Mode: 'test' });
  });

  it('a deleted header row: the first contact is not forgotten, and new rows get a header below the owner’s', () => {
    const h = ready();
    sendAll(h);
    log(h).api.deleteRow(1);
    expect(h.preview(AT_RISK).recipients).toEqual([]);
    h.test({
      campaign: h.preview({ ...AT_RISK, audience: { kind: 'stage', stage: 'new' }, templateId: 'welcome' })
        .spec,
    });
    const values = h.fake.values('Contact log');
    expect(values[0]![2]).toBe('Leo Schmidt'); // the owner's rows stay where they are
    expect(values[11]!.slice(0, 3)).toEqual(['Time', 'Campaign', 'Customer']);
    expect(values[12]!.slice(6, 8)).toEqual(['test', 'sent']);
    expect(values).toHaveLength(13); // the 11 owner-kept rows, the header, the test
  });

  it('deleted log rows, or the whole Contact log deleted: nobody is emailed twice', () => {
    const h = ready();
    sendAll(h);
    log(h).api.deleteRows(2, 11);
    expect(h.preview(AT_RISK).recipients).toEqual([]);
    h.fake.spreadsheet.api.deleteSheet(log(h).api);
    expect(h.preview(AT_RISK).recipients).toEqual([]);
    expect(h.preview(AT_RISK_SURVEY).recipients).toEqual([]);
    expect(sendAll(h).processed).toEqual([]);
    expect(unique(sentTo(h))).toBe(true);
  });

  it('a copy of the Contact log is the owner’s: new rows go to the original only', () => {
    const h = ready();
    sendAll(h);
    log(h).api.copyTo(h.fake.spreadsheet.api);
    const copyBefore = h.fake.values('Copy of Contact log');
    // Moved first, so a search by metadata would find the copy first.
    h.fake.spreadsheet.api.setActiveSheet(h.fake.spreadsheet.sheet('Copy of Contact log').api);
    h.fake.spreadsheet.api.moveActiveSheet(1);
    h.test({
      campaign: h.preview({ ...AT_RISK, audience: { kind: 'stage', stage: 'new' }, templateId: 'welcome' })
        .spec,
    });
    expect(h.fake.values('Copy of Contact log')).toEqual(copyBefore);
    expect(h.fake.values('Contact log')).toHaveLength(13);
  });

  it('a quota resume the next day works after the owner edited the log', () => {
    const h = ready();
    h.fake.outbox.setRemainingQuota(4);
    const first = sendAll(h);
    expect(first.stoppedBy).toBe('quota');
    log(h).api.insertColumnsBefore(1, 2);
    log(h).api.getRange('A:K').setNumberFormat('@');
    log(h).api.deleteRow(1);
    h.fake.outbox.nextDay();
    const pending = h.options().pending[0]!;
    const resume = h.preview({ ...AT_RISK, preparedDay: pending.spec.preparedDay });
    expect(resume.recipients).toHaveLength(7);
    expect(h.send(confirmAll(resume)).stoppedBy).toBe('done');
    expect(sentTo(h)).toHaveLength(11);
    expect(unique(sentTo(h))).toBe(true);
  });
});

describe('the send ledger fails closed', () => {
  it('a ledger row deleted or edited: nothing is sent, and the owner is told why', () => {
    const h = ready();
    h.fake.outbox.setRemainingQuota(4);
    sendAll(h);
    h.fake.outbox.nextDay();
    ledgerSheet(h).api.deleteRow(3);
    const preview = h.preview(AT_RISK);
    expect(preview.recipients).toEqual([]);
    expect(preview.problems).toEqual([
      expect.stringMatching(
        /^The hidden sheet “Regulars ledger”.*was changed outside Regulars.*Nothing was sent\./,
      ),
    ]);
    const result = h.send({
      campaign: preview.spec,
      confirmed: [{ key: 'leo schmidt', lastPurchaseDay: 1, email: 'leo@example.com' }],
    });
    expect(result.stoppedBy).toBe('problems');
    expect(result.problems[0]).toMatch(/changed outside Regulars/);
    expect(sentTo(h)).toHaveLength(4);
  });

  it('the ledger sheet deleted: nothing is sent', () => {
    const h = ready();
    sendAll(h);
    h.fake.spreadsheet.api.deleteSheet(ledgerSheet(h).api);
    const preview = h.preview(AT_RISK_SURVEY);
    expect(preview.problems[0]).toMatch(/was deleted/);
    expect(preview.recipients).toEqual([]);
  });

  it('the ledger survives its own plain-text format, inserted columns and a rename', () => {
    const h = ready();
    h.fake.outbox.setRemainingQuota(4);
    sendAll(h);
    const api = ledgerSheet(h).api;
    api.insertColumnsBefore(1, 2);
    api.getRange('A:F').setNumberFormat('@');
    api.setName('old stuff');
    h.fake.outbox.nextDay();
    const pending = h.options().pending[0]!;
    const resume = h.preview({ ...AT_RISK, preparedDay: pending.spec.preparedDay });
    expect(resume.problems).toEqual([]);
    expect(resume.recipients).toHaveLength(7);
  });

  it('without its saved digest (a copy of the spreadsheet), an intact ledger is adopted; an edited one is not', () => {
    const h = ready();
    sendAll(h);
    PropertiesService.getDocumentProperties().deleteProperty('regulars.followups.ledger');
    const adopted = h.preview(AT_RISK_SURVEY);
    expect(adopted.problems).toEqual([]);
    expect(adopted.recipients).toEqual([]);
    ledgerSheet(h).api.getRange(3, 1).setValue('edited');
    expect(h.preview(AT_RISK_SURVEY).problems[0]).toMatch(/changed outside Regulars/);
  });

  it('the ledger is hidden and its rows are add-on JSON only', () => {
    const h = ready();
    sendAll(h);
    expect(ledgerSheet(h).api.isSheetHidden()).toBe(true);
    const rows = h.fake.values('Regulars ledger').slice(1).flat();
    // 11 attempts, their 11 outcomes, and the sample's opt-out (Mia Rossi), recorded as unsubscribed.
    expect(rows).toHaveLength(23);
    expect(rows.every((r) => typeof r === 'string' && r.startsWith('['))).toBe(true);
    expect(rows.filter((r) => String(r).startsWith('["u",'))).toEqual([expect.stringContaining('mia')]);
  });

  it('a Contact log from before the ledger is imported; one without its header stops sending', () => {
    const h = ready();
    const sheet = ensureContactLog(sheetEnv().spreadsheet, 'en');
    sheet.appendRow([
      new Date('2026-06-29T02:00:00Z'),
      '2026-06-29/stage-atRisk/check-in/en',
      'Leo Schmidt',
      "'leo.schmidt@example.org",
      'check-in',
      'Hi',
      'send',
      'sent',
      '',
    ]);
    const preview = h.preview(AT_RISK_SURVEY);
    expect(preview.skipped.find((s) => s.label === 'Leo Schmidt')?.reason).toBe('coolDown');
    expect(preview.recipients).toHaveLength(10);
    sheet.deleteRow(1);
    const broken = h.preview(AT_RISK_SURVEY);
    expect(broken.problems[0]).toMatch(/no header row Regulars can read/);
    expect(broken.recipients).toEqual([]);
  });

  it('an imported row counts whatever its Mode says: Chinese words, or a word the owner typed', () => {
    const h = ready();
    const sheet = ensureContactLog(sheetEnv().spreadsheet, 'zh-CN');
    const row = (customer: string, email: string, mode: string, result: string) => [
      new Date('2026-06-29T02:00:00Z'),
      '2026-06-29/stage-atRisk/check-in/zh-CN',
      customer,
      email,
      'check-in',
      '您好',
      mode,
      result,
      '',
    ];
    sheet.appendRow(row('Leo Schmidt', 'leo.schmidt@example.org', '发送', '已发送'));
    sheet.appendRow(row('James Taylor', '', 'emailed her', 'ok'));
    sheet.appendRow(row('', '', 'note', 'called the shop'));
    const preview = h.preview(AT_RISK_SURVEY);
    for (const name of ['Leo Schmidt', 'James Taylor'])
      expect(preview.skipped.find((s) => s.label === name)?.reason).toBe('coolDown');
    expect(preview.recipients).toHaveLength(9);
  });
});

describe('outcomes nobody knows, locks and quotas', () => {
  it('an error after the mail was handed over is `unknown`, shown, and never retried', () => {
    const h = ready();
    h.fake.outbox.failFor('leo.schmidt@example.org', 'Service error: Mail');
    const result = sendAll(h);
    const leo = result.processed.find((p) => p.label === 'Leo Schmidt')!;
    expect(leo.result).toBe('unknown');
    expect(leo.detail).toMatch(/may or may not have gone.*\(Service error: Mail\)$/);
    expect(h.logRows().find((r) => r.Customer === 'Leo Schmidt')).toMatchObject({ Result: 'unknown' });
    h.fake.outbox.clearFailures();
    const again = sendAll(h);
    expect(again.processed).toEqual([]);
    expect(h.preview(AT_RISK).skipped.find((s) => s.label === 'Leo Schmidt')?.reason).toBe(
      'alreadyContacted',
    );
  });

  it('a crash just after the mail went (the service throws): unknown, never sent twice', () => {
    const h = ready();
    const request = confirmAll(h.preview(AT_RISK));
    // The execution dies while the first email is being handed over, after it went.
    h.fake.faults.crashAfter(1, 'mail');
    expect(() => h.send(request)).toThrow('Exceeded maximum execution time');
    expect(sentTo(h)).toHaveLength(1);
    const rerun = h.send(request);
    expect(rerun.processed).toHaveLength(10);
    expect(sentTo(h)).toHaveLength(11);
    expect(unique(sentTo(h))).toBe(true);
    expect(h.logRows()[0]).toMatchObject({
      Result: 'unknown',
      Detail: expect.stringMatching(/^The run stopped/),
    });
  });

  it('getDocumentLock() returning null: nothing is sent, and the owner is told why', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    h.fake.lock.noDocumentLock = true;
    const result = h.send(confirmAll(preview));
    expect(result.stoppedBy).toBe('problems');
    expect(result.problems).toEqual([expect.stringMatching(/could not get this spreadsheet’s lock/)]);
    expect(() => h.test({ campaign: preview.spec })).toThrow(/could not get this spreadsheet’s lock/);
    expect(h.fake.outbox.entries).toEqual([]);
  });

  it('a negative remaining quota is read as none left', () => {
    const h = ready();
    h.fake.outbox.reportedQuota = -3;
    const result = sendAll(h);
    expect(result.processed).toEqual([]);
    expect(result.stoppedBy).toBe('quota');
    expect(result.remainingQuota).toBe(0);
    expect(h.options().remainingQuota).toBe(0);
    expect(sentTo(h)).toEqual([]);
  });
});

describe('the shop’s postal address', () => {
  it('is required before drafts or sends, and ends every follow-up', () => {
    const h = createHarness();
    server.saveFollowUpSettingsWith({ shopName: 'Lotus Leaf Tea House' });
    const preview = h.preview(AT_RISK);
    expect(preview.problems).toEqual([
      'Fill in your shop’s postal address in the follow-up settings first: every follow-up shows it.',
    ]);
    expect(
      h.drafts({
        campaign: preview.spec,
        confirmed: [{ key: 'leo schmidt', lastPurchaseDay: 1, email: 'leo@example.com' }],
      }).stoppedBy,
    ).toBe('problems');
    server.saveFollowUpSettingsWith(SETTINGS);
    const leo = h.preview(AT_RISK).recipients.find((r) => r.label === 'Leo Schmidt')!;
    expect(leo.textBody.endsWith('\nLotus Leaf Tea House\n12 Willow Lane\nHangzhou 310000')).toBe(true);
    expect(leo.htmlBody).toContain('Lotus Leaf Tea House<br>12 Willow Lane<br>Hangzhou 310000');
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const zh = h.preview({ ...AT_RISK, language }).recipients[0]!;
      expect(zh.textBody).toContain('12 Willow Lane\nHangzhou 310000');
    }
  });
});

describe('the Contact log speaks the owner’s language', () => {
  /** The Contact log (named in the spreadsheet's language) as objects by header. */
  const rowsOf = (h: Harness, name: string) => {
    const [header, ...rows] = h.fake.values(name);
    return rows.map((r) => Object.fromEntries(header!.map((c, i) => [String(c), r[i]])));
  };

  it('in a Chinese spreadsheet the rows say their mode and result in Chinese, and hold their customers', () => {
    const h = ready({ locale: 'zh_CN' });
    const preview = h.preview(AT_RISK);
    expect(preview.recipients.length).toBeGreaterThan(0);
    h.send(confirmAll(preview));
    const rows = rowsOf(h, '联系记录');
    expect(rows).toHaveLength(preview.recipients.length);
    expect(Object.keys(rows[0]!)).toContain('方式');
    for (const r of rows) expect(r).toMatchObject({ 方式: '发送', 结果: '已发送' });
    expect(h.preview(AT_RISK).recipients).toEqual([]);
  });

  it('a campaign is named with its emails’ language and its day as the owner reads them', () => {
    for (const [locale, ending] of [
      ['en_US', ' · English · 30 June 2026'],
      ['zh_CN', ' · English · 2026年6月30日'],
    ] as const) {
      const h = ready({ locale });
      sendAll(h);
      expect(h.options().results[0]!.label.endsWith(ending)).toBe(true);
    }
  });

  it('a released draft in a Traditional Chinese spreadsheet says so in Traditional Chinese', () => {
    const h = ready({ locale: 'zh_TW' });
    const preview = h.preview(AT_RISK);
    h.drafts(confirmAll(preview));
    server.releaseFollowUpDraftsWith(h.env, { campaignId: preview.campaignId });
    const results = rowsOf(h, '聯繫紀錄').map((r) => r.結果);
    expect(results.filter((r) => r === '已存為草稿')).toHaveLength(preview.recipients.length);
    expect(results.filter((r) => r === '草稿已放棄')).toHaveLength(preview.recipients.length);
  });
});

describe('drafts are an honest state', () => {
  it('a draft holds its customer like a send, and shows as drafted, not known to be sent', () => {
    const h = ready();
    h.drafts(confirmAll(h.preview(AT_RISK)));
    h.fake.clock.advanceDays(1);
    const other = h.preview(AT_RISK_SURVEY);
    expect(other.recipients).toEqual([]);
    const leo = other.skipped.find((s) => s.label === 'Leo Schmidt')!;
    expect(leo).toMatchObject({ reason: 'coolDown', heldByDraft: true });
    expect(server.getCustomerFollowUpWith(h.env, 'Leo Schmidt')).toMatchObject({
      status: 'draftNotKnownSent',
      statusLabel: 'Drafted, not known to be sent',
      openDrafts: 1,
    });
    // No "11 contacted · 0 bought": nothing is known to be sent, so nothing counts as not buying.
    expect(h.options().results[0]).toMatchObject({
      contacted: 11,
      sent: 0,
      drafts: 11,
      bought: 0,
      waiting: 0,
      windowOpenUntil: null,
    });
  });

  it('sends on day 0 say the 30-day window is open', () => {
    const h = ready();
    sendAll(h);
    expect(h.options().results[0]).toMatchObject({
      sent: 11,
      drafts: 0,
      bought: 0,
      waiting: 11,
      windowOpenUntil: 20_664,
    });
  });

  it('drafts the owner discarded can be released (logged), and their customers are free again', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    h.drafts(confirmAll(preview));
    expect(server.releaseFollowUpDraftsWith(h.env, { campaignId: preview.campaignId })).toEqual({
      count: 11,
    });
    expect(h.logRows().filter((r) => r.Result === 'released')).toHaveLength(11);
    expect(h.preview(AT_RISK_SURVEY).recipients).toHaveLength(11);
    expect(h.options().results).toEqual([]);
    // Released twice: nothing more to release.
    expect(server.releaseFollowUpDraftsWith(h.env, { campaignId: preview.campaignId })).toEqual({ count: 0 });
    expect(() => server.releaseFollowUpDraftsWith(h.env, {})).toThrow(/give a campaign, a customer, or both/);
  });

  it('a draft marked as sent counts for outcomes from the day it was drafted', () => {
    const h = ready();
    h.drafts(confirmAll(h.preview(AT_RISK)));
    expect(server.markFollowUpDraftsSentWith(h.env, { customerKey: 'Leo Schmidt' })).toEqual({ count: 1 });
    h.fake.clock.advanceDays(5);
    h.addPurchase('Leo Schmidt', '2026-07-04', 120);
    h.addPurchase('James Taylor', '2026-07-04', 60);
    expect(server.getCustomerFollowUpWith(h.env, 'Leo Schmidt')).toMatchObject({
      status: 'bought',
      amount: 120,
      openDrafts: 0,
    });
    expect(server.getCustomerFollowUpWith(h.env, 'James Taylor')).toMatchObject({
      status: 'draftNotKnownSent',
      amount: 0,
    });
    expect(h.options().results[0]).toMatchObject({ sent: 1, drafts: 10, bought: 1, amount: 120 });
    expect(h.logRows().find((r) => r.Result === 'marked sent')).toMatchObject({
      Customer: 'Leo Schmidt',
      Mode: 'draft',
    });
    // A marked draft cannot be released any more: it went.
    expect(server.releaseFollowUpDraftsWith(h.env, { customerKey: 'Leo Schmidt' })).toEqual({ count: 0 });
  });
});

describe('drafts through the Gmail advanced service (gmail.compose)', () => {
  it('subject, sender name, reply-to and both bodies arrive intact, in Chinese too', () => {
    const h = createHarness();
    server.saveFollowUpSettingsWith({ ...SETTINGS, shopName: '荷叶茶馆', replyTo: 'shop@example.com' });
    const preview = h.preview({ ...AT_RISK, language: 'zh-CN' });
    h.drafts(confirmAll(preview));
    const drafts = h.fake.outbox.drafts();
    expect(drafts).toHaveLength(11);
    for (const d of drafts) {
      const r = preview.recipients.find((x) => x.email === d.to)!;
      expect(d).toMatchObject({
        service: 'Gmail',
        subject: r.subject,
        body: r.textBody,
        htmlBody: r.htmlBody,
        name: '荷叶茶馆',
        from: 'owner@example.com',
        replyTo: 'shop@example.com',
      });
    }
  });
});

describe('a null document lock elsewhere', () => {
  it('the analysis still runs (it emails nobody and writes only its own sheets)', () => {
    const h = ready();
    h.fake.lock.noDocumentLock = true;
    expect(withDocumentLock('busy', () => 42)).toBe(42);
  });
});
