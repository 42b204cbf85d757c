import { describe, expect, it } from 'vitest';
import {
  type Audience,
  AudienceSchema,
  audienceCode,
  describeAudience,
  parseAudienceCode,
  STAGE_AUDIENCES,
  selectAudience,
  suggestedTemplateId,
} from '../../../src/core/followups/audiences';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { customer, TODAY } from './fixtures';

const keys = (audience: Audience, openComplaints: string[] = []) =>
  selectAudience(CUSTOMERS, audience, { asOfDay: TODAY, openComplaints: new Set(openComplaints) }).map(
    (c) => c.summary.key,
  );

const CUSTOMERS = [
  customer({ key: 'due-today', stage: 'loyal', nextDueDay: TODAY, segment: 'champions', tier: 'key' }),
  customer({ key: 'due-7', stage: 'developing', nextDueDay: TODAY + 7 }),
  customer({ key: 'due-8', stage: 'developing', nextDueDay: TODAY + 8 }),
  customer({ key: 'late', stage: 'atRisk', nextDueDay: TODAY - 1 }),
  customer({ key: 'gone', stage: 'lapsed', nextDueDay: TODAY - 200 }),
];

describe('audiences', () => {
  it('by stage, segment and tier', () => {
    expect(keys({ kind: 'stage', stage: 'developing' })).toEqual(['due-7', 'due-8']);
    expect(keys({ kind: 'segment', segment: 'champions' })).toEqual(['due-today']);
    expect(keys({ kind: 'tier', tier: 'key' })).toEqual(['due-today']);
  });

  it('due within N days includes today and the Nth day', () => {
    expect(keys({ kind: 'dueWithin', days: 7 })).toEqual(['due-today', 'due-7']);
    expect(keys({ kind: 'dueWithin', days: 0 })).toEqual(['due-today']);
  });

  it('overdue leaves out the lapsed, and its label says so in each language', () => {
    expect(keys({ kind: 'overdue' })).toEqual(['late']);
    expect(describeAudience({ kind: 'overdue' }, 'en', FOLLOW_UP_SERVER_TEXTS)).toBe(
      'Overdue for their next purchase, not yet lapsed',
    );
    expect(describeAudience({ kind: 'overdue' }, 'zh-CN', FOLLOW_UP_SERVER_TEXTS)).toBe(
      '已超过预计购买日期、尚未流失',
    );
    expect(describeAudience({ kind: 'overdue' }, 'zh-TW', FOLLOW_UP_SERVER_TEXTS)).toBe(
      '已超過預計購買日期、尚未流失',
    );
  });

  it('open complaint', () => {
    expect(keys({ kind: 'openComplaint' }, ['gone'])).toEqual(['gone']);
  });

  it('codes round-trip; the schema rejects what is not an audience', () => {
    const all: Audience[] = [
      { kind: 'stage', stage: 'atRisk' },
      { kind: 'segment', segment: 'cantLoseThem' },
      { kind: 'tier', tier: 'occasional' },
      { kind: 'dueWithin', days: 14 },
      { kind: 'overdue' },
      { kind: 'openComplaint' },
      { kind: 'reason', reason: 'spendingLess' },
      { kind: 'reason', reason: 'late' },
      { kind: 'reason', reason: 'boughtOnce' },
    ];
    for (const a of all) expect(parseAudienceCode(audienceCode(a))).toEqual(a);
    expect(AudienceSchema.safeParse({ kind: 'dueWithin', days: -1 }).success).toBe(false);
    expect(AudienceSchema.safeParse({ kind: 'dueWithin', days: 1.5 }).success).toBe(false);
    expect(AudienceSchema.safeParse({ kind: 'stage', stage: 'atRisk', extra: 1 }).success).toBe(false);
    expect(AudienceSchema.safeParse({ kind: 'everyone' }).success).toBe(false);
    expect(AudienceSchema.safeParse({ kind: 'reason', reason: 'loyal' }).success).toBe(false);
    // The schema is a hand check: every shape passes as it is, and nothing else does.
    for (const a of all) expect(AudienceSchema.safeParse(a)).toEqual({ success: true, data: a });
    for (const bad of [
      null,
      [],
      'overdue',
      { kind: 'overdue', days: 1 },
      { kind: 'dueWithin', days: 366 },
      { kind: 'dueWithin', days: '7' },
      { kind: 'dueWithin' },
      { kind: 'tier', segment: 'champions' },
      { kind: 'tier' },
      { kind: 'toString', toString: 'x' },
      { stage: 'loyal' },
    ])
      expect(AudienceSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('suggests a template and reads well in each language', () => {
    expect(suggestedTemplateId({ kind: 'stage', stage: 'atRisk' })).toBe('check-in');
    expect(suggestedTemplateId({ kind: 'dueWithin', days: 7 })).toBe('reorder');
    expect(suggestedTemplateId({ kind: 'openComplaint' })).toBe('complaint-follow-up');
    expect(describeAudience({ kind: 'stage', stage: 'atRisk' }, 'en', FOLLOW_UP_SERVER_TEXTS)).toBe(
      'Stage: At risk',
    );
    expect(describeAudience({ kind: 'dueWithin', days: 7 }, 'zh-CN', FOLLOW_UP_SERVER_TEXTS)).toBe(
      '7 天内预计再次购买',
    );
  });

  it('At risk by its reason, each with the template written for it', () => {
    expect(keys({ kind: 'reason', reason: 'late' })).toEqual(['late']);
    expect(keys({ kind: 'reason', reason: 'spendingLess' })).toEqual([]);
    expect(suggestedTemplateId({ kind: 'reason', reason: 'late' })).toBe('late-check-in');
    expect(suggestedTemplateId({ kind: 'reason', reason: 'spendingLess' })).toBe('spending-check-in');
    expect(suggestedTemplateId({ kind: 'reason', reason: 'boughtOnce' })).toBe('second-visit');
    expect(describeAudience({ kind: 'reason', reason: 'spendingLess' }, 'en', FOLLOW_UP_SERVER_TEXTS)).toBe(
      'At risk: spending less',
    );
    // Only the At-risk one-time buyers (New and Lapsed ones are not in it), named as its siblings are.
    expect(describeAudience({ kind: 'reason', reason: 'boughtOnce' }, 'zh-TW', FOLLOW_UP_SERVER_TEXTS)).toBe(
      '有流失風險：只買過一次，未再光臨',
    );
    expect(describeAudience({ kind: 'reason', reason: 'boughtOnce' }, 'en', FOLLOW_UP_SERVER_TEXTS)).toBe(
      'At risk: bought once, not back',
    );
    expect(STAGE_AUDIENCES.map(audienceCode)).toEqual([
      'stage-new',
      'stage-developing',
      'stage-loyal',
      'stage-atRisk',
      'reason-late',
      'reason-spendingLess',
      'reason-boughtOnce',
      'stage-lapsed',
    ]);
  });
});
