import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../src/core/input/key-table';

describe('KeyTable', () => {
  it('numbers keys as a Map would: the same number for the same text, the next one for a new text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 120 }), (keys) => {
        const table = new KeyTable();
        const map = new Map<string, number>();
        for (const key of keys) {
          if (!map.has(key)) map.set(key, map.size);
          expect(table.numberOf(key)).toBe(map.get(key));
        }
        expect(table.keys).toEqual([...map.keys()]);
      }),
    );
  });

  it('keeps every key from its Map into its slots and through their growth (ids that differ in one digit, and their capitals)', () => {
    const table = new KeyTable();
    // 140,000 keys: past the Map's 65,536 and past the first slots' half (131,072).
    const ids = Array.from({ length: 70_000 }, (_, i) => `c${String(i).padStart(7, '0')}`);
    const all = [...ids, ...ids.map((id) => id.toUpperCase())];
    expect(all.map((key) => table.numberOf(key))).toEqual(all.map((_, i) => i));
    expect(all.map((key) => table.numberOf(key))).toEqual(all.map((_, i) => i));
    expect(table.keys).toEqual(all);
  });
});
