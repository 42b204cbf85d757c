import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../src/core/input/key-table';

/** Puts each key not yet in the table with the value given, as the reader does; returns what it finds. */
function putAll(table: KeyTable<number>, keys: readonly string[]): number[] {
  return keys.map((key, i) => {
    const slot = table.slotOf(key);
    const found = table.at(slot);
    if (found !== undefined) return found;
    table.put(slot, key, i);
    return i;
  });
}

describe('KeyTable', () => {
  it('finds every key it was given, with the value first put for it, and no other', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 120 }), (keys) => {
        const table = new KeyTable<number>();
        const found = putAll(table, keys);
        // The same answers as a Map keyed by the text: the first index of each key.
        const first = new Map<string, number>();
        keys.forEach((key, i) => {
          if (!first.has(key)) first.set(key, i);
        });
        expect(found).toEqual(keys.map((key) => first.get(key)));
        expect(table.size).toBe(first.size);
        expect(table.at(table.slotOf('\u0000not among them\u0000'))).toBeUndefined();
      }),
    );
  });

  it('keeps every key through its growth (thousands of ids that differ in one digit, and their capitals)', () => {
    const table = new KeyTable<number>();
    const ids = Array.from({ length: 5000 }, (_, i) => `c${String(i).padStart(7, '0')}`);
    expect(putAll(table, ids)).toEqual(ids.map((_, i) => i));
    expect(putAll(table, ids)).toEqual(ids.map((_, i) => i));
    const capitals = ids.map((id) => id.toUpperCase());
    expect(putAll(table, capitals)).toEqual(capitals.map((_, i) => i));
    expect(table.size).toBe(10_000);
    expect(table.at(table.slotOf('C0004999'))).toBe(4999);
    expect(table.at(table.slotOf('c0004999'))).toBe(4999);
  });
});
