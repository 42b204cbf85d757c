// The guardrails of SPEC §5 as pure decisions: given the customers a campaign is for, who may be
// written to and who is skipped, and why. Nothing here sends; the shell only acts on `eligible`.
//
// Checks, in this order (the first that applies is the reason reported):
//  1. notFound            — at send time: confirmed, but no longer in the purchase log
//  2. boughtSincePrepared — at send time: a purchase day later than the one the preview showed
//  3. leftAudience        — at send time: confirmed, but no longer in the audience
//  4. noEmail             — no customer-sheet row, or a blank email
//  5. invalidEmail        — no usable address in the email cell (see addresses.ts)
//     severalEmails       — two or more addresses in one cell: which one is meant is a guess, so none
//     emailChanged        — at send time: the address is not the one the confirmed preview showed for
//                           this customer (detail: that one). The email was written for the customer
//                           at the address the owner saw; another address may be another person's
//                           (trial: the Email column sorted alone sent Ann's history to Cat)
//  6. optedOut            — the row, or any row (or the suppression list) with the address, is opted out
//     namesakeOptedOut    — opted out only by a row naming them by a name another customer of the log
//                           has too: not emailed, as the row may mean either (fail closed)
//  7. openComplaint       — an open complaint, and the template is not a complaint follow-up
//     noOpenComplaint     — a complaint follow-up, and the customer has no open complaint
//  8. alreadyContacted    — the send ledger has a draft or send of this campaign to this customer, or
//                           (sameEmailContacted) to another customer at this address
//  9. coolDown            — the log has another contact within the cool-down days
//     sameEmailContacted  — … and every such contact was to another customer sharing this address
//                           (detail: that customer, a tab, the days)
//     sameKindSent        — this customer was sent (or drafted) a template of this kind before and has
//                           not bought since (detail: draft or send, that template, its day); a
//                           purchase after it lifts this (trial: the same win-back 40 days later,
//                           the cool-down long over, while Insights said "one personal win-back")
// 10. duplicateEmail      — an earlier customer in this campaign has the same email
// 11. missingValue        — the template needs a value this customer lacks (no fallback given)
// 12. notConfirmed        — at send time: could be written to, but was not in the preview the owner
//                           confirmed (so the confirmed count is never exceeded)
// Before these, campaign.ts sets aside audience members the template's words are not true for
// (`templateDoesNotFit`, see template-fit.ts), and customers who returned everything they bought
// from a template hoping they enjoy it (`returnedEverything`), and customers with purchases in the
// log the analysis could not use (`rowsNotAnalysed`: unreadable, or another currency; what
// the email says may be false).
// The daily quota is applied after these, by the shell (`splitByQuota`): the rest is deferred, never
// dropped.
import type { CustomerInsight } from '../analysis';
import type { DayNumber } from '../days';
import { isoOfDay } from '../time/civil';
import { recipientOf } from './addresses';
import type { ContactHistory, ContactLogEntry } from './contact-log';
import type { ContactDirectory, CustomerContact } from './contacts';
import type { MergeField } from './merge-fields';
import type { TemplatePurpose } from './templates';

const SKIP_REASONS = [
  'notFound',
  'boughtSincePrepared',
  'leftAudience',
  'noEmail',
  'invalidEmail',
  'severalEmails',
  'emailChanged',
  'optedOut',
  'namesakeOptedOut',
  'openComplaint',
  'noOpenComplaint',
  'alreadyContacted',
  'coolDown',
  'sameEmailContacted',
  'sameKindSent',
  'duplicateEmail',
  'missingValue',
  'notConfirmed',
  'templateDoesNotFit',
  'returnedEverything',
  'rowsNotAnalysed',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One customer the campaign considers. */
export interface Candidate {
  key: string;
  /** The customer's analysis; undefined when the key is no longer in the purchase log. */
  customer: CustomerInsight | undefined;
  /** Whether the customer is in the audience now. */
  inAudience: boolean;
  /**
   * At send time: the last purchase day the confirmed preview showed, or `null` when the customer was
   * not in it. Undefined when previewing.
   */
  confirmedLastDay?: DayNumber | null;
  /** At send time: the address (lower-cased) the confirmed preview showed for this customer. */
  confirmedEmail?: string;
}

export interface GuardrailContext {
  directory: ContactDirectory;
  openComplaints: ReadonlySet<string>;
  history: ContactHistory;
  campaignId: string;
  purpose: TemplatePurpose;
  todayDay: DayNumber;
  coolDownDays: number;
  /**
   * The kind of the template a logged contact used (see campaign.ts `templateKind`), and this
   * campaign's: a kind is not sent twice to a customer with no purchase between. Unset: not checked.
   */
  kindOf?: (templateId: string) => string | undefined;
  kind?: string;
  /** The name the owner knows a logged contact's template by. */
  templateName?: (templateId: string) => string;
  /** Fields each customer must have a value for (used without a fallback). */
  requiredMissing?: (customer: CustomerInsight, contact: CustomerContact) => MergeField[];
}

interface EligibleCustomer {
  key: string;
  customer: CustomerInsight;
  contact: CustomerContact;
  /** Lower-cased, valid. */
  email: string;
}

export interface SkippedCustomer {
  key: string;
  label: string;
  /** As written in the customer sheet ('' when none). */
  email: string;
  reason: SkipReason;
  /** Detail for the reason: days since the contact, the other customer, the missing field… */
  detail: string;
  /**
   * alreadyContacted / coolDown only: every contact holding the customer is a draft not known to be
   * sent (the owner may release it if they discarded it).
   */
  heldByDraft?: boolean;
}

export interface GuardrailDecision {
  eligible: EligibleCustomer[];
  skipped: SkippedCustomer[];
}

/** Days since the most recent counted contact of this email or customer, if any. */
function daysSinceLastContact(
  history: ContactHistory,
  email: string,
  key: string,
  todayDay: DayNumber,
): number | undefined {
  let latest: number | undefined;
  const consider = (entries: readonly ContactLogEntry[] | undefined) => {
    for (const e of entries ?? []) {
      // A time that cannot be read counts as today: erring towards not writing again.
      const day = e.day ?? todayDay;
      if (latest === undefined || day > latest) latest = day;
    }
  };
  if (email !== '') consider(history.byEmail.get(email));
  consider(history.byKey.get(key));
  return latest === undefined ? undefined : todayDay - latest;
}

/** This email's and this customer's counted contacts that match `which`. */
function contactsWhere(
  history: ContactHistory,
  email: string,
  key: string,
  which: (e: ContactLogEntry) => boolean,
): ContactLogEntry[] {
  const out = new Set<ContactLogEntry>();
  if (email !== '') for (const e of history.byEmail.get(email) ?? []) if (which(e)) out.add(e);
  for (const e of history.byKey.get(key) ?? []) if (which(e)) out.add(e);
  return [...out];
}

/**
 * The latest counted contact of this customer with a template of this campaign's kind, when the
 * customer has not bought since (a purchase on the contact's day may have come before it: it does
 * not lift the hold).
 */
function sameKindSince(
  context: GuardrailContext,
  key: string,
  lastPurchaseDay: DayNumber,
): ContactLogEntry | undefined {
  const { kind, kindOf } = context;
  if (kind === undefined || kindOf === undefined) return undefined;
  let latest: ContactLogEntry | undefined;
  for (const e of context.history.byKey.get(key) ?? []) {
    // A time that cannot be read counts as today, as for the cool-down.
    const day = e.day ?? context.todayDay;
    if (kindOf(e.templateId) !== kind || lastPurchaseDay > day) continue;
    if (latest === undefined || day > (latest.day ?? context.todayDay)) latest = e;
  }
  return latest;
}

/** A draft the owner has not marked as sent: it holds the customer, but is not known to have gone. */
const isUnconfirmedDraft = (e: ContactLogEntry) => e.mode === 'draft' && e.markedSent !== true;

/** Applies every guardrail to the candidates, in their order. */
export function applyGuardrails(
  candidates: readonly Candidate[],
  context: GuardrailContext,
): GuardrailDecision {
  const eligible: EligibleCustomer[] = [];
  const skipped: SkippedCustomer[] = [];
  /** Email → label of the customer who claimed it in this campaign. */
  const claimed = new Map<string, string>();
  for (const candidate of candidates) {
    const { key, customer } = candidate;
    const contact = context.directory.byKey.get(key);
    const label = customer?.summary.label ?? contact?.name ?? key;
    const rawEmail = (contact?.email ?? '').trim();
    const skip = (reason: SkipReason, detail = '') => {
      skipped.push({ key, label, email: rawEmail, reason, detail });
    };
    const atSendTime = candidate.confirmedLastDay !== undefined;
    const confirmedLastDay = candidate.confirmedLastDay ?? null;
    if (customer === undefined) {
      skip('notFound');
      continue;
    }
    if (confirmedLastDay !== null && customer.summary.lastDay > confirmedLastDay) {
      skip('boughtSincePrepared', String(customer.summary.lastDay - confirmedLastDay));
      continue;
    }
    if (!candidate.inAudience) {
      skip('leftAudience');
      continue;
    }
    if (contact === undefined || rawEmail === '') {
      skip('noEmail');
      continue;
    }
    const recipient = recipientOf(rawEmail);
    if (recipient.kind === 'several') {
      skip('severalEmails', recipient.emails.join(', '));
      continue;
    }
    if (recipient.kind !== 'one') {
      skip('invalidEmail', rawEmail);
      continue;
    }
    const email = recipient.email;
    if (candidate.confirmedEmail !== undefined && candidate.confirmedEmail !== email) {
      skip('emailChanged', candidate.confirmedEmail);
      continue;
    }
    const emailOptedOut = context.directory.optedOutEmails.has(email);
    if (contact.optedOut || emailOptedOut) {
      skip(contact.namesakeOptedOut === true && !emailOptedOut ? 'namesakeOptedOut' : 'optedOut');
      continue;
    }
    const hasOpenComplaint = context.openComplaints.has(key);
    if (context.purpose === 'complaint' ? !hasOpenComplaint : hasOpenComplaint) {
      skip(context.purpose === 'complaint' ? 'noOpenComplaint' : 'openComplaint');
      continue;
    }
    const inCampaign = contactsWhere(context.history, email, key, (e) => e.campaignId === context.campaignId);
    if (inCampaign.length > 0) {
      // Written to at this address as another customer: said so, not "already contacted" (trial).
      const someoneElse = inCampaign.every((e) => e.customerKey !== key) ? inCampaign[0] : undefined;
      if (someoneElse) {
        const days = String(Math.max(0, context.todayDay - (someoneElse.day ?? context.todayDay)));
        skip('sameEmailContacted', `${someoneElse.customer || someoneElse.customerKey}\t${days}`);
      } else skip('alreadyContacted');
      if (inCampaign.every(isUnconfirmedDraft)) skipped[skipped.length - 1]!.heldByDraft = true;
      continue;
    }
    const since = daysSinceLastContact(context.history, email, key, context.todayDay);
    if (since !== undefined && since < context.coolDownDays) {
      const recent = contactsWhere(
        context.history,
        email,
        key,
        (e) => context.todayDay - (e.day ?? context.todayDay) < context.coolDownDays,
      );
      const days = String(Math.max(0, since));
      const other = recent.every((e) => e.customerKey !== key) ? recent[0] : undefined;
      if (other) skip('sameEmailContacted', `${other.customer || other.customerKey}\t${days}`);
      else skip('coolDown', days);
      if (recent.every(isUnconfirmedDraft)) skipped[skipped.length - 1]!.heldByDraft = true;
      continue;
    }
    const sameKind = sameKindSince(context, key, customer.summary.lastDay);
    if (sameKind !== undefined) {
      const name = context.templateName?.(sameKind.templateId) ?? sameKind.templateId;
      const mode = sameKind.mode === 'draft' && sameKind.markedSent !== true ? 'draft' : 'send';
      skip('sameKindSent', `${mode}\t${name}\t${isoOfDay(sameKind.day ?? context.todayDay)}`);
      if (isUnconfirmedDraft(sameKind)) skipped[skipped.length - 1]!.heldByDraft = true;
      continue;
    }
    const other = claimed.get(email);
    if (other !== undefined) {
      skip('duplicateEmail', other);
      continue;
    }
    const missing = context.requiredMissing?.(customer, contact) ?? [];
    if (missing.length > 0) {
      skip('missingValue', missing.join(', '));
      continue;
    }
    if (atSendTime && confirmedLastDay === null) {
      skip('notConfirmed');
      continue;
    }
    claimed.set(email, label);
    eligible.push({ key, customer, contact, email });
  }
  return { eligible, skipped };
}

/** The first `quota` items go now; the rest wait for tomorrow's quota (never dropped). */
export function splitByQuota<T>(items: readonly T[], quota: number): { now: T[]; deferred: T[] } {
  const n = Math.max(0, Math.min(items.length, Number.isFinite(quota) ? Math.floor(quota) : 0));
  return { now: items.slice(0, n), deferred: items.slice(n) };
}
