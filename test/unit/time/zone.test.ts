import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dayFromCivil } from '../../../src/core/time/civil';
import {
  dayOfInstant,
  dayOfTime,
  instantOfDay,
  isValidTimeZone,
  timeZoneOrUtc,
} from '../../../src/core/time/zone';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('dayOfInstant', () => {
  it('reads a Sheets date cell (midnight in the spreadsheet zone) as the date shown', () => {
    // 2024-03-05 00:00 in Shanghai (UTC+8) is 2024-03-04T16:00Z.
    expect(dayOfInstant(utc(2024, 3, 4, 16), 'Asia/Shanghai')).toBe(dayFromCivil(2024, 3, 5));
    expect(dayOfInstant(new Date(Date.UTC(2024, 2, 4, 16) - 1), 'Asia/Shanghai')).toBe(
      dayFromCivil(2024, 3, 4),
    );
    // The same instant is still 2024-03-04 in New York and in UTC.
    expect(dayOfInstant(utc(2024, 3, 4, 16), 'America/New_York')).toBe(dayFromCivil(2024, 3, 4));
    expect(dayOfInstant(utc(2024, 3, 4, 16), 'UTC')).toBe(dayFromCivil(2024, 3, 4));
  });

  it('follows DST in New York: midnights on and after the change days', () => {
    const cases: [Date, number, number, number][] = [
      [utc(2024, 3, 10, 5), 2024, 3, 10], // EST midnight, the day clocks spring forward
      [utc(2024, 3, 11, 4), 2024, 3, 11], // EDT midnight
      [utc(2024, 11, 3, 4), 2024, 11, 3], // EDT midnight, the day clocks fall back
      [utc(2024, 11, 4, 5), 2024, 11, 4], // EST midnight
    ];
    for (const [instant, y, m, d] of cases) {
      expect(dayOfInstant(instant, 'America/New_York')).toBe(dayFromCivil(y, m, d));
      expect(dayOfInstant(new Date(instant.getTime() - 1), 'America/New_York')).toBe(
        dayFromCivil(y, m, d) - 1,
      );
    }
  });

  it('handles half- and quarter-hour zones and historical local mean time', () => {
    // Kathmandu is UTC+5:45: 18:15Z is midnight.
    expect(dayOfInstant(utc(2024, 3, 4, 18, 15), 'Asia/Kathmandu')).toBe(dayFromCivil(2024, 3, 5));
    expect(dayOfInstant(new Date(Date.UTC(2024, 2, 4, 18, 15) - 1), 'Asia/Kathmandu')).toBe(
      dayFromCivil(2024, 3, 4),
    );
    // Shanghai before 1901 ran on LMT +8:05:43.
    const lmtMidnight = Date.UTC(1899, 11, 30) - (8 * 3600 + 5 * 60 + 43) * 1000;
    expect(dayOfTime(lmtMidnight, 'Asia/Shanghai')).toBe(dayFromCivil(1899, 12, 30));
    expect(dayOfTime(lmtMidnight - 1000, 'Asia/Shanghai')).toBe(dayFromCivil(1899, 12, 29));
  });

  it('matches Intl for any instant in several zones (including transition days)', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'America/Sao_Paulo',
      'Asia/Shanghai',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }),
        (zone, ms) => {
          const parts = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).formatToParts(ms);
          const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
          expect(dayOfTime(ms, zone)).toBe(dayFromCivil(get('year'), get('month'), get('day')));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is exact around every 2024 New York transition, minute by minute', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', day: '2-digit' });
    for (const start of [Date.UTC(2024, 2, 10, 0), Date.UTC(2024, 10, 3, 0)]) {
      for (let ms = start; ms < start + 24 * HOUR; ms += 60_000) {
        const shown = Number(format.format(ms));
        expect(
          dayOfTime(ms, 'America/New_York') - dayFromCivil(2024, start < Date.UTC(2024, 5) ? 3 : 11, 1) + 1,
        ).toBe(shown);
      }
    }
  });

  it('throws for an Invalid Date and an unknown zone', () => {
    expect(() => dayOfInstant(new Date(Number.NaN), 'UTC')).toThrow(/Invalid Date/);
    expect(() => dayOfInstant(new Date(0), 'Mars/Olympus_Mons')).toThrow(
      /Unknown time zone 'Mars\/Olympus_Mons'/,
    );
    expect(() => dayOfInstant(new Date(0), '')).toThrow(RangeError);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      const instant = utc(2024, 3, 4, 16);
      const localDates = new Set<number>();
      for (const tz of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
        process.env.TZ = tz;
        localDates.add(instant.getDate());
        expect(dayOfInstant(instant, 'Asia/Shanghai')).toBe(dayFromCivil(2024, 3, 5));
      }
      // The local calendar did change with TZ, so the check above means something.
      expect(localDates.size).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads many date cells with a few hundred distinct values (speed: npm run bench)', () => {
    const distinct = Array.from({ length: 400 }, (_, i) =>
      instantOfDay(dayFromCivil(2023, 1, 1) + i, 'Asia/Shanghai'),
    );
    const cells = Array.from({ length: 200_000 }, (_, i) => new Date(distinct[(i * 7919) % 400]!.getTime()));
    let sum = 0;
    for (const cell of cells) sum += dayOfInstant(cell, 'Asia/Shanghai');
    expect(sum).toBe(
      cells.reduce((s, cell) => s + Math.floor((cell.getTime() + 8 * 3_600_000) / 86_400_000), 0),
    );
  });

  it('reads a million distinct timestamps (a datetime column)', () => {
    const start = Date.UTC(2022, 0, 1);
    let last = 0;
    for (let i = 0; i < 1_000_000; i++) last = dayOfTime(start + i * 61_013, 'America/New_York');
    expect(last).toBe(dayFromCivil(2023, 12, 7)); // the last instant is 04:02Z on the 8th: 23:02 on the 7th in New York
  });
});

describe('dayOfTime: offsets found by sampling and bisecting', () => {
  const intlDay = (zone: string) => {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    return (ms: number) => {
      const parts = format.formatToParts(ms);
      const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      return dayFromCivil(get('year'), get('month'), get('day'));
    };
  };

  it.each([
    // DST of 30 minutes; +5:45; +3:30 with DST until 2022; +12:45 with DST; Ramadan suspensions of
    // DST (Casablanca 2012–2019); DST in the southern hemisphere; a 24-hour jump (Apia 2011).
    ['Australia/Lord_Howe', 2019],
    ['Asia/Kathmandu', 1985],
    ['Asia/Tehran', 2020],
    ['Pacific/Chatham', 2020],
    ['Africa/Casablanca', 2012],
    ['Africa/Casablanca', 2018],
    ['America/Sao_Paulo', 2017],
    ['Pacific/Apia', 2011],
    ['Europe/Moscow', 2010],
    // The two changes closest together: a week apart.
    ['America/Boa_Vista', 1999],
    ['Asia/Gaza', 2039],
  ])('matches Intl every 30 minutes through %s for two years from %i', (zone, year) => {
    const expected = intlDay(zone);
    const step = 30 * 60_000;
    for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 2, 0, 1); ms += step) {
      // Around each half hour: a change's own second, and the second before it.
      for (const at of [ms - 1000, ms, ms + 999]) {
        const day = dayOfTime(at, zone);
        if (day !== expected(at)) expect({ zone, at: new Date(at).toISOString(), day }).toBe(expected(at));
      }
    }
  });

  it('asks Intl about 300 times, fewer than once per day, for two years of a zone with DST', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const start = Date.UTC(2021, 0, 1);
      for (let day = 0; day < 731; day++) dayOfTime(start + day * DAY + 13 * HOUR, 'Europe/Helsinki');
      // 12 or 13 blocks of 64 days, 17 samples each, and 4 changes bisected in about 19 steps
      // each: about 300, where one call per day would be 731.
      expect(spy.mock.calls.length).toBeLessThan(320);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('UTC and its aliases: no Intl formatter', () => {
  const names = ['UTC', 'utc', 'Etc/UTC', 'GMT', 'gmt', 'Etc/GMT'];

  it('takes as UTC only names Intl itself resolves to UTC', () => {
    for (const zone of names) {
      expect(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone).toBe('UTC');
    }
  });

  it('reads days and midnights of the UTC calendar without making or asking an Intl formatter', () => {
    const original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args) {
        made++;
        return Reflect.construct(target, args);
      },
    });
    const formatted = vi.spyOn(original.prototype, 'formatToParts');
    try {
      fc.assert(
        fc.property(fc.constantFrom(...names), fc.integer({ min: -8.64e15, max: 8.64e15 }), (zone, ms) => {
          const day = Math.floor(ms / DAY);
          expect(dayOfTime(ms, zone)).toBe(day);
          if (Math.abs(day) < 1e8) expect(instantOfDay(day, zone).getTime()).toBe(day * DAY);
        }),
      );
      expect(timeZoneOrUtc(' Etc/UTC ')).toBe('Etc/UTC');
      expect(made).toBe(0);
      expect(formatted).not.toHaveBeenCalled();
    } finally {
      Intl.DateTimeFormat = original;
      formatted.mockRestore();
    }
  });
});

describe('instantOfDay', () => {
  it('gives midnight in the zone', () => {
    expect(instantOfDay(dayFromCivil(2024, 3, 5), 'Asia/Shanghai')).toEqual(utc(2024, 3, 4, 16));
    expect(instantOfDay(dayFromCivil(2024, 3, 10), 'America/New_York')).toEqual(utc(2024, 3, 10, 5));
    expect(instantOfDay(dayFromCivil(2024, 3, 11), 'America/New_York')).toEqual(utc(2024, 3, 11, 4));
    expect(instantOfDay(dayFromCivil(2024, 11, 3), 'America/New_York')).toEqual(utc(2024, 11, 3, 4));
    expect(instantOfDay(dayFromCivil(2024, 11, 4), 'America/New_York')).toEqual(utc(2024, 11, 4, 5));
    expect(instantOfDay(0, 'UTC')).toEqual(new Date(0));
  });

  it('starts a day whose midnight was skipped at the DST change', () => {
    // São Paulo, 2018-11-04: clocks jumped from 00:00 (-03) to 01:00 (-02), i.e. at 03:00Z.
    expect(instantOfDay(dayFromCivil(2018, 11, 4), 'America/Sao_Paulo')).toEqual(utc(2018, 11, 4, 3));
    // 2019-02-17: at 00:00 (-02) clocks went back to 23:00 on the 16th; the 17th starts at 03:00Z.
    expect(instantOfDay(dayFromCivil(2019, 2, 17), 'America/Sao_Paulo')).toEqual(utc(2019, 2, 17, 3));
  });

  it('skips a day the zone skipped (Samoa, 2011-12-30) to the next one', () => {
    const next = instantOfDay(dayFromCivil(2011, 12, 30), 'Pacific/Apia');
    expect(dayOfInstant(next, 'Pacific/Apia')).toBe(dayFromCivil(2011, 12, 31));
    expect(dayOfInstant(new Date(next.getTime() - 1), 'Pacific/Apia')).toBe(dayFromCivil(2011, 12, 29));
  });

  it('round-trips and is the first instant of the day, in many zones', () => {
    const zones = [
      'UTC',
      'Asia/Shanghai',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'America/Sao_Paulo',
      'America/Havana',
      'Asia/Beirut',
      'America/St_Johns',
      'Pacific/Chatham',
      'Africa/Casablanca',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2199, 12, 31) }),
        (zone, day) => {
          const start = instantOfDay(day, zone).getTime();
          expect(dayOfTime(start, zone)).toBe(day);
          expect(dayOfTime(start - 1, zone)).toBeLessThan(day);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rejects non-integer days and unknown zones', () => {
    expect(() => instantOfDay(1.5, 'UTC')).toThrow(/whole number/);
    expect(() => instantOfDay(0, 'Nowhere/Land')).toThrow(/Unknown time zone/);
  });
});

describe('timeZoneOrUtc / isValidTimeZone', () => {
  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['  America/New_York ', 'America/New_York'],
    ['Etc/GMT-8', 'Etc/GMT-8'],
    ['Mars/Olympus_Mons', 'UTC'],
    ['', 'UTC'],
    [undefined, 'UTC'],
    [42, 'UTC'],
  ])('%s → %s', (input, expected) => {
    expect(timeZoneOrUtc(input)).toBe(expected);
  });

  it('validates names', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Europe/Pariss')).toBe(false);
    expect(isValidTimeZone(null)).toBe(false);
  });
});
