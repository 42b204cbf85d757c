// Quantities as typed on order lines (trial 25: "2 pcs", "x3", "1.5 kg" were read as 1, silently).
import { describe, expect, it } from 'vitest';
import { quantityOrOne, readQuantity } from '../../../src/core/input/parse-quantity';

describe('readQuantity', () => {
  it('reads a number with a unit word or a times sign, in English and Chinese', () => {
    const cases: [unknown, number][] = [
      [3, 3],
      ['3', 3],
      ['2 pcs', 2],
      ['2pcs.', 2],
      ['x3', 3],
      ['X 3', 3],
      ['×3', 3],
      ['3x', 3],
      ['3 ×', 3],
      ['1.5 kg', 1.5],
      ['1,5 kg', 1.5],
      ['2件', 2],
      ['3个', 3],
      ['2 個', 2],
      ['-2 pcs', -2],
      [0.5, 0.5],
    ];
    for (const [cell, want] of cases) expect(readQuantity(cell as string), String(cell)).toBe(want);
  });

  it('blank is blank (counted 1 by price × quantity); text with no number, or two, is unreadable', () => {
    expect(readQuantity('')).toBe('blank');
    expect(readQuantity('  ')).toBe('blank');
    expect(readQuantity(undefined)).toBe('blank');
    for (const cell of ['abc', 'pcs', 'some', '2-3', '2 boxes of 6', 'x', '3 x 4', true, Number.NaN])
      expect(readQuantity(cell as string), String(cell)).toBe('unreadable');
    expect(quantityOrOne('')).toBe(1);
    expect(quantityOrOne('abc')).toBeUndefined();
    expect(quantityOrOne('2件')).toBe(2);
  });
});
