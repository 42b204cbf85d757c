import { describe, expect, it } from 'vitest';
import { regroupSpan, spanRowKinds, spanRows } from '../../../src/core/report/table-span';

describe('spanRows: where the rows Analyze wrote end now', () => {
  const fallback = () => 99;
  const none = () => false;
  it('the first row below wins, then the last row, then the count, then the sheet read', () => {
    expect(spanRows({ below: 7, last: 4, count: 5 }, fallback, none)).toBe(6);
    expect(spanRows({ last: 4, count: 5 }, fallback, none)).toBe(4);
    expect(spanRows({ count: 5 }, fallback, none)).toBe(5);
    expect(spanRows({ count: Number.NaN }, fallback, none)).toBe(99);
    expect(spanRows({}, fallback, none)).toBe(99);
  });
  it('the count is stretched over customers right after it; the marks are not', () => {
    const customers = (r: number) => r < 7;
    expect(spanRows({ count: 5 }, fallback, customers)).toBe(7);
    expect(spanRows({ below: 6, count: 5 }, fallback, customers)).toBe(5);
  });
});

describe('spanRowKinds: whose each written row is', () => {
  const columns = { label: 0, stage: 2, table: new Set([0, 1, 2]) };
  const values = [
    ['Customer', 'Tier', 'Stage', 'My notes'],
    ['Ann', 'Key', 'Active', 'call'],
    ['', '', '', 'a row typed inside'],
    ['Gone Gus', '', '', 'his note'],
    ['Gone Gus', 'typed', '', ''],
    ['Only a name', '', '', ''],
    ['Ben', '', 'New', ''],
  ];
  it('a customer and a stage: a customer row; a customer and only owner cells: a gone customer; else the owner', () => {
    expect(spanRowKinds(values, 7, columns)).toEqual([
      'customer',
      'owner',
      'gone',
      'owner',
      'owner',
      'customer',
    ]);
  });
  it('without a stage column (a sheet written before it was marked) every row with a customer is one', () => {
    expect(spanRowKinds(values, 7, { ...columns, stage: -1 })).toEqual([
      'customer',
      'owner',
      'customer',
      'customer',
      'customer',
      'customer',
    ]);
  });
});

describe('regroupSpan: the owner rows go just under the rest, rows after the span stay', () => {
  it('moves them in order, shifts their formulas like copied cells, counts those with content', () => {
    const values = [['H'], ['a'], [''], ['note'], ['b'], ['under']];
    const formulas = [[''], [''], [''], ['=A4&"!"'], [''], ['']];
    const out = regroupSpan(values, formulas, ['customer', 'owner', 'owner', 'customer']);
    expect(out.values.map((r) => r[0])).toEqual(['H', 'a', 'b', '', 'note', 'under']);
    expect(out.formulas[4]).toEqual(['=A5&"!"']);
    expect(out.rows).toBe(3);
    expect(out.moved).toBe(1);
  });
});
