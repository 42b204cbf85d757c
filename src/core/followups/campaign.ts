// A campaign: one audience, one template, one language, prepared on one day. Its id is derived from
// those four alone, so preparing the same campaign again (a re-run, a second click, a resume the
// next day after the quota ran out) gives the same id, and the send ledger recognises who already
// got it.
//
// `planCampaign` is the whole pure decision: who gets which rendered email, who is skipped and why,
// and what stops the campaign (template errors, missing settings). The shell calls it for the
// preview and again, on fresh data inside the document lock, for every batch it sends.
import * as z from 'zod/mini';
import type { CustomerInsight } from '../analysis';
import { rowsDetail } from '../customers/rows-not-analysed';
import type { DayNumber } from '../days';
import { currencyIn } from '../i18n/currency-in';
import { type Currency, formatMoney } from '../i18n/format-number';
import { LANGUAGES, type Language } from '../i18n/language';
import { textThat, wholeNumber } from '../mapping/leaf-schemas';
import { isoOfDay } from '../time/civil';
import { AudienceSchema, audienceCode, inAudience, parseAudienceCode } from './audiences';
import { type ContactLogEntry, contactHistory } from './contact-log';
import type { ContactDirectory, CustomerContact } from './contacts';
import type { FollowUpSettings } from './followup-settings';
import { formatEmailDate, optOutLine, type PlanProblem } from './followup-texts';
import { isPersonName } from './greeting-name';
import { applyGuardrails, type Candidate, type GuardrailContext, type SkippedCustomer } from './guardrails';
import {
  escapeHtml,
  fitTextToValues,
  type MergeField,
  type MergeValues,
  missingValues,
  renderHtmlBody,
  renderSubject,
  renderTextBody,
  type TemplateToken,
} from './merge-fields';
import type { FollowUpServerTexts, LedgerProblem } from './server-texts';
import { returnedWhatTemplateThanksFor, shownUsualGap, situationOf, templateFits } from './template-fit';
import {
  type CompiledTemplate,
  compileTemplate,
  type FollowUpTemplate,
  findTemplate,
  TEMPLATE_ID_PATTERN,
  type TemplatePurpose,
} from './templates';

/** Earliest and latest day numbers accepted from a client (1970 … 2200). */
const MAX_DAY = 84_000;

/**
 * Templates whose words a visit that paid nothing would deny: "you visited us once", "we have not
 * seen you since …", "it has been N days since your last visit", "you usually come back every N
 * days". The others (thanks, welcome, a survey…) stay true of a customer back for a free sample.
 */
const VISIT_STATING: ReadonlySet<TemplatePurpose> = new Set([
  'boughtOnce',
  'lapsed',
  'late',
  'atRisk',
  'reorder',
]);
// The language by a predicate, not z.enum: the enum kind would add ~1.7 KB of zod to dist/Code.js for
// this one field.
export const CampaignSpecSchema = z.strictObject({
  audience: AudienceSchema,
  templateId: textThat((id) => TEMPLATE_ID_PATTERN.test(id), 'is not a template id'),
  language: z.custom<Language>((v) => (LANGUAGES as readonly unknown[]).includes(v), 'is not a language'),
  /** The day the campaign was prepared (day number); fixes its id across batches and days. */
  preparedDay: wholeNumber(0, MAX_DAY),
});
export type CampaignSpec = z.infer<typeof CampaignSpecSchema>;

/** `2026-06-30/stage-atRisk/check-in/en`: readable in the Contact log, and parsed back for a resume. */
export function campaignId(spec: CampaignSpec): string {
  return `${isoOfDay(spec.preparedDay)}/${audienceCode(spec.audience)}/${spec.templateId}/${spec.language}`;
}

/** The campaign a `campaignId` names, or undefined when it is not one. */
export function parseCampaignId(id: string): CampaignSpec | undefined {
  const parts = id.split('/');
  if (parts.length !== 4) return undefined;
  const [iso, code, templateId, language] = parts as [string, string, string, string];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const audience = parseAudienceCode(code);
  if (!m || audience === undefined) return undefined;
  const preparedDay = Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
  const parsed = CampaignSpecSchema.safeParse({ audience, templateId, language, preparedDay });
  return parsed.success && campaignId(parsed.data) === id ? parsed.data : undefined;
}

/** What a campaign is decided from; the shell reads it from the sheets. */
export interface CampaignInputs {
  /** The analysis as of today (fresh purchases included). */
  customers: readonly CustomerInsight[];
  byKey: ReadonlyMap<string, CustomerInsight>;
  /** The analysis date: audiences ("due within", "overdue") are decided as of it. */
  asOfDay: DayNumber;
  /** Today: the cool-down is counted to it. Equal to `asOfDay` unless the owner fixed an analysis date. */
  todayDay: DayNumber;
  directory: ContactDirectory;
  openComplaints: ReadonlySet<string>;
  log: readonly ContactLogEntry[];
  templates: readonly FollowUpTemplate[];
  settings: FollowUpSettings;
  /** The texts emails and problems are written in (read from dist/Templates.html by the shell). */
  texts: FollowUpServerTexts;
  /** The sheet's currency, for {{totalSpent}}; none when the amounts show none. */
  currency?: Currency | undefined;
  /** Set when the send ledger cannot be read with certainty: nothing may be sent. */
  ledgerProblem?: LedgerProblem | undefined;
  /**
   * The owner confirmed sending although the customer sheet has no opt-out or consent column. Without
   * it, a send-time plan with no such column is refused (fails closed).
   */
  optOutAcknowledged?: boolean;
  /** Sheet rows of purchases not in the analysis, by customer (rows-not-analysed.ts): those customers are held back. */
  rowsNotAnalysed?: ReadonlyMap<string, readonly string[]>;
  /**
   * Sheet rows of days a paying customer came in and paid nothing (not purchase days), by customer:
   * held back, as rows not analysed, from templates whose words a visit would deny (VISIT_STATING).
   */
  visitsThatPaidNothing?: ReadonlyMap<string, readonly string[]>;
}

interface RenderedEmail {
  subject: string;
  htmlBody: string;
  textBody: string;
}

export interface PlannedEmail extends RenderedEmail {
  key: string;
  label: string;
  /** Lower-cased, valid. */
  email: string;
  /** The last purchase day the preview is based on: a later one at send time means "bought since". */
  lastPurchaseDay: DayNumber;
  /**
   * The template greets by {{name}} and the customer has no name (their key is an id, a phone or an
   * address): the email says the fallback or the neutral word instead; the preview lists them.
   */
  unnamed?: true;
}

interface TemplateSummary {
  id: string;
  name: string;
  language: Language;
  purpose: TemplatePurpose;
}

export interface CampaignPlan {
  campaignId: string;
  spec: CampaignSpec;
  template: TemplateSummary | undefined;
  /** When not empty, nothing may be sent and `recipients` is empty. */
  problems: PlanProblem[];
  recipients: PlannedEmail[];
  skipped: SkippedCustomer[];
  /** Customers in the audience now. */
  audienceSize: number;
  /** The customer sheet has no opt-out or consent column: sending needs the owner's acknowledgement. */
  noOptOutColumn: boolean;
}

/** The merge values for one customer. */
export function mergeValuesOf(
  customer: CustomerInsight,
  contact: CustomerContact | undefined,
  settings: FollowUpSettings,
  language: Language,
  currency?: Currency,
): MergeValues {
  const s = customer.summary;
  const blankToUndefined = (t: string) => (t.trim() === '' ? undefined : t);
  return {
    name: nameOf(customer, contact),
    lastPurchaseDate: formatEmailDate(s.lastDay, language),
    daysSince: String(s.daysSinceLast),
    // Their own median gap in whole days ("about every 14 days"), only when they have two gaps or more.
    usualGap: shownUsualGap(customer)?.toString(),
    favouriteProduct: s.favouriteProduct === undefined ? undefined : blankToUndefined(s.favouriteProduct),
    totalSpent: formatMoney(s.netSpend, currencyIn(language, currency)),
    shopName: blankToUndefined(settings.shopName),
    // Without a signature, the shop name signs the email.
    signature: blankToUndefined(settings.signature) ?? blankToUndefined(settings.shopName),
  };
}

/**
 * The name to greet a customer by: the customer sheet's, else the log's; none when what stands there
 * is an id, a phone or an address (greeting-name.ts).
 */
function nameOf(customer: CustomerInsight, contact: CustomerContact | undefined): string | undefined {
  return [contact?.name ?? '', customer.summary.label].find(isPersonName);
}

/** Tokens whose {{name}} without a fallback falls back to `word` (a customer without a name). */
function withNameFallback(tokens: readonly TemplateToken[], word: string): TemplateToken[] {
  return tokens.map((t) =>
    t.kind === 'field' && t.field === 'name' && t.fallback === undefined ? { ...t, fallback: word } : t,
  );
}

/** Subject, HTML and text body of one email, the opt-out line added in the email's language. */
export function renderEmail(
  compiled: CompiledTemplate,
  values: MergeValues,
  language: Language,
  settings: FollowUpSettings,
  texts: FollowUpServerTexts,
): RenderedEmail {
  const optOut = optOutLine(texts, language, settings.shopName);
  const body = fitTextToValues(compiled.body, values);
  const subject = fitTextToValues(compiled.subject, values);
  const address = postalFooter(settings);
  const addressHtml =
    address === ''
      ? ''
      : `<p style="font-size:12px;color:#666">${escapeHtml(address).replace(/\n/g, '<br>')}</p>\n`;
  const html =
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">\n' +
    `${renderHtmlBody(body, values)}\n` +
    `<p style="margin-top:24px;font-size:12px;color:#666">${escapeHtml(optOut)}</p>\n${addressHtml}</div>`;
  return {
    subject: renderSubject(subject, values),
    htmlBody: html,
    textBody: `${renderTextBody(body, values)}\n\n--\n${optOut}${address === '' ? '' : `\n${address}`}`,
  };
}

/** The footer's postal address: the shop name, then the address, each line trimmed. */
function postalFooter(settings: FollowUpSettings): string {
  const lines = settings.postalAddress
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return '';
  const shop = settings.shopName.trim();
  return [...(shop === '' ? [] : [shop]), ...lines].join('\n');
}

/** Fields used without a fallback anywhere in the template. */
function fieldsWithoutFallback(tokens: readonly TemplateToken[]): Set<MergeField> {
  const out = new Set<MergeField>();
  for (const t of tokens) if (t.kind === 'field' && t.fallback === undefined) out.add(t.field);
  return out;
}

/** Problems that stop the campaign before any customer is looked at. */
function campaignProblems(
  spec: CampaignSpec,
  compiled: CompiledTemplate | undefined,
  settings: FollowUpSettings,
  ledgerProblem: LedgerProblem | undefined,
): PlanProblem[] {
  // Fail closed: without a trustworthy ledger nobody can be told apart from those already emailed.
  if (ledgerProblem !== undefined) return [{ kind: 'ledgerUnreadable', problem: ledgerProblem }];
  if (compiled === undefined) {
    return [{ kind: 'templateNotFound', templateId: spec.templateId, language: spec.language }];
  }
  const problems: PlanProblem[] = [...compiled.problems];
  const strict = fieldsWithoutFallback([...compiled.subject, ...compiled.body]);
  // The signature falls back to the shop name, so only a missing shop name can stop the campaign.
  if ((strict.has('shopName') || strict.has('signature')) && settings.shopName.trim() === '') {
    problems.push({ kind: 'missingSetting', field: 'shopName' });
  }
  if (spec.audience.kind === 'openComplaint' && compiled.template.purpose !== 'complaint') {
    problems.push({ kind: 'complaintAudience' });
  }
  if (postalFooter(settings) === '') problems.push({ kind: 'missingPostalAddress' });
  return problems;
}

/**
 * What a template is, for "not the same kind twice without a purchase between" (guardrails.ts): its
 * purpose, so the owner's own win-back counts as the built-in one; a template of no stated purpose
 * (or one no longer in the Templates sheet) is its own kind. A complaint follow-up answers a complaint,
 * and each complaint may need one: not held.
 */
function sameKindRule(
  templates: readonly FollowUpTemplate[],
  spec: CampaignSpec,
): Pick<GuardrailContext, 'kind' | 'kindOf' | 'templateName'> {
  const byId = new Map<string, FollowUpTemplate>();
  for (const t of templates) {
    const id = t.id.toLowerCase();
    if (!byId.has(id) || t.language === spec.language) byId.set(id, t);
  }
  const kindOf = (templateId: string) => {
    const purpose = byId.get(templateId.toLowerCase())?.purpose;
    if (purpose === 'complaint') return undefined;
    return purpose === undefined || purpose === 'other' ? `id:${templateId.toLowerCase()}` : purpose;
  };
  return {
    kind: kindOf(spec.templateId),
    kindOf,
    templateName: (templateId) => byId.get(templateId.toLowerCase())?.name ?? templateId,
  };
}

/**
 * Who gets which email and who is skipped. Without `confirmed` this is the preview: the audience as
 * it is now. With `confirmed` (customer key → last purchase day shown in the preview the owner
 * confirmed) it is the send-time plan: only confirmed customers, in the confirmed order, are
 * candidates; audience members the owner did not see are reported as not confirmed. With
 * `confirmedEmails` (customer key → the address the preview showed), a confirmed customer is written
 * to at that address only; the shell always gives it at send time.
 */
export function planCampaign(
  spec: CampaignSpec,
  inputs: CampaignInputs,
  confirmed?: ReadonlyMap<string, DayNumber>,
  confirmedEmails?: ReadonlyMap<string, string>,
): CampaignPlan {
  const id = campaignId(spec);
  const template = findTemplate(inputs.templates, spec.templateId, spec.language);
  const compiled = template === undefined ? undefined : compileTemplate(template);
  const problems = campaignProblems(spec, compiled, inputs.settings, inputs.ledgerProblem);
  if (confirmed !== undefined && !inputs.directory.hasOptOutColumn && inputs.optOutAcknowledged !== true) {
    problems.push({ kind: 'optOutNotAcknowledged' });
  }
  const context = { asOfDay: inputs.asOfDay, openComplaints: inputs.openComplaints };
  // Customers the template's words would not be true for are not written to (template-fit.ts).
  const purpose = template?.purpose ?? 'other';
  const misfits: SkippedCustomer[] = [];
  const members = inputs.customers.filter((c) => {
    if (!inAudience(c, spec.audience, context)) return false;
    const unreadable =
      inputs.rowsNotAnalysed?.get(c.summary.key) ??
      (VISIT_STATING.has(purpose) ? inputs.visitsThatPaidNothing?.get(c.summary.key) : undefined);
    if (unreadable !== undefined) {
      misfits.push({
        key: c.summary.key,
        label: c.summary.label,
        email: inputs.directory.byKey.get(c.summary.key)?.email.trim() ?? '',
        reason: 'rowsNotAnalysed',
        detail: rowsDetail(unreadable),
      });
      return false;
    }
    if (templateFits(purpose, c)) return true;
    const returnedAll = returnedWhatTemplateThanksFor(purpose, c);
    misfits.push({
      key: c.summary.key,
      label: c.summary.label,
      email: inputs.directory.byKey.get(c.summary.key)?.email.trim() ?? '',
      reason: returnedAll ? 'returnedEverything' : 'templateDoesNotFit',
      detail: returnedAll ? '' : situationOf(c),
    });
    return false;
  });
  const candidates: Candidate[] = [];
  if (confirmed === undefined) {
    for (const c of members) candidates.push({ key: c.summary.key, customer: c, inAudience: true });
  } else {
    // A confirmed key without an address (`confirmedEmails` given) matches none: fails closed.
    const memberKeys = new Set(members.map((c) => c.summary.key));
    for (const [key, lastDay] of confirmed) {
      candidates.push({
        key,
        customer: inputs.byKey.get(key),
        inAudience: memberKeys.has(key),
        confirmedLastDay: lastDay,
        ...(confirmedEmails === undefined ? {} : { confirmedEmail: confirmedEmails.get(key) ?? '' }),
      });
    }
    for (const c of members) {
      if (!confirmed.has(c.summary.key)) {
        candidates.push({ key: c.summary.key, customer: c, inAudience: true, confirmedLastDay: null });
      }
    }
  }
  // A customer without a name is greeted by the template's fallback, else by the language's neutral word.
  const greeting = inputs.texts.unnamedGreeting[spec.language];
  const greeted: CompiledTemplate | undefined = compiled && {
    ...compiled,
    subject: withNameFallback(compiled.subject, greeting),
    body: withNameFallback(compiled.body, greeting),
  };
  const allTokens = greeted === undefined ? [] : [...greeted.subject, ...greeted.body];
  const usesName = allTokens.some((t) => t.kind === 'field' && t.field === 'name');
  const decision = applyGuardrails(candidates, {
    directory: inputs.directory,
    openComplaints: inputs.openComplaints,
    history: contactHistory(inputs.log),
    campaignId: id,
    purpose: template?.purpose ?? 'other',
    todayDay: inputs.todayDay,
    coolDownDays: inputs.settings.coolDownDays,
    ...sameKindRule(inputs.templates, spec),
    // Shop name and signature are the campaign's, not the customer's: checked above as problems.
    requiredMissing: (customer, contact) =>
      missingValues(
        allTokens,
        mergeValuesOf(customer, contact, inputs.settings, spec.language, inputs.currency),
      ).filter((f) => f !== 'shopName' && f !== 'signature'),
  });
  const recipients: PlannedEmail[] =
    problems.length > 0 || greeted === undefined
      ? []
      : decision.eligible.map((e) => {
          const values = mergeValuesOf(
            e.customer,
            e.contact,
            inputs.settings,
            spec.language,
            inputs.currency,
          );
          return {
            key: e.key,
            label: e.customer.summary.label,
            email: e.email,
            lastPurchaseDay: e.customer.summary.lastDay,
            ...(usesName && values.name === undefined ? { unnamed: true as const } : {}),
            ...renderEmail(greeted, values, spec.language, inputs.settings, inputs.texts),
          };
        });
  return {
    campaignId: id,
    spec,
    template:
      template === undefined
        ? undefined
        : { id: template.id, name: template.name, language: template.language, purpose: template.purpose },
    problems,
    recipients,
    skipped: [...misfits, ...decision.skipped],
    audienceSize: members.length + misfits.length,
    noOptOutColumn: !inputs.directory.hasOptOutColumn,
  };
}

/** The test email: the first recipient's email, marked as a test, for the owner's own address. */
export function testEmailOf(plan: CampaignPlan, texts: FollowUpServerTexts): PlannedEmail | undefined {
  const first = plan.recipients[0];
  if (first === undefined) return undefined;
  const prefix = texts.testSubjectPrefix[plan.spec.language];
  return {
    ...first,
    subject: renderSubject([{ kind: 'text', text: prefix + first.subject }], {} as MergeValues),
  };
}
