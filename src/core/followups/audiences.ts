// Audiences: which customers a follow-up is for, chosen from the analysis (SPEC §1 and §5).
//
// Decisions (tests in test/unit/followups/audiences.test.ts):
// - "Due within N days": the next purchase is due today or in the next N days
//   (0 ≤ next due − as-of ≤ N).
// - "Overdue": the next purchase was due before the as-of date, and the customer is not Lapsed —
//   lapsed customers are long past due and have their own audience and template (win-back).
// - "Open complaint": customers with an open complaint in the feedback sheet; only complaint
//   follow-up templates go to them (see guardrails.ts).
// - "At risk" can also be chosen by its reason (later than usual, spending less, bought once), each
//   with the built-in template written for it (issue 12: one story from stage, reason and email).
// - Customers keep the order of the analysis (first appearance in the purchase log).
import * as z from 'zod/mini';
import type { CustomerInsight } from '../analysis';
import type { DayNumber } from '../days';
import { SEGMENT_LABELS, STAGE_LABELS, TIER_LABELS } from '../i18n/labels';
import type { Language } from '../i18n/language';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../lifecycle/lifecycle-stage';
import { RFM_SEGMENTS, type RfmSegment } from '../segments/rfm-segments';
import { VALUE_TIERS, type ValueTier } from '../segments/value-tier';
import { MAX_DUE_WITHIN_DAYS } from '../setting-limits';
import type { FollowUpServerTexts } from './server-texts';
import { situationOf, templateIdOfSituation } from './template-fit';
import { BUILT_IN_TEMPLATE_IDS, templateIdOfStage } from './templates';

/** The reasons an At-risk audience can be narrowed to (situations of template-fit.ts). */
const AT_RISK_REASONS = ['late', 'spendingLess', 'boughtOnce'] as const;

export type Audience =
  | { kind: 'stage'; stage: LifecycleStage }
  | { kind: 'reason'; reason: (typeof AT_RISK_REASONS)[number] }
  | { kind: 'segment'; segment: RfmSegment }
  | { kind: 'tier'; tier: ValueTier }
  | { kind: 'dueWithin'; days: number }
  | { kind: 'overdue' }
  | { kind: 'openComplaint' };

/** The values each kind that names one accepts (the field is named as the kind). */
const NAMED: Record<string, readonly string[]> = {
  stage: LIFECYCLE_STAGES,
  reason: AT_RISK_REASONS,
  segment: RFM_SEGMENTS,
  tier: VALUE_TIERS,
};

/** Exactly one of the shapes above, with no other field. */
function isAudience(value: unknown): value is Audience {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { kind, ...rest } = value as Record<string, unknown>;
  const fields = Object.keys(rest);
  if (kind === 'overdue' || kind === 'openComplaint') return fields.length === 0;
  if (kind === 'dueWithin') {
    const days = rest.days;
    return (
      fields.length === 1 &&
      typeof days === 'number' &&
      Number.isInteger(days) &&
      days >= 0 &&
      days <= MAX_DUE_WITHIN_DAYS
    );
  }
  if (typeof kind !== 'string' || !Object.hasOwn(NAMED, kind)) return false;
  return fields.length === 1 && NAMED[kind]!.includes(rest[kind] as string);
}

// A predicate inside the schema: a discriminated union of seven object shapes would add some 5 KB
// of zod to dist/Code.js.
export const AudienceSchema = z.custom<Audience>(isAudience, 'is not an audience');

export interface AudienceContext {
  asOfDay: DayNumber;
  /** Customer keys with an open complaint. */
  openComplaints: ReadonlySet<string>;
}

/** Whether one customer belongs to the audience. */
export function inAudience(customer: CustomerInsight, audience: Audience, context: AudienceContext): boolean {
  switch (audience.kind) {
    case 'stage':
      return customer.lifecycle.stage === audience.stage;
    case 'reason':
      return situationOf(customer) === audience.reason;
    case 'segment':
      return customer.segment === audience.segment;
    case 'tier':
      return customer.tier === audience.tier;
    case 'dueWithin': {
      const daysUntilDue = customer.summary.nextDueDay - context.asOfDay;
      return daysUntilDue >= 0 && daysUntilDue <= audience.days;
    }
    case 'overdue':
      return customer.summary.nextDueDay < context.asOfDay && customer.lifecycle.stage !== 'lapsed';
    case 'openComplaint':
      return context.openComplaints.has(customer.summary.key);
  }
}

/** The audience's customers, in analysis order. */
export function selectAudience(
  customers: readonly CustomerInsight[],
  audience: Audience,
  context: AudienceContext,
): CustomerInsight[] {
  return customers.filter((c) => inAudience(c, audience, context));
}

/**
 * A short stable code for the audience, used in campaign ids: `stage-atRisk`, `segment-champions`,
 * `tier-key`, `due-7`, `overdue`, `complaint`.
 */
export function audienceCode(audience: Audience): string {
  switch (audience.kind) {
    case 'stage':
      return `stage-${audience.stage}`;
    case 'reason':
      return `reason-${audience.reason}`;
    case 'segment':
      return `segment-${audience.segment}`;
    case 'tier':
      return `tier-${audience.tier}`;
    case 'dueWithin':
      return `due-${audience.days}`;
    case 'overdue':
      return 'overdue';
    case 'openComplaint':
      return 'complaint';
  }
}

/** The audience of a code made by `audienceCode`, or undefined. */
export function parseAudienceCode(code: string): Audience | undefined {
  const dash = code.indexOf('-');
  const head = dash < 0 ? code : code.slice(0, dash);
  const rest = dash < 0 ? '' : code.slice(dash + 1);
  let candidate: unknown;
  if (code === 'overdue') candidate = { kind: 'overdue' };
  else if (code === 'complaint') candidate = { kind: 'openComplaint' };
  else if (head === 'stage') candidate = { kind: 'stage', stage: rest };
  else if (head === 'reason') candidate = { kind: 'reason', reason: rest };
  else if (head === 'segment') candidate = { kind: 'segment', segment: rest };
  else if (head === 'tier') candidate = { kind: 'tier', tier: rest };
  else if (head === 'due' && /^\d{1,3}$/.test(rest)) candidate = { kind: 'dueWithin', days: Number(rest) };
  const parsed = AudienceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** The built-in template an audience suggests. */
export function suggestedTemplateId(audience: Audience): string {
  switch (audience.kind) {
    case 'stage':
      return templateIdOfStage(audience.stage);
    case 'reason':
      return templateIdOfSituation(audience.reason);
    case 'dueWithin':
    case 'overdue':
      return BUILT_IN_TEMPLATE_IDS.reorder;
    case 'openComplaint':
      return BUILT_IN_TEMPLATE_IDS.complaint;
    case 'segment':
    case 'tier':
      return BUILT_IN_TEMPLATE_IDS.survey;
  }
}

/** The audience as the owner reads it. */
export function describeAudience(audience: Audience, language: Language, texts: FollowUpServerTexts): string {
  const w = texts.audienceWords[language];
  switch (audience.kind) {
    case 'stage':
      return w.stage.replace('{x}', STAGE_LABELS[language][audience.stage]);
    case 'reason':
      // One-time buyers in New or Lapsed are not in it: the label says At risk, like its siblings.
      return audience.reason === 'boughtOnce' ? w.boughtOnce : texts.purposeLabels[language][audience.reason];
    case 'segment':
      return w.segment.replace('{x}', SEGMENT_LABELS[language][audience.segment]);
    case 'tier':
      return w.tier.replace('{x}', TIER_LABELS[language][audience.tier]);
    case 'dueWithin':
      return w.dueWithin.replace('{x}', String(audience.days));
    case 'overdue':
      return w.overdue;
    case 'openComplaint':
      return w.openComplaint;
  }
}

/** Every stage, At risk followed by its reasons, for the sidebar's audience list. */
export const STAGE_AUDIENCES: readonly Audience[] = LIFECYCLE_STAGES.flatMap(
  (stage: LifecycleStage): Audience[] =>
    stage === 'atRisk'
      ? [{ kind: 'stage', stage }, ...AT_RISK_REASONS.map((reason): Audience => ({ kind: 'reason', reason }))]
      : [{ kind: 'stage', stage }],
);
