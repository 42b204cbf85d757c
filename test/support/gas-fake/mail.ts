// Fake MailApp and GmailApp sharing one outbox and one daily recipient quota.
import { type FakeEnv, withStubs } from './env';

export interface OutboxEntry {
  kind: 'mail' | 'draft';
  /** Which service created it ('Gmail': the advanced service). */
  service: 'MailApp' | 'GmailApp' | 'Gmail';
  id: string;
  to: string;
  cc: string;
  bcc: string;
  /** Every address of to, cc and bcc. */
  recipients: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  from: string | null;
  noReply: boolean;
  attachments: number;
  date: Date;
  /** Drafts: deleted or sent. */
  deleted: boolean;
}

export interface MailFailure {
  to: string;
  subject: string;
  error: string;
}

interface MessageFields {
  to: string;
  cc?: string | undefined;
  bcc?: string | undefined;
  subject: string;
  body: string;
  htmlBody?: string | undefined;
  name?: string | undefined;
  replyTo?: string | undefined;
  from?: string | undefined;
  noReply?: boolean | undefined;
  attachments?: unknown[] | undefined;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Addresses of a comma-separated list; 'Name <a@b.c>' yields 'a@b.c'. */
function parseAddresses(list: string | undefined | null): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => /<([^>]*)>\s*$/.exec(part)?.[1]?.trim() ?? part);
}

/**
 * Test handle and shared state of the mail fakes: recorded messages and drafts, the daily quota and
 * forced failures.
 *
 * Quota: "Email recipients per day" (100 for consumer accounts, 1,500 for Workspace;
 * https://developers.google.com/apps-script/guides/services/quotas). Each send uses one unit per
 * recipient (to + cc + bcc); a send needing more than what remains throws
 * "Service invoked too many times for one day: email." and sends nothing. Quotas "reset 24 hours
 * after the first request": the fake resets when the clock passes 24 h after the first send of
 * the current window (or at nextDay()). Drafts do not use the recipient quota.
 */
export class FakeOutbox {
  readonly entries: OutboxEntry[] = [];
  readonly failures: MailFailure[] = [];
  private used = 0;
  private windowStartMs: number | null = null;
  private readonly failing = new Map<string, string>();
  private counter = 0;

  constructor(
    private readonly env: FakeEnv,
    public dailyQuota: number,
  ) {}

  /** Messages sent (MailApp.sendEmail, GmailApp.sendEmail, GmailDraft.send). */
  sent(): OutboxEntry[] {
    return this.entries.filter((e) => e.kind === 'mail');
  }
  /** Drafts that still exist. */
  drafts(): OutboxEntry[] {
    return this.entries.filter((e) => e.kind === 'draft' && !e.deleted);
  }
  /** Every address that was actually sent to, in order. */
  sentTo(): string[] {
    return this.sent().flatMap((e) => e.recipients);
  }

  private roll(): void {
    if (this.windowStartMs !== null && this.env.clock.nowMs() >= this.windowStartMs + 86_400_000) {
      this.used = 0;
      this.windowStartMs = null;
    }
  }

  remainingQuota(): number {
    this.roll();
    return Math.max(0, this.dailyQuota - this.used);
  }

  /**
   * When set, MailApp.getRemainingDailyQuota() reports this instead (e.g. a negative number, seen
   * once the quota is exceeded; the reference only says it returns an Integer:
   * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
   */
  reportedQuota: number | null = null;

  /** Sets what remains for the current day (raising the daily quota if needed). */
  setRemainingQuota(remaining: number): void {
    this.roll();
    if (remaining > this.dailyQuota) this.dailyQuota = remaining;
    this.used = this.dailyQuota - remaining;
    if (this.windowStartMs === null) this.windowStartMs = this.env.clock.nowMs();
  }

  /** Advances the clock by 24 hours and resets the quota. */
  nextDay(): void {
    this.env.clock.advance(86_400_000);
    this.used = 0;
    this.windowStartMs = null;
  }

  /** Makes sending to this address throw (MailApp, GmailApp and draft.send). */
  failFor(address: string, message = `Failed to send email to ${address}`): void {
    this.failing.set(address.toLowerCase(), message);
  }

  clearFailures(): void {
    this.failing.clear();
  }

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter.toString(16).padStart(12, '0')}`;
  }

  checkAddresses(addresses: string[]): void {
    for (const a of addresses) {
      if (!EMAIL.test(a)) throw this.env.error(`Invalid email: ${a}`);
    }
  }

  /** Validates, checks failures and quota, then records a sent message. */
  send(service: 'MailApp' | 'GmailApp', m: MessageFields): OutboxEntry {
    const recipients = [...parseAddresses(m.to), ...parseAddresses(m.cc), ...parseAddresses(m.bcc)];
    try {
      if (recipients.length === 0) throw this.env.error('Failed to send email: no recipient');
      this.checkAddresses(recipients);
      for (const a of recipients) {
        const failure = this.failing.get(a.toLowerCase());
        if (failure !== undefined) throw this.env.error(failure);
      }
      if (recipients.length > this.remainingQuota()) {
        throw this.env.error('Service invoked too many times for one day: email.');
      }
    } catch (e) {
      this.failures.push({
        to: m.to,
        subject: m.subject,
        error: String((e as { message?: unknown }).message ?? e),
      });
      throw e;
    }
    if (this.windowStartMs === null) this.windowStartMs = this.env.clock.nowMs();
    this.used += recipients.length;
    const entry = this.record('mail', service, m, recipients);
    this.env.checkpoint('mail');
    return entry;
  }

  record(
    kind: 'mail' | 'draft',
    service: OutboxEntry['service'],
    m: MessageFields,
    recipients: string[],
  ): OutboxEntry {
    const entry: OutboxEntry = {
      kind,
      service,
      id: this.nextId(kind === 'draft' ? 'r-' : ''),
      to: m.to ?? '',
      cc: m.cc ?? '',
      bcc: m.bcc ?? '',
      recipients,
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      from: m.from ?? null,
      noReply: m.noReply ?? false,
      attachments: m.attachments?.length ?? 0,
      date: this.env.clock.now(),
      deleted: false,
    };
    this.entries.push(entry);
    return entry;
  }
}

type MailApi = GoogleAppsScript.Mail.MailApp;
type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

export class FakeMailApp implements Pick<MailApi, 'getRemainingDailyQuota' | 'sendEmail'> {
  readonly api: MailApi;

  constructor(
    private readonly env: FakeEnv,
    private readonly outbox: FakeOutbox,
  ) {
    this.api = withStubs<FakeMailApp, MailApi>(this, 'MailApp');
  }

  getRemainingDailyQuota(): number {
    this.env.requireAuth('MailApp.getRemainingDailyQuota', false);
    return this.outbox.reportedQuota ?? this.outbox.remainingQuota();
  }

  /**
   * sendEmail(message), sendEmail(to, subject, body[, options]) and sendEmail(to, replyTo, subject,
   * body) (https://developers.google.com/apps-script/reference/mail/mail-app).
   */
  sendEmail(a: string | MailOptions, b?: string, c?: string, d?: string | MailOptions): void {
    this.env.requireAuth('MailApp.sendEmail', false);
    let m: MessageFields;
    if (typeof a === 'object' && a !== null) {
      m = { ...a, to: a.to ?? '', subject: String(a.subject ?? ''), body: String(a.body ?? '') };
    } else if (typeof d === 'string') {
      m = { to: String(a), replyTo: b, subject: String(c ?? ''), body: d };
    } else {
      m = { ...(d ?? {}), to: String(a), subject: String(b ?? ''), body: String(c ?? '') };
    }
    this.outbox.send('MailApp', m);
  }
}

type GmailApi = GoogleAppsScript.Gmail.GmailApp;
type DraftApi = GoogleAppsScript.Gmail.GmailDraft;
type MessageApi = GoogleAppsScript.Gmail.GmailMessage;
type GmailOptions = GoogleAppsScript.Gmail.GmailAdvancedOptions;

type MessageMethods =
  | 'getId'
  | 'getSubject'
  | 'getTo'
  | 'getCc'
  | 'getBcc'
  | 'getBody'
  | 'getPlainBody'
  | 'getFrom'
  | 'getReplyTo'
  | 'getDate'
  | 'isDraft';

export class FakeGmailMessage implements Pick<MessageApi, MessageMethods> {
  readonly api: MessageApi;

  constructor(
    private readonly env: FakeEnv,
    readonly entry: OutboxEntry,
    private readonly userEmail: () => string,
  ) {
    this.api = withStubs<FakeGmailMessage, MessageApi>(this, 'GmailMessage');
  }

  getId(): string {
    return this.entry.id;
  }
  getSubject(): string {
    return this.entry.subject;
  }
  getTo(): string {
    return this.entry.to;
  }
  getCc(): string {
    return this.entry.cc;
  }
  getBcc(): string {
    return this.entry.bcc;
  }
  /** The HTML body when one was given, else the plain body. */
  getBody(): string {
    return this.entry.htmlBody ?? this.entry.body;
  }
  getPlainBody(): string {
    return this.entry.body;
  }
  getFrom(): string {
    const email = this.entry.from ?? this.userEmail();
    return this.entry.name ? `${this.entry.name} <${email}>` : email;
  }
  getReplyTo(): string {
    return this.entry.replyTo ?? '';
  }
  getDate(): GoogleAppsScript.Base.Date {
    return this.env.date(this.entry.date.getTime());
  }
  isDraft(): boolean {
    return this.entry.kind === 'draft' && !this.entry.deleted;
  }
}

class FakeGmailDraft
  implements Pick<DraftApi, 'getId' | 'getMessage' | 'getMessageId' | 'deleteDraft' | 'send'>
{
  readonly api: DraftApi;

  constructor(
    private readonly gmail: FakeGmailApp,
    readonly entry: OutboxEntry,
  ) {
    this.api = withStubs<FakeGmailDraft, DraftApi>(this, 'GmailDraft');
  }

  getId(): string {
    return this.entry.id;
  }
  getMessageId(): string {
    return `m${this.entry.id}`;
  }
  getMessage(): MessageApi {
    return this.gmail.message(this.entry).api;
  }
  deleteDraft(): void {
    this.entry.deleted = true;
  }
  /** Sends the draft (uses the recipient quota) and removes it from the drafts. */
  send(): MessageApi {
    const e = this.entry;
    const sent = this.gmail.outbox.send('GmailApp', {
      to: e.to,
      cc: e.cc,
      bcc: e.bcc,
      subject: e.subject,
      body: e.body,
      htmlBody: e.htmlBody ?? undefined,
      name: e.name ?? undefined,
      replyTo: e.replyTo ?? undefined,
      from: e.from ?? undefined,
    });
    e.deleted = true;
    return this.gmail.message(sent).api;
  }
}

export class FakeGmailApp
  implements Pick<GmailApi, 'createDraft' | 'getDrafts' | 'getDraft' | 'getDraftMessages' | 'sendEmail'>
{
  readonly api: GmailApi;

  constructor(
    private readonly env: FakeEnv,
    readonly outbox: FakeOutbox,
    private readonly userEmail: () => string,
  ) {
    this.api = withStubs<FakeGmailApp, GmailApi>(this, 'GmailApp');
  }

  message(entry: OutboxEntry): FakeGmailMessage {
    return new FakeGmailMessage(this.env, entry, this.userEmail);
  }

  /**
   * Creates a draft (recorded in the outbox with kind 'draft'). Addresses are validated; an empty
   * recipient is allowed, as Gmail drafts may have none. Drafts do not use the send quota.
   */
  createDraft(recipient: string, subject: string, body: string, options?: GmailOptions): DraftApi {
    this.env.requireAuth('GmailApp.createDraft', false);
    const fields: MessageFields = {
      ...(options ?? {}),
      to: String(recipient ?? ''),
      subject: String(subject ?? ''),
      body: String(body ?? ''),
    };
    const recipients = [
      ...parseAddresses(fields.to),
      ...parseAddresses(fields.cc),
      ...parseAddresses(fields.bcc),
    ];
    this.outbox.checkAddresses(recipients);
    const entry = this.outbox.record('draft', 'GmailApp', fields, recipients);
    this.env.checkpoint('mail');
    return new FakeGmailDraft(this, entry).api;
  }

  getDrafts(): DraftApi[] {
    this.env.requireAuth('GmailApp.getDrafts', false);
    return this.outbox.drafts().map((e) => new FakeGmailDraft(this, e).api);
  }

  getDraft(draftId: string): DraftApi {
    this.env.requireAuth('GmailApp.getDraft', false);
    const entry = this.outbox.drafts().find((e) => e.id === draftId);
    if (!entry) throw this.env.error(`Invalid argument: draftId`);
    return new FakeGmailDraft(this, entry).api;
  }

  getDraftMessages(): MessageApi[] {
    this.env.requireAuth('GmailApp.getDraftMessages', false);
    return this.outbox.drafts().map((e) => this.message(e).api);
  }

  /** GmailApp.sendEmail(recipient, subject, body[, options]); same quota as MailApp. */
  sendEmail(recipient: string, subject: string, body: string, options?: GmailOptions): GmailApi {
    this.env.requireAuth('GmailApp.sendEmail', false);
    this.outbox.send('GmailApp', { ...(options ?? {}), to: recipient, subject, body });
    return this.api;
  }
}
