import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { flag, itemCount, text, textThat, wholeNumber } from '../../../src/core/mapping/leaf-schemas';

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

/** The messages of a failed parse, or 'ok'. */
function problems(schema: z.ZodMiniType, input: unknown): string[] | 'ok' {
  const result = schema.safeParse(input);
  return result.success ? 'ok' : result.error.issues.map((i) => i.message);
}

describe('text, textThat, flag, itemCount', () => {
  it('text: a string of min to max characters, nothing else', () => {
    const name = text(1, 3, 'needs a name');
    expect(problems(name, 'a')).toBe('ok');
    expect(problems(name, 'abc')).toBe('ok');
    expect(problems(name, '')).toEqual(['needs a name']);
    expect(problems(name, 'abcd')).toEqual(['must be at most 3 characters']);
    for (const other of [1, null, undefined, ['a'], { a: 'b' }])
      expect(problems(name, other)).toEqual(['must be text']);
    expect(problems(text(0, 2), '')).toBe('ok');
  });

  it('textThat: a string its test accepts', () => {
    const upper = textThat((s) => /^[A-Z]+$/.test(s), 'must be capitals');
    expect(problems(upper, 'AB')).toBe('ok');
    expect(problems(upper, 'ab')).toEqual(['must be capitals']);
    expect(problems(upper, 12)).toEqual(['must be capitals']);
  });

  it('flag: true or false only', () => {
    expect(problems(flag(), true)).toBe('ok');
    expect(problems(flag(), false)).toBe('ok');
    for (const other of ['true', 1, 0, null, undefined])
      expect(problems(flag(), other)).toEqual(['must be true or false']);
  });

  it('itemCount: a list of min to max items', () => {
    const list = z.array(text(0, 5)).check(itemCount(1, 2, 'needs a value'));
    expect(problems(list, ['a'])).toBe('ok');
    expect(problems(list, ['a', 'b'])).toBe('ok');
    expect(problems(list, [])).toEqual(['needs a value']);
    expect(problems(list, ['a', 'b', 'c'])).toEqual(['must have at most 2 items']);
    expect(problems(list, 'ab')).not.toBe('ok');
  });
});
