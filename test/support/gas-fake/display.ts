// Display strings (Range.getDisplayValues). Sheets renders with the cell's number format and the
// spreadsheet's locale; the fake approximates the common cases:
// - booleans -> 'TRUE' / 'FALSE'; text as is; formulas show their text (they are not evaluated);
// - Automatic format: numbers with up to 10 significant digits, no grouping ('1234.5');
//   Dates as the locale's numeric date (en_US 'M/d/yyyy') in the spreadsheet time zone, plus
//   ' H:mm:ss' when the time of day is not midnight;
// - number formats: '0', '0.00', '#,##0', '#,##0.00', percent ('0%', '0.0%'), literal prefixes and
//   suffixes ('"$"#,##0.00', '$#,##0', '[$€]#,##0.00', '0.0" days"'), first section only of ';';
// - date/time formats with Sheets tokens (yyyy yy mmmm mmm mm m dddd ddd dd d hh h ss s am/pm),
//   where m means minutes next to h or s (https://developers.google.com/sheets/api/guides/formats);
// - '@' (plain text) shows the value as text.
// Decimal and grouping separators are always '.' and ',' (en_US), whatever the locale.
import { type Cell, DEFAULT_NUMBER_FORMAT } from './cell';
import { isDate } from './env';
import { monthName, weekdayName, zonedParts } from './tz';

export interface DisplayContext {
  locale: string;
  timeZone: string;
}

export function displayValue(cell: Cell | undefined, ctx: DisplayContext): string {
  if (!cell) return '';
  const value = cell.value;
  if (cell.formula !== '' && typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = cell.numberFormat;
  if (format === '@') return isDate(value) ? defaultDate(value, ctx) : String(value);
  if (isDate(value)) {
    if (isAutomatic(format) || !isDateFormat(format)) return defaultDate(value, ctx);
    return formatDateWith(value.getTime(), format, ctx.timeZone);
  }
  if (isAutomatic(format) || isDateFormat(format)) return automaticNumber(value);
  return formatNumberWith(value, format);
}

function isAutomatic(format: string): boolean {
  return format === '' || format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general';
}

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(format: string): boolean {
  return (
    /[ydhs]|m/i.test(stripLiterals(format).replace(/am\/pm|a\/p/gi, '')) &&
    !/[0#]/.test(stripLiterals(format))
  );
}

function automaticNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const rounded = Number(n.toPrecision(10));
  return String(rounded);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function defaultDate(date: Date, ctx: DisplayContext): string {
  const ms = date.getTime();
  const lang = ctx.locale.replace('_', '-');
  let text: string;
  try {
    const key = `${lang}|${ctx.timeZone}`;
    let fmt = dateFormatters.get(key);
    if (!fmt) {
      fmt = new Intl.DateTimeFormat(lang, {
        timeZone: ianaOrUtc(ctx.timeZone),
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
      dateFormatters.set(key, fmt);
    }
    text = fmt.format(new Date(ms));
  } catch {
    const p = zonedParts(ms, ctx.timeZone);
    text = `${p.month}/${p.day}/${p.year}`;
  }
  const p = zonedParts(ms, ctx.timeZone);
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return text;
  return `${text} ${p.hour}:${String(p.minute).padStart(2, '0')}:${String(p.second).padStart(2, '0')}`;
}

function ianaOrUtc(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function formatDateWith(ms: number, format: string, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const tokens: { kind: 'lit' | 'tok'; text: string }[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i] as string;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'lit', text: format.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const ampm = /^(am\/pm|a\/p)/i.exec(format.slice(i));
    if (ampm) {
      tokens.push({ kind: 'tok', text: ampm[1]!.toLowerCase() });
      i += ampm[1]!.length;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ydmhs'.includes(lower)) {
      let n = 1;
      while ((format[i + n] ?? '').toLowerCase() === lower) n++;
      tokens.push({ kind: 'tok', text: lower.repeat(n) });
      i += n;
      continue;
    }
    tokens.push({ kind: 'lit', text: ch });
    i++;
  }
  const has12h = tokens.some((t) => t.kind === 'tok' && (t.text === 'am/pm' || t.text === 'a/p'));
  const kinds = tokens.map((t) => (t.kind === 'tok' ? t.text[0] : ''));
  let out = '';
  tokens.forEach((t, idx) => {
    if (t.kind === 'lit') {
      out += t.text;
      return;
    }
    const n = t.text.length;
    const prevTok = kinds
      .slice(0, idx)
      .filter((k) => k !== '')
      .pop();
    const nextTok = kinds.slice(idx + 1).find((k) => k !== '');
    switch (t.text[0]) {
      case 'y':
        out += n <= 2 ? String(p.year % 100).padStart(2, '0') : String(p.year);
        break;
      case 'd':
        out +=
          n >= 4
            ? weekdayName(p.weekday, false)
            : n === 3
              ? weekdayName(p.weekday, true)
              : String(p.day).padStart(n, '0');
        break;
      case 'h': {
        const h = has12h ? p.hour % 12 || 12 : p.hour;
        out += String(h).padStart(Math.min(n, 2), '0');
        break;
      }
      case 's':
        out += String(p.second).padStart(Math.min(n, 2), '0');
        break;
      case 'm':
        if (prevTok === 'h' || nextTok === 's') out += String(p.minute).padStart(Math.min(n, 2), '0');
        else if (n >= 4) out += monthName(p.month, false);
        else if (n === 3) out += monthName(p.month, true);
        else out += String(p.month).padStart(n, '0');
        break;
      default:
        // am/pm markers
        out += t.text === 'a/p' ? (p.hour < 12 ? 'a' : 'p') : p.hour < 12 ? 'AM' : 'PM';
    }
  });
  return out;
}

function formatNumberWith(value: number, format: string): string {
  const section = splitSections(format)[0] ?? format;
  const m = /[#0?][#0?,]*(\.[#0?]*)?/.exec(stripQuotedKeep(section));
  if (!m) return automaticNumber(value);
  // Locate the numeric core in the original section (quoted literals excluded).
  const core = m[0];
  const coreStart = findCore(section, core);
  const prefix = literalText(section.slice(0, coreStart));
  const suffix = literalText(section.slice(coreStart + core.length));
  const percent = (prefix + suffix).includes('%');
  let n = percent ? value * 100 : value;
  const [intPart, fracPart = ''] = core.split('.');
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const maxDecimals = fracPart.length;
  const grouping = (intPart ?? '').includes(',');
  const negative = n < 0;
  n = Math.abs(n);
  let text = n.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [i, f = ''] = text.split('.');
    let frac = f;
    while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : (i ?? '');
  }
  const minIntDigits = ((intPart ?? '').match(/0/g) ?? []).length;
  let [digits, frac] = text.split('.');
  digits = digits ?? '0';
  if (minIntDigits === 0 && digits === '0' && frac) digits = '';
  digits = digits.padStart(minIntDigits, '0');
  if (grouping) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac ? `${digits}.${frac}` : digits;
  const isZero = Number(text) === 0;
  return `${negative && !isZero ? '-' : ''}${prefix}${body}${suffix}`;
}

/** A number format's `;`-separated sections, ignoring `;` inside quotes. */
export function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** The section with quoted/bracketed literals blanked out (same length), to find the numeric core. */
function stripQuotedKeep(section: string): string {
  return section
    .replace(/"[^"]*"/g, (s) => ' '.repeat(s.length))
    .replace(/\[[^\]]*\]/g, (s) => ' '.repeat(s.length));
}

function findCore(section: string, core: string): number {
  return stripQuotedKeep(section).indexOf(core);
}

function literalText(part: string): string {
  return part
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[_*]./g, '');
}
