// How the preview shows a cell's value: a small subset of Sheets' number-format patterns
// (https://developers.google.com/sheets/api/guides/formats): digits `0 # ,`, decimals, `%`, literal
// text and currency symbols, `[$¥-804]`, two sections `pos;neg`, `@`, and date parts
// `yyyy yy mmmm mmm mm m dd d hh h mm ss am/pm`. Unknown patterns fall back to Sheets' "automatic".
import { MONTH_NAMES_EN } from '../../src/core/i18n/month-names';
import { splitSections } from '../../test/support/gas-fake/display';

/** What a cell shows, before formatting. Dates are Sheets serials: days since 1899-12-30 (+ time of day). */
export type DisplayValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'date'; serial: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: string; message: string };

/** The "automatic" format the Apps Script fake reports for a never-formatted cell. */
const AUTOMATIC = new Set(['', 'General', 'general', '0.###############']);

/** Days from the Sheets epoch (1899-12-30) to 1970-01-01. */
export const SERIAL_OF_UNIX_EPOCH = 25569;

/** The text a cell shows for `value` under `pattern` (a Sheets number format). */
export function formatValue(value: DisplayValue, pattern?: string): string {
  const format = pattern ?? '';
  switch (value.kind) {
    case 'empty':
      return '';
    case 'string':
      return value.value;
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'error':
      return value.code;
    case 'date':
      return isDatePattern(format)
        ? formatDate(value.serial, format)
        : formatDate(value.serial, defaultDatePattern(value.serial));
    case 'number':
      if (isDatePattern(format)) return formatDate(value.value, format);
      if (AUTOMATIC.has(format) || format === '@') return automatic(value.value);
      return formatNumber(value.value, format);
  }
}

/** Sheets' automatic number display: up to 10 significant digits, no trailing zeros. */
export function automatic(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : n < 0 ? '-#NUM!' : '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9))
    return n.toExponential(2).replace('e+', 'E+').replace('e-', 'E-');
  const text = Number(n.toPrecision(10)).toString();
  return text.includes('e') ? n.toFixed(10).replace(/\.?0+$/, '') : text;
}

function defaultDatePattern(serial: number): string {
  return serial % 1 === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
}

/** Removes quoted literals and escapes so the pattern's tokens can be inspected. */
function stripLiterals(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const datePatterns = new Map<string, boolean>();

function isDatePattern(pattern: string): boolean {
  let known = datePatterns.get(pattern);
  if (known === undefined) {
    const bare = stripLiterals(pattern.split(';')[0] ?? '').toLowerCase();
    known =
      /[yd]/.test(bare) || /(^|[^a-z])m+([^a-z]|$)/.test(bare) || /h|s/.test(bare.replace(/am\/pm/g, ''));
    if (datePatterns.size > 1000) datePatterns.clear();
    datePatterns.set(pattern, known);
  }
  return known;
}

/** Splits a pattern into literal text and format tokens. */
function literalOrTokens(pattern: string): { literal: boolean; text: string }[] {
  const parts: { literal: boolean; text: string }[] = [];
  let i = 0;
  let token = '';
  const flush = () => {
    if (token) parts.push({ literal: false, text: token });
    token = '';
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '"') {
      flush();
      const end = pattern.indexOf('"', i + 1);
      const stop = end === -1 ? pattern.length : end;
      parts.push({ literal: true, text: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      flush();
      parts.push({ literal: true, text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      flush();
      const end = pattern.indexOf(']', i);
      const inner = pattern.slice(i + 1, end === -1 ? pattern.length : end);
      // [$¥-804]: a currency symbol with a locale; colours and conditions show nothing.
      if (inner.startsWith('$')) parts.push({ literal: true, text: inner.slice(1).split('-')[0] ?? '' });
      i = end === -1 ? pattern.length : end + 1;
    } else {
      token += ch;
      i++;
    }
  }
  flush();
  return parts;
}

/** Formats a number with a numeric pattern such as `#,##0.00`, `0%`, `¥#,##0.00` or `0.0;(0.0)`. */
function formatNumber(n: number, pattern: string): string {
  const sections = splitSections(pattern);
  let section = sections[0]!;
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1]!;
    value = -n;
  } else if (n === 0 && sections.length > 2) {
    section = sections[2]!;
  }
  const parts = literalOrTokens(section);
  const digits = parts
    .filter((p) => !p.literal)
    .map((p) => p.text)
    .join('');
  const percent = (digits.match(/%/g) ?? []).length;
  const scaled = value * 100 ** percent;
  const numberPart = /[0#?][0#?,.]*|\.[0#?]+/.exec(digits)?.[0] ?? '';
  if (numberPart === '') return parts.map((p) => p.text).join('') || automatic(n);
  const [integerPattern = '', decimalPattern = ''] = numberPart.split('.');
  const decimals = (decimalPattern.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decimalPattern.match(/0/g) ?? []).length;
  const grouping = integerPattern.includes(',');
  const minIntegerDigits = (integerPattern.match(/0/g) ?? []).length;
  let text = Math.abs(scaled).toFixed(decimals);
  let [intText = '0', fracText = ''] = text.split('.');
  while (fracText.length > minDecimals && fracText.endsWith('0')) fracText = fracText.slice(0, -1);
  intText = intText.replace(/^0+/, '');
  if (intText.length < minIntegerDigits) intText = intText.padStart(minIntegerDigits, '0');
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+$)/g, ',');
  text = fracText ? `${intText}.${fracText}` : intText;
  if (text === '') text = '0';
  // One section: a negative number gets its minus in front of everything, "-¥1,280.00".
  const sign = scaled < 0 && sections.length === 1 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  // Re-assemble: literal text around the number, the number where its placeholders were.
  let placed = false;
  const out = parts.map((p) => {
    if (p.literal) return p.text;
    const index = p.text.indexOf(numberPart);
    if (index === -1 || placed) return p.text.replace(/[0#?,]/g, '');
    placed = true;
    return p.text.slice(0, index) + text + p.text.slice(index + numberPart.length);
  });
  return sign + out.join('');
}

/** The civil date and time of a Sheets serial. */
function civilOfSerial(serial: number) {
  const day = Math.floor(serial);
  const date = new Date((day - SERIAL_OF_UNIX_EPOCH) * 86_400_000);
  const seconds = Math.round((serial - day) * 86_400);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(seconds / 3600) % 24,
    minute: Math.floor(seconds / 60) % 60,
    second: seconds % 60,
  };
}

/** Formats a date serial with a date pattern (`yyyy-mm-dd`, `d mmm yyyy`, `m/d/yyyy h:mm am/pm`). */
function formatDate(serial: number, pattern: string): string {
  const c = civilOfSerial(serial);
  const section = splitSections(pattern)[0] ?? '';
  const parts = literalOrTokens(section);
  const twelveHour = /am\/pm/i.test(section);
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: string[] = [];
  let lastWasHour = false;
  for (const part of parts) {
    if (part.literal) {
      out.push(part.text);
      continue;
    }
    const tokens = part.text.match(/am\/pm|y+|m+|d+|h+|s+|[^ymdhs]/gi) ?? [];
    tokens.forEach((token, index) => {
      const lower = token.toLowerCase();
      const next =
        tokens
          .slice(index + 1)
          .find((t) => /^[ymdhs]/i.test(t))
          ?.toLowerCase() ?? '';
      if (lower === 'am/pm') out.push(c.hour < 12 ? 'AM' : 'PM');
      else if (lower.startsWith('y')) out.push(lower.length <= 2 ? pad(c.year % 100) : String(c.year));
      else if (lower.startsWith('d')) {
        out.push(lower.length === 1 ? String(c.day) : pad(c.day));
      } else if (lower.startsWith('h')) {
        const hour = twelveHour ? c.hour % 12 || 12 : c.hour;
        out.push(lower.length === 1 ? String(hour) : pad(hour));
        lastWasHour = true;
        return;
      } else if (lower.startsWith('s')) out.push(lower.length === 1 ? String(c.second) : pad(c.second));
      else if (lower.startsWith('m')) {
        const isMinute = (lastWasHour || next.startsWith('s')) && lower.length <= 2;
        if (isMinute) out.push(lower.length === 1 ? String(c.minute) : pad(c.minute));
        else if (lower.length === 1) out.push(String(c.month));
        else if (lower.length === 2) out.push(pad(c.month));
        else if (lower.length === 3) out.push(MONTH_NAMES_EN[c.month - 1]!.slice(0, 3));
        else out.push(MONTH_NAMES_EN[c.month - 1]!);
      } else out.push(token);
      if (/^[ymd]/.test(lower)) lastWasHour = false;
    });
  }
  return out.join('');
}
