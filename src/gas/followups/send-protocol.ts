// Creating drafts and sending follow-ups, so that no customer is ever emailed twice.
//
// THE PROTOCOL (one batch; the sidebar calls again while a batch ends with 'batch'):
//  1. Take the document lock (tryDocumentLock in ../sheet-env.ts, tryLock 10 s). If another execution
//     holds it — a second click, another tab, another editor — stop with 'busy' and touch nothing.
//     getDocumentLock() is documented to return null outside a document
//     (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()):
//     then nothing is sent either, and the owner is told why.
//  2. Inside the lock, read everything fresh: purchases, customers, feedback, templates and, above
//     all, the send ledger (ledger-store.ts), verified against its digest. A ledger that cannot be
//     read with certainty stops everything (fail closed). Plan the campaign again with the
//     guardrails (core/followups/campaign.ts): whoever the ledger shows as contacted in this
//     campaign, or within the cool-down, is skipped.
//  3. Attempts an earlier execution left without an outcome (it died between 4a and 4c) are recorded
//     as `unknown`; the visible Contact log is brought up to date with the ledger.
//  4. Sends only: read MailApp.getRemainingDailyQuota() (negative read as 0) and take at most that
//     many recipients (and at most BATCH_SIZE, to stay far from the 6-minute execution limit). The
//     rest is not dropped: it is reported, remembered as a pending campaign, and planned again on
//     the next run. For each recipient, in order:
//       a. append an `attempt` event to the ledger and save it (flush, then its digest);
//       b. send (MailApp.sendEmail) or create the draft (GmailApp.createDraft);
//       c. append the outcome: `sent`/`drafted`; `failed` when the service refused before sending
//          (invalid address, quota, missing authorization); `unknown` for any other error.
//     A quota refusal ends the batch as 'quota', a missing authorization as 'problems'.
//  5. Show the batch in the visible Contact log; release the lock (in `finally`; Apps Script also
//     releases it when the execution ends).
//
// WHY NO DUPLICATE IS POSSIBLE
//  - Two executions never interleave steps 2–5: the lock serialises them, and the second one reads
//    the ledger only after the first has written every event it will write.
//  - The attempt is saved before the email goes (4a before 4b), and an attempt counts as a contact
//    unless its outcome is `failed`. If the execution dies between 4b and 4c, the attempt stays
//    without outcome, then `unknown`: the re-run skips that customer. The price is at-most-once: a
//    crash between 4a and 4b leaves a customer unsent but marked, which the owner sees in the
//    Contact log. Emailing nobody twice wins over emailing everybody.
//  - `unknown` is never retried: a transient service error may come after the mail went.
//  - Nothing the owner does to the visible Contact log changes the ledger; a change to the ledger
//    itself is detected by its digest and stops all sends.
//  - The campaign id depends only on audience, template, language and the day the campaign was
//    prepared, which the sidebar keeps for the batches and the resume; and the guardrails match
//    contacts by email as well as by customer, so a shared address gets one email.

import {
  type CampaignPlan,
  type CampaignSpec,
  type PlannedEmail,
  planCampaign,
} from '../../core/followups/campaign';
import { normalizeEmail } from '../../core/followups/contacts';
import type { FollowUpSettings } from '../../core/followups/followup-settings';
import { formatEmailDate } from '../../core/followups/followup-texts';
import { splitByQuota } from '../../core/followups/guardrails';
import { type LedgerEvent, nextId } from '../../core/followups/ledger';
import { singleLine } from '../../core/followups/merge-fields';
import type { Language } from '../../core/i18n/language';
import { sheetEnv, tryDocumentLock } from '../sheet-env';
import { serverTexts } from './built-in-templates';
import { reportLedger } from './contact-report';
import { createGmailDraft, ownAddress } from './gmail-drafts';
import { appendEvents, type Ledger } from './ledger-store';
import { campaignInputs, type FollowUpData, loadFollowUpData } from './sources';
import { loadSettings, setPending } from './store';
import { addToSuppression, recordUnsubscribes } from './suppression-sheet';

/** Most recipients one call handles: ~2 s each (ledger rows, send) keeps a batch near a minute. */
export const BATCH_SIZE = 40;

export type BatchMode = 'draft' | 'send';

export interface ProtocolEnvironment {
  /** The current instant (a fake clock in tests). */
  now(): Date;
}

type ProcessedResult = 'sent' | 'drafted' | 'failed' | 'unknown';
type AttemptEvent = Extract<LedgerEvent, { kind: 'attempt' }>;

interface Processed {
  recipient: PlannedEmail;
  result: ProcessedResult;
  detail: string;
}

export type BatchOutcome =
  | { kind: 'busy' }
  | { kind: 'noLock' }
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

/** Runs `work` holding the document lock; without it, throws the owner's message saying why. */
export function underLock<T>(work: () => T): T {
  const locked = tryDocumentLock(work);
  if (!locked.ok) throw new Error(serverTexts().ledger[sheetEnv().language][locked.reason]);
  return locked.value;
}

/**
 * A campaign is prepared today or on an earlier day (a resume), never later. A later day is what an
 * owner meets after changing the spreadsheet's time zone westwards between the preview and Send
 * (trial 19: Shanghai → Honolulu): said so, in their language, with what to do. Nothing was sent, and
 * the preview again gets today's campaign, which the ledger keeps from writing to anyone twice.
 */
export function checkPreparedDay(preparedDay: number, todayDay: number, language: Language): void {
  if (preparedDay > todayDay) {
    const text = serverTexts().ledger[language].datedAfterToday;
    throw new Error(text.replace('{day}', () => formatEmailDate(preparedDay, language)));
  }
}

/**
 * Recipients MailApp may still send to today. Negative once the quota is exceeded (seen in
 * practice, although the reference documents only the count): read as 0.
 */
export function remainingQuota(): number {
  const q = MailApp.getRemainingDailyQuota();
  return typeof q === 'number' && Number.isFinite(q) ? Math.max(0, Math.floor(q)) : 0;
}

/** The sender's display name: the shop name on one line, without characters that delimit addresses. */
function senderName(settings: FollowUpSettings): string | undefined {
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

/** Delivers one email: the only two calls that reach customers (a draft reaches them once the owner sends it). */
function deliver(mode: BatchMode, email: PlannedEmail, to: string, settings: FollowUpSettings): void {
  if (mode === 'send') {
    MailApp.sendEmail(to, email.subject, email.textBody, mailOptions(email, settings));
    return;
  }
  const options = mailOptions(email, settings);
  const own = ownAddress();
  createGmailDraft({
    from: own === undefined ? undefined : { name: options.name, email: own },
    to,
    replyTo: options.replyTo,
    subject: email.subject,
    textBody: email.textBody,
    htmlBody: email.htmlBody,
  });
}

function errorMessage(error: unknown): string {
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  return singleLine(message).slice(0, 300);
}

function isQuotaError(message: string): boolean {
  return /too many times|quota|limit exceeded/i.test(message);
}

/** An error that would repeat for every recipient (a missing authorization): stop at once. */
function isPermissionError(message: string): boolean {
  return /do not have permission|required permissions|authorization is required|not authorized|insufficient (authentication )?scopes/i.test(
    message,
  );
}

/**
 * A refusal before anything was handed over: the address was rejected, the quota is used up, or
 * the script lacks the authorization. Only these make a retry safe; any other error may come after
 * the mail went (a timeout, a backend error), so its outcome is unknown.
 */
function isRefusal(message: string): boolean {
  return (
    isQuotaError(message) ||
    isPermissionError(message) ||
    /^(Exception: )?Invalid (email|argument)/i.test(message)
  );
}

function attemptOf(
  id: number,
  now: Date,
  plan: CampaignPlan,
  r: PlannedEmail,
  mode: 'draft' | 'send' | 'test',
  email: string,
  subject: string,
): AttemptEvent {
  return {
    kind: 'attempt',
    id,
    timeMs: now.getTime(),
    campaignId: plan.campaignId,
    customer: r.label,
    email,
    templateId: plan.spec.templateId,
    subject,
    mode,
  };
}

/**
 * Records `unknown` for every attempt without an outcome: inside the lock, such an attempt belongs
 * to an execution that stopped between handing the email over and recording what happened. The
 * caller shows them in the Contact log (reportLedger) with the events it adds.
 */
export function settleInterrupted(data: FollowUpData, ledger: Ledger, now: Date): void {
  const settled = new Set<number>();
  for (const e of ledger.events) if (e.kind === 'outcome') settled.add(e.id);
  const events: LedgerEvent[] = [];
  for (const e of ledger.events) {
    if (e.kind === 'attempt' && !settled.has(e.id)) {
      events.push({
        kind: 'outcome',
        id: e.id,
        timeMs: now.getTime(),
        result: 'unknown',
        detail: serverTexts().ledger[data.context.language].interrupted,
      });
    }
  }
  appendEvents(data.context.spreadsheet, ledger, events);
}

/**
 * Hands one email over and records the attempt before and the outcome after. Returns the outcome;
 * an exception thrown while recording stops the execution with the attempt saved.
 */
function attemptOne(
  data: FollowUpData,
  ledger: Ledger,
  attempt: AttemptEvent,
  send: () => void,
  env: ProtocolEnvironment,
  success: 'sent' | 'drafted',
): { result: ProcessedResult; detail: string; message?: string } {
  const spreadsheet = data.context.spreadsheet;
  appendEvents(spreadsheet, ledger, [attempt]);
  let message: string | undefined;
  try {
    send();
  } catch (error) {
    message = errorMessage(error);
  }
  const result: ProcessedResult = message === undefined ? success : isRefusal(message) ? 'failed' : 'unknown';
  const detail =
    result === 'unknown'
      ? `${serverTexts().ledger[data.context.language].unknownOutcome} (${message})`
      : (message ?? '');
  appendEvents(spreadsheet, ledger, [
    { kind: 'outcome', id: attempt.id, timeMs: env.now().getTime(), result, detail },
  ]);
  return message === undefined ? { result, detail } : { result, detail, message };
}

/**
 * One batch of the protocol above. `confirmed` is the preview the owner confirmed (customer key →
 * last purchase day shown), `confirmedEmails` the addresses it showed; only those customers can be
 * written to, and only at those addresses.
 */
export function runBatch(
  mode: BatchMode,
  spec: CampaignSpec,
  confirmed: ReadonlyMap<string, number>,
  confirmedEmails: ReadonlyMap<string, string>,
  env: ProtocolEnvironment,
  optOutAcknowledged = false,
): BatchOutcome {
  const outcome = tryDocumentLock((): BatchOutcome => {
    const data = loadFollowUpData(env.now());
    // The sheets' explicit opt-outs go on the Unsubscribed list first, so that they survive the next
    // export (the plan below already skips them).
    addToSuppression(
      data.context.spreadsheet,
      data.context.language,
      data.suppression,
      data.optOuts,
      env.now(),
    );
    // …and in the ledger, with whatever the list holds (typed by the owner, from before the ledger
    // recorded unsubscribes): from then on no change to the list's sheet frees anyone.
    recordUnsubscribes(data.context.spreadsheet, data.ledger, data.suppression, data.optOuts, env.now());
    checkPreparedDay(spec.preparedDay, data.context.todayDay, data.context.language);
    const settings = loadSettings();
    const plan = planCampaign(
      spec,
      campaignInputs(data, settings, optOutAcknowledged),
      confirmed,
      confirmedEmails,
    );
    const ledger = data.ledger;
    if (plan.problems.length > 0 || ledger === undefined) {
      return { kind: 'ran', data, plan, processed: [], remaining: 0, stoppedBy: 'problems' };
    }
    settleInterrupted(data, ledger, env.now());
    const quota = mode === 'send' ? remainingQuota() : Number.POSITIVE_INFINITY;
    const { now: batch } = splitByQuota(plan.recipients, Math.min(BATCH_SIZE, quota));
    const processed: Processed[] = [];
    let quotaHit = batch.length < plan.recipients.length && quota < BATCH_SIZE;
    let fatal: string | undefined;
    try {
      for (const r of batch) {
        const attempt = attemptOf(nextId(ledger.events), env.now(), plan, r, mode, r.email, r.subject);
        const done = attemptOne(
          data,
          ledger,
          attempt,
          () => deliver(mode, r, r.email, settings),
          env,
          mode === 'send' ? 'sent' : 'drafted',
        );
        processed.push({ recipient: r, result: done.result, detail: done.detail });
        if (done.result === 'failed' && isQuotaError(done.detail)) {
          quotaHit = true;
          break;
        }
        if (done.result === 'failed' && isPermissionError(done.detail)) {
          fatal = `${serverTexts().ledger[data.context.language].notAuthorized} (${done.detail})`;
          break;
        }
      }
    } finally {
      reportLedger(data.context.spreadsheet, data.context.language, ledger, data.context.timeZone);
    }
    if (fatal !== undefined) {
      return { kind: 'ran', data, plan, processed, remaining: 0, stoppedBy: 'problems', fatal };
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
  return outcome.ok ? outcome.value : { kind: outcome.reason };
}

/**
 * "Send test to me": the first recipient's email, marked as a test, to the owner's own address.
 * Recorded with mode `test`, which never counts as contacting the customer. Called inside the lock.
 */
export function deliverTest(
  data: FollowUpData,
  plan: CampaignPlan,
  test: PlannedEmail,
  ownerEmail: string,
  settings: FollowUpSettings,
  env: ProtocolEnvironment,
): void {
  const ledger = data.ledger;
  if (ledger === undefined) throw new Error('The send ledger cannot be read.');
  settleInterrupted(data, ledger, env.now());
  const attempt = attemptOf(nextId(ledger.events), env.now(), plan, test, 'test', ownerEmail, test.subject);
  let done: ReturnType<typeof attemptOne>;
  try {
    done = attemptOne(data, ledger, attempt, () => deliver('send', test, ownerEmail, settings), env, 'sent');
  } finally {
    reportLedger(data.context.spreadsheet, data.context.language, ledger, data.context.timeZone);
  }
  if (done.message !== undefined) throw new Error(done.message);
}
