// Trial 8's hairdresser (round 7): Eli Eady comes every ~41 days but is away every summer (17 May–
// 3 Sep 2025). On 31 Aug 2026 she was called Lapsed at 124 days silent (3.02× her 41-day gap), days
// before last year's return date; Dean Dale was Lapsed on 5 Sep at 129 days after a break of 128.
// A silence a little past a break they came back from, or begun about when a yearly break began, is
// that break until it would be over (lifecycle-stage.ts, lifecycle/seasonal-break.ts); past that they
// are Lapsed. Sheets go through CUSTOMER_INSIGHTS as Sheets calls it (Date cells).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import { customerInsights, customerWhyFormula } from '../../../src/core/formulas/formulas';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { situationOf } from '../../../src/core/lifecycle/situation';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { civilFromDay, dayFromCivil, dayFromCivilUnchecked, isLeapYear } from '../../../src/core/time/civil';

const DAY_MS = 86_400_000;
const HEADER: CellValue[] = ['Customer', 'Date', 'Amount'];
const env = { timeZone: 'UTC', locale: 'en_US', now: new Date(Date.UTC(2026, 10, 28, 12)) };
const dateOf = (day: number) => new Date(day * DAY_MS);
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, d);
};

/** Columns of CUSTOMER_INSIGHTS read here (README "CUSTOMER_INSIGHTS columns"). */
const STAGE = 1;
const WHY = 2;
const DUE = 7;

/** Twenty regulars of the salon, every 40–44 days for two years before 2026-11-28. */
function salon(): CellValue[][] {
  const rows: CellValue[][] = [];
  const end = day('2026-11-28');
  for (let c = 0; c < 20; c++) {
    for (let d = end - 730 + c; d <= end - (c % 7); d += 40 + (c % 5))
      rows.push([`Client ${c}`, dateOf(d), 45]);
  }
  return rows;
}

/** Purchase days ending on `last`, each earlier one `gaps` (latest last) before the next. */
function history(name: string, last: string, gaps: readonly number[]): CellValue[][] {
  const days = [day(last)];
  for (const gap of [...gaps].reverse()) days.unshift(days[0]! - gap);
  return days.map((d) => [name, dateOf(d), 52]);
}

// Every ~41 days from 24 Oct 2024, away 17 May–3 Sep 2025 (109 days), back every ~41 days, the last
// visit on 29 Apr 2026: 124 days silent on 31 Aug 2026.
const ELI = history('Eli Eady', '2026-04-29', [41, 41, 41, 41, 41, 109, 41, 41, 41, 41, 41, 33]);
// Every 42 days, once away 128 days in the winter of 2024–25; last visit 29 Apr 2026.
const DEAN = history('Dean Dale', '2026-04-29', [42, 42, 42, 128, 42, 42, 42, 42, 42, 42, 42, 42, 42, 35]);

function rowOf(name: string, asOf: string, language: 'en' | 'zh-CN' | 'zh-TW' = 'en'): CellValue[] {
  const table = customerInsights([HEADER, ...salon(), ...ELI, ...DEAN], dateOf(day(asOf)), language, env);
  return table.find((r) => r[0] === name)!;
}

const ELI_31_AUG = {
  en: 'Usually buys every 41 days; last purchase 124 days ago (3.02× the usual gap); away 109 days from 17 May 2025 to 3 September 2025 and came back; silent since 29 April 2026, about the same time of year, so not called Lapsed before 14 September 2026.',
  'zh-CN':
    '通常每 41 天购买一次；上次购买在 124 天前（通常间隔的 3.02 倍）；曾于 2025年5月17日至2025年9月3日中断 109 天后再次购买；此次自 2026年4月29日起未购买，与那次中断在一年中的时节相近，故 2026年9月14日之前不判为已流失。',
  'zh-TW':
    '通常每 41 天購買一次；上次購買在 124 天前（通常間隔的 3.02 倍）；曾於 2025年5月17日至2025年9月3日中斷 109 天後再次購買；此次自 2026年4月29日起未購買，與那次中斷在一年中的時節相近，故 2026年9月14日之前不判為已流失。',
} as const;

describe("trial 8's hairdresser: away every summer, not Lapsed before her usual return", () => {
  it("Eli Eady on 31 Aug 2026, 124 days silent (3.02× her 41 days): At risk, overdue, in the late check-in's audience (not a win-back), and the why names last summer’s break and when she would be Lapsed, in three languages", () => {
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const row = rowOf('Eli Eady', '2026-08-31', language);
      expect(row[WHY]).toBe(ELI_31_AUG[language]);
    }
    const en = rowOf('Eli Eady', '2026-08-31');
    // At risk and overdue: one story (a late check-in, not a win-back).
    expect([en[STAGE], en[DUE]]).toEqual(['At risk', 'overdue by 83 days']);
    const eliDays = ELI.map((r) => Math.round((r[1] as Date).getTime() / DAY_MS));
    expect(situationOf(stageOfMe(eliDays, day('2026-08-31')).me)).toBe('late');
  });

  it('Dean Dale on 5 Sep 2026, 129 days silent after a break of 128: At risk, and the why says until when', () => {
    const en = rowOf('Dean Dale', '2026-09-05');
    expect([en[STAGE], en[DUE]]).toEqual(['At risk', 'overdue by 87 days']);
    expect(en[WHY]).toBe(
      'Usually buys every 42 days; last purchase 129 days ago (3.1× the usual gap); once away 128 days and came back, so not called Lapsed until silent over 140 days.',
    );
    expect(rowOf('Dean Dale', '2026-09-05', 'zh-CN')[WHY]).toBe(
      '通常每 42 天购买一次；上次购买在 129 天前（通常间隔的 3.1 倍）；曾相隔 128 天后再次购买，故未超过 140 天不判为已流失。',
    );
    expect(rowOf('Dean Dale', '2026-09-05', 'zh-TW')[WHY]).toBe(
      '通常每 42 天購買一次；上次購買在 129 天前（通常間隔的 3.1 倍）；曾相隔 128 天後再次購買，故未超過 140 天不判為已流失。',
    );
  });

  it('past what the why promised they are Lapsed: Eli on 14 Sep (a tenth of her break after 3 Sep), Dean past 140 days', () => {
    expect(rowOf('Eli Eady', '2026-09-13')[STAGE]).toBe('At risk');
    const eli = rowOf('Eli Eady', '2026-09-14');
    expect([eli[STAGE], eli[WHY]]).toEqual([
      'Lapsed',
      'Usually buys every 41 days; last purchase 138 days ago (3.4× the usual gap).',
    ]);
    expect(rowOf('Dean Dale', '2026-09-16')[STAGE]).toBe('At risk'); // 140 days
    expect(rowOf('Dean Dale', '2026-09-17')[STAGE]).toBe('Lapsed'); // 141 days
  });

  it('the same silence after a break at another time of year is no yearly break: Lapsed at 124 days', () => {
    // Eli's visits, but away in the winter (109 days from 6 Dec 2024): her silence since 29 Apr 2026
    // began five months from when that break did.
    const winter = history('Eve Winter', '2026-04-29', [41, 109, 41, 41, 41, 41, 41, 41, 41, 41, 41, 33]);
    const table = customerInsights([HEADER, ...salon(), ...winter], dateOf(day('2026-08-31')), 'en', env);
    const eve = table.find((r) => r[0] === 'Eve Winter')!;
    expect(eve[STAGE]).toBe('Lapsed');
    expect(eve[WHY]).toBe('Usually buys every 41 days; last purchase 124 days ago (3.02× the usual gap).');
  });

  it('a formula reading the analysis another formula shared says the same (the yearly break is kept in it)', () => {
    const rows = [HEADER, ...salon(), ...ELI, ...DEAN];
    const asOf = dateOf(day('2026-08-31'));
    const entries = new Map<string, string>();
    const store: SharedFitStore = {
      version: 'test-build',
      get: (key) => entries.get(key),
      put: (key, text) => void entries.set(key, text),
    };
    const shared = { ...env, sharedFits: store };
    const alone = customerWhyFormula([['Eli Eady']], rows, asOf, 'zh-TW', env);
    expect(customerWhyFormula([['Eli Eady']], rows, asOf, 'zh-TW', shared)).toEqual(alone);
    // Kept as [index, from day, to day, return day]: 17 May and 3 Sep 2025, 3 Sep 2026.
    const kept = `,${day('2025-05-17')},${day('2025-09-03')},${day('2026-09-03')}]`;
    expect([...entries.values()].some((text) => text.includes(kept))).toBe(true);
    // The second call reads the shared analysis.
    expect(customerWhyFormula([['Eli Eady']], rows, asOf, 'zh-TW', shared)).toEqual(alone);
    expect(alone).toEqual([[ELI_31_AUG['zh-TW']]]);
  });
});

/** `d` moved a whole number of calendar years (29 February to the 28th in a common year). */
function yearsOn(d: number, years: number): number {
  const { year, month, day: dd } = civilFromDay(d);
  const to = year + years;
  return dayFromCivilUnchecked(to, month, month === 2 && dd === 29 && !isLeapYear(to) ? 28 : dd);
}

/** The salon's regulars and one more customer `me` with these purchase days, analysed on `asOfDay` (no model). */
function stageOfMe(meDays: readonly number[], asOfDay: number) {
  const purchases: Purchase[] = [];
  let row = 2;
  for (const r of salon()) {
    const d = Math.round((r[1] as Date).getTime() / DAY_MS);
    if (d <= asOfDay) {
      const key = String(r[0]);
      purchases.push({ row: row++, customerKey: key, customerLabel: key, day: d, amount: 45 });
    }
  }
  for (const d of meDays)
    purchases.push({ row: row++, customerKey: 'me', customerLabel: 'me', day: d, amount: 50 });
  const log = {
    purchases: tableOfPurchases(purchases),
    issues: [],
    rowsRead: 0,
    rowsSkipped: 0,
    blankRows: 0,
    headerRows: 0,
  };
  const analysis = analyzeLog(log, asOfDay, DEFAULT_SETTINGS, undefined, { needs: 'none' });
  return { analysis, me: analysis.customers.find((c) => c.summary.key === 'me')! };
}

describe('random histories (fast-check)', () => {
  const s = DEFAULT_SETTINGS;
  const someDay = fc.integer({ min: day('2024-12-01'), max: day('2025-06-30') });

  it('silent less than a break they came back from that began within ±30 days of the same date a year before, until its return date comes round: never Lapsed', () => {
    fc.assert(
      fc.property(
        someDay,
        fc.integer({ min: 7, max: 80 }),
        fc.integer({ min: 3, max: 8 }),
        fc.double({ min: 1.51, max: 4, noNaN: true }),
        fc.integer({ min: -s.seasonalShiftDays, max: s.seasonalShiftDays }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, gap, before, breakTimes, shift, silentShare) => {
          const breakDays = Math.min(250, Math.ceil(gap * breakTimes));
          fc.pre(breakDays > s.atRiskGapMultiple * gap);
          const last = yearsOn(start, 1) + shift;
          const days: number[] = [];
          for (let i = before; i >= 1; i--) days.push(start - i * gap);
          days.push(start);
          for (let d = start + breakDays; d < last; d += gap) days.push(d);
          days.push(last);
          const returnDay = yearsOn(start + breakDays, 1);
          fc.pre(returnDay > last);
          const silent = Math.round(silentShare * (returnDay - last));
          const { me } = stageOfMe(days, last + silent);
          expect(me.lifecycle.stage).not.toBe('lapsed');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('silent past every gap they came back from, its margin and ±30 days, and past 3× their usual gap: Lapsed', () => {
    fc.assert(
      fc.property(
        someDay,
        fc.array(fc.integer({ min: 5, max: 200 }), { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 1, max: 400 }),
        (first, gaps, extra) => {
          const days = [first];
          for (const g of gaps) days.push(days[days.length - 1]! + g);
          const longest = Math.max(...gaps);
          const sorted = [...gaps].sort((a, b) => a - b);
          const mid = sorted.length >> 1;
          const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
          const silent =
            Math.max(
              longest + Math.floor(longest * s.breakMarginShare) + s.seasonalShiftDays + 1,
              Math.floor(s.lapsedGapMultiple * Math.max(median, 50)),
            ) + extra;
          const { analysis, me } = stageOfMe(days, days[days.length - 1]! + silent);
          // The salon is a rhythm shop: no break of its regulars' holds anyone, and enough came back.
          expect(analysis.store.comeback?.multiple ?? 0).toBeLessThanOrEqual(s.lapsedGapMultiple);
          expect(analysis.store.oneTimeWindow.fromSetting).toBe(false);
          expect(me.lifecycle.stage).toBe('lapsed');
        },
      ),
      { numRuns: 150 },
    );
  });
});
