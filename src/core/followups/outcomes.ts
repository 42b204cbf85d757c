// Did follow-ups work? For each customer, the last contact in the send ledger and whether they bought
// in the 30 days after it, and how much; for each campaign, the same summed up. Shown on the
// customer card and in the Insights sheet.
//
// Decisions (tests in test/unit/followups/outcomes.test.ts):
// - A contact is a logged draft or send that did not fail (a test is not a contact, a released draft
//   neither). Every contact holds its customer for the cool-down, but outcomes count only from what
//   is known to have gone: a send recorded `sent`, or a draft the owner marked as sent (counted from
//   the day it was drafted, the earliest it can have gone). A draft the owner has not marked, and a
//   send whose outcome is unknown, show as such and count in no "bought" figure: the add-on cannot
//   tell a draft that was sent from one that was deleted.
// - "Within 30 days after" means purchase days after the contact's day, up to and including the
//   30th day after it. A purchase on the day of the contact is not counted: it may have come first.
// - The amount is the sum of the purchases (returns left out) in that window.
// - While the window is still open and nothing was bought yet, the outcome is `waiting`.
import type { CellOutput } from '../cells';
import type { DayNumber } from '../days';
import type { Language } from '../i18n/language';
import { instantOfDay } from '../time/zone';
import { type ContactLogEntry, type ContactMode, countsAsContact } from './contact-log';
import { OUTCOME_WINDOW_DAYS } from './followup-settings';
import { outcomeStartDay } from './ledger';
import type { FollowUpServerTexts } from './server-texts';

/** What the outcome needs of a purchase (the purchase log's `Purchase` fits). */
export interface OutcomePurchase {
  readonly customerKey: string;
  readonly day: DayNumber;
  readonly amount: number;
}

export type OutcomeStatus = 'bought' | 'waiting' | 'noPurchase' | 'draftNotKnownSent' | 'unknownDelivery';

/** How the contact went out, as far as the add-on knows. */
type Delivery = 'sent' | 'draftMarkedSent' | 'draft' | 'unknown';

/** What is known of an entry's delivery. */
function deliveryOf(entry: ContactLogEntry): Delivery {
  if (entry.mode === 'draft') return entry.markedSent === true ? 'draftMarkedSent' : 'draft';
  return entry.result === 'sent' ? 'sent' : 'unknown';
}

export interface ContactOutcome {
  customerKey: string;
  contactDay: DayNumber;
  campaignId: string;
  templateId: string;
  mode: Exclude<ContactMode, 'test'>;
  delivery: Delivery;
  status: OutcomeStatus;
  /** Purchase days in the window. */
  purchaseDays: number;
  /** Sum of the purchases in the window. */
  amount: number;
  /** Days from the contact to the first purchase in the window. */
  daysToPurchase: number | undefined;
}

/** Purchases per customer, days ascending with each day's amount (returns left out). */
function purchaseDaysByCustomer(purchases: readonly OutcomePurchase[]): Map<string, Map<DayNumber, number>> {
  const byKey = new Map<string, Map<DayNumber, number>>();
  for (const p of purchases) {
    if (!(p.amount >= 0)) continue;
    let days = byKey.get(p.customerKey);
    if (!days) {
      days = new Map();
      byKey.set(p.customerKey, days);
    }
    days.set(p.day, (days.get(p.day) ?? 0) + p.amount);
  }
  return byKey;
}

function outcomeOf(
  entry: ContactLogEntry,
  contactDay: DayNumber,
  days: ReadonlyMap<DayNumber, number> | undefined,
  todayDay: DayNumber,
  windowDays: number,
): ContactOutcome {
  let purchaseDays = 0;
  let amount = 0;
  let first: number | undefined;
  for (const [day, dayAmount] of days ?? []) {
    if (day <= contactDay || day > contactDay + windowDays) continue;
    purchaseDays++;
    amount += dayAmount;
    if (first === undefined || day < first) first = day;
  }
  const delivery = deliveryOf(entry);
  const known = outcomeStartDay(entry) !== undefined;
  if (!known) {
    purchaseDays = 0;
    amount = 0;
    first = undefined;
  }
  const status: OutcomeStatus = !known
    ? delivery === 'draft'
      ? 'draftNotKnownSent'
      : 'unknownDelivery'
    : purchaseDays > 0
      ? 'bought'
      : todayDay < contactDay + windowDays
        ? 'waiting'
        : 'noPurchase';
  return {
    customerKey: entry.customerKey,
    contactDay,
    campaignId: entry.campaignId,
    templateId: entry.templateId,
    mode: entry.mode === 'draft' ? 'draft' : 'send',
    delivery,
    status,
    purchaseDays,
    amount,
    daysToPurchase: first === undefined ? undefined : first - contactDay,
  };
}

/** The latest contact of each customer with its outcome. */
export function lastContactOutcomes(
  log: readonly ContactLogEntry[],
  purchases: readonly OutcomePurchase[],
  todayDay: DayNumber,
  windowDays = OUTCOME_WINDOW_DAYS,
): Map<string, ContactOutcome> {
  const latest = new Map<string, { entry: ContactLogEntry; day: DayNumber }>();
  for (const entry of log) {
    if (!countsAsContact(entry) || entry.customerKey === '' || entry.day === undefined) continue;
    const previous = latest.get(entry.customerKey);
    if (previous === undefined || entry.day >= previous.day)
      latest.set(entry.customerKey, { entry, day: entry.day });
  }
  const days = purchaseDaysByCustomer(purchases);
  const out = new Map<string, ContactOutcome>();
  for (const [key, { entry, day }] of latest) {
    out.set(key, outcomeOf(entry, day, days.get(key), todayDay, windowDays));
  }
  return out;
}

export interface CampaignOutcome {
  campaignId: string;
  firstDay: DayNumber;
  /** Customers held by the campaign: sent + drafts + unknown. */
  contacted: number;
  /** Known to have gone: sends recorded sent, and drafts the owner marked as sent. */
  sent: number;
  /** Drafts the owner has neither marked as sent nor released: not known to be sent. */
  drafts: number;
  /** Sends whose outcome is unknown. */
  unknown: number;
  /** Of `sent`, those who bought within the window. */
  bought: number;
  /** Of `sent`, those whose window is still open and who have not bought yet. */
  waiting: number;
  amount: number;
  /** The last day a purchase can still count for this campaign, when that is today or later. */
  windowOpenUntil: DayNumber | null;
}

/** Per campaign: customers contacted, how many bought within the window, and how much. */
export function campaignOutcomes(
  log: readonly ContactLogEntry[],
  purchases: readonly OutcomePurchase[],
  todayDay: DayNumber,
  windowDays = OUTCOME_WINDOW_DAYS,
): CampaignOutcome[] {
  const days = purchaseDaysByCustomer(purchases);
  const byCampaign = new Map<string, CampaignOutcome>();
  const seen = new Set<string>();
  for (const entry of log) {
    if (!countsAsContact(entry) || entry.customerKey === '' || entry.day === undefined) continue;
    const once = `${entry.campaignId}\u0000${entry.customerKey}`;
    if (seen.has(once)) continue;
    seen.add(once);
    let c = byCampaign.get(entry.campaignId);
    if (!c) {
      c = {
        campaignId: entry.campaignId,
        firstDay: entry.day,
        contacted: 0,
        sent: 0,
        drafts: 0,
        unknown: 0,
        bought: 0,
        waiting: 0,
        amount: 0,
        windowOpenUntil: null,
      };
      byCampaign.set(entry.campaignId, c);
    }
    const o = outcomeOf(entry, entry.day, days.get(entry.customerKey), todayDay, windowDays);
    c.firstDay = Math.min(c.firstDay, entry.day);
    c.contacted++;
    if (o.delivery === 'draft') c.drafts++;
    else if (o.delivery === 'unknown') c.unknown++;
    else {
      c.sent++;
      const until = entry.day + windowDays;
      if (until >= todayDay && (c.windowOpenUntil === null || until > c.windowOpenUntil))
        c.windowOpenUntil = until;
    }
    if (o.status === 'bought') c.bought++;
    if (o.status === 'waiting') c.waiting++;
    c.amount += o.amount;
  }
  return [...byCampaign.values()].sort(
    (a, b) => b.firstDay - a.firstDay || a.campaignId.localeCompare(b.campaignId),
  );
}

/**
 * Three columns the Insights sheet can append (last contact, bought within 30 days after, spent):
 * headers in the owner's language, formats, and each customer's cells ('' when never contacted).
 */
export function outcomeColumns(
  outcomes: ReadonlyMap<string, ContactOutcome>,
  language: Language,
  timeZone: string,
  texts: FollowUpServerTexts,
): {
  headers: [string, string, string];
  formats: ['date', 'text', 'money'];
  cellsFor(customerKey: string): [CellOutput, CellOutput, CellOutput];
} {
  const h = texts.outcomeHeaders[language];
  return {
    headers: [h.lastContact, h.boughtAfter, h.amountAfter],
    formats: ['date', 'text', 'money'],
    cellsFor(customerKey) {
      const o = outcomes.get(customerKey);
      if (o === undefined) return ['', '', ''];
      return [
        instantOfDay(o.contactDay, timeZone),
        texts.outcomeStatusLabels[language][o.status],
        o.status === 'bought' ? o.amount : '',
      ];
    },
  };
}
