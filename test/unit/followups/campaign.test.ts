import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import {
  type CampaignSpec,
  campaignId,
  mergeValuesOf,
  parseCampaignId,
  planCampaign,
  testEmailOf,
} from '../../../src/core/followups/campaign';
import { splitByQuota } from '../../../src/core/followups/guardrails';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { isoOfDay } from '../../../src/core/time/civil';
import { AT_RISK_SPEC, customer, inputs, logEntry, SETTINGS, TODAY } from './fixtures';

const reasons = (plan: ReturnType<typeof planCampaign>) =>
  Object.fromEntries(plan.skipped.map((s) => [s.key, s.reason]));

describe('campaign ids', () => {
  it('are derived from audience, template, language and the day prepared', () => {
    expect(campaignId(AT_RISK_SPEC)).toBe('2026-06-30/stage-atRisk/check-in/en');
    expect(campaignId({ ...AT_RISK_SPEC, audience: { kind: 'dueWithin', days: 7 } })).toBe(
      '2026-06-30/due-7/check-in/en',
    );
  });

  it('parse back to the same campaign, and nothing else parses', () => {
    const specs: CampaignSpec[] = [
      AT_RISK_SPEC,
      {
        audience: { kind: 'segment', segment: 'cantLoseThem' },
        templateId: '感谢信',
        language: 'zh-CN',
        preparedDay: 1,
      },
      {
        audience: { kind: 'openComplaint' },
        templateId: 'complaint-follow-up',
        language: 'zh-TW',
        preparedDay: TODAY,
      },
      { audience: { kind: 'overdue' }, templateId: 'reorder', language: 'en', preparedDay: TODAY },
    ];
    for (const spec of specs) expect(parseCampaignId(campaignId(spec))).toEqual(spec);
    expect(parseCampaignId('2026-06-30/stage-bogus/check-in/en')).toBeUndefined();
    expect(parseCampaignId('2026-02-30/stage-new/check-in/en')).toBeUndefined();
    expect(parseCampaignId('hello')).toBeUndefined();
  });
});

describe('planCampaign: the guardrails', () => {
  it('selects the audience and renders each email with the opt-out line', () => {
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers: [customer({ key: 'ava', label: 'Ava' }), customer({ key: 'bob', stage: 'loyal' })],
      }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.audienceSize).toBe(1);
    expect(plan.recipients.map((r) => r.email)).toEqual(['ava@example.com']);
    const [ava] = plan.recipients;
    expect(ava!.subject).toBe('How are we doing, ava?');
    // The At-risk check-in states no reason: it goes to every At-risk customer (template-fit.ts).
    expect(ava!.textBody).toContain('Is there anything we could do better at Lotus Leaf Tea House');
    expect(ava!.textBody).toContain('reply "unsubscribe"');
    expect(ava!.htmlBody).toContain('reply &quot;unsubscribe&quot;');
  });

  it('skips no email, invalid email and header-injection attempts', () => {
    const customers = ['none', 'blank', 'bad', 'two', 'crlf'].map((key) => customer({ key }));
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers,
        contacts: [
          { key: 'blank', email: '  ' },
          { key: 'bad', email: 'not-an-email' },
          { key: 'two', email: 'a@example.com, b@example.com' },
          { key: 'crlf', email: 'a@example.com\r\nBcc: b@example.com' },
        ],
      }),
    );
    expect(reasons(plan)).toEqual({
      none: 'noEmail',
      blank: 'noEmail',
      bad: 'invalidEmail',
      two: 'severalEmails',
      crlf: 'severalEmails',
    });
    expect(plan.recipients).toEqual([]);
  });

  it('skips opted-out customers, and everyone sharing an opted-out email', () => {
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers: [customer({ key: 'a' }), customer({ key: 'b' }), customer({ key: 'c' })],
        contacts: [
          { key: 'a', email: 'a@example.com', optedOut: true },
          { key: 'b', email: 'shared@example.com' },
          { key: 'c', email: 'c@example.com' },
          { key: 'z', email: 'Shared@Example.com', optedOut: true },
        ],
      }),
    );
    expect(reasons(plan)).toEqual({ a: 'optedOut', b: 'optedOut' });
    expect(plan.recipients.map((r) => r.key)).toEqual(['c']);
  });

  it('skips a duplicate email in the audience, keeping the first customer', () => {
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers: [customer({ key: 'wu' }), customer({ key: 'ma' })],
        contacts: [
          { key: 'wu', email: 'wu.family@example.com' },
          { key: 'ma', email: ' WU.family@example.com ' },
        ],
      }),
    );
    expect(plan.recipients.map((r) => r.key)).toEqual(['wu']);
    expect(plan.skipped).toEqual([
      { key: 'ma', label: 'ma', email: 'WU.family@example.com', reason: 'duplicateEmail', detail: 'wu' },
    ]);
  });

  it('skips customers with an open complaint for anything but a complaint follow-up', () => {
    const customers = [customer({ key: 'ryan' }), customer({ key: 'ava' })];
    const checkIn = planCampaign(AT_RISK_SPEC, inputs({ customers, openComplaints: ['ryan'] }));
    expect(reasons(checkIn)).toEqual({ ryan: 'openComplaint' });
    const followUp = planCampaign(
      { ...AT_RISK_SPEC, templateId: 'complaint-follow-up' },
      inputs({ customers, openComplaints: ['ryan'] }),
    );
    expect(followUp.recipients.map((r) => r.key)).toEqual(['ryan']);
    expect(reasons(followUp)).toEqual({ ava: 'noOpenComplaint' });
  });

  it('the open-complaint audience takes only a complaint follow-up template', () => {
    const customers = [customer({ key: 'ryan' })];
    const wrong = planCampaign(
      { ...AT_RISK_SPEC, audience: { kind: 'openComplaint' }, templateId: 'win-back' },
      inputs({ customers, openComplaints: ['ryan'] }),
    );
    expect(wrong.problems).toEqual([{ kind: 'complaintAudience' }]);
    expect(wrong.recipients).toEqual([]);
    const right = planCampaign(
      { ...AT_RISK_SPEC, audience: { kind: 'openComplaint' }, templateId: 'complaint-follow-up' },
      inputs({ customers, openComplaints: ['ryan'] }),
    );
    expect(right.recipients.map((r) => r.key)).toEqual(['ryan']);
  });

  it('skips customers contacted within the cool-down, counting drafts and pending sends but not tests or failures', () => {
    const customers = ['d', 'p', 't', 'f', 'old', 'edge'].map((key) => customer({ key }));
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers,
        log: [
          logEntry({ customerKey: 'd', mode: 'draft', result: 'drafted', day: TODAY - 3 }),
          logEntry({ customerKey: 'p', mode: 'send', result: 'pending', day: TODAY - 13 }),
          logEntry({ customerKey: 't', mode: 'test', result: 'sent', day: TODAY }),
          logEntry({ customerKey: 'f', mode: 'send', result: 'failed', day: TODAY }),
          // Another kind of template: only the cool-down applies (the same kind: see below).
          logEntry({ customerKey: 'old', day: TODAY - 30, templateId: 'survey' }),
          logEntry({ customerKey: 'edge', day: TODAY - 14, templateId: 'survey' }),
        ],
      }),
    );
    expect(reasons(plan)).toEqual({ d: 'coolDown', p: 'coolDown' });
    expect(plan.skipped.find((s) => s.key === 'd')!.detail).toBe('3');
    expect(plan.recipients.map((r) => r.key)).toEqual(['t', 'f', 'old', 'edge']);
  });

  it('the same kind of template twice, with no purchase between: held past the cool-down (trial: the same win-back 40 days later)', () => {
    const owners = {
      id: 'my-check-in',
      language: 'en' as const,
      purpose: 'atRisk' as const,
      name: 'My check-in',
      subject: 'Hi {{name}}',
      body: 'Hello',
      source: { row: 2 },
    };
    const customers = ['same', 'bought', 'mine', 'other', 'draft', 'sameDay'].map((key) =>
      customer({ key, lastDay: key === 'bought' ? TODAY - 20 : TODAY - 60 }),
    );
    const plan = planCampaign(AT_RISK_SPEC, {
      ...inputs({
        customers,
        log: [
          logEntry({ customerKey: 'same', day: TODAY - 40 }),
          // Bought 20 days ago, after the contact 30 days ago: lifted.
          logEntry({ customerKey: 'bought', day: TODAY - 30 }),
          // The owner's own template of the same purpose is the same kind.
          logEntry({ customerKey: 'mine', day: TODAY - 30, templateId: 'MY-CHECK-IN' }),
          logEntry({ customerKey: 'other', day: TODAY - 30, templateId: 'win-back' }),
          logEntry({ customerKey: 'draft', day: TODAY - 30, mode: 'draft', result: 'drafted' }),
          // A purchase on the contact's day may have come before it: still held.
          logEntry({ customerKey: 'sameDay', day: TODAY - 60 }),
        ],
      }),
      templates: [...builtInTemplates(), owners],
    });
    expect(reasons(plan)).toEqual({
      same: 'sameKindSent',
      mine: 'sameKindSent',
      draft: 'sameKindSent',
      sameDay: 'sameKindSent',
    });
    const detail = (key: string) => plan.skipped.find((s) => s.key === key)!.detail;
    expect(detail('same')).toBe(`send\tCheck-in (At risk)\t${isoOfDay(TODAY - 40)}`);
    expect(detail('mine')).toBe(`send\tMy check-in\t${isoOfDay(TODAY - 30)}`);
    expect(detail('draft')).toBe(`draft\tCheck-in (At risk)\t${isoOfDay(TODAY - 30)}`);
    expect(plan.skipped.find((s) => s.key === 'draft')!.heldByDraft).toBe(true);
    expect(plan.recipients.map((r) => r.key)).toEqual(['bought', 'other']);
  });

  it('matches earlier contacts by email as well as by customer', () => {
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers: [customer({ key: 'renamed' })],
        log: [logEntry({ customerKey: 'old name', email: 'renamed@example.com', day: TODAY - 2 })],
      }),
    );
    // Another name with this address was written to: the skip says so (it may be a rename).
    expect(reasons(plan)).toEqual({ renamed: 'sameEmailContacted' });
    expect(plan.skipped[0]!.detail).toBe('old name\t2');
  });

  it('a cool-down of 0 days still never repeats the same campaign', () => {
    const id = campaignId(AT_RISK_SPEC);
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers: [customer({ key: 'a' }), customer({ key: 'b' })],
        settings: { ...SETTINGS, coolDownDays: 0 },
        log: [logEntry({ customerKey: 'a', campaignId: id, day: TODAY })],
      }),
    );
    expect(reasons(plan)).toEqual({ a: 'alreadyContacted' });
  });

  it('written to in this campaign as another customer at the same address: said so, not "already contacted" (trial)', () => {
    const id = campaignId(AT_RISK_SPEC);
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({
        customers: [customer({ key: 'gia' })],
        log: [
          logEntry({
            customerKey: 'cleo',
            customer: 'Cleo Wu',
            email: 'gia@example.com',
            campaignId: id,
            day: TODAY,
          }),
        ],
      }),
    );
    expect(reasons(plan)).toEqual({ gia: 'sameEmailContacted' });
    expect(plan.skipped[0]!.detail).toBe('Cleo Wu\t0');
  });

  it('at send time, skips confirmed customers who bought since and reports unconfirmed ones', () => {
    const before = [customer({ key: 'a', lastDay: TODAY - 40 }), customer({ key: 'b', lastDay: TODAY - 40 })];
    const preview = planCampaign(AT_RISK_SPEC, inputs({ customers: before }));
    const confirmed = new Map(preview.recipients.map((r) => [r.key, r.lastPurchaseDay]));
    const after = [
      customer({ key: 'a', lastDay: TODAY - 1 }), // bought since
      customer({ key: 'b', lastDay: TODAY - 40 }),
      customer({ key: 'c', lastDay: TODAY - 40 }), // new in the audience, not confirmed
    ];
    const plan = planCampaign(AT_RISK_SPEC, inputs({ customers: after }), confirmed);
    expect(reasons(plan)).toEqual({ a: 'boughtSincePrepared', c: 'notConfirmed' });
    expect(plan.recipients.map((r) => r.key)).toEqual(['b']);
  });

  it('at send time, skips confirmed customers who left the audience or the log', () => {
    const confirmed = new Map([
      ['gone', TODAY - 40],
      ['moved', TODAY - 40],
    ]);
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({ customers: [customer({ key: 'moved', stage: 'lapsed' })] }),
      confirmed,
    );
    expect(reasons(plan)).toEqual({ gone: 'notFound', moved: 'leftAudience' });
  });

  it('skips a customer without a value for a field used without a fallback', () => {
    const templates = [
      ...inputs({ customers: [] }).templates,
      {
        id: 'fav',
        language: 'en' as const,
        purpose: 'reorder' as const,
        name: 'Fav',
        subject: 'More {{favouriteProduct}}?',
        body: 'Hi',
        source: { row: 2 },
      },
    ];
    const plan = planCampaign(
      { ...AT_RISK_SPEC, templateId: 'fav' },
      {
        ...inputs({
          customers: [customer({ key: 'a', favouriteProduct: 'Matcha' }), customer({ key: 'b' })],
        }),
        templates,
      },
    );
    expect(reasons(plan)).toEqual({ b: 'missingValue' });
    expect(plan.recipients[0]!.subject).toBe('More Matcha?');
  });
});

describe('planCampaign: template errors stop everything before sending', () => {
  const custom = (subject: string, body: string) => ({
    id: 'mine',
    language: 'en' as const,
    purpose: 'atRisk' as const,
    name: 'Mine',
    subject,
    body,
    source: { row: 2 },
  });
  const withTemplate = (t: ReturnType<typeof custom>, settings = SETTINGS) => {
    const base = inputs({ customers: [customer({ key: 'a' })], settings });
    return planCampaign(
      { ...AT_RISK_SPEC, templateId: 'mine' },
      { ...base, templates: [...base.templates, t] },
    );
  };

  it('an unknown merge field is an error and nobody is planned', () => {
    const plan = withTemplate(custom('Hi {{nam}}', 'Use {{discount_code}}'));
    expect(plan.problems).toEqual([
      { kind: 'unknownField', part: 'subject', raw: '{{nam}}' },
      { kind: 'unknownField', part: 'body', raw: '{{discount_code}}' },
    ]);
    expect(plan.recipients).toEqual([]);
  });

  it('a missing template is an error', () => {
    const plan = planCampaign(
      { ...AT_RISK_SPEC, templateId: 'nope' },
      inputs({ customers: [customer({ key: 'a' })] }),
    );
    expect(plan.problems).toEqual([{ kind: 'templateNotFound', templateId: 'nope', language: 'en' }]);
  });

  it('a shop name the template needs but the settings lack is an error; the signature falls back to it', () => {
    const plan = withTemplate(custom('{{shopName}}', '{{signature}}'), {
      ...SETTINGS,
      shopName: '',
      signature: ' ',
    });
    expect(plan.problems).toEqual([{ kind: 'missingSetting', field: 'shopName' }]);
    expect(plan.skipped).toEqual([]);
    const signed = withTemplate(custom('Hi', '{{signature}}'), { ...SETTINGS, signature: '' });
    expect(signed.recipients[0]!.textBody.startsWith('Lotus Leaf Tea House')).toBe(true);
  });
});

describe('planCampaign: properties', () => {
  const emails = ['a@example.com', 'A@example.com ', 'b@example.com', 'bad', '', 'c@example.com'];
  const anyCustomers = fc.array(
    fc.record({
      key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'),
      email: fc.constantFrom(...emails),
      optedOut: fc.boolean(),
      stage: fc.constantFrom('atRisk' as const, 'loyal' as const),
      contactedDaysAgo: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      complaint: fc.boolean(),
    }),
    { maxLength: 12 },
  );

  it('never plans an email twice, and never plans an opted-out, complaining or recently contacted customer', () => {
    fc.assert(
      fc.property(anyCustomers, (rows) => {
        const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
        const plan = planCampaign(
          AT_RISK_SPEC,
          inputs({
            customers: unique.map((r) => customer({ key: r.key, stage: r.stage })),
            contacts: unique.map((r) => ({ key: r.key, email: r.email, optedOut: r.optedOut })),
            openComplaints: unique.filter((r) => r.complaint).map((r) => r.key),
            log: unique
              .filter((r) => r.contactedDaysAgo !== undefined)
              .map((r) => logEntry({ customerKey: r.key, day: TODAY - r.contactedDaysAgo! })),
          }),
        );
        const planned = plan.recipients.map((r) => r.email);
        expect(new Set(planned).size).toBe(planned.length);
        const optedOutEmails = new Set(
          unique.filter((r) => r.optedOut).map((r) => r.email.trim().toLowerCase()),
        );
        for (const r of plan.recipients) {
          const row = unique.find((u) => u.key === r.key)!;
          expect(row.optedOut).toBe(false);
          expect(optedOutEmails.has(r.email)).toBe(false);
          expect(row.complaint).toBe(false);
          expect(row.stage).toBe('atRisk');
          if (row.contactedDaysAgo !== undefined) expect(row.contactedDaysAgo).toBeGreaterThanOrEqual(14);
        }
        // Everyone in the audience is either planned or skipped with a reason.
        expect(plan.recipients.length + plan.skipped.length).toBe(plan.audienceSize);
      }),
      { numRuns: 300 },
    );
  });
});

describe('test email and quota', () => {
  it('the test email is the first recipient with a marked subject', () => {
    const plan = planCampaign(
      AT_RISK_SPEC,
      inputs({ customers: [customer({ key: 'a' }), customer({ key: 'b' })] }),
    );
    const test = testEmailOf(plan, FOLLOW_UP_SERVER_TEXTS)!;
    expect(test.key).toBe('a');
    expect(test.subject).toBe('[Test] How are we doing, a?');
  });

  it('splitByQuota sends what fits and defers the rest, never a negative count', () => {
    expect(splitByQuota([1, 2, 3], 2)).toEqual({ now: [1, 2], deferred: [3] });
    expect(splitByQuota([1, 2, 3], 0)).toEqual({ now: [], deferred: [1, 2, 3] });
    expect(splitByQuota([1, 2, 3], -5)).toEqual({ now: [], deferred: [1, 2, 3] });
    expect(splitByQuota([1], Number.NaN)).toEqual({ now: [], deferred: [1] });
    expect(splitByQuota([1], 10)).toEqual({ now: [1], deferred: [] });
  });
});

describe('merge values as owners read them', () => {
  it('writes the total spent with the sheet’s currency when it has one, and the usual gap to one decimal', () => {
    const c = customer({ key: 'ava' });
    const plain = mergeValuesOf(c, undefined, SETTINGS, 'en');
    const yen = mergeValuesOf(c, undefined, SETTINGS, 'en', { symbol: '¥', after: false });
    expect(yen.totalSpent).toBe(`¥${plain.totalSpent}`);
    expect(plain.totalSpent).toMatch(/^[\d,]+\.\d{2}$/);
    expect(plain.usualGap).toMatch(/^\d+(\.\d)?$/);
  });
});
