// Opt-outs and consent fail closed, through the Apps Script fake on the sample tea-shop workbook
// (as of 2026-06-30, Asia/Shanghai; its Customers sheet has an "Opt-out" column, and Mia Rossi opted
// out). At risk there: 14 customers, 10 of whom can be written to.
import { describe, expect, it } from 'vitest';
import * as server from '../../../src/gas/followups/server';
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

const reasonOf = (result: { skipped: { label: string; reason: string }[] }, label: string) =>
  result.skipped.find((s) => s.label === label)?.reason;

function setHeader(h: Harness, from: string, to: string): void {
  const header = h.fake.values('Customers')[0]!;
  h.fake.spreadsheet
    .sheet('Customers')
    .api.getRange(1, header.indexOf(from) + 1)
    .setValue(to);
}

function appendCustomerRow(h: Harness, cells: Record<string, unknown>): void {
  const header = h.fake.values('Customers')[0]!;
  h.fake.spreadsheet.sheet('Customers').api.appendRow(header.map((name) => cells[String(name)] ?? ''));
}

describe('opt-out columns under other names', () => {
  for (const name of ['Email opt-out', 'Unsubscribed on', 'DNC', '是否退订']) {
    it(`"${name}" is read as the opt-out column: Mia Rossi is skipped, never mailed`, () => {
      const h = ready();
      setHeader(h, 'Opt-out', name);
      const preview = h.preview(AT_RISK);
      expect(preview.noOptOutColumn).toBe(false);
      expect(reasonOf(preview, 'Mia Rossi')).toBe('optedOut');
      h.send(confirmAll(preview));
      expect(h.fake.outbox.sentTo().join(' ')).not.toMatch(/mia/i);
    });
  }
});

describe('a consent column fails closed', () => {
  it('"Accepts Marketing": no and blank mean do not email; yes is written to', () => {
    const h = ready();
    setHeader(h, 'Opt-out', 'Accepts Marketing');
    const values = h.fake.values('Customers');
    const column = values[0]!.indexOf('Accepts Marketing') + 1;
    const sheet = h.fake.spreadsheet.sheet('Customers').api;
    for (let row = 2; row <= values.length; row++) sheet.getRange(row, column).setValue('yes');
    h.setCustomerCell('Leo Schmidt', 'Accepts Marketing', 'no');
    h.setCustomerCell('谢婉', 'Accepts Marketing', '');
    const preview = h.preview(AT_RISK);
    expect(reasonOf(preview, 'Leo Schmidt')).toBe('optedOut');
    expect(reasonOf(preview, '谢婉')).toBe('optedOut');
    expect(reasonOf(preview, 'Mia Rossi')).toBeUndefined();
    expect(preview.recipients).toHaveLength(11);
    h.send(confirmAll(preview));
    expect(h.fake.outbox.sentTo()).toHaveLength(11);
    expect(h.fake.outbox.sentTo().join(' ')).not.toMatch(/leo|xie/);
  });
});

describe('no opt-out or consent column: the preview says so and sending needs an acknowledgement', () => {
  it('refuses drafts and sends without the acknowledgement, sending nothing; goes with it', () => {
    const h = ready();
    setHeader(h, 'Opt-out', 'Misc');
    const preview = h.preview(AT_RISK);
    expect(preview.noOptOutColumn).toBe(true);
    expect(preview.recipients.length).toBeGreaterThan(0);
    for (const refused of [h.send(confirmAll(preview)), h.drafts(confirmAll(preview))]) {
      expect(refused.stoppedBy).toBe('problems');
      expect(refused.problems).toEqual([
        'No opt-out or consent column is set for the customer sheet, so Regulars cannot tell who asked not to be emailed. Nothing was sent: confirm that you checked this in the sidebar, then try again.',
      ]);
    }
    expect(h.fake.outbox.entries).toEqual([]);
    expect(h.logRows()).toEqual([]);
    const sent = h.send({ ...confirmAll(preview), acknowledgeNoOptOut: true });
    expect(sent.stoppedBy).toBe('done');
    expect(h.fake.outbox.sentTo()).toHaveLength(preview.recipients.length);
  });

  it('with an opt-out column no acknowledgement is asked for', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    expect(preview.noOptOutColumn).toBe(false);
    expect(h.send(confirmAll(preview)).stoppedBy).toBe('done');
  });

  it('rejects an acknowledgement that is not true or false', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    expect(() => h.send({ ...confirmAll(preview), acknowledgeNoOptOut: 'yes' })).toThrow(
      /Invalid send request/,
    );
  });
});

describe('an opt-out written in a disguised address still stops the mail', () => {
  const disguises = [
    'Leo <LEO.SCHMIDT@example.org>',
    'mailto:leo.schmidt@example.org',
    'leo.schmidt@example.org.',
    'leo.\u200Bschmidt@example.org',
    'ｌｅｏ.schmidt＠example.org',
    'old@example.com; leo.schmidt@example.org',
  ];
  for (const email of disguises) {
    it(`an opted-out row with ${JSON.stringify(email)} stops mail to leo.schmidt@example.org`, () => {
      const h = ready();
      appendCustomerRow(h, { Customer: 'Leo (old row)', Email: email, 'Opt-out': 'yes' });
      const preview = h.preview(AT_RISK);
      expect(reasonOf(preview, 'Leo Schmidt')).toBe('optedOut');
      h.send(confirmAll(preview));
      expect(h.fake.outbox.sentTo()).not.toContain('leo.schmidt@example.org');
    });
  }

  it('the recipient is read through the disguise; a cell with two addresses is skipped, not guessed', () => {
    const h = ready();
    h.setCustomerCell('Leo Schmidt', 'Email', 'Leo Schmidt <Leo.Schmidt＠example.org>');
    h.setCustomerCell('谢婉', 'Email', 'xie.wan@example.org, xie.home@example.org');
    const preview = h.preview(AT_RISK);
    expect(preview.recipients.find((r) => r.label === 'Leo Schmidt')?.email).toBe('leo.schmidt@example.org');
    expect(preview.skipped.find((s) => s.label === '谢婉')).toMatchObject({
      reason: 'severalEmails',
      detail: 'xie.wan@example.org, xie.home@example.org',
    });
  });
});

describe('follow-ups are judged by today, whatever analysis date the column setup fixes', () => {
  it('a purchase after the fixed analysis date counts: no "we miss you" to a customer who just bought', () => {
    const h = ready();
    PropertiesService.getDocumentProperties().setProperty(
      'regulars.columnSetup',
      JSON.stringify({ asOf: '2026-06-30' }),
    );
    h.fake.clock.advanceDays(20);
    h.addPurchase('Leo Schmidt', '2026-07-15', 42);
    const options = h.options();
    expect(options.judgedOn).toBe('2026-07-20');
    expect(options.fixedAsOf).toBe('2026-06-30');
    const preview = h.preview(AT_RISK);
    expect(preview.judgedOn).toBe('2026-07-20');
    expect(preview.recipients.map((r) => r.label)).not.toContain('Leo Schmidt');
    h.send(confirmAll(preview));
    expect(h.fake.outbox.sentTo()).not.toContain('leo.schmidt@example.org');
  });
});
