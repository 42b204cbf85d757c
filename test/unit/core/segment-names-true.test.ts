// Trial 29: R, F and M rank customers against each other (SPEC §3), so on a small sheet a segment
// name said what the lifecycle stage beside it refutes: a repeat customer 8.6× past her usual gap was
// "Champions" where everyone else was even older, one twice-bought and Lapsed was "New Customers",
// and a one-time buyer of 25 days ago, New, was "Lost" where everyone else bought this week. Rule
// (segments/rfm-segments.ts SEGMENT_CLAIMS): a name is given only where what it states of the stage
// and purchase days holds; where the table's name does not, the nearest rule whose name does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';
import { SEGMENT_LABELS } from '../../../src/core/i18n/labels';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../../src/core/lifecycle/lifecycle-stage';
import type { RfmScore } from '../../../src/core/segments/rfm';
import {
  type RfmSegment,
  rfmSegment,
  SEGMENT_RULES,
  type Span,
  segmentNameHolds,
  tableSegment,
} from '../../../src/core/segments/rfm-segments';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';
import { OLD_SHEET, purchasesOf, RECENT_SHEET } from '../../support/segment-trial-sheets';

const AS_OF = dayFromCivil(2026, 11, 28);
const rowsOf = (sheet: typeof OLD_SHEET): CellValue[][] =>
  purchasesOf(sheet).map(([name, back, amount]) => [name, isoOfDay(AS_OF - back), amount]);
const analyze = (rows: CellValue[][]) =>
  analyzePurchases([['Customer', 'Date', 'Amount'], ...rows], {
    timeZone: 'UTC',
    dateOrder: 'YMD',
    asOfDay: AS_OF,
  });

/** What each name states of the customer, written out apart from SEGMENT_CLAIMS, as an owner reads it. */
const STILL_BUYING: readonly RfmSegment[] = ['champions', 'loyalCustomers', 'potentialLoyalist', 'promising'];
const SLIPPING: readonly RfmSegment[] = ['cantLoseThem', 'atRisk', 'aboutToSleep', 'lost'];
const SEVERAL_PURCHASES: readonly RfmSegment[] = [
  'champions',
  'loyalCustomers',
  'potentialLoyalist',
  'cantLoseThem',
  'atRisk',
  'needAttention',
];
function falseClaims(segment: RfmSegment, stage: LifecycleStage, purchaseDays: number): string[] {
  const wrong: string[] = [];
  if (segment === 'newCustomers' && (purchaseDays > 1 || stage !== 'new')) wrong.push('not new');
  if (STILL_BUYING.includes(segment) && stage === 'lapsed') wrong.push('Lapsed, not still buying');
  if (SLIPPING.includes(segment) && (stage === 'new' || stage === 'developing' || stage === 'loyal'))
    wrong.push('on rhythm, not slipping away');
  if (SEVERAL_PURCHASES.includes(segment) && purchaseDays === 1) wrong.push('bought once');
  return wrong;
}

/** Every customer there can be: New buys once, Developing and Loyal more; one purchase day is F 1. */
const KINDS = [
  ['new', 1],
  ['developing', 2],
  ['loyal', 6],
  ['atRisk', 1],
  ['atRisk', 3],
  ['lapsed', 1],
  ['lapsed', 3],
] as const;
const SCORES: RfmScore[] = [];
for (let r = 1; r <= 5; r++)
  for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) SCORES.push({ r, f, m } as RfmScore);
const distance = (s: RfmScore, rule: { r: Span; f: Span; m: Span }) =>
  (['r', 'f', 'm'] as const).reduce(
    (d, axis) => d + Math.max(0, rule[axis][0] - s[axis], s[axis] - rule[axis][1]),
    0,
  );

describe('an RFM segment name is true of the customer (trial 29)', () => {
  it('the trial sheets: no Lapsed Champions, Loyal or New Customers, no New customer Lost or About To Sleep', () => {
    const old = analyze(rowsOf(OLD_SHEET));
    const named = (a: ReturnType<typeof analyze>, key: string) => {
      const c = a.byKey.get(key)!;
      return [c.lifecycle.stage, c.segment];
    };
    // Before: lapsed/champions, lapsed/loyalCustomers, lapsed/newCustomers.
    expect(named(old, 'kim')).toEqual(['lapsed', 'needAttention']);
    expect(named(old, 'ann')).toEqual(['lapsed', 'needAttention']);
    expect(named(old, 'hal')).toEqual(['lapsed', 'aboutToSleep']);
    // Names that were true keep the table's answer.
    expect(named(old, 'gus')).toEqual(['developing', 'champions']);
    expect(named(old, 'flo')).toEqual(['new', 'newCustomers']);
    expect(named(old, 'di')).toEqual(['lapsed', 'lost']);
    const recent = analyze(rowsOf(RECENT_SHEET));
    // Before: new/aboutToSleep, new/aboutToSleep, new/lost.
    expect(named(recent, 'cat')).toEqual(['new', 'newCustomers']);
    expect(named(recent, 'eve')).toEqual(['new', 'promising']);
    expect(named(recent, 'flo')).toEqual(['new', 'promising']);
    expect(named(recent, 'gil')).toEqual(['atRisk', 'atRisk']);
    for (const a of [old, recent])
      for (const c of a.customers)
        expect(falseClaims(c.segment, c.lifecycle.stage, c.summary.purchaseDayCount), c.summary.key).toEqual(
          [],
        );
  });

  it('RFM_SEGMENT says the same in three languages, and CUSTOMER_INSIGHTS beside the stage', () => {
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ...rowsOf(OLD_SHEET).map((r): CellValue[] => [r[0]!, new Date(`${String(r[1])}T00:00:00Z`), r[2]!]),
    ];
    const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2026-11-28T12:00:00Z') };
    for (const language of LANGUAGES) {
      expect(formulas.rfmSegmentFormula('Kim', log, undefined, language, env)).toBe(
        SEGMENT_LABELS[language].needAttention,
      );
      expect(formulas.rfmSegmentFormula('Hal', log, undefined, language, env)).toBe(
        SEGMENT_LABELS[language].aboutToSleep,
      );
    }
    const [header, ...rows] = formulas.customerInsights(log, undefined, 'en', env) as CellValue[][];
    const at = (name: string) => header!.indexOf(name);
    const kim = rows.find((r) => r[at('Customer')] === 'Kim')!;
    expect([kim[at('Lifecycle stage')], kim[at('RFM segment')]]).toEqual(['Lapsed', 'Need Attention']);
  });

  it('over every score, stage and purchase days: the name holds, the table answers where its name holds, else the nearest that holds', () => {
    for (const [stage, purchaseDays] of KINDS)
      for (const score of SCORES) {
        if (purchaseDays === 1 && score.f !== 1) continue;
        const who = `${score.r}${score.f}${score.m} ${stage} ×${purchaseDays}`;
        const segment = rfmSegment(score, stage, purchaseDays);
        expect(segmentNameHolds(segment, stage, purchaseDays), who).toBe(true);
        expect(falseClaims(segment, stage, purchaseDays), who).toEqual([]);
        const table = tableSegment(score);
        if (segmentNameHolds(table, stage, purchaseDays)) expect(segment, who).toBe(table);
        const holding = SEGMENT_RULES.filter((rule) => segmentNameHolds(rule.segment, stage, purchaseDays));
        const nearest = Math.min(...holding.map((rule) => distance(score, rule)));
        const first = holding.find((rule) => distance(score, rule) === nearest)!;
        expect(segment, who).toBe(first.segment);
      }
  });

  it('examples: a Lapsed 5-5-5 is Need Attention, a New one-time buyer scoring R 1 is New Customers', () => {
    expect(rfmSegment({ r: 5, f: 5, m: 5 }, 'lapsed', 9)).toBe('needAttention');
    expect(rfmSegment({ r: 5, f: 5, m: 5 }, 'atRisk', 9)).toBe('champions');
    expect(rfmSegment({ r: 5, f: 2, m: 1 }, 'developing', 2)).toBe('potentialLoyalist');
    expect(rfmSegment({ r: 5, f: 1, m: 1 }, 'new', 1)).toBe('newCustomers');
    expect(rfmSegment({ r: 1, f: 1, m: 1 }, 'new', 1)).toBe('newCustomers');
    expect(rfmSegment({ r: 4, f: 1, m: 1 }, 'atRisk', 1)).toBe('aboutToSleep');
    expect(rfmSegment({ r: 1, f: 1, m: 1 }, 'atRisk', 1)).toBe('lost');
    expect(rfmSegment({ r: 1, f: 5, m: 5 }, 'loyal', 8)).toBe('needAttention');
    // Every stage can be named, with one purchase day or several (where the stage allows it).
    for (const stage of LIFECYCLE_STAGES) expect(rfmSegment({ r: 3, f: 1, m: 3 }, stage, 2)).toBeTruthy();
  });

  it('property: on random sheets of 5–40 customers no segment name contradicts the stage or purchase days', () => {
    const customer = fc.record({
      days: fc.integer({ min: 1, max: 8 }),
      gap: fc.constantFrom(3, 7, 14, 30, 60, 90),
      last: fc.integer({ min: 0, max: 400 }),
      amount: fc.constantFrom(10, 20, 40, 80, 200),
    });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 5, maxLength: 40 }), (drawn) => {
        const rows: CellValue[][] = [];
        drawn.forEach((c, i) => {
          for (let k = 0; k < c.days; k++)
            rows.push([`c${i}`, isoOfDay(AS_OF - c.last - c.gap * k), c.amount]);
        });
        const a = analyze(rows);
        for (const c of a.customers) {
          const { stage } = c.lifecycle;
          const days = c.summary.purchaseDayCount;
          expect(falseClaims(c.segment, stage, days), `${c.summary.key} ${stage} ×${days}`).toEqual([]);
          // "New Customers" ⇒ one purchase day, within the New window the why states.
          if (c.segment === 'newCustomers') {
            expect(days).toBe(1);
            const reason = c.lifecycle.reason;
            expect(reason.kind).toBe('oneTime');
            if (reason.kind === 'oneTime')
              expect(c.summary.daysSinceLast).toBeLessThanOrEqual(reason.newUpToDays);
          }
          // The smallest departure: the table's name wherever it is true.
          const table = tableSegment(c.rfm);
          if (falseClaims(table, stage, days).length === 0) expect(c.segment).toBe(table);
        }
      }),
      { numRuns: 200 },
    );
  });
});
