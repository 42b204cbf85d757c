// The leaves of the request and setup schemas (columns, header rows, days, settings, names, keys,
// dates, the sample's sheets), each checked by one predicate. zod/mini keeps what it is good at —
// strict objects, nested paths in errors — while its string, number and boolean kinds, integer
// format and length and range checks stay out of dist/Code.js (~10 KB, parsed by every
// custom-function call). Each is as strict as the zod schema it replaces, e.g. `wholeNumber(0, 365)`
// as `z.int().check(z.gte(0), z.lte(365))`, and its message names what is wrong.
import * as z from 'zod/mini';

/** A whole number from `min` to `max`; `notWhole` says what it must be when it is not one. */
export function wholeNumber(min: number, max: number, notWhole = 'must be a whole number') {
  return z.custom<number>((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, {
    error: ({ input }) =>
      !Number.isInteger(input)
        ? notWhole
        : (input as number) < min
          ? `must be ${min} or more`
          : `must be at most ${max}`,
  });
}

/** Text of `min` to `max` characters; `empty` says what is missing when `min` is 1 and it is empty. */
export function text(min: number, max: number, empty = 'must not be empty') {
  return z.custom<string>((v) => typeof v === 'string' && v.length >= min && v.length <= max, {
    error: ({ input }) =>
      typeof input !== 'string'
        ? 'must be text'
        : input.length < min
          ? empty
          : `must be at most ${max} characters`,
  });
}

/** Text that `test` accepts; `message` says what it must be. */
export function textThat(test: (s: string) => boolean, message: string) {
  return z.custom<string>((v) => typeof v === 'string' && test(v), message);
}

/** true or false. */
export const flag = () => z.custom<boolean>((v) => typeof v === 'boolean', 'must be true or false');

/** A check on a list's length: `min` to `max` items; `empty` says what is missing when `min` is 1. */
export function itemCount(min: number, max: number, empty = 'must not be empty') {
  return z.refine<readonly unknown[]>((items) => items.length >= min && items.length <= max, {
    error: ({ input }) =>
      (input as readonly unknown[]).length < min ? empty : `must have at most ${max} items`,
  });
}
