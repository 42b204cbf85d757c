// Issue 12, a new-owner trial: "Usually every 265 days" for a customer whose gaps were 30 and 500 —
// the median of two gaps is their mean and describes neither. Rule (customer-summary.ts
// `spreadGaps`): with exactly two gaps, the longer more than 3× the shorter, no usual gap is
// stated anywhere (Insights Why, CUSTOMER_WHY, the card's why, an email's "usual" gap); the reason
// states both gaps and the gap the due date is from, weighed with the shop's. Also from the trial:
// "on rhythm (0.0× the usual gap)" for a customer who bought today, and a one-time buyer's "Usual
// gap" cell showing the shop's return window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { spreadGaps } from '../../../src/core/customers/customer-summary';
import { mergeValuesOf } from '../../../src/core/followups/campaign';
import { shownUsualGap, templateFits } from '../../../src/core/followups/template-fit';
import { customerInsights, customerWhyFormula } from '../../../src/core/formulas/formulas';
import { INSIGHT_COLUMNS } from '../../../src/core/i18n/labels';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { describeLifecycle } from '../../../src/core/i18n/lifecycle-reasons';
import { whyOf } from '../../../src/core/i18n/why';
import { isoOfDay } from '../../../src/core/time/civil';
import { AS_OF, generatedLog } from '../../support/generated-logs';
import { SETTINGS } from '../followups/fixtures';
import { judgeAll, regularPurchases } from './regulars';

const SHOP = generatedLog({ customers: 120, seed: 7, spanDays: 900, gaps: 'rhythm' });

/** The shop and Sam, whose purchase days are `gaps` apart, the last `silentDays` before the analysis day. */
function withSam(gaps: readonly number[], silentDays: number): { rows: CellValue[][]; analysis: Analysis } {
  const days = [AS_OF - silentDays];
  for (const gap of [...gaps].reverse()) days.unshift(days[0]! - gap);
  const rows: CellValue[][] = [...SHOP, ...days.map((d) => ['Sam', isoOfDay(d), 40])];
  return { rows, analysis: analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF }) };
}

const USUAL = /usually|usual gap|通常每|通常间隔|通常間隔|×|倍/;
const asOfDate = new Date(Date.UTC(1970, 0, 1) + AS_OF * 86_400_000);
const env = { timeZone: 'UTC', locale: 'en_US', now: asOfDate };

describe('two gaps too far apart for a usual gap', () => {
  it('30 and 500 days: no "usually every 265", both gaps stated, in every sentence and language', () => {
    const { rows, analysis } = withSam([30, 500], 10);
    const sam = analysis.byKey.get('sam')!;
    const { stage, reason } = sam.lifecycle;
    expect(reason).toMatchObject({ kind: 'rhythm', spreadGapsDays: [30, 500] });
    const en = describeLifecycle(stage, reason, 'en');
    expect(en).not.toMatch(USUAL);
    expect(en).not.toContain('265');
    expect(en).toContain('back once after 30 days and once after 500 days');
    // The due date is the gap the sentence gives, weighed with the shop's: "expected back within".
    const within = Number(/expected back within ([\d.]+) days/.exec(en)![1]);
    expect(within).toBe(sam.summary.usualGapDays);
    expect(sam.summary.nextDueDay - sam.summary.lastDay).toBe(Math.round(within));
    expect(describeLifecycle(stage, reason, 'zh-CN')).toContain('一次隔 30 天回购、一次隔 500 天回购');
    expect(describeLifecycle(stage, reason, 'zh-TW')).toContain('一次隔 30 天回購、一次隔 500 天回購');
    expect(describeLifecycle(stage, reason, 'zh-TW')).not.toMatch(/[这两来刚]/);
    for (const language of LANGUAGES) {
      const text = describeLifecycle(stage, reason, language);
      expect(text, language).not.toMatch(USUAL);
      // The card's why (sidebar) and CUSTOMER_WHY write the same sentence.
      const card = whyOf(
        { stage, reason, netSpend: sam.summary.netSpend, predictedValue: sam.predictedValue },
        language,
      );
      expect(card).toContain(text.slice(0, -1));
      const formula = customerWhyFormula([['Sam']], rows, asOfDate, language, env) as unknown[][];
      expect(String(formula[0]![0])).toContain(text.slice(0, -1));
      const [, ...insightRows] = customerInsights(rows, asOfDate, language, env);
      const row = insightRows.find((r) => r[0] === 'Sam')!;
      expect(String(row[INSIGHT_COLUMNS.indexOf('why')])).not.toMatch(USUAL);
    }
    // An email states no usual gap of theirs: no "longer than usual", no "about every N days".
    expect(shownUsualGap(sam)).toBeUndefined();
    expect(mergeValuesOf(sam, undefined, SETTINGS, 'en').usualGap).toBeUndefined();
    expect(templateFits('late', sam)).toBe(false);
    expect(templateFits('reorder', sam)).toBe(false);
  });

  it('500 then 30 days (order does not matter) and 30 then 90 (within 3×: a usual gap of 60)', () => {
    const late = withSam([500, 30], 10).analysis.byKey.get('sam')!;
    expect(late.lifecycle.reason).toMatchObject({ spreadGapsDays: [30, 500] });
    const close = withSam([30, 90], 10).analysis.byKey.get('sam')!;
    expect(close.lifecycle.reason).not.toHaveProperty('spreadGapsDays');
    expect(describeLifecycle(close.lifecycle.stage, close.lifecycle.reason, 'en')).toContain(
      'usually every 60 days',
    );
    expect(shownUsualGap(close)).toBe(60);
  });

  it('any two gaps: a usual gap is stated exactly when the longer is at most 3× the shorter, and late emails only then', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 900 }),
        (a, b, silent) => {
          const sam = withSam([a, b], silent).analysis.byKey.get('sam')!;
          const [shorter, longer] = a < b ? [a, b] : [b, a];
          const spread = longer > 3 * shorter;
          expect(spreadGaps(sam.summary)).toEqual(spread ? [shorter, longer] : undefined);
          for (const language of LANGUAGES) {
            const text = describeLifecycle(sam.lifecycle.stage, sam.lifecycle.reason, language);
            if (spread) {
              expect(text).not.toMatch(/usually|通常每/);
              expect(text).toContain(`${shorter}`);
              expect(text).toContain(`${longer}`);
            }
          }
          if (spread) expect(shownUsualGap(sam)).toBeUndefined();
          // "Longer than usual" is said only where the usual gap is stated and exceeded.
          if (templateFits('late', sam)) {
            expect(spread).toBe(false);
            expect(sam.summary.daysSinceLast).toBeGreaterThan(shownUsualGap(sam)!);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('bought today, or within a tenth of their gap: no "0.0×"', () => {
  it('bought today: "last purchase today", in every language', () => {
    const sam = withSam([20, 21, 22], 0).analysis.byKey.get('sam')!;
    const { stage, reason } = sam.lifecycle;
    expect(describeLifecycle(stage, reason, 'en')).toBe(
      '4 purchase days, usually every 21 days; last purchase today.',
    );
    expect(describeLifecycle(stage, reason, 'zh-CN')).toBe(
      '共 4 个购买日，通常每 21 天购买一次；上次购买就在今天。',
    );
    expect(describeLifecycle(stage, reason, 'zh-TW')).toBe(
      '共 4 個購買日，通常每 21 天購買一次；上次購買就在今天。',
    );
  });

  it('bought once, today; spending less, last purchase today: no "0 days ago" in any sentence or language', () => {
    const { rows } = withSam([30], 5);
    const analysis = analyzePurchases([...rows, ['Olive', isoOfDay(AS_OF), 30]], {
      timeZone: 'UTC',
      dateOrder: 'YMD',
      asOfDay: AS_OF,
    });
    const olive = analysis.byKey.get('olive')!;
    expect(describeLifecycle(olive.lifecycle.stage, olive.lifecycle.reason, 'en')).toMatch(
      /^Bought once today; /,
    );
    expect(describeLifecycle(olive.lifecycle.stage, olive.lifecycle.reason, 'zh-CN')).toMatch(
      /^只购买过一次，就在今天；/,
    );
    expect(describeLifecycle(olive.lifecycle.stage, olive.lifecycle.reason, 'zh-TW')).toMatch(
      /^只購買過一次，就在今天；/,
    );
    // Regulars whose last three baskets fell, some of them buying on the analysis day.
    const { judged } = judgeAll(
      regularPurchases({ customers: 300, spread: [0.2, 0.3], lastThreeShare: 0.3, seed: 5 }),
    );
    const today = judged.filter(
      (j) => j.summary.daysSinceLast === 0 && j.result.reason.kind === 'amountDrop',
    );
    expect(today.length).toBeGreaterThan(0);
    for (const { result } of today) {
      expect(describeLifecycle(result.stage, result.reason, 'en')).toContain(
        'still buying, last purchase today',
      );
      expect(describeLifecycle(result.stage, result.reason, 'zh-TW')).toContain('上次購買就在今天');
    }
    for (const { result } of judged) {
      for (const language of LANGUAGES) {
        expect(describeLifecycle(result.stage, result.reason, language)).not.toMatch(
          /\b0 days ago|距今 0 天|在 0 天前/,
        );
      }
    }
  });

  it('any customer within their gap: never a multiple that reads 0.0, and the days since are stated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 15 }),
        (gaps, silent) => {
          const sam = withSam(gaps, silent).analysis.byKey.get('sam')!;
          for (const language of LANGUAGES) {
            const text = describeLifecycle(sam.lifecycle.stage, sam.lifecycle.reason, language);
            expect(text).not.toMatch(/(?<![\d.])0\.0(×| 倍)/);
            expect(text).not.toMatch(/\b0 days ago|在 0 天前/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('Insights "Usual gap (days)" of a one-time buyer', () => {
  it('is blank (their why names the shop’s return window); a repeat buyer’s is their gap', () => {
    const { rows } = withSam([30], 5);
    const oneTime: CellValue[][] = [...rows, ['Olive', isoOfDay(AS_OF - 12), 30]];
    for (const language of LANGUAGES) {
      const [header, ...table] = customerInsights(oneTime, asOfDate, language, env);
      expect(header!.length).toBe(INSIGHT_COLUMNS.length);
      const olive = table.find((r) => r[0] === 'Olive')!;
      expect(olive[INSIGHT_COLUMNS.indexOf('usualGapDays')]).toBe('');
      expect(olive[INSIGHT_COLUMNS.indexOf('purchaseDays')]).toBe(1);
      const sam = table.find((r) => r[0] === 'Sam')!;
      expect(typeof sam[INSIGHT_COLUMNS.indexOf('usualGapDays')]).toBe('number');
    }
  });
});
