// The follow-up functions the sidebar calls (exposed in src/gas/main.ts). Each validates its request,
// reads the sheets, and answers with plain data in the owner's language. Nothing here decides who
// gets an email: that is core/followups (guardrails) and send-protocol.ts (the lock and the log).

import { extractAddresses } from '../../core/followups/addresses';
import {
  type Audience,
  describeAudience,
  inAudience,
  STAGE_AUDIENCES,
  suggestedTemplateId,
} from '../../core/followups/audiences';
import {
  type CampaignPlan,
  type CampaignSpec,
  parseCampaignId,
  planCampaign,
  testEmailOf,
} from '../../core/followups/campaign';
import { formatEmailDate, planProblemText } from '../../core/followups/followup-texts';
import type { SkippedCustomer } from '../../core/followups/guardrails';
import { entriesOf, openDrafts } from '../../core/followups/ledger';
import { MERGE_FIELDS } from '../../core/followups/merge-fields';
import { campaignOutcomes, lastContactOutcomes } from '../../core/followups/outcomes';
import { LANGUAGE_NAMES } from '../../core/i18n/language';
import { normalizeCustomerKey } from '../../core/input/customer-key';
import { purchaseList } from '../../core/input/purchase-table';
import { matchesNobody } from '../../core/mapping/customers-key';
import { RFM_SEGMENTS } from '../../core/segments/rfm-segments';
import { VALUE_TIERS } from '../../core/segments/value-tier';
import { isoOfDay } from '../../core/time/civil';
import { sheetEnv } from '../sheet-env';
import {
  type AudienceOption,
  BatchRequestSchema,
  type BatchResult,
  type CustomerFollowUp,
  type DraftActionResult,
  type FollowUpOptions,
  PreviewRequestSchema,
  type PreviewResult,
  parseDraftActionRequest,
  parseRequest,
  type SkippedView,
  TestRequestSchema,
  type TestResult,
} from './api';
import { serverTexts } from './built-in-templates';
import { reportLedger } from './contact-report';
import { appendEvents } from './ledger-store';
import {
  type BatchMode,
  checkPreparedDay,
  deliverTest,
  type ProtocolEnvironment,
  remainingQuota,
  runBatch,
  settleInterrupted,
  underLock,
} from './send-protocol';
import { campaignInputs, type FollowUpData, loadFollowUpData } from './sources';
import { ensureTemplatesSheet, loadPending, loadSettings, saveSettings } from './store';
import {
  addToSuppression,
  findSuppressionSheet,
  optOutEntries,
  ownerEntry,
  recordUnsubscribes,
} from './suppression-sheet';

/** The real environment: Apps Script's clock. */
export const REAL_ENVIRONMENT: ProtocolEnvironment = { now: () => new Date() };

/** Default window of the "due within" audience offered in the sidebar. */
const DEFAULT_DUE_DAYS = 7;

function knownFields(): string[] {
  return [...MERGE_FIELDS];
}

function skippedViews(skipped: readonly SkippedCustomer[]): SkippedView[] {
  return skipped.map((s) => ({
    key: s.key,
    label: s.label,
    email: s.email,
    reason: s.reason,
    detail: s.detail,
    heldByDraft: s.heldByDraft === true,
  }));
}

/**
 * A campaign as the owner reads it: "Stage: At risk · Check-in (At risk) · English · 30 June 2026";
 * "阶段：有流失风险 · … · 简体中文 · 2026年6月30日".
 */
function campaignLabel(spec: CampaignSpec, data: FollowUpData, dated = true): string {
  const language = data.context.language;
  const template = data.templates.templates.find(
    (t) => t.id.toLowerCase() === spec.templateId.toLowerCase() && t.language === spec.language,
  );
  return [
    describeAudience(spec.audience, language, serverTexts()),
    template?.name ?? spec.templateId,
    // By its own name: an owner who reads English may write to customers in Chinese.
    LANGUAGE_NAMES[spec.language],
    ...(dated ? [formatEmailDate(spec.preparedDay, language)] : []),
  ].join(' · ');
}

function audienceOptions(data: FollowUpData): AudienceOption[] {
  const language = data.context.language;
  const audiences: Audience[] = [
    ...STAGE_AUDIENCES,
    { kind: 'dueWithin', days: DEFAULT_DUE_DAYS },
    { kind: 'overdue' },
    { kind: 'openComplaint' },
    ...VALUE_TIERS.map((tier): Audience => ({ kind: 'tier', tier })),
    ...RFM_SEGMENTS.map((segment): Audience => ({ kind: 'segment', segment })),
  ];
  const customers = data.analysis?.customers ?? [];
  const context = {
    asOfDay: data.analysis?.asOfDay ?? data.context.todayDay,
    openComplaints: data.openComplaints,
  };
  return audiences.map((audience) => ({
    audience,
    label: describeAudience(audience, language, serverTexts()),
    count: customers.filter((c) => inAudience(c, audience, context)).length,
    suggestedTemplateId: suggestedTemplateId(audience),
  }));
}

/** Everything the follow-ups panel shows before a campaign is chosen. */
export function getFollowUpOptionsWith(env: ProtocolEnvironment): FollowUpOptions {
  const data = loadFollowUpData(env.now());
  const language = data.context.language;
  const settings = loadSettings();
  const purchases = data.analysis ? purchaseList(data.analysis.log.purchases) : [];
  const pending = loadPending().flatMap((p) => {
    const spec = parseCampaignId(p.campaignId);
    return spec === undefined
      ? []
      : [{ campaignId: p.campaignId, spec, label: campaignLabel(spec, data), deferred: p.deferred }];
  });
  const results = campaignOutcomes(data.log, purchases, data.context.todayDay)
    .slice(0, 10)
    .map(({ firstDay: _, ...c }) => {
      const spec = parseCampaignId(c.campaignId);
      return { ...c, label: spec === undefined ? c.campaignId : campaignLabel(spec, data) };
    });
  return {
    language,
    settings,
    templates: data.templates.templates.map((t) => ({
      id: t.id,
      name: t.name,
      language: t.language,
      purpose: t.purpose,
      purposeLabel: serverTexts().purposeLabels[language][t.purpose],
      subject: t.subject,
      body: t.body,
      fromSheet: t.source !== 'builtIn',
    })),
    templateProblems: data.templates.problems,
    templatesSheet: data.templates.sheetName ?? null,
    audiences: audienceOptions(data),
    sources: {
      purchases: data.setup.purchases?.sheet ?? null,
      customers: data.setup.customers?.sheet ?? null,
      feedback: data.setup.feedback?.sheet ?? null,
    },
    remainingQuota: remainingQuota(),
    pending,
    results,
    fields: MERGE_FIELDS.map((name) => ({
      name,
      description: serverTexts().fieldDescriptions[language][name],
    })),
    judgedOn: isoOfDay(data.context.todayDay),
    fixedAsOf: data.setup.asOf ?? null,
    dateOrder: data.context.dateOrder,
  };
}

function previewOf(plan: CampaignPlan, data: FollowUpData): PreviewResult {
  const language = data.context.language;
  const m = data.customersMatch;
  return {
    campaignId: plan.campaignId,
    spec: plan.spec,
    audienceLabel: describeAudience(plan.spec.audience, language, serverTexts()),
    templateName: plan.template?.name ?? plan.spec.templateId,
    problems: plan.problems.map((p) => planProblemText(serverTexts(), p, language, knownFields())),
    recipients: plan.recipients.map((r) => ({ ...r })),
    skipped: skippedViews(plan.skipped),
    audienceSize: plan.audienceSize,
    remainingQuota: remainingQuota(),
    noOptOutColumn: plan.noOptOutColumn,
    customersUnmatched: m !== undefined && matchesNobody(m) ? { sheet: m.sheet, header: m.header } : null,
    judgedOn: isoOfDay(data.context.todayDay),
    fixedAsOf: data.setup.asOf ?? null,
  };
}

/** Each recipient's rendered email and who is skipped and why. Reads only; writes nothing. */
export function previewFollowUpsWith(env: ProtocolEnvironment, request: unknown): PreviewResult {
  const r = parseRequest(PreviewRequestSchema, request, 'preview');
  const data = loadFollowUpData(env.now());
  const spec: CampaignSpec = {
    audience: r.audience,
    templateId: r.templateId,
    language: r.language,
    preparedDay: r.preparedDay ?? data.context.todayDay,
  };
  checkPreparedDay(spec.preparedDay, data.context.todayDay, data.context.language);
  const plan = planCampaign(spec, campaignInputs(data, loadSettings()));
  return previewOf(plan, data);
}

function batchWith(mode: BatchMode, env: ProtocolEnvironment, request: unknown): BatchResult {
  const r = parseRequest(BatchRequestSchema, request, mode === 'send' ? 'send' : 'drafts');
  const confirmed = new Map<string, number>();
  const emails = new Map<string, string>();
  for (const c of r.confirmed) {
    const key = normalizeCustomerKey(c.key);
    if (key !== '' && !confirmed.has(key)) {
      confirmed.set(key, c.lastPurchaseDay);
      emails.set(key, c.email.trim().toLowerCase());
    }
  }
  const outcome = runBatch(mode, r.campaign, confirmed, emails, env, r.acknowledgeNoOptOut === true);
  if (outcome.kind !== 'ran') {
    return {
      campaignId: '',
      mode,
      processed: [],
      skipped: [],
      remaining: confirmed.size,
      stoppedBy: outcome.kind === 'busy' ? 'busy' : 'problems',
      problems: outcome.kind === 'busy' ? [] : [serverTexts().ledger[sheetEnv().language].noLock],
      remainingQuota: remainingQuota(),
    };
  }
  const language = outcome.data.context.language;
  return {
    campaignId: outcome.plan.campaignId,
    mode,
    processed: outcome.processed.map((p) => ({
      key: p.recipient.key,
      label: p.recipient.label,
      email: p.recipient.email,
      subject: p.recipient.subject,
      result: p.result,
      detail: p.detail,
    })),
    skipped: skippedViews(outcome.plan.skipped),
    remaining: outcome.remaining,
    stoppedBy: outcome.stoppedBy,
    problems: [
      ...outcome.plan.problems.map((p) => planProblemText(serverTexts(), p, language, knownFields())),
      ...(outcome.fatal === undefined ? [] : [outcome.fatal]),
    ],
    remainingQuota: remainingQuota(),
  };
}

/** Creates Gmail drafts for the confirmed recipients (one batch). */
export function createFollowUpDraftsWith(env: ProtocolEnvironment, request: unknown): BatchResult {
  return batchWith('draft', env, request);
}

/** Sends to the confirmed recipients (one batch, within the remaining daily quota). */
export function sendFollowUpsWith(env: ProtocolEnvironment, request: unknown): BatchResult {
  return batchWith('send', env, request);
}

/** Sends the first recipient's email to the owner, marked as a test; logged, never counted as a contact. */
export function sendFollowUpTestWith(env: ProtocolEnvironment, request: unknown): TestResult {
  const r = parseRequest(TestRequestSchema, request, 'test');
  const owner = Session.getEffectiveUser().getEmail();
  if (owner === '') throw new Error(serverTexts().ledger[sheetEnv().language].noOwnerEmail);
  return underLock(() => {
    const data = loadFollowUpData(env.now());
    const settings = loadSettings();
    const texts = serverTexts().ledger[data.context.language];
    checkPreparedDay(r.campaign.preparedDay, data.context.todayDay, data.context.language);
    const plan = planCampaign(r.campaign, campaignInputs(data, settings));
    if (plan.problems.length > 0) {
      throw new Error(
        plan.problems
          .map((p) => planProblemText(serverTexts(), p, data.context.language, knownFields()))
          .join(' '),
      );
    }
    const test = testEmailOf(plan, serverTexts());
    if (test === undefined) throw new Error(texts.nobodyToTest);
    if (remainingQuota() < 1) throw new Error(texts.quotaUsedUp);
    deliverTest(data, plan, test, owner, settings, env);
    return { to: owner, subject: test.subject, customer: test.label, remainingQuota: remainingQuota() };
  });
}

/** Saves the follow-up settings (shop name, signature, cool-down, reply-to). */
export function saveFollowUpSettingsWith(input: unknown) {
  return saveSettings(input);
}

/** Creates the Templates sheet if needed and opens it. */
export function openFollowUpTemplatesWith(env: ProtocolEnvironment): string {
  const data = loadFollowUpData(env.now());
  const sheet = ensureTemplatesSheet(data.context.spreadsheet, data.context.language, true);
  sheet.activate();
  return sheet.getName();
}

export interface UnsubscribeResult {
  /** The Unsubscribed sheet's name. */
  sheet: string;
  /** Rows added (0 when the customer was on the list already). */
  added: number;
}

/**
 * The owner's "Unsubscribe this person" (customer card, follow-up preview): the customer and every
 * address in their email cell go on the Unsubscribed list, with the sheet's other opt-outs.
 */
export function unsubscribeCustomerWith(env: ProtocolEnvironment, customerKey: unknown): UnsubscribeResult {
  if (typeof customerKey !== 'string' || customerKey.length > 500 || normalizeCustomerKey(customerKey) === '')
    throw new Error('Invalid unsubscribe request.');
  const key = normalizeCustomerKey(customerKey);
  return underLock(() => {
    const data = loadFollowUpData(env.now());
    const { spreadsheet, language } = data.context;
    const contact = data.directory.byKey.get(key);
    const label = data.analysis?.byKey.get(key)?.summary.label ?? contact?.name ?? customerKey.trim();
    const entries = [ownerEntry(key, label, contact?.email ?? '', language)];
    const customers = data.setup.customers?.sheet;
    if (customers !== undefined) entries.push(...optOutEntries(data.directory, customers, language));
    const { added, sheet } = addToSuppression(spreadsheet, language, data.suppression, entries, env.now());
    recordUnsubscribes(spreadsheet, data.ledger, data.suppression, entries, env.now());
    return { sheet: (sheet ?? findSuppressionSheet(spreadsheet))?.getName() ?? '', added };
  });
}

/** For the customer card: the last contact and what came of it. */
export function getCustomerFollowUpWith(env: ProtocolEnvironment, customerKey: unknown): CustomerFollowUp {
  if (typeof customerKey !== 'string' || customerKey.length > 500)
    throw new Error('Invalid customer request.');
  const key = normalizeCustomerKey(customerKey);
  const data = loadFollowUpData(env.now());
  const unsubscribed = isUnsubscribed(data, key);
  const contact = data.directory.byKey.get(key);
  const optedOut =
    unsubscribed ||
    contact?.optedOut === true ||
    extractAddresses(contact?.email ?? '').some((e) => data.directory.optedOutEmails.has(e));
  const outcome = lastContactOutcomes(
    data.log,
    data.analysis ? purchaseList(data.analysis.log.purchases) : [],
    data.context.todayDay,
  ).get(key);
  const drafts =
    data.ledger === undefined
      ? 0
      : openDrafts(data.ledger.entries).filter((e) => e.customerKey === key).length;
  if (outcome === undefined) {
    return {
      lastContactDay: null,
      lastContactLabel: null,
      status: null,
      statusLabel: null,
      amount: 0,
      openDrafts: drafts,
      unsubscribed,
      optedOut,
    };
  }
  const spec = parseCampaignId(outcome.campaignId);
  return {
    lastContactDay: outcome.contactDay,
    // The card writes the contact's own date before it: the campaign's date would be a second one.
    lastContactLabel: spec === undefined ? outcome.campaignId : campaignLabel(spec, data, false),
    status: outcome.status,
    statusLabel: serverTexts().outcomeStatusLabels[data.context.language][outcome.status],
    amount: outcome.amount,
    openDrafts: drafts,
    unsubscribed,
    optedOut,
  };
}

/**
 * The owner's word on drafts the add-on cannot see: discarded (`release`: the customers are free
 * again) or sent (`marked`: outcomes count from them). Recorded in the ledger and shown in the
 * Contact log, like a send.
 */
function draftActionWith(
  env: ProtocolEnvironment,
  request: unknown,
  kind: 'release' | 'marked',
): DraftActionResult {
  const r = parseDraftActionRequest(request);
  const key = r.customerKey === undefined ? undefined : normalizeCustomerKey(r.customerKey);
  return underLock((): DraftActionResult => {
    const data = loadFollowUpData(env.now());
    const ledger = data.ledger;
    if (ledger === undefined) {
      throw new Error(
        planProblemText(
          serverTexts(),
          { kind: 'ledgerUnreadable', problem: data.ledgerProblem ?? 'changed' },
          data.context.language,
          [],
        ),
      );
    }
    settleInterrupted(data, ledger, env.now());
    const targets = openDrafts(entriesOf(ledger.events, data.context.timeZone)).filter(
      (e) =>
        (r.campaignId === undefined || e.campaignId === r.campaignId) &&
        (key === undefined || e.customerKey === key),
    );
    const timeMs = env.now().getTime();
    appendEvents(
      data.context.spreadsheet,
      ledger,
      targets.map((e) => ({ kind, id: e.id, timeMs })),
    );
    reportLedger(data.context.spreadsheet, data.context.language, ledger, data.context.timeZone);
    return { count: targets.length };
  });
}

/** The owner discarded these drafts: their customers may be written to again. */
export function releaseFollowUpDraftsWith(env: ProtocolEnvironment, request: unknown): DraftActionResult {
  return draftActionWith(env, request, 'release');
}

/** The owner sent these drafts: outcomes count from them. */
export function markFollowUpDraftsSentWith(env: ProtocolEnvironment, request: unknown): DraftActionResult {
  return draftActionWith(env, request, 'marked');
}

/** Whether the customer is on the Unsubscribed list or the ledger's unsubscribes (by key or address). */
function isUnsubscribed(data: FollowUpData, key: string): boolean {
  const email = data.directory.byKey.get(key)?.email ?? '';
  return [data.suppression, data.unsubscribed].some(
    (list) => list.keys.has(key) || extractAddresses(email).some((e) => list.emails.has(e)),
  );
}
