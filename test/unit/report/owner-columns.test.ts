import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { ownerColumnsOf, placeOwnerColumns, shiftFormulaRows } from '../../../src/core/report/owner-columns';

const ours = (h: string) => ['Customer', 'Stage', 'Why'].includes(h);

describe("the owner's columns on the Insights sheet", () => {
  const values = [
    ['Customer', 'Stage', 'My notes', '', 'Called?'],
    ['Ann', 'Loyal', 'likes oolong', '', true],
    ['Bo', 'New', '', '', ''],
    ['Cy', 'Lapsed', 'moved away', '', '=TODAY()'],
  ];
  const formulas = values.map((row) =>
    row.map((_, c) => (c === 4 && row[4] === '=TODAY()' ? '=TODAY()' : '')),
  );

  it('are the filled columns whose header the add-on did not write, formulas kept as formulas', () => {
    const kept = ownerColumnsOf(values, formulas, ours, 'Customer')!;
    expect(kept.labels).toEqual(['Customer', 'Ann', 'Bo', 'Cy']);
    expect(kept.columns).toEqual([
      ['My notes', 'likes oolong', '', 'moved away'],
      ['Called?', true, '', { formula: '=TODAY()' }],
    ]);
    expect(
      ownerColumnsOf(
        values.map((r) => r.slice(0, 2)),
        [],
        ours,
        'Customer',
      ),
    ).toBeUndefined();
  });

  it('an owner column inserted inside the table is theirs; a table column they deleted takes nothing of theirs (review)', () => {
    const inside = [
      ['Customer', 'Notes', 'Stage', 'Why'],
      ['Ann', 'VIP', 'Loyal', '…'],
    ];
    expect(ownerColumnsOf(inside, [], ours, 'Customer')!.columns).toEqual([['Notes', 'VIP']]);
    const deleted = [
      ['Customer', 'Why', 'My notes'],
      ['Ann', '…', 'likes oolong'],
    ];
    expect(ownerColumnsOf(deleted, [], ours, 'Customer')!.columns).toEqual([['My notes', 'likes oolong']]);
  });

  it('follow their customer into the new table; a customer gone from it keeps their row below', () => {
    const kept = ownerColumnsOf(values, formulas, ours, 'Customer')!;
    const placed = placeOwnerColumns(kept, ['Customer', 'Bo', 'Dee', 'Ann']);
    expect(placed.rows).toEqual([
      ['My notes', 'Called?'],
      ['', ''],
      ['', ''],
      ['likes oolong', true],
      ['moved away', { formula: '=TODAY()' }],
    ]);
    expect(placed.orphans).toEqual([{ row: 4, label: 'Cy' }]);
  });

  it('two customers of one name: the n-th row of the name gets the n-th row’s note (review: it jumped to the first)', () => {
    const kept = ownerColumnsOf(
      [
        ['Customer', 'Notes'],
        ['Alice Wong', ''],
        ['Bob', ''],
        ['Alice Wong', 'VIP – no calls'],
      ],
      [],
      ours,
      'Customer',
    )!;
    expect(placeOwnerColumns(kept, ['Customer', 'Alice Wong', 'Bob', 'Alice Wong']).rows).toEqual([
      ['Notes'],
      [''],
      [''],
      ['VIP – no calls'],
    ]);
  });

  it('a formula moved with its customer keeps pointing at its own row; an array formula stays where it is, its output not written back', () => {
    const kept = ownerColumnsOf(
      [
        ['Customer', 'Stage', 'Double', 'Called?'],
        ['Ann', 'Loyal', 4, 'yes'],
        ['Bo', 'New', 6, 'no'],
      ],
      [
        ['', '', '', '={"Called?";ARRAYFORMULA(IF(A2:A="","",VLOOKUP(A2:A,Calls!A:B,2,0)))}'],
        ['', '', '=B2*2+LOG10(C$1)', ''],
        ['', '', '=B3*2+LOG10(C$1)', ''],
      ],
      ours,
      'Customer',
    )!;
    expect(kept.fixed).toEqual([false, true]);
    const placed = placeOwnerColumns(kept, ['Customer', 'Bo', 'Ann']);
    expect(placed.rows).toEqual([
      ['Double', { formula: '={"Called?";ARRAYFORMULA(IF(A2:A="","",VLOOKUP(A2:A,Calls!A:B,2,0)))}' }],
      [{ formula: '=B2*2+LOG10(C$1)' }, ''],
      [{ formula: '=B3*2+LOG10(C$1)' }, ''],
    ]);
  });

  it('an owner column inserted at column A is theirs; the customer column is found by its header (trial 19 D4)', () => {
    const kept = ownerColumnsOf(
      [
        ['Priority', 'Customer', 'Stage', 'My notes'],
        ['high', 'Ann', 'Loyal', 'call Ann'],
        ['low', 'Bo', 'New', 'call Bo'],
      ],
      [],
      ours,
      'Customer',
    )!;
    expect(kept.labels).toEqual(['Customer', 'Ann', 'Bo']);
    expect(kept.columns).toEqual([
      ['Priority', 'high', 'low'],
      ['My notes', 'call Ann', 'call Bo'],
    ]);
    // Written right of a new table in another order, each beside its customer: nothing below it.
    expect(placeOwnerColumns(kept, ['Customer', 'Bo', 'Ann'])).toEqual({
      rows: [
        ['Priority', 'My notes'],
        ['low', 'call Bo'],
        ['high', 'call Ann'],
      ],
      orphans: [],
    });
  });

  it('no column has the customer header: every owner column is kept but none can be placed (labels null)', () => {
    const renamed = [
      ['Client', 'Stage', 'My notes'],
      ['Ann', 'Loyal', 'call Ann'],
    ];
    const kept = ownerColumnsOf(renamed, [], ours, 'Customer')!;
    expect(kept.labels).toBeNull();
    expect(kept.columns).toEqual([
      ['Client', 'Ann'],
      ['My notes', 'call Ann'],
    ]);
    expect(() => placeOwnerColumns(kept, ['Customer', 'Ann'])).toThrow(/customer column/);
    // Without columns of the owner's there is nothing to lose.
    expect(ownerColumnsOf([['Stage'], ['Loyal']], [], ours, 'Customer')).toBeUndefined();
  });

  it('shifts relative row references only (A1 → A4, A$1, "A1" and LOG10( unchanged)', () => {
    expect(shiftFormulaRows('=VLOOKUP(A5,Notes!A:B,2,0)&"A5"&$B5&C$5+LOG10(D5)', 3)).toBe(
      '=VLOOKUP(A8,Notes!A:B,2,0)&"A5"&$B8&C$5+LOG10(D8)',
    );
    expect(shiftFormulaRows('=SUM(B2:C3)', -1)).toBe('=SUM(B1:C2)');
    // Sheet names that look like references are names (review: 'Q1'!B5 became 'Q4'!B5).
    expect(shiftFormulaRows("='Q1'!B5+Jan2024!C5+VLOOKUP(A5,'Jan2024'!A:C,2,0)", 3)).toBe(
      "='Q1'!B5+Jan2024!C5+VLOOKUP(A8,'Jan2024'!A:C,2,0)",
    );
  });
});

describe('property: owner columns inserted anywhere, column A included, follow their customer', () => {
  it('holds for random tables, insert positions and new row orders', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('Ann', 'Bo', 'Cy', 'Dee', 'Eve', '王芳'), { minLength: 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        (names, positions, seed) => {
          // The table as Analyze wrote it: Customer, Stage, Why.
          let rows: CellValue[][] = [['Customer', 'Stage', 'Why'], ...names.map((n) => [n, 'Loyal', '…'])];
          // The owner inserts columns at random places (A included), each cell naming its row's customer.
          positions.forEach((p, k) => {
            const at = p % (rows[0]!.length + 1);
            const customerAt = rows[0]!.indexOf('Customer');
            rows = rows.map((r, i) => {
              const cell = i === 0 ? `Mine ${k}` : `${k}:${r[customerAt]}`;
              return [...r.slice(0, at), cell, ...r.slice(at)];
            });
          });
          const kept = ownerColumnsOf(rows, [], ours, 'Customer')!;
          // The next table: the same customers in another order.
          const order = [...names].sort(
            (a, b) => ((a.charCodeAt(0) * (seed + 1)) % 7) - ((b.charCodeAt(0) * (seed + 1)) % 7),
          );
          const placed = placeOwnerColumns(kept, ['Customer', ...order]);
          expect(placed.orphans).toEqual([]);
          expect([...placed.rows[0]!].sort()).toEqual(positions.map((_, k) => `Mine ${k}`).sort());
          order.forEach((name, i) => {
            expect([...placed.rows[i + 1]!].sort()).toEqual(positions.map((_, k) => `${k}:${name}`).sort());
          });
        },
      ),
    );
  });
});
