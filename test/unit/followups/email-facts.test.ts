// Stage, reason and email tell one story (issue 12): on generated customers covering every stage and
// reason, every built-in template in every language is rendered for every customer it fits, and each
// fact the email states (days since, usual gap, "longer than usual", "smaller than usual", "once",
// dates) is checked against the customer's own numbers; so is the reason shown beside the stage.
// The other direction is checked too: where a fact-stating template does not fit, its words would
// be false, so the fit is no stricter than the facts.
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeLog, type CustomerInsight } from '../../../src/core/analysis';
import { habitGapDays } from '../../../src/core/customers/customer-summary';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import { mergeValuesOf, planCampaign, renderEmail } from '../../../src/core/followups/campaign';
import { formatEmailDate } from '../../../src/core/followups/followup-texts';
import { missingValues } from '../../../src/core/followups/merge-fields';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import {
  SITUATIONS,
  shownUsualGap,
  situationOf,
  templateFits,
} from '../../../src/core/followups/template-fit';
import { compileTemplate, type TemplatePurpose } from '../../../src/core/followups/templates';
import { formatDays, formatMoney, formatMultiple, formatPercent } from '../../../src/core/i18n/format-number';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';
import { describeLifecycle } from '../../../src/core/i18n/lifecycle-reasons';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { AS_OF_DAY, prng, regularPurchases } from '../lifecycle/regulars';
import { inputs, SETTINGS } from './fixtures';

/** A sheet with every situation: regulars on rhythm, spending less, late, long gone, one-time buyers of every age. */
function generatedSheet(seed: number): Analysis {
  const random = prng(seed);
  const purchases: Purchase[] = [
    ...regularPurchases({ customers: 40, spread: [0.05, 0.5], seed }),
    ...regularPurchases({ customers: 40, spread: [0.05, 0.4], lastThreeShare: 0.3, seed: seed + 1 }).map(
      (p) => ({ ...p, customerKey: `d${p.customerKey}`, customerLabel: `Drop ${p.customerLabel}` }),
    ),
  ];
  let row = 100_000;
  const add = (key: string, label: string, day: number, amount: number) =>
    purchases.push({ row: ++row, customerKey: key, customerLabel: label, day, amount });
  // Regulars who stopped: 2–8 purchase days every `gap`, last seen 1–6 gaps ago.
  for (let c = 0; c < 80; c++) {
    const gap = 1 + Math.floor(random() * 40);
    const days = 2 + Math.floor(random() * 7);
    const since = Math.max(1, Math.round(gap * (0.5 + random() * 5.5)));
    const label = c % 3 === 0 ? `梁宇${c}` : c % 3 === 1 ? `Jason Lim ${c}` : `Café ${c}`;
    for (let i = 0; i < days; i++) add(`late${c}`, label, AS_OF_DAY - since - (days - 1 - i) * gap, 30 + c);
  }
  // One-time buyers, from yesterday to over a year ago.
  for (let c = 0; c < 60; c++)
    add(`once${c}`, `Rachel Koh ${c}`, AS_OF_DAY - 1 - Math.floor(random() * 400), 80);
  // One-time buyers who returned it all the next day (a New one and older ones): nothing to enjoy.
  for (let c = 0; c < 6; c++) {
    const day = AS_OF_DAY - 3 - c * 60;
    add(`returned${c}`, `Tan Mei ${c}`, day, 45);
    add(`returned${c}`, `Tan Mei ${c}`, day + 1, -45);
  }
  // Regulars once away for 6–12 gaps, back for one or two purchases, now silent 2–14 gaps: past the
  // Lapsed multiple within their break (At risk, "once away … and came back") or past it (Lapsed).
  const away = prng(seed + 7);
  for (let c = 0; c < 30; c++) {
    const gap = 5 + Math.floor(away() * 30);
    const since = Math.round(gap * (2 + away() * 12));
    const last = AS_OF_DAY - since;
    // Purchase days back from the last: maybe one more after the break, the break, four on rhythm.
    const back = away() < 0.5 ? [gap] : [];
    back.push(gap * (6 + Math.floor(away() * 7)), gap, gap, gap, gap);
    const days = [last];
    for (const b of back) days.unshift(days[0]! - b);
    for (const d of days) add(`away${c}`, `Irene ${c}`, d, 40 + c);
  }
  return analyzeLog(
    {
      purchases: tableOfPurchases(purchases),
      issues: [],
      rowsRead: purchases.length,
      rowsSkipped: 0,
      blankRows: 0,
      headerRows: 0,
    },
    AS_OF_DAY,
    DEFAULT_SETTINGS,
  );
}

interface Fact {
  pattern: RegExp;
  /** Why the captured text is false for this customer, or undefined when it is true. */
  check: (c: CustomerInsight, captured: string, language: Language) => string | undefined;
}

const number = (c: CustomerInsight, got: string, want: number, what: string) =>
  Number(got) === want ? undefined : `${what}: says ${got}, data ${want} (${c.summary.key})`;
const daysSince: Fact['check'] = (c, got) => number(c, got, c.summary.daysSinceLast, 'days since');
// The customer's own habit (median of their own gaps, whole days), claimed only with two gaps or more.
const usualGap: Fact['check'] = (c, got) => {
  const own = shownUsualGap(c);
  return own === undefined
    ? `"usual" gap of a customer with fewer than two gaps (${c.summary.key})`
    : number(c, got, own, 'usual gap');
};
const longerThanUsual: Fact['check'] = (c, got) =>
  usualGap(c, got, 'en') ??
  (c.summary.daysSinceLast > Number(got) ? undefined : `not longer than usual (${c.summary.key})`);
const lastDate: Fact['check'] = (c, got, language) =>
  got === formatEmailDate(c.summary.lastDay, language) ? undefined : `date ${got} (${c.summary.key})`;
const claim =
  (holds: (c: CustomerInsight) => boolean, what: string): Fact['check'] =>
  (c) =>
    holds(c) ? undefined : `${what} is false for ${c.summary.key} (${situationOf(c)})`;
const once = claim((c) => c.summary.purchaseDayCount === 1, '"once"');
const cameBack = claim((c) => c.summary.purchaseDayCount >= 2, '"coming back"');
const spendingLess = claim((c) => c.lifecycle.reason.kind === 'amountDrop', '"smaller than usual"');
const faithful = claim((c) => c.lifecycle.stage === 'loyal', '"most faithful"');
const enjoying = claim((c) => c.summary.netSpend > 0, '"enjoying" what was all returned');

const FACTS: Record<Language, Fact[]> = {
  en: [
    { pattern: /It has been (\d+) days? since your last (?:visit|purchase)/, check: daysSince },
    { pattern: /it has been (\d+) days? since your last purchase/, check: daysSince },
    { pattern: /longer than your usual ([\d.]+) days?/, check: longerThanUsual },
    { pattern: /come back about every ([\d.]+) days?/, check: usualGap },
    { pattern: /once, on (\d+ \w+ \d+)/, check: lastDate },
    { pattern: /(visited .+ once)/, check: once },
    { pattern: /(coming back)/, check: cameBack },
    { pattern: /(smaller than usual)/, check: spendingLess },
    { pattern: /(most faithful)/, check: faithful },
    { pattern: /(enjoying your)/, check: enjoying },
    { pattern: /(?:on|since) (\d+ [A-Z]\w+ \d{4})/, check: lastDate },
  ],
  'zh-CN': [
    { pattern: /已经 (\d+) 天了/, check: daysSince },
    { pattern: /距上次购买已经 (\d+) 天/, check: daysSince },
    { pattern: /比您通常的 ([\d.]+) 天要久/, check: longerThanUsual },
    { pattern: /大约每 ([\d.]+) 天光临一次/, check: usualGap },
    { pattern: /(光临过.*?一次)/, check: once },
    { pattern: /(再次选择)/, check: cameBack },
    { pattern: /(订单金额比平时少)/, check: spendingLess },
    { pattern: /(最忠实)/, check: faithful },
    { pattern: /(希望您喜欢)/, check: enjoying },
    { pattern: /(\d{4}年\d+月\d+日)/, check: lastDate },
  ],
  'zh-TW': [
    { pattern: /已經 (\d+) 天了/, check: daysSince },
    { pattern: /距上次購買已經 (\d+) 天/, check: daysSince },
    { pattern: /比您通常的 ([\d.]+) 天要久/, check: longerThanUsual },
    { pattern: /大約每 ([\d.]+) 天光臨一次/, check: usualGap },
    { pattern: /(光臨過.*?一次)/, check: once },
    { pattern: /(再次選擇)/, check: cameBack },
    { pattern: /(訂單金額比平時少)/, check: spendingLess },
    { pattern: /(最忠實)/, check: faithful },
    { pattern: /(希望您喜歡)/, check: enjoying },
    { pattern: /(\d{4}年\d+月\d+日)/, check: lastDate },
  ],
};

/** Every false statement in a text about this customer. */
function falseFacts(text: string, c: CustomerInsight, language: Language): string[] {
  const out: string[] = [];
  for (const fact of FACTS[language]) {
    for (const m of text.matchAll(new RegExp(fact.pattern, 'g'))) {
      const problem = fact.check(c, m[1]!, language);
      if (problem) out.push(problem);
    }
  }
  if (/(?<![\d.])1 days\b/.test(text)) out.push('"1 days"');
  if (/[A-Za-z][\p{Script=Han}]|[\p{Script=Han}][A-Za-z]/u.test(text))
    out.push('Latin and Chinese run together');
  return out;
}

const analysis = generatedSheet(12);
const customers = analysis.customers;
const templates = builtInTemplates();

describe('every stage × reason × template × language states only what is true', () => {
  it('the generated sheet holds every situation (stage, with At risk split by reason)', () => {
    const seen = new Set(customers.map(situationOf));
    expect([...seen].sort()).toEqual([...SITUATIONS].sort());
    const kinds = new Set(customers.map((c) => `${c.lifecycle.stage}/${c.lifecycle.reason.kind}`));
    for (const k of [
      'new/oneTime',
      'atRisk/oneTime',
      'lapsed/oneTime',
      'developing/rhythm',
      'loyal/rhythm',
    ]) {
      expect(kinds).toContain(k);
    }
    for (const k of ['atRisk/rhythm', 'atRisk/amountDrop', 'lapsed/rhythm']) expect(kinds).toContain(k);
    // Held from Lapsed by a break they came back from, and Lapsed past it.
    const held = customers.filter(
      (c) => c.lifecycle.reason.kind === 'rhythm' && c.lifecycle.reason.cameBackAfterDays,
    );
    expect(held.length).toBeGreaterThan(0);
    const away = customers.filter((c) => c.summary.key.startsWith('away'));
    expect(away.some((c) => c.lifecycle.stage === 'lapsed')).toBe(true);
  });

  it('each email a template fits states only facts true of that customer', () => {
    let checked = 0;
    const fitted = new Set<TemplatePurpose>();
    for (const template of templates) {
      const compiled = compileTemplate(template);
      for (const c of customers) {
        if (!templateFits(template.purpose, c)) continue;
        fitted.add(template.purpose);
        const email = renderEmail(
          compiled,
          mergeValuesOf(c, undefined, SETTINGS, template.language),
          template.language,
          SETTINGS,
          FOLLOW_UP_SERVER_TEXTS,
        );
        expect(falseFacts(`${email.subject}\n${email.textBody}`, c, template.language)).toEqual([]);
        checked++;
      }
    }
    expect(fitted.size).toBe(11);
    expect(checked).toBeGreaterThan(1000);
  });

  it('where a fact-stating template does not fit, its words would be false: the fit is the facts', () => {
    const factual: TemplatePurpose[] = [
      'late',
      'spendingLess',
      'boughtOnce',
      'reorder',
      'developing',
      'loyal',
    ];
    for (const template of templates.filter((t) => factual.includes(t.purpose))) {
      const compiled = compileTemplate(template);
      for (const c of customers) {
        // New and Lapsed customers have their own templates (welcome, win-back) that fit is about, not facts.
        if (
          templateFits(template.purpose, c) ||
          c.lifecycle.stage === 'lapsed' ||
          c.lifecycle.stage === 'new'
        )
          continue;
        const values = mergeValuesOf(c, undefined, SETTINGS, template.language);
        // No usual gap to state (fewer than two gaps): the email cannot be written at all.
        if (missingValues(compiled.body, values).includes('usualGap')) continue;
        const email = renderEmail(compiled, values, template.language, SETTINGS, FOLLOW_UP_SERVER_TEXTS);
        expect(
          falseFacts(email.textBody, c, template.language),
          `${template.id} ${c.summary.key}`,
        ).not.toEqual([]);
      }
    }
  });

  it('a welcome or second-visit email never hopes a customer enjoys what they returned: skipped, and said why', () => {
    const returned = customers.filter((c) => c.summary.key.startsWith('returned'));
    expect(returned.map((c) => c.summary.purchaseDayCount)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(returned.some((c) => c.lifecycle.stage === 'new')).toBe(true);
    expect(returned.some((c) => c.lifecycle.stage !== 'new')).toBe(true);
    const planInputs = { ...inputs({ customers }), asOfDay: AS_OF_DAY, todayDay: AS_OF_DAY };
    for (const [stage, templateId] of [
      ['new', 'welcome'],
      ['atRisk', 'second-visit'],
    ] as const) {
      const plan = planCampaign(
        { audience: { kind: 'stage', stage }, templateId, language: 'en', preparedDay: AS_OF_DAY },
        planInputs,
      );
      const inStage = returned.filter((c) => c.lifecycle.stage === stage).map((c) => c.summary.key);
      expect(inStage.length).toBeGreaterThan(0);
      const skipped = plan.skipped.filter((s) => s.reason === 'returnedEverything').map((s) => s.key);
      expect(skipped.sort()).toEqual(inStage.sort());
      for (const r of plan.recipients) expect(r.key.startsWith('returned')).toBe(false);
    }
  });

  it('a campaign sends each template only to whom it fits and says why the others are skipped', () => {
    const planInputs = { ...inputs({ customers }), asOfDay: AS_OF_DAY, todayDay: AS_OF_DAY };
    for (const language of LANGUAGES) {
      const plan = planCampaign(
        {
          audience: { kind: 'stage', stage: 'atRisk' },
          templateId: 'late-check-in',
          language,
          preparedDay: AS_OF_DAY,
        },
        planInputs,
      );
      const atRisk = customers.filter((c) => c.lifecycle.stage === 'atRisk');
      expect(plan.audienceSize).toBe(atRisk.length);
      expect(plan.recipients.length).toBeGreaterThan(0);
      for (const r of plan.recipients) expect(situationOf(analysis.byKey.get(r.key)!)).toBe('late');
      const misfits = plan.skipped.filter((s) => s.reason === 'templateDoesNotFit');
      expect(new Set(misfits.map((s) => s.detail))).toEqual(new Set(['spendingLess', 'boughtOnce', 'late']));
      // A late customer is skipped only when they have no habit of their own to be late against.
      for (const m of misfits.filter((s) => s.detail === 'late'))
        expect(analysis.byKey.get(m.key)!.summary.purchaseDayCount).toBe(2);
      // Narrowed to its reason, the audience gets the template written for it, and nobody is left out.
      const reasonPlan = planCampaign(
        {
          audience: { kind: 'reason', reason: 'spendingLess' },
          templateId: 'spending-check-in',
          language,
          preparedDay: AS_OF_DAY,
        },
        planInputs,
      );
      expect(reasonPlan.skipped).toEqual([]);
      expect(reasonPlan.recipients.length).toBe(
        customers.filter((c) => situationOf(c) === 'spendingLess').length,
      );
    }
  });

  it('the reason beside each stage states the numbers of the data', () => {
    for (const c of customers) {
      const s = c.summary;
      const r = c.lifecycle.reason;
      for (const language of LANGUAGES) {
        const text = describeLifecycle(c.lifecycle.stage, r, language);
        const expectInText = (part: string) => expect(text, `${s.key} ${language}`).toContain(part);
        // Bought on the analysis day: "last purchase today", never "0 days ago" nor "0.0×".
        if (s.daysSinceLast === 0 && r.kind === 'rhythm')
          expect(text).toMatch(/last purchase today|上次购买就在今天|上次購買就在今天/);
        else expectInText(` ${formatDays(s.daysSinceLast)}`);
        expect(text).not.toMatch(/(?<![\d.])0\.0×|(?<![\d.])0\.0 倍/);
        if (r.kind === 'rhythm') {
          expect(r.usualGapDays).toBe(s.usualGapDays);
          // The habit stated is the customer's own median gap, and the multiple is of that gap.
          const own = habitGapDays(s);
          expect(r.ownGapDays).toBe(s.ownGapDays);
          if (own === undefined) expect(text).not.toMatch(/usually every|通常每|×|倍/);
          else {
            expectInText(formatDays(own));
            const multiple = formatMultiple(s.daysSinceLast / own);
            if (multiple !== '0.0') expectInText(multiple);
          }
          // "Once away N days and came back, so not called Lapsed": their longest gap, not yet exceeded,
          // and past the Lapsed multiple (else there would be nothing to hold back). Past it by no more
          // than a tenth of it (their usual gap a habit), "… until silent over M days", M stated.
          if (r.cameBackAfterDays !== undefined) {
            expect(c.lifecycle.stage).toBe('atRisk');
            expect(r.cameBackAfterDays).toBe(s.longestGapDays);
            if (r.heldUntilDays === undefined)
              expect(s.daysSinceLast).toBeLessThanOrEqual(r.cameBackAfterDays);
            else {
              expect(own).toBeDefined();
              expect(s.daysSinceLast).toBeGreaterThan(r.cameBackAfterDays);
              expect(r.heldUntilDays).toBe(r.cameBackAfterDays + Math.floor(r.cameBackAfterDays / 10));
              expect(s.daysSinceLast).toBeLessThanOrEqual(r.heldUntilDays);
              expectInText(formatDays(r.heldUntilDays));
            }
            expect(r.multiple).toBeGreaterThan(DEFAULT_SETTINGS.lapsedGapMultiple);
            expectInText(formatDays(r.cameBackAfterDays));
          } else if (c.lifecycle.stage === 'lapsed') {
            expect(s.daysSinceLast).toBeGreaterThan(s.longestGapDays!);
            if (own !== undefined)
              expect(s.daysSinceLast).toBeGreaterThan(s.longestGapDays! + Math.floor(s.longestGapDays! / 10));
          }
          // A yearly break: one of their own gaps, begun about when this silence began, and the day
          // they would be Lapsed still ahead.
          if (r.seasonalHold !== undefined) {
            expect(c.lifecycle.stage).toBe('atRisk');
            expect(r.seasonalHold.awayDays).toBeLessThanOrEqual(s.longestGapDays!);
            expect(r.seasonalHold.sinceDay).toBe(s.lastDay);
            expect(r.seasonalHold.lapsedFromDay).toBeGreaterThan(s.lastDay + s.daysSinceLast);
            expectInText(formatDays(r.seasonalHold.awayDays));
          }
          // "Customers here have come back after breaks of N× their usual gap": silent past the
          // setting's multiple of their own gap but not past the shop's, which is stated.
          if (r.heldByComeback) {
            expect(c.lifecycle.stage).toBe('atRisk');
            const ownMultiple = s.daysSinceLast / s.ownGapDays!;
            expect(ownMultiple).toBeGreaterThan(DEFAULT_SETTINGS.lapsedGapMultiple);
            expect(ownMultiple).toBeLessThanOrEqual(r.ownGapHoldMultiple!);
            expectInText(formatMultiple(r.ownGapHoldMultiple!));
          }
        }
        if (r.kind === 'amountDrop') {
          expect(c.lifecycle.stage).toBe('atRisk');
          expect(s.daysSinceLast / s.stageGapDays).toBeLessThanOrEqual(DEFAULT_SETTINGS.atRiskGapMultiple);
          expectInText(formatMoney(r.recentMean));
          expectInText(formatMoney(r.usualAmount));
          expectInText(formatPercent(1 - r.recentMean / r.usualAmount));
        }
        if (r.kind === 'oneTime') expect(s.purchaseDayCount).toBe(1);
        // "On rhythm" is said only of customers who are not late, by their own gap nor by the due date.
        if (/on rhythm|节奏正常|節奏正常/.test(text)) {
          expect(['developing', 'loyal']).toContain(c.lifecycle.stage);
          expect(s.daysSinceLast).toBeLessThanOrEqual(s.nextDueDay - s.lastDay + 0.5);
          expect(s.daysSinceLast).toBeLessThanOrEqual(habitGapDays(s)!);
        }
        if (language === 'en') expect(text).not.toMatch(/(?<![\d.])1 days\b/);
      }
    }
  });
});
