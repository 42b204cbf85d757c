// Trial 21: on a sheet of 2–6 customers who tie, a customer who bought today was "About To Sleep"
// (RFM 322: everyone bought today, so recency tied at the middle score 3) while their stage said New.
// Rule: a customer whose last purchase is on the analysis day scores R 5 — no one can be more
// recent — so no segment that says they are drifting away (About To Sleep, Need Attention, At Risk,
// Can't Lose Them, Lost) is claimed of them. SPEC §3's quintiles are unchanged otherwise: where the
// customers who bought that day already score 5 (any ordinary sheet, CDNOW), nothing moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';
import { quintiles } from '../../../src/core/segments/quintiles';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

const AS_OF = dayFromCivil(2026, 11, 28);
const analyze = (rows: CellValue[][]) =>
  analyzePurchases([['Customer', 'Date', 'Amount'], ...rows], {
    timeZone: 'UTC',
    dateOrder: 'YMD',
    asOfDay: AS_OF,
  });
const DRIFTING = ['aboutToSleep', 'needAttention', 'atRisk', 'cantLoseThem', 'lost'];

describe('a customer who bought on the analysis day', () => {
  it('two customers who both bought today: neither is About To Sleep, in the formula too', () => {
    const rows: CellValue[][] = [
      ['Amy', isoOfDay(AS_OF), 20],
      ['Bo', isoOfDay(AS_OF - 30), 30],
      ['Bo', isoOfDay(AS_OF), 30],
    ];
    const a = analyze(rows);
    const amy = a.byKey.get('amy')!;
    expect(amy.rfm.r).toBe(5);
    expect(amy.segment).toBe('newCustomers');
    expect(a.byKey.get('bo')!.rfm.r).toBe(5);
    const env = { timeZone: 'UTC', locale: 'en_US', now: new Date('2026-11-28T12:00:00Z') };
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ...rows.map((r): CellValue[] => [r[0]!, new Date(`${String(r[1])}T00:00:00Z`), r[2]!]),
    ];
    expect(formulas.rfmSegmentFormula('Amy', log, undefined, 'en', env)).toBe('New Customers');
  });

  it('property: on any small sheet, R 5 and no drifting-away segment for them; the others keep their quintile score', () => {
    const row = fc.record({
      c: fc.integer({ min: 0, max: 5 }),
      d: fc.constantFrom(0, 0, 1, 3, 10, 40, 200),
      a: fc.constantFrom(10, 20, 40),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 12 }), (drawn) => {
        const a = analyze(drawn.map((r) => [`c${r.c}`, isoOfDay(AS_OF - r.d), r.a]));
        const quintile = quintiles(a.customers.map((c) => -c.summary.daysSinceLast)).scores;
        a.customers.forEach((c, i) => {
          if (c.summary.daysSinceLast !== 0) expect(c.rfm.r).toBe(quintile[i]);
          else {
            expect(c.rfm.r).toBe(5);
            expect(DRIFTING).not.toContain(c.segment);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
