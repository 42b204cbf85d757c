// Reads a money amount from a number cell or from text as people type it.
//
// Decisions (each has a test in test/unit/input/parse-amount.test.ts):
// - Currency marks are dropped before or after the number, with or without a space: symbols
//   ($ ¥ € £ ₩ ₹ …), codes (USD, RMB, CNY, TWD…), prefixed dollars (NT$, US$, HK$…), and words
//   (元, 円, 块, 人民币, 新台幣…), and Rp. The currency itself is not checked or converted.
// - Negative: `-12`, `−12`, `(12.00)` (accounting), `12-` (trailing minus, as some ledgers export),
//   with or without currency inside or outside. Two signs (`-(12)`, `--12`) are unreadable.
// - Separators: when both `.` and `,` appear, the last one is the decimal point and the other
//   groups thousands (`1,234.50`, `1.234,50`). A lone comma followed by one or two digits is a
//   decimal comma (`12,5`, `1234,50`); otherwise commas group thousands (`1,234` = 1234). A lone
//   dot is always a decimal point (`1.234` = 1.234, as JavaScript and an en/zh sheet read it);
//   several dots group thousands (`1.234.567`). Spaces and apostrophes group thousands
//   (`1 234,50`, `1'234.50`). Groups after the first have three digits (Indian `1,23,456` too).
// - With the spreadsheet locale's decimal mark known (`decimalMarkOfLocale`), a lone separator between
//   one to three digits and exactly three ("12.500", "1,250") is read by it: the locale's thousands
//   mark groups ("12.500" is 12500 in a de/id/pt-BR sheet, "1,250" is 1250 in an en one); the
//   locale's decimal mark with three decimals is 'ambiguous_separator', skipped rather than guessed
//   (money rarely has three decimals; it is most likely typed in another locale's style). Without a
//   locale, the rules above. Number cells are never affected.
// - Percentages are rejected ('percentage'): a rate is not an amount.
// - Amounts above 1e15 in size are 'out_of_range': no sale is that large, cents are no longer
//   exact beyond ~9e13, and sums of a million rows stay finite.
import type { CellValue } from '../cells';
import { cleanText, isFormulaErrorText } from './text';

export type AmountProblem =
  /** empty or only spaces */
  | 'blank'
  /** not a number (text, booleans, dates, NaN) */
  | 'unreadable'
  /** a percentage such as 12% */
  | 'percentage'
  /** infinite, or above 1e15 in size */
  | 'out_of_range'
  /** a spreadsheet error such as #REF! */
  | 'formula_error'
  /** "12.500" or "1,250" where that mark is the locale's decimal mark: thousands or decimals? */
  | 'ambiguous_separator';

/** The decimal mark of the spreadsheet's locale; the other of the two groups thousands. */
export type DecimalMark = '.' | ',';

/**
 * The decimal mark of a spreadsheet locale (`en_US`, `de_DE`, `pt_BR`…), as Sheets writes numbers in
 * it: a point for English, Chinese, Japanese, Korean, Thai, Hebrew, Malay, Filipino, Hindi, Irish,
 * Swahili, Swiss German and Swiss Italian, and Spanish where the Americas write it so; a comma
 * elsewhere (German, Indonesian, Portuguese, French, Spanish, Italian, Dutch, Russian, Turkish,
 * Polish, Vietnamese…). Undefined for an empty locale: nothing to read by.
 */
export function decimalMarkOfLocale(locale: string): DecimalMark | undefined {
  const subtags = String(locale).trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = subtags[0] ?? '';
  if (language === '') return undefined;
  const region = subtags.slice(1).find((tag) => /^(?:[a-z]{2}|\d{3})$/.test(tag));
  if (POINT_LANGUAGES.has(language)) return '.';
  if (language === 'de' || language === 'it') return region === 'ch' || region === 'li' ? '.' : ',';
  if (language === 'es') return region !== undefined && POINT_SPANISH.has(region) ? '.' : ',';
  return ',';
}

const POINT_LANGUAGES = new Set(
  'en zh ja ko th he iw ms fil tl hi ga sw my km bn ta te mr gu kn ml pa ur ne si'.split(' '),
);
/** Spanish-speaking regions that write a decimal point. */
const POINT_SPANISH = new Set('mx us gt hn ni sv pa do pr cu pe 419'.split(' '));

export type AmountResult =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly reason: AmountProblem };

/** Largest amount read, in size. */
const MAX_ABS_AMOUNT = 1e15;

/** Currency marks, matched case-insensitively at either end; longer ones first. */
const CURRENCY_MARKS: readonly string[] = (
  '人民币|人民幣|新台币|新台幣|澳门币|澳門幣|mop$|港币|港幣|港元|台币|台幣|美元|美金|日元|日圆|日圓|欧元|歐元|英镑|英鎊|韩元|韓元|us$|nt$|hk$|au$|ca$|nz$|rmb|' +
  'cny|usd|eur|gbp|jpy|hkd|twd|ntd|sgd|aud|cad|nzd|krw|mop|chf|inr|myr|thb|php|idr|vnd|a$|c$|s$|r$|rm|rp|kr|$|¥|€|£|₩|₹|₽|฿|₫|₱|元|円|圆|圓|块|塊'
).split('|');

const MINUS_SIGNS = '-\u2212'; // hyphen-minus and the minus sign (NFKC maps full-width and small ones)
const GROUP_MARKS = /[ \u00a0\u2009\u202f'\u2019]/g;
const NUMBER_BODY = /^[\d.,' \u00a0\u2009\u202f\u2019]+$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/;
const GROUPED_BY_THREE = /^\d{1,3}(?:,\d{3})*$/;
const GROUPED_INDIAN = /^\d{1,2}(?:,\d{2})*,\d{3}$/;
const DIGITS = /^\d*$/;
/** An optional minus, one of $ ¥ € £, then digits grouped by commas in threes or not at all, and decimals. */
const COMMON_AMOUNT = /^-?[$¥€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const NOT_NUMBER_CHAR = /[^\d.-]/g;
/** One to three digits, one separator, exactly three digits: "12.500", "1,250". */
const LONE_THREE = /^\d{1,3}[.,]\d{3}$/;
const LONE_THREE_AT_END = /^-?[$¥€£]?\d{1,3}[.,]\d{3}$/;

/** Reads one cell as an amount, or says why it cannot. Never throws. */
export function parseAmountCell(value: CellValue): AmountResult {
  const result = readAmount(value);
  return typeof result === 'number' ? { ok: true, amount: result } : { ok: false, reason: result };
}

/**
 * `parseAmountCell` without the result object: the amount, or the problem. For hot loops. Text is
 * read by the locale's decimal mark when given (see the rules at the top).
 */
export function readAmount(
  value: CellValue | null | undefined,
  decimalMark?: DecimalMark,
): number | AmountProblem {
  if (typeof value === 'number') return checkedAmount(value);
  if (typeof value === 'string') return amountOfText(value, decimalMark);
  return value === undefined || value === null ? 'blank' : 'unreadable';
}

function checkedAmount(n: number): number | AmountProblem {
  if (Number.isNaN(n)) return 'unreadable';
  if (!(n <= MAX_ABS_AMOUNT && n >= -MAX_ABS_AMOUNT)) return 'out_of_range';
  return n === 0 ? 0 : n; // no -0
}

/** The amount of text such as `¥1,234.50`, `1.234,50 €`, `(12.00)`, `NT$ 500`, `30元`. */
function amountOfText(text: string, decimalMark: DecimalMark | undefined): number | AmountProblem {
  const cleaned = cleanText(text);
  if (cleaned === '') return 'blank';
  if (isFormulaErrorText(cleaned)) return 'formula_error';
  // Fast path for the usual text amounts: `12.5`, `-1,234.50`, `¥1,234.50`, `$12` — not "12.500" or
  // "1,250" when a locale is to read them.
  if (COMMON_AMOUNT.test(cleaned) && (decimalMark === undefined || !LONE_THREE_AT_END.test(cleaned)))
    return checkedAmount(Number(cleaned.replace(NOT_NUMBER_CHAR, '')));
  let s = cleaned.toLowerCase();
  if (s.includes('%') || s.includes('‰')) return 'percentage';

  let negative = false;
  let signs = 0;
  // Peel signs, parentheses and currency marks off both ends, in any order.
  for (let guard = 0; guard < 8; guard++) {
    s = s.trim();
    if (s === '') break;
    const first = s.charAt(0);
    const last = s.charAt(s.length - 1);
    if (first === '(' && last === ')') {
      s = s.slice(1, -1);
      negative = true;
      signs++;
      continue;
    }
    if (first === '+' || MINUS_SIGNS.includes(first)) {
      if (first !== '+') negative = true;
      s = s.slice(1);
      signs++;
      continue;
    }
    if (s.length > 1 && MINUS_SIGNS.includes(last)) {
      s = s.slice(0, -1);
      negative = true;
      signs++;
      continue;
    }
    const prefix = CURRENCY_MARKS.find((mark) => s.startsWith(mark));
    if (prefix !== undefined) {
      s = s.slice(prefix.length);
      continue;
    }
    const suffix = CURRENCY_MARKS.find((mark) => s.endsWith(mark));
    if (suffix !== undefined) {
      s = s.slice(0, s.length - suffix.length);
      continue;
    }
    break;
  }
  if (signs > 1) return 'unreadable';
  const body = s.trim();
  if (decimalMark !== undefined && LONE_THREE.test(body)) {
    if (body.includes(decimalMark)) return 'ambiguous_separator';
    const grouped = Number(body.replace(/[.,]/, ''));
    return checkedAmount(negative ? -grouped : grouped);
  }
  const magnitude = numberOfBody(body);
  if (Number.isNaN(magnitude)) return 'unreadable';
  return checkedAmount(negative ? -magnitude : magnitude);
}

/** A non-negative number written with digits and separators (see the rules at the top); NaN if not one. */
function numberOfBody(body: string): number {
  if (SCIENTIFIC.test(body)) return Number(body);
  if (!NUMBER_BODY.test(body)) return Number.NaN;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimalAt = -1; // index of the decimal separator, -1 for none
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt = Math.max(lastDot, lastComma);
  } else if (lastComma >= 0) {
    const digitsAfter = body.length - lastComma - 1;
    if (body.indexOf(',') === lastComma && (digitsAfter === 1 || digitsAfter === 2)) decimalAt = lastComma;
  } else if (lastDot >= 0 && body.indexOf('.') === lastDot) {
    decimalAt = lastDot;
  }
  const integer = decimalAt >= 0 ? body.slice(0, decimalAt) : body;
  const fraction = decimalAt >= 0 ? body.slice(decimalAt + 1) : '';
  if (!DIGITS.test(fraction) || (integer === '' && fraction === '')) return Number.NaN;
  let digits = integer;
  if (!DIGITS.test(integer)) {
    // Thousands groups: one kind of mark throughout, groups of three after the first.
    const marked = integer.replace(GROUP_MARKS, ' ');
    const mark = marked.replace(/\d/g, '').charAt(0);
    const commaGrouped = marked.split(mark).join(',');
    if (/[^\d,]/.test(commaGrouped)) return Number.NaN;
    if (!GROUPED_BY_THREE.test(commaGrouped) && !GROUPED_INDIAN.test(commaGrouped)) return Number.NaN;
    digits = commaGrouped.replace(/,/g, '');
  }
  return Number(`${digits === '' ? '0' : digits}.${fraction === '' ? '0' : fraction}`);
}
