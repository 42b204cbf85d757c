// Creating drafts and sending follow-ups, so that no customer is ever emailed twice.
//
// THE PROTOCOL (one batch; the sidebar calls again while a batch ends with 'batch'):
//  1. Take the document lock (LockService.getDocumentLock, tryLock 10 s). If another execution
//     holds it — a second click, another tab, another editor — stop with 'busy' and touch nothing.
//  2. Inside the lock, read everything fresh: purchases, customers, feedback, templates and, above
//     all, the Contact log. Plan the campaign again with the guardrails (core/followups/campaign.ts):
//     whoever the log shows as contacted in this campaign, or within the cool-down, is skipped.
//  3. Sends only: read MailApp.getRemainingDailyQuota() and take at most that many recipients (and at
//     most BATCH_SIZE, to stay far from the 6-minute execution limit). The rest is not dropped: it
//     is reported, remembered as a pending campaign, and planned again on the next run.
//  4. For each recipient, in order:
//       a. append a Contact log row with result `pending` and flush it to the sheet;
//       b. send (MailApp.sendEmail) or create the draft (GmailApp.createDraft);
//       c. overwrite the result with `sent`/`drafted`, or `failed` and the error message, and flush.
//     An error from (b) marks that one row failed and the batch goes on with the next recipient;
//     a quota error ends the batch as 'quota', a missing authorization as 'problems'.
//  5. Release the lock (in `finally`; Apps Script also releases it when the execution ends).
//
// WHY NO DUPLICATE IS POSSIBLE
//  - Two executions never interleave steps 2–4: the lock serialises them, and the second one reads
//    the log only after the first has written every row it will write.
//  - The row is written before the email goes (4a before 4b). If the execution dies between 4b and
//    4c (timeout, quota kill, a failing sheet write), the row stays `pending`, and `pending` counts as
//    contacted: the re-run skips that customer. The price is at-most-once: a crash between 4a and 4b
//    leaves a customer unsent but marked pending, which the owner sees in the log (and can delete
//    the row to retry). Emailing nobody twice wins over emailing everybody.
//  - `failed` does not count: MailApp.sendEmail and GmailApp.createDraft throw when nothing was
//    delivered (invalid address, quota), so a retry is safe and wanted.
//  - The campaign id depends only on audience, template, language and the day the campaign was
//    prepared, which the sidebar keeps for the batches and the resume; and the guardrails match
//    contacts by email as well as by customer, so a shared address gets one email.

import {
  type CampaignPlan,
  type CampaignSpec,
  type PlannedEmail,
  planCampaign,
} from '../../core/followups/campaign';
import type { LogRecord } from '../../core/followups/contact-log';
import { normalizeEmail } from '../../core/followups/contacts';
import type { FollowUpSettings } from '../../core/followups/followup-settings';
import { splitByQuota } from '../../core/followups/guardrails';
import { singleLine } from '../../core/followups/merge-fields';
import { campaignInputs, type FollowUpData, loadFollowUpData } from './sources';
import { appendLogRow, ensureContactLog, loadSettings, setLogResult, setPending } from './store';

/** Most recipients one call handles: ~2 s each (log row, send, result) keeps a batch near a minute. */
export const BATCH_SIZE = 40;
/** How long a batch waits for another execution's lock before reporting 'busy'. */
export const LOCK_WAIT_MS = 10_000;

export type BatchMode = 'draft' | 'send';

export interface ProtocolEnvironment {
  /** The current instant (a fake clock in tests). */
  now(): Date;
}

export interface Processed {
  recipient: PlannedEmail;
  result: 'sent' | 'drafted' | 'failed';
  detail: string;
}

export type BatchOutcome =
  | { kind: 'busy' }
  | {
      kind: 'ran';
      data: FollowUpData;
      plan: CampaignPlan;
      processed: Processed[];
      remaining: number;
      stoppedBy: 'done' | 'batch' | 'quota' | 'problems';
      /** Set when a permission error stopped the batch. */
      fatal?: string;
    };

/** Runs `body` holding the document lock, or returns undefined when another execution holds it. */
export function withDocumentLock<T>(body: () => T): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return undefined;
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

/** The sender's display name: the shop name on one line, without characters that delimit addresses. */
export function senderName(settings: FollowUpSettings): string | undefined {
  const name = singleLine(settings.shopName).replace(/[<>"\\]/g, '');
  return name === '' ? undefined : name;
}

function mailOptions(email: PlannedEmail, settings: FollowUpSettings) {
  const options: { htmlBody: string; name?: string; replyTo?: string } = { htmlBody: email.htmlBody };
  const name = senderName(settings);
  if (name !== undefined) options.name = name;
  const replyTo = normalizeEmail(settings.replyTo);
  if (replyTo !== undefined) options.replyTo = replyTo;
  return options;
}

/** Delivers one email: the only two calls that reach customers. */
export function deliver(mode: BatchMode, email: PlannedEmail, to: string, settings: FollowUpSettings): void {
  if (mode === 'send') MailApp.sendEmail(to, email.subject, email.textBody, mailOptions(email, settings));
  else GmailApp.createDraft(to, email.subject, email.textBody, mailOptions(email, settings));
}

export function errorMessage(error: unknown): string {
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  return singleLine(message).slice(0, 300);
}

export function isQuotaError(message: string): boolean {
  return /too many times|quota|limit exceeded/i.test(message);
}

/** An error that would repeat for every recipient (a missing authorization): stop at once. */
export function isPermissionError(message: string): boolean {
  return /do not have permission|required permissions|authorization is required|not authorized/i.test(
    message,
  );
}

function logRecord(
  now: Date,
  plan: CampaignPlan,
  r: PlannedEmail,
  mode: 'draft' | 'send' | 'test',
  email: string,
  subject: string,
): LogRecord {
  return {
    time: now,
    campaignId: plan.campaignId,
    customer: r.label,
    email,
    templateId: plan.spec.templateId,
    subject,
    mode,
    result: 'pending',
    detail: '',
  };
}

/**
 * One batch of the protocol above. `confirmed` is the preview the owner confirmed (customer key →
 * last purchase day shown); only those customers can be written to.
 */
export function runBatch(
  mode: BatchMode,
  spec: CampaignSpec,
  confirmed: ReadonlyMap<string, number>,
  env: ProtocolEnvironment,
  optOutAcknowledged = false,
): BatchOutcome {
  const outcome = withDocumentLock((): BatchOutcome => {
    const data = loadFollowUpData(env.now());
    if (spec.preparedDay > data.context.todayDay)
      throw new Error('Invalid request — the campaign is dated after today.');
    const settings = loadSettings();
    const plan = planCampaign(spec, campaignInputs(data, settings, optOutAcknowledged), confirmed);
    if (plan.problems.length > 0) {
      return { kind: 'ran', data, plan, processed: [], remaining: 0, stoppedBy: 'problems' };
    }
    const quota = mode === 'send' ? MailApp.getRemainingDailyQuota() : Number.POSITIVE_INFINITY;
    const { now: batch } = splitByQuota(plan.recipients, Math.min(BATCH_SIZE, quota));
    const sheet =
      batch.length > 0 ? ensureContactLog(data.context.spreadsheet, data.context.language) : undefined;
    const processed: Processed[] = [];
    let quotaHit = batch.length < plan.recipients.length && quota < BATCH_SIZE;
    for (const r of batch) {
      const row = appendLogRow(sheet!, logRecord(env.now(), plan, r, mode, r.email, r.subject));
      let failure: string | undefined;
      try {
        deliver(mode, r, r.email, settings);
      } catch (error) {
        failure = errorMessage(error);
      }
      // Outside the try: if writing the result fails, the execution stops with the row `pending`.
      const result = failure !== undefined ? 'failed' : mode === 'send' ? 'sent' : 'drafted';
      setLogResult(sheet!, row, result, failure ?? '');
      processed.push({ recipient: r, result, detail: failure ?? '' });
      if (failure !== undefined && isQuotaError(failure)) {
        quotaHit = true;
        break;
      }
      if (failure !== undefined && isPermissionError(failure)) {
        return { kind: 'ran', data, plan, processed, remaining: 0, stoppedBy: 'problems', fatal: failure };
      }
    }
    const attempted = processed.filter((p) => p.result !== 'failed' || !isQuotaError(p.detail)).length;
    const remaining = plan.recipients.length - attempted;
    const stoppedBy = remaining === 0 ? 'done' : quotaHit ? 'quota' : 'batch';
    if (mode === 'send') {
      if (stoppedBy === 'quota') setPending(plan.campaignId, remaining, env.now().getTime());
      if (stoppedBy === 'done') setPending(plan.campaignId, 0, env.now().getTime());
    }
    return { kind: 'ran', data, plan, processed, remaining, stoppedBy };
  });
  return outcome ?? { kind: 'busy' };
}

/**
 * "Send test to me": the first recipient's email, marked as a test, to the owner's own address. Logged
 * with mode `test`, which never counts as contacting the customer. Called inside the document lock.
 */
export function deliverTest(
  data: FollowUpData,
  plan: CampaignPlan,
  test: PlannedEmail,
  ownerEmail: string,
  settings: FollowUpSettings,
  env: ProtocolEnvironment,
): void {
  const sheet = ensureContactLog(data.context.spreadsheet, data.context.language);
  const row = appendLogRow(sheet, logRecord(env.now(), plan, test, 'test', ownerEmail, test.subject));
  try {
    deliver('send', test, ownerEmail, settings);
  } catch (error) {
    const message = errorMessage(error);
    setLogResult(sheet, row, 'failed', message);
    throw new Error(message);
  }
  setLogResult(sheet, row, 'sent', '');
}
