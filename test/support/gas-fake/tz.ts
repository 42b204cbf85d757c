// Time-zone arithmetic and Java SimpleDateFormat-style formatting (what Utilities.formatDate uses:
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// -> https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html), built on Intl.
import { MONTH_NAMES_EN } from '../../../src/core/i18n/month-names';

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local = UTC + offset
}

type Zone = { kind: 'iana'; id: string } | { kind: 'fixed'; minutes: number };

const zoneCache = new Map<string, Zone>();
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

/**
 * Resolves a time-zone id. Apps Script (Java) accepts IANA ids and 'GMT+hh:mm' forms; an unknown id
 * falls back to GMT as Java's TimeZone.getTimeZone does (approximation of Apps Script's behaviour).
 */
function resolveZone(timeZone: string): Zone {
  const cached = zoneCache.get(timeZone);
  if (cached) return cached;
  let zone: Zone;
  const fixed = FIXED.exec(timeZone.trim());
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    zone = { kind: 'fixed', minutes: sign * (Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0)) };
  } else {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      zone = { kind: 'iana', id: timeZone };
    } catch {
      zone = { kind: 'fixed', minutes: 0 };
    }
  }
  zoneCache.set(timeZone, zone);
  return zone;
}

function ianaParts(ms: number, id: string): ZonedParts {
  let fmt = partsFormatters.get(id);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      timeZoneName: 'longOffset',
    });
    partsFormatters.set(id, fmt);
  }
  const get: Record<string, string> = {};
  for (const p of fmt.formatToParts(new Date(ms))) get[p.type] = p.value;
  const offset = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(get.timeZoneName ?? 'GMT');
  const offsetMinutes = offset?.[1]
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0;
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(get.year),
    month: Number(get.month),
    day: Number(get.day),
    hour: Number(get.hour) % 24,
    minute: Number(get.minute),
    second: Number(get.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: weekdays.indexOf(get.weekday ?? 'Sun'),
    offsetMinutes,
  };
}

/** The wall-clock fields of an instant in a time zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const zone = resolveZone(timeZone);
  if (zone.kind === 'iana') return ianaParts(ms, zone.id);
  const d = new Date(ms + zone.minutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes: zone.minutes,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given fields (month 1-12). */
export function zonedToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let ms = guess - zonedParts(guess, timeZone).offsetMinutes * 60_000;
  // Second pass corrects guesses that straddle a DST change.
  ms = guess - zonedParts(ms, timeZone).offsetMinutes * 60_000;
  return ms;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function monthName(month: number, short: boolean): string {
  const name = MONTH_NAMES_EN[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

export function weekdayName(weekday: number, short: boolean): string {
  const name = WEEKDAYS[weekday] ?? '';
  return short ? name.slice(0, 3) : name;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(minutes: number, colon: boolean, withMinutes = true): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (!withMinutes) return sign + hh;
  return sign + hh + (colon ? ':' : '') + pad(abs % 60, 2);
}

function zoneName(ms: number, timeZone: string, long: boolean, offset: number): string {
  const zone = resolveZone(timeZone);
  if (zone.kind === 'fixed')
    return zone.minutes === 0 ? (long ? 'Greenwich Mean Time' : 'GMT') : `GMT${offsetText(offset, true)}`;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone.id,
    timeZoneName: long ? 'long' : 'short',
  }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
}

/**
 * Formats like java.text.SimpleDateFormat in English: letters G y Y M L d D F E u a H k K h m s S z Z X,
 * text in single quotes, '' for a quote. Week-based letters (w, W) are not supported and throw.
 */
export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern[j];
        j++;
      }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? monthName(p.month, false) : n === 3 ? monthName(p.month, true) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(p), n);
        break;
      case 'F':
        out += pad(Math.ceil(p.day / 7), n);
        break;
      case 'E':
        out += weekdayName(p.weekday, n < 4);
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'z':
        out += zoneName(ms, timeZone, n >= 4, p.offsetMinutes);
        break;
      case 'Z':
        out += offsetText(p.offsetMinutes, false);
        break;
      case 'X':
        out += p.offsetMinutes === 0 ? 'Z' : offsetText(p.offsetMinutes, n >= 3, n >= 2);
        break;
      default:
        throw new Error(`fake: Utilities.formatDate pattern letter '${ch}' is not supported`);
    }
  }
  return out;
}
