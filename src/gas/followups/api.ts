// The follow-up calls between the sidebar and the server: request schemas (every request is
// validated with zod/mini before anything is read or sent) and response types. The sidebar imports
// the types only.
import * as z from 'zod/mini';
import type { Audience } from '../../core/followups/audiences';
import { type CampaignSpec, CampaignSpecSchema } from '../../core/followups/campaign';
import type { FollowUpSettings } from '../../core/followups/followup-settings';
import type { SkipReason } from '../../core/followups/guardrails';
import type { OutcomeStatus } from '../../core/followups/outcomes';
import type { TemplatePurpose, TemplateRowProblem } from '../../core/followups/templates';
import type { Language } from '../../core/i18n/language';
import type { DateOrder } from '../../core/input/parse-date';
import { flag, itemCount, text } from '../../core/mapping/leaf-schemas';
import { parseOrThrow } from '../../core/validation';

/** Most recipients one request may confirm. */
export const MAX_CONFIRMED = 5000;

/** A campaign spec whose day may be left out. */
export const PreviewRequestSchema = z.strictObject({
  ...CampaignSpecSchema.shape,
  /** Set when resuming a campaign prepared on an earlier day; today otherwise. */
  preparedDay: z.optional(CampaignSpecSchema.shape.preparedDay),
});
export type PreviewRequest = z.infer<typeof PreviewRequestSchema>;

// `email`: the address the preview showed for this customer. A customer whose address is another at
// send time is skipped (trial: the Email column sorted alone sent Ann's email, her history in it, to Cat).
const ConfirmedRecipientSchema = z.strictObject({
  key: text(1, 500),
  lastPurchaseDay: CampaignSpecSchema.shape.preparedDay,
  email: text(1, 500),
});

export const BatchRequestSchema = z.strictObject({
  campaign: CampaignSpecSchema,
  /** The recipients of the preview the owner confirmed, in order. */
  confirmed: z.array(ConfirmedRecipientSchema).check(itemCount(0, MAX_CONFIRMED)),
  /** The owner ticked "I checked who opted out" for a customer sheet without such a column. */
  acknowledgeNoOptOut: z.optional(flag()),
});
export type BatchRequest = z.infer<typeof BatchRequestSchema>;

export const TestRequestSchema = z.strictObject({ campaign: CampaignSpecSchema });
export type TestRequest = z.infer<typeof TestRequestSchema>;

interface TemplateInfo {
  id: string;
  name: string;
  language: Language;
  purpose: TemplatePurpose;
  purposeLabel: string;
  subject: string;
  body: string;
  fromSheet: boolean;
}

export interface AudienceOption {
  audience: Audience;
  label: string;
  count: number;
  suggestedTemplateId: string;
}

export interface PendingCampaignView {
  campaignId: string;
  spec: CampaignSpec;
  label: string;
  deferred: number;
}

export interface CampaignResultView {
  campaignId: string;
  label: string;
  contacted: number;
  /** Known to have gone: sends, and drafts the owner marked as sent. Outcomes count from these only. */
  sent: number;
  /** Drafts not known to be sent (neither marked sent nor released). */
  drafts: number;
  /** Sends whose outcome is unknown. */
  unknown: number;
  bought: number;
  waiting: number;
  amount: number;
  /** The last day a purchase still counts (day number), while the 30-day window is open. */
  windowOpenUntil: number | null;
}

/** Release drafts the owner discarded, or mark drafts as sent: of a campaign, of a customer, or both. */
export interface DraftActionRequest {
  campaignId?: string;
  customerKey?: string;
}

export interface DraftActionResult {
  /** Drafts released or marked. */
  count: number;
}

/** Hand check of a DraftActionRequest (no schema: two optional strings). */
export function parseDraftActionRequest(input: unknown): DraftActionRequest {
  const ok = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() !== '' && v.length <= 500);
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new Error('Invalid drafts request.');
  const { campaignId, customerKey, ...rest } = input as Record<string, unknown>;
  if (
    Object.keys(rest).length > 0 ||
    !ok(campaignId) ||
    !ok(customerKey) ||
    (campaignId ?? customerKey) === undefined
  )
    throw new Error('Invalid drafts request — give a campaign, a customer, or both.');
  return {
    ...(campaignId === undefined ? {} : { campaignId: campaignId as string }),
    ...(customerKey === undefined ? {} : { customerKey: customerKey as string }),
  };
}

export interface FollowUpOptions {
  /** The owner's language (spreadsheet locale). */
  language: Language;
  settings: FollowUpSettings;
  templates: TemplateInfo[];
  /** Problems with Templates sheet rows (the sidebar words them: template-problems.ts). */
  templateProblems: TemplateRowProblem[];
  templatesSheet: string | null;
  audiences: AudienceOption[];
  sources: { purchases: string | null; customers: string | null; feedback: string | null };
  remainingQuota: number;
  pending: PendingCampaignView[];
  results: CampaignResultView[];
  /** The merge fields, by canonical name, with a description in the owner's language. */
  fields: { name: string; description: string }[];
  /** The date follow-ups are judged by (YYYY-MM-DD): always today. */
  judgedOn: string;
  /** The analysis date fixed in Column setup, when there is one (used by Analyze, not here). */
  fixedAsOf: string | null;
  /** How the spreadsheet's locale writes dates: the panel's dates are written so, as the card's are. */
  dateOrder: DateOrder;
}

interface PreviewRecipient {
  key: string;
  label: string;
  email: string;
  lastPurchaseDay: number;
  subject: string;
  htmlBody: string;
  textBody: string;
  /** Greeted without a name: their key is an id, a phone or an address (campaign.ts). */
  unnamed?: true;
}

export interface SkippedView {
  key: string;
  label: string;
  email: string;
  reason: SkipReason;
  /** The reason's detail (days, the other customer, missing fields); the sidebar words it. */
  detail: string;
  /** Held only by drafts not known to be sent (see SkippedCustomer.heldByDraft). */
  heldByDraft: boolean;
}

export interface PreviewResult {
  campaignId: string;
  spec: CampaignSpec;
  audienceLabel: string;
  templateName: string;
  /** When not empty, nothing can be sent; readable, in the owner's language. */
  problems: string[];
  recipients: PreviewRecipient[];
  skipped: SkippedView[];
  audienceSize: number;
  remainingQuota: number;
  /** The customer sheet has no opt-out or consent column: the confirmation asks to acknowledge it. */
  noOptOutColumn: boolean;
  /**
   * The customer sheet has keys and none is a customer of the log: by this column (its header), no
   * customer gets its name or email (mapping/customers-key.ts).
   */
  customersUnmatched: { sheet: string; header: string } | null;
  /** The date the audience and "bought since" are judged by (YYYY-MM-DD): always today. */
  judgedOn: string;
  /** The analysis date fixed in Column setup, when there is one (used by Analyze, not here). */
  fixedAsOf: string | null;
}

export interface ProcessedView {
  key: string;
  label: string;
  email: string;
  subject: string;
  /** `unknown`: the service threw after the email was handed over; never retried automatically. */
  result: 'sent' | 'drafted' | 'failed' | 'unknown';
  detail: string;
}

/**
 * Why a batch ended: everything done; the batch size was reached (call again); the daily quota ran
 * out (resume tomorrow); another send of this document is running; the template has problems.
 */
type BatchStop = 'done' | 'batch' | 'quota' | 'busy' | 'problems';

export interface BatchResult {
  campaignId: string;
  mode: 'draft' | 'send';
  processed: ProcessedView[];
  skipped: SkippedView[];
  /** Recipients left for the next call (batch size) or the next day (quota). */
  remaining: number;
  stoppedBy: BatchStop;
  problems: string[];
  remainingQuota: number;
}

export interface TestResult {
  to: string;
  subject: string;
  customer: string;
  remainingQuota: number;
}

export interface CustomerFollowUp {
  lastContactDay: number | null;
  lastContactLabel: string | null;
  status: OutcomeStatus | null;
  statusLabel: string | null;
  amount: number;
  /** Drafts to this customer not known to be sent: the card offers to release them or mark them sent. */
  openDrafts: number;
  /** On the add-on's Unsubscribed list. */
  unsubscribed: boolean;
  /**
   * Follow-ups skip this customer as opted out: their row, an opt-out or consent column on any sheet,
   * or the Unsubscribed list. The card says so whatever its columns say (trial: the card said Liv
   * Hart could be emailed while follow-ups read her "no" in a log column Column setup left out).
   */
  optedOut: boolean;
}

/** Parses a request from the sidebar, throwing a readable error when it does not fit. */
export function parseRequest<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  return parseOrThrow(schema, input, `${what} request`);
}
