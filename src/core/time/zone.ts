// Calendar days of instants in an IANA time zone, and instants of calendar days, without ever
// using the process's own zone (no getDate()/getHours()/setHours()): a Sheets date cell reaches a
// script as midnight in the *spreadsheet's* zone, and the script may run in another one.
//
// Intl.DateTimeFormat#formatToParts is the only source of zone rules here. It costs about 7 µs a
// call, too slow for a million cells, so each zone keeps the offset it has throughout each UTC day
// (two formatToParts calls per UTC day ever seen). A UTC day in which the offset changes (a DST or
// rule change) is marked, and instants in it are resolved exactly, one call per distinct instant,
// in a bounded cache. The one assumption: the offset never changes and changes back within the
// same UTC day (true of every rule in the tz database).
import type { DayNumber } from '../days';
import { DAY_MS, dayFromCivilUnchecked } from './civil';

/** Earliest and latest valid JavaScript time values (ECMAScript: ±100,000,000 days around 1970). */
const MIN_TIME = -8.64e15;
const MAX_TIME = 8.64e15;
const HOUR_MS = 3_600_000;
/** Bounds on the caches below; reaching one clears that cache (results never depend on them). */
const MAX_ZONES = 64;
const MAX_UTC_DAYS = 100_000;
const MAX_EXACT = 10_000;
const MAX_STARTS = 10_000;

interface ZoneState {
  readonly name: string;
  readonly format: Intl.DateTimeFormat;
  /** UTC day number → the zone's offset (ms) throughout that UTC day, NaN when it changes within it. */
  readonly offsetOfUtcDay: Map<number, number>;
  /** Instant (ms) → offset, for instants in UTC days with a change. */
  readonly exactOffset: Map<number, number>;
  /** Day number → first instant (ms) of that day in the zone. */
  readonly startOfDay: Map<number, number>;
  /** The last instant asked about and its day: sheets are often sorted, so repeats come in runs. */
  lastMs: number;
  lastDay: DayNumber;
}

const zones = new Map<string, ZoneState>();
let lastZone: ZoneState | undefined;

function zoneState(timeZone: string): ZoneState {
  if (lastZone !== undefined && lastZone.name === timeZone) return lastZone;
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = createZone(timeZone);
    if (zones.size >= MAX_ZONES) zones.clear();
    zones.set(timeZone, zone);
  }
  lastZone = zone;
  return zone;
}

function createZone(timeZone: string): ZoneState {
  let format: Intl.DateTimeFormat;
  try {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') throw new RangeError('empty');
    // Gregorian calendar and Latin digits whatever the host's defaults; 00–23 hours.
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(
      `Unknown time zone '${String(timeZone)}': use an IANA name such as 'Asia/Shanghai', 'America/New_York' or 'UTC'.`,
    );
  }
  return {
    name: timeZone,
    format,
    offsetOfUtcDay: new Map(),
    exactOffset: new Map(),
    startOfDay: new Map(),
    lastMs: Number.NaN,
    lastDay: 0,
  };
}

/** Whether `timeZone` is an IANA zone name this runtime knows (case-insensitive, as Intl accepts it). */
export function isValidTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string') return false;
  try {
    zoneState(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** `timeZone` trimmed when it is a valid IANA name, otherwise 'UTC'. */
export function timeZoneOrUtc(timeZone: unknown): string {
  if (typeof timeZone !== 'string') return 'UTC';
  const name = timeZone.trim();
  return isValidTimeZone(name) ? name : 'UTC';
}

/** Offset of the zone at a whole-second instant, from the wall clock Intl reports (ms). */
function measureOffset(zone: ZoneState, wholeSecondMs: number): number {
  const parts = zone.format.formatToParts(wholeSecondMs);
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeCommonEra = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24; // some engines print midnight as 24 even with h23
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        beforeCommonEra = part.value.charAt(0).toUpperCase() === 'B';
        break;
    }
  }
  if (beforeCommonEra) year = 1 - year; // 1 BC is year 0
  const wallMs =
    dayFromCivilUnchecked(year, month, day) * DAY_MS + hour * HOUR_MS + minute * 60_000 + second * 1000;
  return wallMs - wholeSecondMs;
}

function clampTime(ms: number): number {
  return Math.max(MIN_TIME, Math.min(ms, MAX_TIME));
}

/** The zone's offset (ms, local minus UTC) at instant `ms`. */
function offsetAt(zone: ZoneState, ms: number): number {
  const utcDay = Math.floor(ms / DAY_MS) | 0; // |ms| ≤ 8.64e15, so |utcDay| ≤ 1e8: an int32 (a small-integer key)
  let offset = zone.offsetOfUtcDay.get(utcDay);
  if (offset === undefined) {
    const first = clampTime(utcDay * DAY_MS);
    const last = clampTime(utcDay * DAY_MS + DAY_MS - 1000);
    const atFirst = measureOffset(zone, first);
    offset = measureOffset(zone, last) === atFirst ? atFirst : Number.NaN;
    if (zone.offsetOfUtcDay.size >= MAX_UTC_DAYS) zone.offsetOfUtcDay.clear();
    zone.offsetOfUtcDay.set(utcDay, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  let exact = zone.exactOffset.get(ms);
  if (exact === undefined) {
    exact = measureOffset(zone, ms - (((ms % 1000) + 1000) % 1000));
    if (zone.exactOffset.size >= MAX_EXACT) zone.exactOffset.clear();
    zone.exactOffset.set(ms, exact);
  }
  return exact;
}

function dayOfMs(zone: ZoneState, ms: number): DayNumber {
  if (ms === zone.lastMs) return zone.lastDay;
  const day = Math.floor((ms + offsetAt(zone, ms)) / DAY_MS) | 0;
  zone.lastMs = ms;
  zone.lastDay = day;
  return day;
}

/**
 * The calendar day, in `timeZone`, of the instant `date` — e.g. a Sheets date cell (midnight in
 * the spreadsheet's zone) read with the spreadsheet's zone gives the date shown in the cell,
 * whatever zone the script runs in. Throws a RangeError for an Invalid Date or an unknown zone.
 */
export function dayOfInstant(date: Date, timeZone: string): DayNumber {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError('dayOfInstant: the date is invalid (Invalid Date).');
  return dayOfMs(zoneState(timeZone), ms);
}

/** `dayOfInstant` for a time value in milliseconds since 1970-01-01T00:00:00Z. */
export function dayOfTime(ms: number, timeZone: string): DayNumber {
  if (!(ms >= MIN_TIME && ms <= MAX_TIME)) {
    throw new RangeError(`dayOfTime: ${ms} is not a valid time value.`);
  }
  return dayOfMs(zoneState(timeZone), ms);
}

/**
 * The instant midnight starts `day` in `timeZone` — what Sheets stores for a date cell — so
 * `dayOfInstant(instantOfDay(d, tz), tz) === d`. Where a DST change skips midnight (clocks jump
 * from 00:00 to 01:00), the day starts at the change and that instant is returned; where midnight
 * happens twice, the first. A day a zone skipped entirely (Pacific/Apia, 2011-12-30) gives the start
 * of the next day. Throws a RangeError for a non-integer day or an unknown zone.
 */
export function instantOfDay(day: DayNumber, timeZone: string): Date {
  if (!Number.isSafeInteger(day) || Math.abs(day) > 100_000_000) {
    throw new RangeError(`instantOfDay: day must be a whole number of days since 1970-01-01, got ${day}.`);
  }
  const zone = zoneState(timeZone);
  let start = zone.startOfDay.get(day);
  if (start === undefined) {
    start = findStartOfDay(zone, day);
    if (zone.startOfDay.size >= MAX_STARTS) zone.startOfDay.clear();
    zone.startOfDay.set(day, start);
  }
  return new Date(start);
}

function findStartOfDay(zone: ZoneState, day: DayNumber): number {
  const wall = day * DAY_MS; // midnight of `day` on the wall clock, written as if it were UTC
  // Offsets in force a day before and a day after cover every candidate for local midnight.
  const before = offsetAt(zone, clampTime(wall - DAY_MS));
  const after = offsetAt(zone, clampTime(wall + DAY_MS));
  let best = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (candidate >= MIN_TIME && candidate <= MAX_TIME && offsetAt(zone, candidate) === offset) {
      best = Math.min(best, candidate);
    }
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // Midnight does not exist on the wall clock: the day starts at the first instant whose
  // calendar day is `day` or later. Offsets stay within ±15 h, so that instant is in this window;
  // transitions fall on whole seconds, so bisect on seconds.
  let low = Math.floor(clampTime(wall - 15 * HOUR_MS) / 1000); // day before `day`
  let high = Math.ceil(clampTime(wall + 15 * HOUR_MS) / 1000); // `day` or later
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (dayOfMs(zone, mid * 1000) >= day) high = mid;
    else low = mid;
  }
  return high * 1000;
}
