// One analysis as text (share/analysis-text.ts): read back, every field a formula reads is the same
// number, to the bit; a text for other inputs, of another format or build, or missing a column is
// refused; a value JSON cannot give back exactly is never written. The checksum it relies on
// (share/hash64.ts hashText) is the buffered hash's, in one loop.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { skippedByCustomer } from '../../../src/core/customers/rows-not-analysed';
import { skippedProblemsByCustomer } from '../../../src/core/customers/skipped-problems';

import { decodeAnalysis, encodeAnalysis } from '../../../src/core/share/analysis-text';
import { partCount } from '../../../src/core/share/cache-parts';
import { Hash64, hashText } from '../../../src/core/share/hash64';
import { logFactsOf } from '../../../src/core/share/log-facts';
import { SharedSummary } from '../../../src/core/share/shared-columns';
import { readCdnowSample } from '../../support/cdnow';

const rows: CellValue[][] = readCdnowSample()
  .filter((r) => Number(r.sampleId) <= 500)
  .map((r) => [r.sampleId, new Date(Date.UTC(r.year, r.month - 1, r.day)), r.dollars]);
// Day numbers count days since 1970-01-01 (core/days.ts).
const asOfDay = Date.UTC(1997, 8, 30) / 86_400_000;
const analysis = analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'MDY', asOfDay });
const expected = { build: 'b1', asOfDay, purchaseModelChoice: 'auto' as const, gridRows: rows.length };
const text = encodeAnalysis(analysis, 'b1', rows.length)!;

const KEPT = [
  'key',
  'label',
  'firstDay',
  'lastDay',
  'purchaseDayCount',
  'x',
  'txDays',
  'TDays',
  'netSpend',
  'averagePurchase',
  'meanSpend',
  'meanRepeatSpend',
  'daysSinceLast',
  'ownGapDays',
  'stageGapDays',
  'usualGapDays',
  'nextDueDay',
  'amountDrop',
  'favouriteProduct',
] as const;

describe('encodeAnalysis / decodeAnalysis', () => {
  it('gives back every field the formulas read, bit for bit, and the fit, store, cuts and log', () => {
    const shared = decodeAnalysis(text, expected)!;
    expect(shared.columns.customers).toBe(analysis.customers.length);
    analysis.customers.forEach((c, i) => {
      const s = new SharedSummary(shared.columns, i);
      for (const field of KEPT) {
        const [got, want] = [s[field], c.summary[field]];
        if (typeof want === 'number') expect(Object.is(got, want), `${field}: ${got} for ${want}`).toBe(true);
        else expect(got, field).toEqual(want);
      }
      expect(shared.columns.score(i)).toEqual([c.rfm, c.tier]);
      expect(shared.columns.stage(i)).toBe(c.lifecycle.stage);
      expect(Object.is(s.predictedValue(), c.predictedValue)).toBe(true);
      // The model's input under its own names.
      expect([s.tx, s.T]).toEqual([c.summary.txDays, c.summary.TDays]);
    });
    expect(shared.fit).toEqual(analysis.fit);
    expect(shared.store).toEqual(analysis.store);
    expect(shared.rfmCuts).toEqual(analysis.rfmCuts);
    expect(shared.log.rowsSkipped).toBe(analysis.log.rowsSkipped);
    expect(shared.log.purchases.length).toBe(analysis.log.purchases.length);
    // Only the fit reads these, and a hit does not fit: not kept, and not made up.
    expect(new SharedSummary(shared.columns, 0).logGapSum).toBeNaN();
    expect(new SharedSummary(shared.columns, 0).logRepeatSpendSum).toBeUndefined();
  });

  it('a text for other inputs, of another build or format, or missing a column is refused', () => {
    expect(decodeAnalysis(text, { ...expected, build: 'b2' })).toBeUndefined();
    expect(decodeAnalysis(text, { ...expected, asOfDay: asOfDay + 1 })).toBeUndefined();
    expect(decodeAnalysis(text, { ...expected, purchaseModelChoice: 'bg-nbd' })).toBeUndefined();
    expect(decodeAnalysis(text, { ...expected, gridRows: rows.length + 1 })).toBeUndefined();
    const format = Number(/^\{"format":(\d+),/.exec(text)![1]);
    expect(
      decodeAnalysis(text.replace(`"format":${format}`, `"format":${format - 1}`), expected),
    ).toBeUndefined();
    expect(decodeAnalysis(text.slice(0, text.lastIndexOf('\n')), expected)).toBeUndefined();
    expect(decodeAnalysis('not an analysis', expected)).toBeUndefined();
    expect(decodeAnalysis(`{}\n${text}`, expected)).toBeUndefined();
  });

  it('writes nothing rather than a number JSON would change (NaN, -0) or a summary whose derived fields do not follow', () => {
    const withSummary = (change: Record<string, unknown>) => ({
      ...analysis,
      customers: analysis.customers.map((c, i) =>
        i === 3
          ? {
              ...c,
              rfm: c.rfm,
              tier: c.tier,
              lifecycle: c.lifecycle,
              predictedValue: c.predictedValue,
              // Summaries are views over columns (customer-summary.ts): fields read through, not spread.
              summary: new Proxy(c.summary, {
                get: (target, field) =>
                  field in change ? change[field as string] : Reflect.get(target, field),
              }),
            }
          : c,
      ),
    });
    expect(encodeAnalysis(withSummary({}), 'b1', rows.length)).toBe(text);
    expect(encodeAnalysis(withSummary({ netSpend: Number.NaN }), 'b1', rows.length)).toBeUndefined();
    expect(encodeAnalysis(withSummary({ meanSpend: -0 }), 'b1', rows.length)).toBeUndefined();
    // Every number column is checked, whole-number columns too.
    expect(
      encodeAnalysis(withSummary({ stageGapDays: Number.POSITIVE_INFINITY }), 'b1', rows.length),
    ).toBeUndefined();
    expect(encodeAnalysis(withSummary({ usualGapDays: -0 }), 'b1', rows.length)).toBeUndefined();
    expect(encodeAnalysis(withSummary({ meanRepeatSpend: Number.NaN }), 'b1', rows.length)).toBeUndefined();
    expect(encodeAnalysis(withSummary({ longestGapDays: -0 }), 'b1', rows.length)).toBeUndefined();
    expect(encodeAnalysis(withSummary({ x: 99 }), 'b1', rows.length)).toBeUndefined();
    expect(encodeAnalysis(withSummary({ averagePurchase: 1 }), 'b1', rows.length)).toBeUndefined();
    expect(encodeAnalysis(withSummary({ daysSinceLast: -1 }), 'b1', rows.length)).toBeUndefined();
  });

  it('CDNOW-sized text stays within a few cache values per thousand customers', () => {
    // ~80 bytes a customer here: 500 customers in one value of 96,000 bytes.
    expect(partCount(text)).toBe(1);
    expect(text.length / analysis.customers.length).toBeLessThan(120);
  });
});

describe('the rows skipped as problems, by customer', () => {
  // Ann is analysed with one row skipped; Cy and Dee have every row skipped (Dee's after the as-of date).
  const log: CellValue[][] = [
    ['Ann', new Date(Date.UTC(1997, 0, 5)), 20],
    ['Ann', 'soon', 10],
    ['Bo', new Date(Date.UTC(1997, 1, 5)), 30],
    ['Cy', '1997-02-30', 15],
    ['Cy', new Date(Date.UTC(1997, 2, 5)), 'n/a'],
    ['Cy', 'later', 'abc'],
    ['Dee', new Date(Date.UTC(1997, 11, 5)), 25],
  ];
  const small = analyzePurchases(log, { timeZone: 'UTC', dateOrder: 'MDY', asOfDay });
  const back = decodeAnalysis(encodeAnalysis(small, 'b1', log.length)!, {
    ...expected,
    gridRows: log.length,
  })!;

  it('keeps every skipped row by customer, what was wrong with them, and their values for the customers not analysed only', () => {
    expect(back.log.skippedByCustomer).toEqual(skippedByCustomer(small.log.issues));
    const all = skippedProblemsByCustomer(small.log.issues);
    expect([...all.keys()]).toEqual(['ann', 'cy', 'dee']);
    // Ann is analysed: her why's note names the problem and her first skipped row's value only
    // (share/log-facts.ts; trial 21).
    expect(back.log.skippedProblems?.get('ann')).toEqual([
      { column: 'date', problem: 'unreadable', rows: 1, values: [], first: 'soon' },
    ]);
    expect(new Map([...back.log.skippedProblems!].filter(([key]) => key !== 'ann'))).toEqual(
      new Map([...all].filter(([key]) => key !== 'ann')),
    );
    expect(back.log.skippedProblems?.get('cy')).toEqual([
      { column: 'date', problem: 'impossible', rows: 1, values: ['1997-02-30'], first: '1997-02-30' },
      { column: 'amount', problem: 'unreadable', rows: 2, values: ['n/a', 'abc'] },
      { column: 'date', problem: 'unreadable', rows: 1, values: ['later'] },
    ]);
  });

  it('property: read back, the problems are as the log’s issues give them (an analysed customer’s with the first row’s value only)', () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>('soon', '1997-02-30', '', 'abc', '12%', '#REF!'),
      fc.date({
        min: new Date('1996-01-01T00:00:00Z'),
        max: new Date('1997-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.integer({ min: 1, max: 500 }),
    );
    const row = fc.tuple(fc.constantFrom('Ann', 'bo', 'Cy', 'Dee', 'Eve'), cell, cell);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const a = analyzePurchases(rows, { timeZone: 'UTC', dateOrder: 'MDY', asOfDay });
        const text = encodeAnalysis(a, 'b1', rows.length);
        if (text === undefined) return;
        const read = decodeAnalysis(text, { ...expected, gridRows: rows.length })!;
        const analysed = new Set(a.customers.map((c) => c.summary.key));
        const want = [...skippedProblemsByCustomer(a.log.issues)].map(([key, own]): [string, unknown] => [
          key,
          analysed.has(key) ? own.map((p) => ({ ...p, values: [] })) : own,
        ]);
        expect(read.log.skippedProblems).toEqual(new Map(want));
        expect(read.log.skippedByCustomer).toEqual(skippedByCustomer(a.log.issues));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the customers with only returns, and the customers of each email and phone', () => {
  // Cy has only returns; Ann and Al share an address; Bo's phone is his alone.
  const log: CellValue[][] = [
    ['Ann', new Date(Date.UTC(1997, 0, 5)), 20],
    ['Cy', new Date(Date.UTC(1997, 1, 5)), -15],
    ['Bo', new Date(Date.UTC(1997, 1, 5)), 30],
    ['Al', new Date(Date.UTC(1997, 2, 5)), 30],
    ['Cy', new Date(Date.UTC(1997, 2, 6)), -5],
  ];
  const small = analyzePurchases(log, { timeZone: 'UTC', dateOrder: 'MDY', asOfDay });
  const contact = (key: string, email: string, phone: string, row: number) =>
    [key, { key, name: '', email, phone, consent: undefined, row }] as const;
  const facts = {
    ...logFactsOf(small.log),
    returnsOnly: small.returnsOnly,
    contacts: new Map([
      contact('ann', 'ann@x.com', '', 1),
      contact('bo', '', '+1 415 555 0101', 3),
      contact('al', 'ann@x.com', '', 4),
    ]),
  };
  const text = encodeAnalysis(Object.assign(Object.create(small), { log: facts }), 'b1', log.length)!;
  const back = decodeAnalysis(text, { ...expected, gridRows: log.length })!;

  it('reads them back as the formulas built them on the log', () => {
    expect(small.returnsOnly.map((r) => r.key)).toEqual(['cy']);
    expect(back.log.returnsOnly).toEqual(small.returnsOnly);
    expect(back.log.contactCustomers).toEqual(
      new Map([
        ['ann@x.com', ['ann', 'al']],
        ['14155550101', ['bo']],
      ]),
    );
  });

  it('is written in format 14 (11 added them; 12 joined the seasonal breaks of another change; 13 the refunded days and the first skipped value, trial 21; 14 the days refunded beyond their sales, trial 23) (a text of another format is refused above)', () => {
    const head = JSON.parse(text.slice(0, text.indexOf('\n')));
    expect(head.format).toBe(14);
  });
});

describe('hashText', () => {
  it('is the buffered hash of the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 9000 }), (s) => {
        const h = new Hash64();
        h.text(s);
        expect(hashText(s)).toBe(h.digest());
      }),
      { numRuns: 200 },
    );
  });
});
