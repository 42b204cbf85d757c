import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../../src/core/mapping/whole-number';

describe('wholeNumber', () => {
  const days = wholeNumber(0, 365);

  it('accepts whole numbers in the range, ends included', () => {
    for (const n of [0, 1, 364, 365]) expect(days.safeParse(n)).toEqual({ success: true, data: n });
  });

  it.each([
    [1.5, 'must be a whole number'],
    ['3', 'must be a whole number'],
    [null, 'must be a whole number'],
    [undefined, 'must be a whole number'],
    [Number.NaN, 'must be a whole number'],
    [Number.POSITIVE_INFINITY, 'must be a whole number'],
    [-1, 'must be 0 or more'],
    [366, 'must be at most 365'],
  ])('rejects %j: %s', (input, message) => {
    const result = days.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it('names a value that is not whole in the caller’s words', () => {
    expect(wholeNumber(0, 9, 'must be a column number').safeParse(2.5).error?.issues[0]?.message).toBe(
      'must be a column number',
    );
  });
});
