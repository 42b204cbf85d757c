// Which customers a template's words are true for. A built-in template states facts ("longer than
// usual", "thank you for coming back", "you visited us once"), so each purpose names the customers
// those facts hold for, decided from the same numbers the stage and its reason come from
// (issue 12: the At-risk check-in told customers whose amounts had dropped that they were late).
// A customer the chosen template does not fit is skipped and told apart in the preview; an owner's
// own template of purpose "other", a survey or a complaint follow-up states no such fact.
//
// Decisions (tests in test/unit/followups/template-fit.test.ts and email-facts.test.ts):
// - The situation of a customer is their stage, with At risk split by its reason: later than
//   usual, spending less, or bought once and not back.
// - "Later than usual" compares the days since the last purchase with the usual gap *as the email
//   writes it*: the customer's own median gap in whole days, stated only with two gaps or more (the
//   gap shrunk toward the shop's decides stages but is not the customer's habit).
// - "We hope you are enjoying your purchase" (welcome, second visit) is not for a customer who paid
//   nothing in the end (net spend 0 or less: everything returned — a refund on a later day leaves
//   the purchase day in place — or a free item); they are skipped with a reason of their own.
import type { CustomerInsight } from '../analysis';
import { habitGapDays } from '../customers/customer-summary';
import type { LifecycleStage } from '../lifecycle/lifecycle-stage';
import type { Situation } from '../lifecycle/situation';
import { BUILT_IN_TEMPLATE_IDS, type TemplatePurpose } from './templates';

export { SITUATIONS, type Situation, situationOf } from '../lifecycle/situation';

/** The customer's own usual gap as emails write it (14), or undefined with fewer than two gaps. */
export function shownUsualGap(customer: CustomerInsight): number | undefined {
  const own = habitGapDays(customer.summary);
  return own === undefined ? undefined : Math.round(own);
}

/** Whether the customer has a rhythm of their own (two gaps or more) and is past it. */
function laterThanUsual(customer: CustomerInsight): boolean {
  const gap = shownUsualGap(customer);
  return gap !== undefined && customer.summary.daysSinceLast > gap;
}

/** Templates that hope the customer is enjoying what they bought. */
const ENJOYING_THE_PURCHASE: ReadonlySet<TemplatePurpose> = new Set(['new', 'boughtOnce']);

/** Whether the customer has returned everything they bought, for a template that hopes they enjoy it. */
export function returnedWhatTemplateThanksFor(purpose: TemplatePurpose, customer: CustomerInsight): boolean {
  return ENJOYING_THE_PURCHASE.has(purpose) && customer.summary.netSpend <= 0;
}

/** Whether every fact the template's purpose states is true for this customer. */
export function templateFits(purpose: TemplatePurpose, customer: CustomerInsight): boolean {
  const s = customer.summary;
  const stage: LifecycleStage = customer.lifecycle.stage;
  if (returnedWhatTemplateThanksFor(purpose, customer)) return false;
  switch (purpose) {
    case 'new':
      return stage === 'new';
    // "Thank you for coming back": they did come back.
    case 'developing':
      return s.purchaseDayCount >= 2 && stage !== 'lapsed';
    // "One of our most faithful customers".
    case 'loyal':
      return stage === 'loyal';
    // The neutral check-in states nothing but that we want to hear from them.
    case 'atRisk':
      return stage === 'atRisk';
    // "It has been N days, longer than your usual M days."
    case 'late':
      return laterThanUsual(customer) && stage !== 'lapsed';
    // "Your recent orders have been smaller than usual."
    case 'spendingLess':
      return customer.lifecycle.reason.kind === 'amountDrop';
    // "You visited us once, on …": one purchase day, and past the new window.
    case 'boughtOnce':
      return s.purchaseDayCount === 1 && stage !== 'new';
    // "We have not seen you since …, and we miss you."
    case 'lapsed':
      return stage === 'lapsed';
    // "You usually come back about every M days": a rhythm of their own (two gaps or more).
    case 'reorder':
      return shownUsualGap(customer) !== undefined;
    case 'complaint':
    case 'survey':
    case 'other':
      return true;
  }
}

/** The built-in template written for a situation. */
export function templateIdOfSituation(situation: Situation): string {
  return BUILT_IN_TEMPLATE_IDS[situation];
}
