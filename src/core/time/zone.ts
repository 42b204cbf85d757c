// Calendar days of instants in an IANA time zone, and instants of calendar days, without ever
// using the process's own zone (no getDate()/getHours()/setHours()): a Sheets date cell reaches a
// script as midnight in the *spreadsheet's* zone, and the script may run in another one.
//
// Intl.DateTimeFormat#formatToParts is the only source of zone rules here. It costs about 7 µs a
// call, too slow to ask once per cell or even once per day of a log. Offsets change a few times a
// year, so time is cut into blocks of BLOCK_DAYS days; the first time a block is needed its offset
// is sampled every SAMPLE_DAYS days, and where two samples differ the change is found by bisecting
// to the second (changes fall on whole seconds). A block then answers any instant by arithmetic:
// 17 formatToParts calls per 64 days of log, plus about 20 per change. The one assumption: the
// offset never changes and changes back within SAMPLE_DAYS days. Checked day by day from 1900 to
// 2199 over every zone of Intl.supportedValuesOf('timeZone') (Node 20's ICU): the shortest gap
// between two changes is 7 days (America/Boa_Vista, October 2000; Asia/Gaza's Ramadan rules, 2040).
import type { DayNumber } from '../days';
import { DAY_MS, dayFromCivilUnchecked } from './civil';

/** Earliest and latest valid JavaScript time values (ECMAScript: ±100,000,000 days around 1970). */
const MIN_TIME = -8.64e15;
const MAX_TIME = 8.64e15;
const HOUR_MS = 3_600_000;
/** Days per block of offsets, and between two samples in a block (BLOCK_DAYS divides 100,000,000). */
const BLOCK_DAYS = 64;
const SAMPLE_DAYS = 4;
const BLOCK_MS = BLOCK_DAYS * DAY_MS;
const SAMPLE_MS = SAMPLE_DAYS * DAY_MS;
/** Bounds on the caches below; reaching one clears that cache (results never depend on them). */
const MAX_ZONES = 64;
const MAX_BLOCKS = 10_000;
const MAX_STARTS = 10_000;

/** A block's offsets: `offsets[0]` from its start, `offsets[i + 1]` from the instant `changes[i]`. */
interface OffsetBlock {
  readonly changes: readonly number[];
  readonly offsets: readonly number[];
}

interface ZoneState {
  readonly name: string;
  /** Undefined for a name of UTC itself (ZERO_OFFSET_ZONES): its offset is 0 at every instant. */
  readonly format: Intl.DateTimeFormat | undefined;
  /** Block number (floor of ms / BLOCK_MS) → its offsets. */
  readonly blocks: Map<number, OffsetBlock>;
  /** Day number → first instant (ms) of that day in the zone. */
  readonly startOfDay: Map<number, number>;
  /** The block asked about last: a log's instants mostly fall in the same few blocks, in runs. */
  lastBlockNumber: number;
  lastBlock: OffsetBlock | undefined;
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

/**
 * The usual IANA names of UTC itself (Etc/UTC and Etc/GMT), upper-cased as Intl accepts them in any
 * case: their offset is 0 at every instant, so no Intl.DateTimeFormat is built for them — building
 * one costs more than reading a whole log's dates in a cold call. Rarer aliases (Zulu, UCT) take the
 * general path, with the same result.
 */
const ZERO_OFFSET_ZONES = new Set(['UTC', 'ETC/UTC', 'GMT', 'ETC/GMT']);

function createZone(timeZone: string): ZoneState {
  let format: Intl.DateTimeFormat | undefined;
  try {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') throw new RangeError('empty');
    // Gregorian calendar and Latin digits whatever the host's defaults; 00–23 hours.
    if (!ZERO_OFFSET_ZONES.has(timeZone.toUpperCase())) {
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
    }
  } catch {
    throw new RangeError(
      `Unknown time zone '${String(timeZone)}': use an IANA name such as 'Asia/Shanghai', 'America/New_York' or 'UTC'.`,
    );
  }
  return {
    name: timeZone,
    format,
    blocks: new Map(),
    startOfDay: new Map(),
    lastBlockNumber: Number.NaN,
    lastBlock: undefined,
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
function measureOffset(format: Intl.DateTimeFormat, wholeSecondMs: number): number {
  const parts = format.formatToParts(wholeSecondMs);
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
  const format = zone.format;
  if (format === undefined) return 0;
  const number = Math.floor(ms / BLOCK_MS);
  let block = zone.lastBlock;
  if (number !== zone.lastBlockNumber || block === undefined) {
    block = zone.blocks.get(number);
    if (block === undefined) {
      block = sampleBlock(format, number * BLOCK_MS);
      if (zone.blocks.size >= MAX_BLOCKS) zone.blocks.clear();
      zone.blocks.set(number, block);
    }
    zone.lastBlockNumber = number;
    zone.lastBlock = block;
  }
  const { changes, offsets } = block;
  let i = 0;
  while (i < changes.length && ms >= changes[i]!) i++;
  return offsets[i]!;
}

/** The offsets of the block starting at `start` (a whole second): sampled, changes bisected. */
function sampleBlock(format: Intl.DateTimeFormat, start: number): OffsetBlock {
  const offsets = [measureOffset(format, clampTime(start))];
  const changes: number[] = [];
  for (let from = start; from < start + BLOCK_MS; from += SAMPLE_MS) {
    const to = clampTime(from + SAMPLE_MS);
    const atEnd = measureOffset(format, to);
    // Several changes between two samples are found one after another, as long as they do not
    // cancel out (the assumption at the top).
    let low = clampTime(from) / 1000;
    while (offsets[offsets.length - 1] !== atEnd) {
      const before = offsets[offsets.length - 1]!;
      let high = to / 1000;
      let atHigh = atEnd;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        const offset = measureOffset(format, mid * 1000);
        if (offset === before) low = mid;
        else {
          high = mid;
          atHigh = offset;
        }
      }
      changes.push(high * 1000);
      offsets.push(atHigh);
      low = high;
    }
  }
  return { changes, offsets };
}

function dayOfMs(zone: ZoneState, ms: number): DayNumber {
  return Math.floor((ms + offsetAt(zone, ms)) / DAY_MS);
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
