// What the owner types below the Insights table survives the next Analyze, below the new table
// (new-owner trial 20: "scratch below table" in A7 and "Total to call: 2" in C8 were wiped without a
// word, and a note under the owner's own column jumped up to row 5).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n));

function shop(customers: readonly string[]) {
  env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
  const { fake } = env;
  fake.spreadsheet.addSheet('Orders', [
    ['Customer', 'Date', 'Amount'],
    ...customers.map((c, i) => [c, day(i), 30 + i]),
  ]);
  main.analyzeCustomers();
  return fake;
}

describe('Analyze keeps the cells an owner types below the Insights table', () => {
  it('trial 20: notes in the table columns and under the owner column move down with a new customer', () => {
    const fake = shop(['Ann', 'Ben']);
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    const width = insights.getLastColumn();
    insights.getRange(1, width + 1).setValue('My note');
    insights.getRange(2, width + 1).setValue('Ann: VIP, call');
    insights.getRange(7, 1).setValue('scratch below table');
    insights.getRange(8, 3).setValue('Total to call: 2');
    insights.getRange(8, width + 1).setValue('note under my column');
    fake.spreadsheet.getSheetByName('Orders')!.appendRow(['Zoe', day(50), 900]);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after.map((r) => r[0])).toEqual([
      'Customer',
      'Ann',
      'Ben',
      'Zoe',
      '',
      '',
      '',
      'scratch below table',
      '',
    ]);
    // One more row of table: each note one row further down, in its own column.
    expect(after[8]![2]).toBe('Total to call: 2');
    expect(after[8]![width]).toBe('note under my column');
    expect(after[0]![width]).toBe('My note');
    expect(after[1]![width]).toBe('Ann: VIP, call');
    expect(after[4]![width]).toBe('');
  });

  it('the table shrinks: the notes move up by as many rows, a formula with them', () => {
    const fake = shop(['Ann', 'Ben', 'Cy']);
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    insights.getRange(6, 2).setValue('checked in June');
    insights.getRange(7, 2).setFormula('=B6&" and July"');
    insights.getRange(8, 2).setFormula('=COUNTA(A2:A4)');
    fake.spreadsheet.getSheetByName('Orders')!.deleteRow(3);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after.map((r) => r[0])).toEqual(['Customer', 'Ann', 'Cy', '', '', '', '']);
    expect(after[4]![1]).toBe('checked in June');
    const formulas = insights.getRange(6, 2, 2, 1).getFormulas();
    // A reference below the table moves with the note; one into the table stays (rows deleted at its end).
    expect(formulas).toEqual([['=B5&" and July"'], ['=COUNTA(A2:A4)']]);
  });

  it('cells right of the table, below it and beside it, stay in their columns', () => {
    const fake = shop(['Ann', 'Ben']);
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    const width = insights.getLastColumn();
    insights.getRange(2, width + 3).setValue('beside Ann, no header');
    insights.getRange(5, width + 5).setValue(42);
    fake.spreadsheet.getSheetByName('Orders')!.appendRow(['Abe', day(55), 10]);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    const beside = after.findIndex((r) => r.includes('beside Ann, no header'));
    expect(after[beside]![0]).toBe('Ann');
    expect(after[5]![width + 4]).toBe(42);
    expect(after.flat().filter((v) => v === 42)).toHaveLength(1);
  });

  it('a re-run with nothing changed leaves every owner cell where it was', () => {
    const fake = shop(['Ann', 'Ben']);
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    insights.getRange(4, 1).setValue('right under the table');
    insights.getRange(6, 4).setValue('x');
    main.analyzeCustomers();
    const first = fake.values('Insights');
    main.analyzeCustomers();
    expect(fake.values('Insights')).toEqual(first);
    expect(first[3]![0]).toBe('right under the table');
    expect(first[5]![3]).toBe('x');
  });

  it('property: random owner cells below and right of the table, and customers added or removed, keep every text', () => {
    const names = ['Ann', 'Ben', 'Cy', 'Di', 'Eve', 'Fay', 'Gus'];
    fc.assert(
      fc.property(
        fc.subarray(names, { minLength: 1 }),
        fc.subarray(names, { minLength: 1 }),
        fc.array(fc.record({ below: fc.boolean(), row: fc.nat(6), column: fc.nat(30) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (first, second, typed) => {
          const fake = shop(first);
          try {
            const insights = fake.spreadsheet.getSheetByName('Insights')!;
            const width = insights.getLastColumn();
            const rows = first.length + 1;
            const texts = new Map<string, string>();
            typed.forEach((t, k) => {
              // Below: any column, 1–7 rows under the table. Right: rows of the table, right of it.
              const at: [number, number] = t.below
                ? [rows + 1 + t.row, 1 + (t.column % (width + 4))]
                : [1 + (t.row % rows), width + 1 + (t.column % 4)];
              texts.set(at.join(','), `note ${k}`);
            });
            for (const [at, text] of texts) {
              const [r, c] = at.split(',').map(Number);
              insights.getRange(r!, c!).setValue(text);
            }
            const orders = fake.spreadsheet.getSheetByName('Orders')!;
            orders.clear();
            orders
              .getRange(1, 1, second.length + 1, 3)
              .setValues([['Customer', 'Date', 'Amount'], ...second.map((c, i) => [c, day(i), 20 + i])]);
            main.analyzeCustomers();
            const after = fake.values('Insights').flat();
            for (const text of texts.values()) expect(after, text).toContain(text);
          } finally {
            env?.uninstall();
            env = undefined;
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
