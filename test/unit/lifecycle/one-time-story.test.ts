// One row, one story (a new-owner trial, round 7): a one-time buyer 31 days after their purchase, on a
// sheet with too few returners to learn the return window, read "New", "overdue by 1 day" and a why
// "judged against the default 30 days" — three verdicts. A one-time buyer is New up to the At-risk
// multiple of the shop's return window (lifecycle-stage.ts); that New window is now what their why
// states and where their next purchase falls due, so "overdue" begins where "At risk" does.
// Sheets go through CUSTOMER_INSIGHTS and NEXT_PURCHASE_DATE as Sheets calls them (Date cells).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { newWindowDays } from '../../../src/core/customers/return-window';
import { customerInsights, nextPurchaseDateFormula } from '../../../src/core/formulas/formulas';
import { STAGE_LABELS } from '../../../src/core/i18n/labels';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';
import { whyText } from '../../../src/core/i18n/why';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const DAY_MS = 86_400_000;
const AS_OF = Date.UTC(2026, 10, 28);
const env = { timeZone: 'UTC', locale: 'en_US', now: new Date(AS_OF + 12 * 3_600_000) };
const daysAgo = (d: number, asOf = AS_OF) => new Date(asOf - d * DAY_MS);
const HEADER: CellValue[] = ['Customer', 'Date', 'Amount'];

/** Columns of CUSTOMER_INSIGHTS read here (README "CUSTOMER_INSIGHTS columns"). */
const STAGE = 1;
const WHY = 2;
const NEXT_DUE = 6;
const DUE = 7;
const LAST = 14;

/** Regulars who each came back `firstGap` days after their first purchase, then kept that rhythm. */
function regulars(count: number, firstGap: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let c = 0; c < count; c++) {
    for (let d = 400 + c; d >= 0; d -= firstGap) rows.push([`r${c}`, daysAgo(d), 40]);
  }
  return rows;
}

function rowOf(grid: CellValue[][], name: string, language: Language, asOf = AS_OF): CellValue[] {
  const table = customerInsights([HEADER, ...grid], new Date(asOf), language, env);
  return table.find((r) => r[0] === name)!;
}

const dayOf = (d: CellValue) => Math.round((d as Date).getTime() / DAY_MS);

describe('a one-time buyer: stage, why and next purchase tell one story', () => {
  // Three regulars: under 5 returners, so the window is the setting's default 30 days.
  const few = regulars(3, 30);

  it("the trial's row: bought once 31 days ago, too few returners — New, due in 14 days, and the why says New up to 45 days", () => {
    const grid = [...few, ['Ann', daysAgo(31), 25]];
    const en = rowOf(grid, 'Ann', 'en');
    expect(en[STAGE]).toBe('New');
    expect(en[DUE]).toBe('due in 14 days');
    expect(en[WHY]).toBe(
      'Bought once, 31 days ago; too few customers have come back here yet to tell how soon they do, so judged against the default 30 days (silent 1.03× that long); New up to 45 days (1.5× that).',
    );
    expect(dayOf(en[NEXT_DUE]!) - dayOf(en[LAST]!)).toBe(45);
    const zh = rowOf(grid, 'Ann', 'zh-CN');
    expect(zh[DUE]).toBe('还有 14 天');
    expect(zh[WHY]).toBe(
      '只购买过一次，距今 31 天；回购的客户还太少，看不出通常多久回购，暂按设定的 30 天判断（已是其 1.03 倍）；45 天以内（其 1.5 倍）仍为新客。',
    );
    const tw = rowOf(grid, 'Ann', 'zh-TW');
    expect(tw[DUE]).toBe('還有 14 天');
    expect(tw[WHY]).toContain('45 天以內（其 1.5 倍）仍為新客');
    const next = nextPurchaseDateFormula([['Ann']], [HEADER, ...grid], new Date(AS_OF), env) as CellValue[][];
    expect(dayOf(next[0]![0]!)).toBe(dayOf(daysAgo(31)) + 45);
  });

  it('on the last day of the New window it is due today; the day after, At risk and overdue by 1 day', () => {
    const last = rowOf([...few, ['Ann', daysAgo(45), 25]], 'Ann', 'en');
    expect([last[STAGE], last[DUE]]).toEqual(['New', 'due today']);
    const after = rowOf([...few, ['Ann', daysAgo(46), 25]], 'Ann', 'en');
    expect([after[STAGE], after[DUE]]).toEqual(['At risk', 'overdue by 1 day']);
  });

  it('a learnt window (40 returners back within 35 days): New up to 52 days, never overdue while New', () => {
    const many = regulars(40, 35);
    const within = rowOf([...many, ['Bo', daysAgo(10), 25]], 'Bo', 'en');
    expect(within[WHY]).toBe(
      'Bought once, 10 days ago; 40 of the 40 customers who came back here did so within 35 days of their first purchase; New up to 52 days (1.5× that).',
    );
    expect(within[DUE]).toBe('due in 42 days');
    const past = rowOf([...many, ['Bo', daysAgo(40), 25]], 'Bo', 'en');
    expect([past[STAGE], past[DUE]]).toEqual(['New', 'due in 12 days']);
    expect(past[WHY]).toContain('(silent 1.1× that long); New up to 52 days (1.5× that).');
    const late = rowOf([...many, ['Bo', daysAgo(53), 25]], 'Bo', 'en');
    expect([late[STAGE], late[DUE]]).toEqual(['At risk', 'overdue by 1 day']);
  });

  // An earlier trial's row (kept fixed): "At risk" a week after a big purchase.
  it('a week after a big purchase: a one-time buyer is New, a regular on rhythm whose latest basket is their biggest is not At risk', () => {
    const many = regulars(40, 35);
    const once = rowOf([...many, ['Cy', daysAgo(7), 2_400]], 'Cy', 'en');
    expect([once[STAGE], once[DUE]]).toEqual(['New', 'due in 45 days']);
    // Eight small visits 14 days apart, then a big one a week ago.
    const visits: CellValue[][] = [];
    for (let v = 1; v <= 8; v++) visits.push(['Di', daysAgo(7 + v * 14), 30 + v]);
    visits.push(['Di', daysAgo(7), 900]);
    const regular = rowOf([...many, ...visits], 'Di', 'en');
    expect(regular[STAGE]).toBe('Loyal');
    expect(String(regular[DUE])).toMatch(/^due in/);
  });

  it('bought today: the why says today and the New window, due in 45 days', () => {
    const today = rowOf([...few, ['Ann', daysAgo(0), 25]], 'Ann', 'en');
    expect(today[WHY]).toBe(
      'Bought once today; too few customers have come back here yet to tell how soon they do, so judged against the default 30 days; New up to 45 days (1.5× that).',
    );
    expect(today[DUE]).toBe('due in 45 days');
  });
});

/** Words that call a customer late, overdue or at risk, in each language (zh-TW after conversion). */
const LATE_WORDS: Record<Language, RegExp> = {
  en: /overdue|\blate\b|later than|at risk|lapsed/i,
  'zh-CN': /逾期|晚|流失/,
  'zh-TW': /逾期|晚|流失/,
};
const OVERDUE: Record<Language, RegExp> = { en: /^overdue/, 'zh-CN': /^已逾期/, 'zh-TW': /^已逾期/ };
/** The New window a New one-time buyer's why states, in days. */
const NEW_UP_TO: Record<Language, RegExp> = {
  en: /New up to (\d+) days?/,
  'zh-CN': /(\d+) 天以内（其 [\d.]+ 倍）仍为新客/,
  'zh-TW': /(\d+) 天以內（其 [\d.]+ 倍）仍為新客/,
};

/**
 * A sheet of regulars (0–12, each on their own rhythm), customers with 2–3 purchase days and
 * one-time buyers, with purchases up to 400 days before a random as-of date.
 */
const sheet = fc
  .record({
    asOfOffset: fc.integer({ min: -200, max: 200 }),
    regulars: fc.array(
      fc.record({ gap: fc.integer({ min: 1, max: 120 }), visits: fc.integer({ min: 3, max: 12 }) }),
      { maxLength: 12 },
    ),
    few: fc.array(
      fc.record({
        last: fc.integer({ min: 0, max: 400 }),
        gaps: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 2 }),
      }),
      { maxLength: 6 },
    ),
    once: fc.array(
      fc.record({ ago: fc.integer({ min: 0, max: 400 }), amount: fc.integer({ min: 1, max: 900 }) }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ asOfOffset, regulars, few, once }) => {
    const asOf = AS_OF + asOfOffset * DAY_MS;
    const at = (d: number) => daysAgo(d, asOf);
    const rows: CellValue[][] = [];
    regulars.forEach(({ gap, visits }, i) => {
      for (let v = 0; v < visits; v++) rows.push([`r${i}`, at(v * gap), 30 + v]);
    });
    few.forEach(({ last, gaps }, i) => {
      let d = last;
      rows.push([`f${i}`, at(d), 50]);
      for (const g of gaps) {
        d += g;
        rows.push([`f${i}`, at(d), 50]);
      }
    });
    once.forEach(({ ago, amount }, i) => {
      rows.push([`o${i}`, at(ago), amount]);
    });
    return { asOf, rows };
  });

describe('property: a customer the stage calls New is never called overdue, late or at risk in the same row', () => {
  it('in every language, over random one-time and few-purchase customers and random as-of dates', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom(...LANGUAGES), ({ asOf, rows }, language) => {
        // Today is the as-of date's (an as_of after today and a year past the last purchase is refused,
        // trial 22: a sheet of one purchase 366 days before a later as_of failed here at random).
        const today = { ...env, now: new Date(Math.max(AS_OF, asOf) + 12 * 3_600_000) };
        const table = customerInsights([HEADER, ...rows], new Date(asOf), language, today);
        const labels = STAGE_LABELS[language];
        const oneTime = new Set(rows.filter((r) => String(r[0]).startsWith('o')).map((r) => r[0]));
        for (const row of table.slice(1)) {
          const [name, stage, why, , , , nextDue, due] = row;
          const whereabouts = `${name}: ${stage} | ${due} | ${why}`;
          const dueDays = dayOf(nextDue!) - dayOf(row[LAST]!);
          if (stage === labels.new) {
            expect(String(due), whereabouts).not.toMatch(OVERDUE[language]);
            expect(String(why), whereabouts).not.toMatch(LATE_WORDS[language]);
            // The New window the why states is where the next purchase falls due.
            expect(String(why).match(NEW_UP_TO[language])?.[1], whereabouts).toBe(String(dueDays));
          }
          if (oneTime.has(name)) {
            // …and overdue begins where At risk does: overdue exactly when no longer New.
            expect(OVERDUE[language].test(String(due)), whereabouts).toBe(stage !== labels.new);
          }
        }
      }),
      { numRuns: 150, examples: [[{ asOf: AS_OF + DAY_MS, rows: [['o0', daysAgo(366), 1]] }, 'en']] },
    );
  });
});

describe('newWindowDays: the last whole day a one-time buyer is New', () => {
  it('is the day the stage changes after, for any window and At-risk multiple', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 800 }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (windowDays, multiple) => {
          const days = newWindowDays(windowDays, multiple);
          expect(days / windowDays).toBeLessThanOrEqual(multiple);
          expect((days + 1) / windowDays).toBeGreaterThan(multiple);
        },
      ),
    );
    expect(newWindowDays(35, 1.5)).toBe(52);
    expect(newWindowDays(30, 1.1)).toBe(33);
  });
});

describe('the New window follows the settings (SPEC §3: thresholds are settings)', () => {
  it('with At risk past 2× the window, a one-time buyer is New, due and described up to 2× it', () => {
    const settings = { ...DEFAULT_SETTINGS, atRiskGapMultiple: 2 };
    const buy = (customerKey: string, day: number): Purchase => ({
      row: 0,
      customerKey,
      customerLabel: customerKey,
      day,
      amount: 20,
    });
    // Three regulars (too few returners): the default 30-day window.
    const purchases = ['a', 'b', 'c'].flatMap((k) => [0, 30, 60, 90].map((d) => buy(k, d)));
    purchases.push(buy('me', 50));
    const log = {
      purchases: tableOfPurchases(purchases),
      issues: [],
      rowsRead: 0,
      rowsSkipped: 0,
      blankRows: 0,
      headerRows: 0,
    };
    const at = (asOfDay: number) => {
      const analysis = analyzeLog(log, asOfDay, settings, undefined, { needs: 'none' });
      return analysis.customers.find((c) => c.summary.key === 'me')!;
    };
    const silent50 = at(100);
    expect(silent50.lifecycle.stage).toBe('new');
    expect(silent50.summary.nextDueDay).toBe(110);
    expect(whyText(silent50, 'en')).toContain('(silent 1.7× that long); New up to 60 days (2× that).');
    const silent61 = at(111);
    expect(silent61.lifecycle.stage).toBe('atRisk');
    expect(silent61.summary.nextDueDay).toBe(110);
  });
});
