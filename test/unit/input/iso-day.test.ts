// The ISO timestamp reader (iso-day.ts) against parse-date's general reader: a leading space keeps a
// text off the fast path (the general reader trims it), so the two readings of every text can be
// compared. Texts are built from the parts of the strict form, with the usual ways of getting it wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../src/core/input/iso-day';
import { type DateOrder, readDay } from '../../../src/core/input/parse-date';
import { dayFromCivil } from '../../../src/core/time/civil';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Apia'];
const ORDERS: DateOrder[] = ['DMY', 'MDY', 'YMD'];

const digits = (min: number, max: number, width: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));

/** A timestamp in the strict form or near it. */
const timestampArb = fc
  .record({
    year: fc.oneof(digits(1890, 2210, 4), fc.constantFrom('0000', '9999', '202', '20245')),
    month: fc.oneof(digits(0, 13, 2), fc.constantFrom('3', '003')),
    day: fc.oneof(digits(0, 32, 2), fc.constantFrom('5', '1a')),
    separator: fc.constantFrom('-', '/', '.'),
    time: fc.option(
      fc.record({
        between: fc.constantFrom(' ', 'T', 't', '  ', ''),
        hour: fc.oneof(digits(0, 25, 2), fc.constantFrom('9', '123')),
        minute: fc.oneof(digits(0, 60, 2), fc.constantFrom('5')),
        second: fc.option(fc.oneof(digits(0, 60, 2), fc.constantFrom('01.5', '1'))),
        zone: fc.option(
          fc.oneof(
            fc.constantFrom('Z', 'z', ' Z', ' UTC', ' GMT+0800', ' pm', '  +0800', ' +8'),
            fc
              .record({
                space: fc.constantFrom('', ' '),
                sign: fc.constantFrom('+', '-'),
                hours: digits(0, 19, 2),
                minutes: fc.option(digits(0, 60, 2)),
                colon: fc.constantFrom('', ':'),
              })
              .map(
                (o) => `${o.space}${o.sign}${o.hours}${o.minutes === null ? '' : `${o.colon}${o.minutes}`}`,
              ),
          ),
        ),
      }),
    ),
    tail: fc.constantFrom('', '', '', ' ', 'x', '.'),
  })
  .map((t) => {
    let text = `${t.year}${t.separator}${t.month}${t.separator}${t.day}`;
    if (t.time !== null) {
      const { between, hour, minute, second, zone } = t.time;
      text += `${between}${hour}:${minute}${second === null ? '' : `:${second}`}${zone ?? ''}`;
    }
    return text + t.tail;
  });

describe('isoDay', () => {
  it('reads every timestamp as parse-date’s general reader does (property, 3,000 texts × zone × order)', () => {
    fc.assert(
      fc.property(
        timestampArb,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ORDERS),
        (text, timeZone, dateOrder) => {
          const ctx = { timeZone, dateOrder };
          expect(readDay(text, ctx)).toBe(readDay(` ${text}`, ctx));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads the strict forms, with an offset as an instant taken in the zone', () => {
    const march5 = dayFromCivil(2024, 3, 5);
    expect(isoDay('2024-03-05', 'UTC')).toBe(march5);
    expect(isoDay('2024-03-05 23:59:59', 'Asia/Shanghai')).toBe(march5);
    expect(isoDay('2024-03-05T14:25', 'UTC')).toBe(march5);
    // 23:30 in New York is 12:30 the next day in Shanghai, and 04:30 UTC.
    expect(isoDay('2024-03-05 23:30:00 -0500', 'Asia/Shanghai')).toBe(march5 + 1);
    expect(isoDay('2024-03-05T23:30:00-05:00', 'UTC')).toBe(march5 + 1);
    // Shopify's `+0800` at 07:00 is the previous evening in UTC.
    expect(isoDay('2024-03-05 07:00:00 +0800', 'UTC')).toBe(march5 - 1);
    expect(isoDay('2024-03-05 07:00:00 +08', 'Asia/Shanghai')).toBe(march5);
    expect(isoDay('2024-03-05T01:00:00Z', 'America/New_York')).toBe(march5 - 1);
  });

  it('leaves anything outside the strict form to the general reader', () => {
    for (const text of [
      ' 2024-03-05',
      '2024-03-05 ',
      '2024-3-5',
      '2024/03/05',
      '2024-02-30',
      '2024-03-05 9:05',
      '2024-03-05 24:00',
      '2024-03-05 14:25:01.5',
      '2024-03-05 14:25 pm',
      '2024-03-05 14:25:01 +1900',
      '2024-03-05 14:25:01 GMT+0800',
      '2024-03-05  14:25',
      '05-03-2024',
    ]) {
      expect(isoDay(text, 'UTC'), text).toBeUndefined();
    }
  });
});
