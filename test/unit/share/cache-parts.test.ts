// Texts longer than one cache value kept as numbered parts (share/cache-parts.ts): read back whole,
// or not at all when a part is lost, altered or from another write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParts, splitIntoParts } from '../../../src/core/share/cache-parts';

const reader =
  (store: Record<string, string>) =>
  (keys: string[]): Record<string, string> =>
    Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, store[k]!]));

const text = Array.from({ length: 50 }, (_, i) => `part of the text ${i}; 客户 ${'😀'.repeat(i % 3)}`).join(
  '|',
);

describe('splitIntoParts / readParts', () => {
  it('round-trips a text in one part and in many (parts counted in UTF-8 bytes), without cutting a surrogate pair', () => {
    expect(readParts('k', reader(splitIntoParts('k', text)))).toBe(text);
    const parts = splitIntoParts('k', text, 17);
    expect(Object.keys(parts).length).toBeGreaterThan(50);
    for (const part of Object.values(parts)) {
      const last = part.charCodeAt(part.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff, part).toBe(false);
    }
    expect(readParts('k', reader(parts))).toBe(text);
    expect(readParts('k', reader(splitIntoParts('k', '')))).toBe('');
  });

  it('keeps each value under the cache limit of 100 KB even in 3-byte characters', () => {
    const wide = '客'.repeat(200_000);
    for (const value of Object.values(splitIntoParts('k', wide)))
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThan(100 * 1024);
  });

  it('gives nothing when a part is missing, altered, or the header is not its own', () => {
    const parts = splitIntoParts('k', text, 100);
    const without = { ...parts };
    delete without['k:3'];
    expect(readParts('k', reader(without))).toBeUndefined();
    expect(readParts('k', reader({ ...parts, 'k:2': `${parts['k:2']!.slice(0, -1)}x` }))).toBeUndefined();
    // Parts of another write of another text under the same key (part 2 holds texts 3 to 5 here).
    const other = splitIntoParts('k', text.replace('text 4', 'text 8'), 100);
    expect(other['k:2']).not.toBe(parts['k:2']);
    expect(readParts('k', reader({ ...parts, 'k:2': other['k:2']! }))).toBeUndefined();
    expect(readParts('k', reader({ ...parts, k: `garbage\n${parts.k}` }))).toBeUndefined();
    expect(readParts('k', reader({}))).toBeUndefined();
    expect(readParts('k', reader({ k: 'regulars-parts-1 1 0000000000000000\nhello' }))).toBeUndefined();
  });

  it('cuts greedily in UTF-8 bytes: every part as full as the limit allows, ASCII runs and wide characters alike', () => {
    // Well-formed text, as JSON.stringify writes (it escapes a lone surrogate).
    const piece = fc.constantFrom('a', 'bc', '{"k":1},', 'é', '客', '😀', 'x'.repeat(40));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (pieces, partBytes) => {
          const whole = pieces.join('');
          const values = Object.values(splitIntoParts('k', whole, partBytes));
          const parts = [values[0]!.slice(values[0]!.indexOf('\n') + 1), ...values.slice(1)];
          expect(parts.join('')).toBe(whole);
          const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
          for (let i = 0; i < parts.length; i++) {
            const part = parts[i]!;
            // Over the limit only when one character alone is (a 4-byte pair with a limit under 4).
            if (bytes(part) > partBytes) expect([...part].length).toBe(1);
            const next = parts[i + 1];
            if (next !== undefined) expect(bytes(part) + bytes([...next][0]!)).toBeGreaterThan(partBytes);
          }
        },
      ),
    );
  });
});
