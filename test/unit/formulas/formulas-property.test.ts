// Any sheet content, however odd, gives results or a readable error (SPEC §6): never an uncaught
// exception of another kind, never NaN or Infinity in a cell, one answer per customer row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { FormulaError } from '../../../src/core/formulas/formula-error';
import * as formulas from '../../../src/core/formulas/formulas';

const env = { timeZone: 'Asia/Shanghai', locale: 'zh_CN', now: new Date('2024-06-30T04:00:00Z') };

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(''),
  fc.constantFrom('alice', 'Bob ', 'BOB', '王小明', '  ', 'Customer', '客户', 'Date', 'Amount'),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.boolean(),
  fc.date({ min: new Date('1899-01-01'), max: new Date('2300-01-01'), noInvalidDate: false }),
  fc.constantFrom(
    '2024-03-05',
    '2024/3/5',
    '2024年3月5日',
    '5/3/2024',
    '¥1,234.50',
    'NT$ 500',
    '1.234,50 €',
    '(12.00)',
    '#REF!',
  ),
);
const name = fc.constantFrom('alice', 'Bob ', 'BOB', '王小明', 'c4');
// Usable rows mixed with arbitrary ones, so the properties are exercised on real answers too.
const usableRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  name,
  fc.date({ min: new Date('2023-01-01'), max: new Date('2024-06-30'), noInvalidDate: true }),
  fc.oneof(fc.double({ min: -50, max: 500, noNaN: true }), fc.constant(0)),
);
const purchases = fc.array(fc.oneof(usableRow, fc.array(cell, { minLength: 3, maxLength: 5 })), {
  minLength: 1,
  maxLength: 40,
});
const customers = fc.array(fc.tuple(fc.oneof(name, cell)), { minLength: 1, maxLength: 10 });

function finiteCells(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value instanceof Date) return Number.isFinite(value.getTime());
  if (Array.isArray(value)) return value.every(finiteCells);
  return true;
}

/** Runs a formula; a FormulaError is a readable answer, any other exception fails the property. */
function answer(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(FormulaError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return undefined;
  }
}

let answered = 0;

describe('formulas on arbitrary sheets', () => {
  it('per-customer formulas answer each customer row with finite values', () => {
    fc.assert(
      fc.property(customers, purchases, (keys, grid) => {
        const perCustomer = [
          () => formulas.rfmScoreFormula(keys, grid, undefined, env),
          () => formulas.rfmSegmentFormula(keys, grid, undefined, 'en', env),
          () => formulas.valueTierFormula(keys, grid, undefined, undefined, env),
          () => formulas.lifecycleStageFormula(keys, grid, undefined, 'zh-TW', env),
          () => formulas.customerWhyFormula(keys, grid, undefined, undefined, env),
          () => formulas.repeatProbabilityFormula(keys, grid, 30, undefined, env),
          () => formulas.expectedPurchasesFormula(keys, grid, undefined, undefined, env),
          () => formulas.nextPurchaseDateFormula(keys, grid, undefined, env),
          () => formulas.predictedValueFormula(keys, grid, 365, undefined, env),
          () => formulas.loyaltyScoreFormula(keys, grid, keys, keys, undefined, env),
        ];
        for (const run of perCustomer) {
          const out = answer(run);
          if (out === undefined) continue;
          expect(Array.isArray(out)).toBe(true);
          expect((out as unknown[][]).length).toBe(keys.length);
          expect(finiteCells(out)).toBe(true);
          if ((out as unknown[][]).some(([v]) => v !== '')) answered++;
        }
      }),
      { numRuns: 150 },
    );
    // The generator must reach real answers, not only empty cells and errors.
    expect(answered).toBeGreaterThan(100);
  });

  it('table formulas give a header and finite values', () => {
    fc.assert(
      fc.property(purchases, (grid) => {
        const table = answer(() => formulas.customerInsights(grid, undefined, undefined, env)) as unknown[][];
        if (table) {
          expect(table.length).toBeGreaterThanOrEqual(1);
          expect(finiteCells(table)).toBe(true);
        }
        const model = answer(() => formulas.customerModelFormula(grid, undefined, env)) as unknown[][];
        if (model) expect(finiteCells(model)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a structurally wrong call says how to fix it', () => {
    expect(() => formulas.customerInsights('A1' as never, undefined, undefined, env)).toThrow(
      /至少三列|three columns/,
    );
    expect(() =>
      formulas.rfmScoreFormula([['a']], [['a', 'b']], undefined, { ...env, locale: 'en_US' }),
    ).toThrow('purchases must be a range of at least three columns');
    expect(() =>
      formulas.repeatProbabilityFormula([['a']], [['a', '2024-01-01', 1]], -5, undefined, {
        ...env,
        locale: 'en_US',
      }),
    ).toThrow(/days must be a number of days greater than 0/);
    expect(() =>
      formulas.valueTierFormula([['a']], [['a', '2024-01-01', 1]], undefined, 'fr', {
        ...env,
        locale: 'en_US',
      }),
    ).toThrow(/language must be/);
  });
});
