// Hand-made customers, directories and logs for the follow-up unit tests: each test states only the
// numbers it is about.
import type { CustomerInsight } from '../../../src/core/analysis';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import type { CampaignInputs, CampaignSpec } from '../../../src/core/followups/campaign';
import type { ContactLogEntry } from '../../../src/core/followups/contact-log';
import {
  type ContactDirectory,
  type CustomerContact,
  normalizeEmail,
} from '../../../src/core/followups/contacts';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  type FollowUpSettings,
} from '../../../src/core/followups/followup-settings';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import type { LifecycleStage } from '../../../src/core/lifecycle/lifecycle-stage';
import type { RfmSegment } from '../../../src/core/segments/rfm-segments';
import type { ValueTier } from '../../../src/core/segments/value-tier';

/** 2026-06-30, the sample workbook's as-of date. */
export const TODAY = 20_634;

export interface CustomerSpec {
  key: string;
  label?: string;
  stage?: LifecycleStage;
  segment?: RfmSegment;
  tier?: ValueTier;
  lastDay?: number;
  nextDueDay?: number;
  usualGapDays?: number;
  netSpend?: number;
  favouriteProduct?: string;
}

export function customer(spec: CustomerSpec): CustomerInsight {
  const lastDay = spec.lastDay ?? TODAY - 40;
  const usualGapDays = spec.usualGapDays ?? 20;
  return {
    summary: {
      key: spec.key,
      label: spec.label ?? spec.key,
      firstDay: lastDay - 100,
      lastDay,
      purchaseDayCount: 3,
      x: 2,
      txDays: 100,
      TDays: TODAY - (lastDay - 100),
      logGapSum: 2 * Math.log(50),
      netSpend: spec.netSpend ?? 300,
      averagePurchase: 100,
      meanSpend: 100,
      meanRepeatSpend: 100,
      daysSinceLast: TODAY - lastDay,
      ownGapDays: usualGapDays,
      longestGapDays: usualGapDays,
      stageGapDays: usualGapDays,
      usualGapDays,
      nextDueDay: spec.nextDueDay ?? lastDay + usualGapDays,
      amountDrop: undefined,
      lastBreak: undefined,
      favouriteProduct: spec.favouriteProduct,
    },
    rfm: { r: 3, f: 3, m: 3 },
    segment: spec.segment ?? 'needAttention',
    tier: spec.tier ?? 'core',
    lifecycle: {
      stage: spec.stage ?? 'atRisk',
      reason: {
        kind: 'rhythm',
        purchaseDays: 3,
        usualGapDays,
        ownGapDays: usualGapDays,
        storeGapDays: 30,
        daysSinceLast: TODAY - lastDay,
        multiple: 2,
      },
    },
    repeatProbability: 0.4,
    predictedValue: 100,
    loyaltyScore: 40,
  };
}

export interface ContactSpec {
  key: string;
  email?: string;
  name?: string;
  optedOut?: boolean;
}

function directory(contacts: readonly ContactSpec[]): ContactDirectory {
  const byKey = new Map<string, CustomerContact>();
  const optedOutEmails = new Set<string>();
  contacts.forEach((c, i) => {
    byKey.set(c.key, {
      key: c.key,
      name: c.name ?? c.key,
      email: c.email ?? '',
      optedOut: c.optedOut ?? false,
      row: i + 2,
    });
    const email = normalizeEmail(c.email ?? '');
    if (c.optedOut && email) optedOutEmails.add(email);
  });
  return { byKey, optedOutEmails, hasEmailColumn: true, hasOptOutColumn: true, optOutRows: [] };
}

export function logEntry(partial: Partial<ContactLogEntry> & { customerKey: string }): ContactLogEntry {
  return {
    row: 2,
    timeMs: undefined,
    day: TODAY - 1,
    campaignId: 'other',
    customer: partial.customerKey,
    email: '',
    templateId: 'check-in',
    subject: 's',
    mode: 'send',
    result: 'sent',
    detail: '',
    ...partial,
  };
}

export const SETTINGS: FollowUpSettings = {
  ...DEFAULT_FOLLOW_UP_SETTINGS,
  shopName: 'Lotus Leaf Tea House',
  signature: 'Mei\nLotus Leaf Tea House',
  postalAddress: '12 Willow Lane\nHangzhou 310000',
};

export function inputs(parts: {
  customers: CustomerInsight[];
  contacts?: ContactSpec[];
  openComplaints?: string[];
  log?: ContactLogEntry[];
  settings?: FollowUpSettings;
}): CampaignInputs {
  return {
    customers: parts.customers,
    byKey: new Map(parts.customers.map((c) => [c.summary.key, c])),
    asOfDay: TODAY,
    todayDay: TODAY,
    directory: directory(
      parts.contacts ??
        parts.customers.map((c) => ({ key: c.summary.key, email: `${c.summary.key}@example.com` })),
    ),
    openComplaints: new Set(parts.openComplaints ?? []),
    log: parts.log ?? [],
    templates: builtInTemplates(),
    texts: FOLLOW_UP_SERVER_TEXTS,
    settings: parts.settings ?? SETTINGS,
  };
}

export const AT_RISK_SPEC: CampaignSpec = {
  audience: { kind: 'stage', stage: 'atRisk' },
  templateId: 'check-in',
  language: 'en',
  preparedDay: TODAY,
};
