import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMultiple, multipleReadsZero } from '../../../src/core/i18n/format-number';

/** The double next to `v` upward or downward (v > 0). */
function nextDouble(v: number, up: boolean): number {
  const bits = new BigInt64Array(new Float64Array([v]).buffer);
  bits[0]! += up ? 1n : -1n;
  return new Float64Array(bits.buffer)[0]!;
}

// The habit sentence leaves its multiple out when it reads "0.0" (lifecycle-reasons.ts): the test is
// made without writing the multiple, and must agree with what formatMultiple writes.
describe('multipleReadsZero', () => {
  it('agrees with formatMultiple at the twentieth and the doubles beside it', () => {
    let below = 0.05;
    let above = 0.05;
    for (let i = 0; i < 50; i++) {
      for (const v of [below, above]) expect(multipleReadsZero(v)).toBe(formatMultiple(v) === '0.0');
      below = nextDouble(below, false);
      above = nextDouble(above, true);
    }
    expect(multipleReadsZero(0)).toBe(true);
    expect(formatMultiple(0.05)).toBe('0.1');
    expect(multipleReadsZero(0.05)).toBe(false);
  });

  it('agrees with formatMultiple for any multiple of 0 or more', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), (v) => {
        expect(multipleReadsZero(v)).toBe(formatMultiple(v) === '0.0');
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with formatMultiple for days over a gap, as a sentence divides them', () => {
    for (let gap = 1; gap <= 400; gap += 0.5) {
      for (let days = 0; days <= 40; days++) {
        const v = days / gap;
        expect(multipleReadsZero(v)).toBe(formatMultiple(v) === '0.0');
      }
    }
  });
});
