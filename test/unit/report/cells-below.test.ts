import { describe, expect, it } from 'vitest';
import { cellsBelow, newColumns, placeCellsBelow, tableRowsOf } from '../../../src/core/report/cells-below';
import { shiftFormulaRows } from '../../../src/core/report/owner-columns';

const none = (values: unknown[][]) => values.map((r) => r.map(() => ''));

describe('cellsBelow', () => {
  it('reads every non-blank cell from the first row below the table, formulas as typed', () => {
    const values = [
      ['Customer', 'Why'],
      ['Ann', 'late'],
      ['', ''],
      ['scratch', 0],
      ['', 'Total: 2'],
    ];
    const formulas = none(values);
    formulas[4]![1] = '="Total: "&2';
    expect(cellsBelow(values, formulas, 2)).toEqual([
      { row: 3, column: 0, cell: 'scratch' },
      { row: 3, column: 1, cell: 0 },
      { row: 4, column: 1, cell: { formula: '="Total: "&2' } },
    ]);
  });

  it("an array formula's output is not read: below it in its column, and in a column filled from above", () => {
    const values = [
      ['Customer', 'Mine', 'Other'],
      ['Ann', 1, ''],
      ['typed', 'a', 'x'],
      ['', 'b', 'y'],
      ['', 'c', 'z'],
    ];
    const formulas = none(values);
    formulas[3]![2] = '=FILTER(A:A, A:A<>"")';
    // "Mine" spills from row 1 (its ARRAYFORMULA is in the table's rows): all of it below is output.
    expect(cellsBelow(values, formulas, 2, new Set([1]))).toEqual([
      { row: 2, column: 0, cell: 'typed' },
      { row: 2, column: 2, cell: 'x' },
      { row: 3, column: 2, cell: { formula: '=FILTER(A:A, A:A<>"")' } },
    ]);
  });
});

describe('newColumns', () => {
  const lastTable = ['Customer', 'Stage', 'Why'];
  it('table columns by header, the owner columns where they are written, others kept or moved right', () => {
    // Old sheet: Priority (owner, inserted at A), Customer, Stage, Why, blank, Notes (owner), blank.
    const layout = {
      oldHeaders: ['Priority', 'Customer', 'Stage', 'Why', '', 'Notes', ''],
      lastTable,
      newTable: ['Customer', 'Stage', 'Why', 'Last contact'],
      ownerColumns: [0, 5],
    };
    // Priority → 4, Notes → 5 (right of the 4 table columns); the blank columns after everything: 6, 7.
    expect(newColumns(layout, 7)).toEqual([4, 0, 1, 2, 6, 5, 7]);
  });

  it('every header in another language: a table column keeps its place when both tables are as wide', () => {
    const layout = { oldHeaders: lastTable, lastTable, newTable: ['客户', '阶段', '原因'], ownerColumns: [] };
    expect(newColumns(layout, 5)).toEqual([0, 1, 2, 3, 4]);
    const wider = { ...layout, newTable: ['客户', '阶段', '原因', '最近联系'] };
    expect(newColumns(wider, 3)).toEqual([4, 5, 6]);
  });

  it('a header the owner copied twice: the second copy does not land on the first', () => {
    const layout = {
      oldHeaders: ['Customer', 'Why', 'Why'],
      lastTable: ['Customer', 'Why'],
      newTable: ['Customer', 'Why'],
      ownerColumns: [],
    };
    const mapped = newColumns(layout, 3);
    expect(new Set(mapped).size).toBe(3);
    expect(mapped.slice(0, 2)).toEqual([0, 1]);
  });
});

describe('placeCellsBelow', () => {
  it('moves each cell by the change in table rows; formula references below the table move too', () => {
    const cells = [
      { row: 6, column: 0, cell: 'scratch' },
      { row: 7, column: 2, cell: { formula: '=A7&" / "&COUNTA(A2:A3)&$B$9' } },
    ];
    expect(placeCellsBelow(cells, 3, 4, [0, 1, 5])).toEqual([
      { row: 7, column: 0, cell: 'scratch' },
      { row: 8, column: 5, cell: { formula: '=A8&" / "&COUNTA(A2:A3)&$B$10' } },
    ]);
    expect(placeCellsBelow(cells, 3, 1, [0, 1, 2])[1]).toEqual({
      row: 5,
      column: 2,
      cell: { formula: '=A5&" / "&COUNTA(A2:A3)&$B$7' },
    });
  });

  it('shiftFormulaRows from a row: references above it stay, absolute ones below it move (rows inserted)', () => {
    expect(shiftFormulaRows('=SUM(B2:B9)+B10+$C$12', 2, 10)).toBe('=SUM(B2:B9)+B12+$C$14');
    // Without a first row: as a copied cell, absolute rows stay.
    expect(shiftFormulaRows('=B10+$C$12', 2)).toBe('=B12+$C$12');
  });
});

describe('tableRowsOf (a sheet written before the rows were marked)', () => {
  it('the header and the rows down to the first without a customer', () => {
    expect(tableRowsOf([['Customer'], ['Ann'], ['Ben'], [''], ['note']], 0)).toBe(3);
    expect(tableRowsOf([['Customer'], ['Ann']], 0)).toBe(2);
    expect(tableRowsOf([['x'], ['']], -1)).toBe(2);
  });
});
