import { describe, expect, it } from 'vitest';
import { ownerColumnsOf, placeOwnerColumns } from '../../../src/core/report/owner-columns';

describe("the owner's columns beside the Insights table", () => {
  const values = [
    ['Customer', 'Stage', 'My notes', '', 'Called?'],
    ['Ann', 'Loyal', 'likes oolong', '', true],
    ['Bo', 'New', '', '', ''],
    ['Cy', 'Lapsed', 'moved away', '', '=TODAY()'],
  ];
  const formulas = values.map((row) =>
    row.map((_, c) => (c === 4 && row[4] === '=TODAY()' ? '=TODAY()' : '')),
  );

  it('are the filled columns right of the table, formulas kept as formulas', () => {
    const kept = ownerColumnsOf(values, formulas, 2)!;
    expect(kept.labels).toEqual(['Customer', 'Ann', 'Bo', 'Cy']);
    expect(kept.columns).toEqual([
      ['My notes', 'likes oolong', '', 'moved away'],
      ['Called?', true, '', { formula: '=TODAY()' }],
    ]);
    expect(
      ownerColumnsOf(
        values.map((r) => r.slice(0, 2)),
        [],
        2,
      ),
    ).toBeUndefined();
  });

  it('follow their customer into the new table; a customer gone from it keeps their row below', () => {
    const kept = ownerColumnsOf(values, formulas, 2)!;
    const placed = placeOwnerColumns(kept, ['Customer', 'Bo', 'Dee', 'Ann']);
    expect(placed.rows).toEqual([
      ['My notes', 'Called?'],
      ['', ''],
      ['', ''],
      ['likes oolong', true],
      ['moved away', { formula: '=TODAY()' }],
    ]);
    expect(placed.orphans).toEqual(['Cy']);
  });
});
