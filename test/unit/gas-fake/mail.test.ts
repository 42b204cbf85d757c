import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake MailApp', () => {
  it('uses one unit of quota per recipient (to + cc + bcc) and throws when exhausted', () => {
    const fake = createGasFake({ mailQuota: 5 });
    const { MailApp } = fake.globals;
    expect(MailApp.getRemainingDailyQuota()).toBe(5);
    MailApp.sendEmail('a@example.com', 'Hi', 'Body', {
      cc: 'b@example.com, c@example.com',
      bcc: 'd@example.com',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() =>
      MailApp.sendEmail({ to: 'e@example.com, f@example.com', subject: 'Two', body: 'x' }),
    ).toThrow('Service invoked too many times for one day: email.');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    MailApp.sendEmail({ to: 'Ann <e@example.com>', subject: 'One', body: 'x', htmlBody: '<p>x</p>' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('g@example.com', 'Hi', 'Body')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(fake.outbox.sent().map((m) => m.recipients)).toEqual([
      ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'],
      ['e@example.com'],
    ]);
    expect(fake.outbox.sent()[1]!.htmlBody).toBe('<p>x</p>');
    expect(fake.outbox.failures).toHaveLength(2);
  });

  it('resets the quota on the next day and supports setting what remains', () => {
    const fake = createGasFake({ mailQuota: 100 });
    const { MailApp } = fake.globals;
    fake.outbox.setRemainingQuota(1);
    MailApp.sendEmail('a@example.com', 'Hi', 'Body');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    fake.outbox.nextDay();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    // The window also rolls over by itself 24 hours after the first send.
    MailApp.sendEmail('a@example.com', 'Hi', 'Body');
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
    fake.clock.advance(24 * 3600 * 1000);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('fails for chosen recipients, invalid addresses and missing recipients without using quota', () => {
    const fake = createGasFake({ mailQuota: 10 });
    const { MailApp } = fake.globals;
    fake.outbox.failFor('bounce@example.com', 'Mailbox unavailable');
    expect(() => MailApp.sendEmail('bounce@example.com', 'Hi', 'Body')).toThrow('Mailbox unavailable');
    expect(() => MailApp.sendEmail('not-an-email', 'Hi', 'Body')).toThrow('Invalid email: not-an-email');
    expect(() => MailApp.sendEmail({ to: '', subject: 'Hi', body: 'x' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(MailApp.getRemainingDailyQuota()).toBe(10);
    expect(fake.outbox.sent()).toEqual([]);
    // (to, replyTo, subject, body) overload
    MailApp.sendEmail('a@example.com', 'reply@example.com', 'Subject', 'Body');
    expect(fake.outbox.sent()[0]).toMatchObject({
      replyTo: 'reply@example.com',
      subject: 'Subject',
      body: 'Body',
    });
  });
});

describe('gas-fake GmailApp drafts', () => {
  it('records drafts in the outbox without using the send quota', () => {
    const fake = createGasFake({ mailQuota: 3 });
    const { GmailApp, MailApp } = fake.globals;
    const draft = GmailApp.createDraft('ann@example.com', 'We miss you', 'Plain', {
      htmlBody: '<b>Hi</b>',
      name: 'Shop',
    });
    expect(draft.getId()).toMatch(/^r-/);
    expect(draft.getMessage().getSubject()).toBe('We miss you');
    expect(draft.getMessage().getTo()).toBe('ann@example.com');
    expect(draft.getMessage().getBody()).toBe('<b>Hi</b>');
    expect(draft.getMessage().getFrom()).toBe('Shop <owner@example.com>');
    expect(GmailApp.getDrafts().map((d) => d.getId())).toEqual([draft.getId()]);
    expect(fake.outbox.drafts()[0]).toMatchObject({
      kind: 'draft',
      to: 'ann@example.com',
      subject: 'We miss you',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
    expect(() => GmailApp.createDraft('bad address', 's', 'b')).toThrow('Invalid email: bad address');
    draft.send();
    expect(GmailApp.getDrafts()).toEqual([]);
    expect(fake.outbox.sent()).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
  });
});
