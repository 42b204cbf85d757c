// Issue 12, a new-owner trial: a free sample (a $0 line) made a purchase day, and the customer was
// thanked "for coming back". A day of zero amounts only is not a purchase day for a customer who paid
// on another day (customer-history.ts): not for rhythm, stage, F or emails; Data issues lists its rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { templateFits } from '../../../src/core/followups/template-fit';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { REPORT_TEXTS } from '../../../src/core/report/report-texts';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';
import { readCdnowSample } from '../../support/cdnow';

const AS_OF = dayFromCivil(2026, 6, 30);
const HEADER: CellValue[] = ['Customer', 'Date', 'Amount'];
const analyze = (rows: CellValue[][]): Analysis =>
  analyzePurchases([HEADER, ...rows], { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
/** Others who came back, so the shop has a rhythm. */
const SHOP: CellValue[][] = [];
for (let c = 0; c < 20; c++) {
  for (let k = 0; k < 4; k++) SHOP.push([`s${c}`, isoOfDay(AS_OF - 200 + c + 30 * k), 40]);
}

describe('a day of zero amounts only', () => {
  it('paid once, then a free sample: one purchase day, not thanked for coming back; the row is reported', () => {
    const analysis = analyze([...SHOP, ['Fay', isoOfDay(AS_OF - 40), 35], ['Fay', isoOfDay(AS_OF - 10), 0]]);
    const fay = analysis.byKey.get('fay')!;
    expect(fay.summary.purchaseDayCount).toBe(1);
    expect(fay.summary.daysSinceLast).toBe(40);
    expect(fay.lifecycle.reason.kind).toBe('oneTime');
    expect(templateFits('developing', fay)).toBe(false);
    expect(analysis.zeroAmountDays).toEqual([{ key: 'fay', label: 'Fay', rows: [{ row: SHOP.length + 3 }] }]);
    for (const language of LANGUAGES) {
      const rows = dataIssueRows(analysis, 'Purchases', language, ANALYZE_TEXTS);
      const t = REPORT_TEXTS[language];
      expect(rows).toContainEqual([
        'Purchases',
        SHOP.length + 3,
        ANALYZE_TEXTS.issues.columnNames.amount[language],
        0,
        t.zeroAmountDay,
        t.notPurchaseDay,
      ]);
    }
  });

  it('a $0 line on a day they paid is part of that purchase; a customer who never paid keeps their days', () => {
    const analysis = analyze([
      ...SHOP,
      ['Gil', isoOfDay(AS_OF - 40), 35],
      ['Gil', isoOfDay(AS_OF - 40), 0],
      ['Gil', isoOfDay(AS_OF - 10), 20],
      ['Hal', isoOfDay(AS_OF - 50), 0],
      ['Hal', isoOfDay(AS_OF - 20), 0],
    ]);
    expect(analysis.byKey.get('gil')!.summary.purchaseDayCount).toBe(2);
    expect(analysis.byKey.get('hal')!.summary.purchaseDayCount).toBe(2);
    expect(analysis.zeroAmountDays).toEqual([]);
  });

  it('any paid history with free days added: purchase days, recency, stage and F are those of the paid days alone, and every free row is reported', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 4 }),
        (paid, free) => {
          const freeOnly = free.filter((d) => !paid.includes(d));
          const paidRows: CellValue[][] = paid.map((d) => ['Ivy', isoOfDay(AS_OF - d), 30]);
          const freeRows: CellValue[][] = free.map((d) => ['Ivy', isoOfDay(AS_OF - d), 0]);
          const without = analyze([...SHOP, ...paidRows]);
          const withFree = analyze([...SHOP, ...paidRows, ...freeRows]);
          const a = without.byKey.get('ivy')!;
          const b = withFree.byKey.get('ivy')!;
          expect(b.summary.purchaseDayCount).toBe(a.summary.purchaseDayCount);
          expect(b.summary.firstDay).toBe(a.summary.firstDay);
          expect(b.summary.daysSinceLast).toBe(a.summary.daysSinceLast);
          expect(b.lifecycle).toEqual(a.lifecycle);
          expect(b.rfm.f).toBe(a.rfm.f);
          const reported = (withFree.zeroAmountDays ?? []).flatMap((z) => z.rows.map((r) => r.row));
          expect(reported).toHaveLength(freeOnly.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the CDNOW sample: its eight $0 rows are customers who never paid (one row each), so all 2,357 customers and their purchase days stay', () => {
    const sample = readCdnowSample();
    expect(sample.filter((r) => r.dollars === 0)).toHaveLength(8);
    const analysis = analyzePurchases(
      sample.map((r) => [r.sampleId, isoOfDay(dayFromCivil(r.year, r.month, r.day)), r.dollars]),
      { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: dayFromCivil(1997, 9, 30) },
    );
    expect(analysis.customerCount).toBe(2357);
    expect(analysis.zeroAmountDays).toEqual([]);
  });
});
