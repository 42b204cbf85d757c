// The one zod schema for a whole number in a range (columns, header rows, days, settings, sample
// sheets' widths), checked by one predicate: zod's number kind, its integer format and its range
// checks would add ~5.7 KB to dist/Code.js, which every custom-function call parses. As strict as
// `z.int().check(z.gte(min), z.lte(max))`: a number that is whole and in range, nothing else.
import * as z from 'zod/mini';

/** A whole number from `min` to `max`; the message names what is wrong (`notWhole` when not one). */
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
