// Issue 12: one usual gap in everything the owner and the customer read. An owner saw a re-order
// email say "about every 20 days" beside a due date computed from 34. On generated customers (one
// purchase to a dozen, on rhythm, late, long gone), in every language: the due date (Insights and
// NEXT_PURCHASE_DATE) is the last purchase plus the gap the reason states, the "Usual gap" column
// is that gap, the due wording counts to that date, and an email's "about every N days" is it too.
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import { mergeValuesOf, renderEmail } from '../../../src/core/followups/campaign';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { templateFits } from '../../../src/core/followups/template-fit';
import { compileTemplate } from '../../../src/core/followups/templates';
import { customerInsights, nextPurchaseDateFormula } from '../../../src/core/formulas/formulas';
import { INSIGHT_COLUMNS, type InsightColumn } from '../../../src/core/i18n/labels';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';
import { dueStatus } from '../../../src/core/i18n/why';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';
import { SETTINGS } from '../followups/fixtures';
import { prng } from './regulars';

const AS_OF = dayFromCivil(2026, 6, 30);
const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2026-06-30T12:00:00Z') };
const asOfDate = new Date(Date.UTC(2026, 5, 30));

/** Customers with 1–12 purchase days, gaps of 1–60 days with jitter, last seen 0–5 gaps ago. */
function generatedGrid(seed: number): CellValue[][] {
  const random = prng(seed);
  const rows: CellValue[][] = [['Customer', 'Date', 'Amount']];
  for (let c = 0; c < 300; c++) {
    const days = 1 + Math.floor(random() * 12);
    const gap = 1 + Math.floor(random() * 60);
    let day = AS_OF - Math.floor(random() * gap * 5);
    const list: number[] = [];
    for (let i = 0; i < days; i++) {
      list.push(day);
      day -= Math.max(1, Math.round(gap * (0.6 + 0.8 * random())));
    }
    for (const d of list.reverse()) rows.push([`c${c}`, isoOfDay(d), 20 + Math.round(random() * 80)]);
  }
  return rows;
}

/**
 * The gap a reason states as the one the customer is expected back by, in each language; for a
 * one-time buyer, how long they stay New (round 7: due there, so "overdue" begins with "At risk").
 */
const STATED: Record<Language, RegExp[]> = {
  en: [
    /[Uu]sually (?:buys )?every ([\d.]+) days?/g,
    /expected back within ([\d.]+) days?/g,
    /New up to ([\d.]+) days?/g,
  ],
  'zh-CN': [/通常每 ([\d.]+) 天/g, /预计 ([\d.]+) 天内回购/g, /([\d.]+) 天以内（其 [\d.]+ 倍）仍为新客/g],
  'zh-TW': [/通常每 ([\d.]+) 天/g, /預計 ([\d.]+) 天內回購/g, /([\d.]+) 天以內（其 [\d.]+ 倍）仍為新客/g],
};

function statedGaps(text: string, language: Language): number[] {
  return STATED[language].flatMap((p) => [...text.matchAll(p)].map((m) => Number(m[1])));
}

const DAY_MS = 86_400_000;
const at = (column: InsightColumn) => INSIGHT_COLUMNS.indexOf(column);

describe('the due date is the last purchase plus the gap the words state', () => {
  const grid = generatedGrid(12);

  for (const language of LANGUAGES) {
    it(`${language}: reason, Usual gap column, Next purchase due, Due and NEXT_PURCHASE_DATE agree`, () => {
      const [, ...rows] = customerInsights(grid, asOfDate, language, env);
      const keys = rows.map((r) => [r[at('customer')] as string]);
      const formulaDates = nextPurchaseDateFormula(keys, grid, asOfDate, env) as unknown[][];
      let twoDays = 0;
      let habits = 0;
      rows.forEach((r, i) => {
        const why = String(r[at('why')]);
        const gaps = statedGaps(why, language);
        expect(gaps.length, why).toBeGreaterThan(0);
        for (const g of gaps) expect(g, why).toBe(gaps[0]);
        const gap = gaps[0]!;
        const last = (r[at('lastPurchase')] as Date).getTime();
        const due = (r[at('nextPurchaseDue')] as Date).getTime();
        expect((due - last) / DAY_MS, why).toBe(Math.round(gap));
        // A one-time buyer's gap is the shop's return window, named in the why, not a gap of theirs.
        expect(r[at('usualGapDays')], why).toBe(r[at('purchaseDays')] === 1 ? '' : gap);
        expect(r[at('dueStatus')]).toBe(dueStatus(Math.round((due - asOfDate.getTime()) / DAY_MS), language));
        expect((formulaDates[i]![0] as Date).getTime()).toBe(due);
        if (r[at('purchaseDays')] === 2) twoDays++;
        if ((r[at('purchaseDays')] as number) >= 3) habits++;
      });
      // Every kind of customer was there: one-time buyers, one gap, a habit.
      expect(rows.some((r) => r[at('purchaseDays')] === 1)).toBe(true);
      expect(twoDays).toBeGreaterThan(10);
      expect(habits).toBeGreaterThan(100);
    });
  }

  it('an email’s usual gap is the one the due date is from, in every language', () => {
    const analysis = analyzePurchases(grid, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
    let checked = 0;
    for (const template of builtInTemplates().filter(
      (t) => t.purpose === 'reorder' || t.purpose === 'late',
    )) {
      const compiled = compileTemplate(template);
      for (const c of analysis.customers) {
        if (!templateFits(template.purpose, c)) continue;
        const email = renderEmail(
          compiled,
          mergeValuesOf(c, undefined, SETTINGS, template.language),
          template.language,
          SETTINGS,
          FOLLOW_UP_SERVER_TEXTS,
        );
        const said = [...email.textBody.matchAll(/(?:every|usual|每|通常的) ([\d.]+) (?:days?|天)/g)].map(
          (m) => Number(m[1]),
        );
        expect(said.length, email.textBody).toBeGreaterThan(0);
        for (const n of said) expect(n, c.summary.key).toBe(c.summary.nextDueDay - c.summary.lastDay);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
