import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  DAY_MS,
  dayFromCivil,
  daysInMonth,
  isLeapYear,
  isoOfDay,
  isRealDate,
} from '../../../src/core/time/civil';

/** Reference: the UTC calendar of JavaScript's Date (UTC methods ignore the process's zone). */
function utcCivil(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe('dayFromCivil / civilFromDay', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
    expect(dayFromCivil(2000, 3, 1)).toBe(11_017);
    expect(dayFromCivil(2024, 3, 5)).toBe(19_787);
    expect(dayFromCivil(1900, 1, 1)).toBe(-25_567);
    expect(dayFromCivil(0, 3, 1)).toBe(-719_468);
  });

  it('agrees with the UTC calendar of Date over ±100,000,000 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        const civil = civilFromDay(day);
        expect(civil).toEqual(utcCivil(day));
        expect(dayFromCivil(civil.year, civil.month, civil.day)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('steps by exactly one day across month, leap-day and century boundaries', () => {
    for (let day = dayFromCivil(1899, 12, 25); day < dayFromCivil(2101, 1, 5); day++) {
      const a = civilFromDay(day);
      const b = civilFromDay(day + 1);
      const next =
        a.day < daysInMonth(a.year, a.month)
          ? { year: a.year, month: a.month, day: a.day + 1 }
          : a.month < 12
            ? { year: a.year, month: a.month + 1, day: 1 }
            : { year: a.year + 1, month: 1, day: 1 };
      if (b.year !== next.year || b.month !== next.month || b.day !== next.day) {
        throw new Error(`after ${JSON.stringify(a)} came ${JSON.stringify(b)}`);
      }
    }
  });

  it('rejects dates that are not real, and non-integer days', () => {
    expect(() => dayFromCivil(2024, 2, 30)).toThrow(/2024-2-30 is not a real date/);
    expect(() => dayFromCivil(2023, 2, 29)).toThrow(RangeError);
    expect(() => dayFromCivil(2024, 13, 1)).toThrow(RangeError);
    expect(() => dayFromCivil(2024, 1, 1.5)).toThrow(RangeError);
    expect(() => civilFromDay(1.5)).toThrow(/whole number/);
    expect(() => civilFromDay(Number.NaN)).toThrow(RangeError);
  });
});

describe('isRealDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2024, 2, 30, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 1, 0, false],
    [2024, 1, 1.5, false],
    [Number.NaN, 1, 1, false],
  ])('%s-%s-%s is %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });

  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });
});

describe('isoOfDay', () => {
  it('writes YYYY-MM-DD', () => {
    expect(isoOfDay(dayFromCivil(2024, 3, 5))).toBe('2024-03-05');
    expect(isoOfDay(dayFromCivil(999, 12, 31))).toBe('0999-12-31');
    expect(isoOfDay(dayFromCivil(10_000, 1, 1))).toBe('+010000-01-01');
  });
});
