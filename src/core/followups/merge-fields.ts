// Merge fields in follow-up templates: `{{name}}`, `{{ last purchase date }}`, `{{favouriteProduct|our
// teas}}` (a fallback after `|` is used when the customer has no value). Parsing is strict — an
// unknown field, an unclosed `{{` or an empty `{{}}` is an error shown before anything is sent —
// and rendering is safe: every merge value is made one line, then HTML-escaped in the HTML body;
// subjects are one line whatever the template or the values contain.
//
// Decisions (tests in test/unit/followups/merge-fields.test.ts):
// - Field names match case-, space-, `_`- and `-`-insensitively, in English and Chinese
//   (`{{Last_Purchase_Date}}`, `{{最近购买日期}}`); British and American spellings both work.
// - Template text outside fields is the owner's own plain text: it is HTML-escaped too, so a `<`
//   typed in the Templates sheet shows as `<`, never as markup. Blank lines separate paragraphs.
// - `{` alone is literal text; `}}` alone is literal text. But text that looks like a field typed
//   the way other tools write one is a problem, not sent as typed (new-owner trial: `{first_name}`
//   and `${name}` reached customers literally): `${…}` always; `{word}` when the word is a merge
//   field's name or a placeholder-like name (`order_id`, `firstName`). Prose braces (`{b}`, `{see
//   below}`) stay text.
// - Full-width braces, which a Chinese input method types (`｛｛姓名｝｝`), are read as the ASCII
//   ones: a double pair is the field it names; a single pair is checked as above.

export const MERGE_FIELDS = [
  'name',
  'lastPurchaseDate',
  'daysSince',
  'usualGap',
  'favouriteProduct',
  'totalSpent',
  'shopName',
  'signature',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Names an owner may type for each field (compared after `normalizeFieldName`). */
const FIELD_ALIASES: Readonly<Record<MergeField, readonly string[]>> = {
  name: ['name', 'customer', 'customer name', 'first name', '姓名', '名字', '称呼', '稱呼', '客户', '客戶'],
  lastPurchaseDate: [
    'last purchase date',
    'last purchase',
    'last order date',
    '最近购买日期',
    '最近購買日期',
    '上次购买日期',
    '上次購買日期',
  ],
  daysSince: [
    'days since',
    'days since last',
    'days since last purchase',
    '距上次购买天数',
    '距上次購買天數',
    '天数',
    '天數',
  ],
  usualGap: ['usual gap', 'usual gap days', '通常间隔', '通常間隔', '购买间隔', '購買間隔'],
  favouriteProduct: [
    'favourite product',
    'favorite product',
    'favourite',
    'favorite',
    '常买商品',
    '常買商品',
    '最常买',
    '最常買',
  ],
  totalSpent: ['total spent', 'total spend', 'total', '累计消费', '累計消費', '消费总额', '消費總額'],
  shopName: ['shop name', 'shop', 'store name', 'store', 'business name', '店名', '店铺名称', '店鋪名稱'],
  signature: ['signature', 'sign off', '签名', '簽名', '落款'],
};

/** A field name as compared: NFKC, lower case, no spaces, underscores or hyphens. */
function normalizeFieldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

let fieldOfNameCache: ReadonlyMap<string, MergeField> | undefined;
/** Built on first use: nothing runs when the script loads (Apps Script loads it for every call). */
function fieldOfName(): ReadonlyMap<string, MergeField> {
  if (fieldOfNameCache === undefined) {
    fieldOfNameCache = (() => {
      const map = new Map<string, MergeField>();
      for (const field of MERGE_FIELDS) {
        map.set(normalizeFieldName(field), field);
        for (const alias of FIELD_ALIASES[field]) map.set(normalizeFieldName(alias), field);
      }
      return map;
    })();
  }
  return fieldOfNameCache;
}

/** The merge field an owner-typed name stands for, if any. */
export function mergeFieldOf(name: string): MergeField | undefined {
  return fieldOfName().get(normalizeFieldName(name));
}

export type TemplatePart = 'subject' | 'body';

export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: MergeField; fallback: string | undefined; raw: string };

export type MergeProblem =
  | { kind: 'unknownField'; part: TemplatePart; raw: string }
  | { kind: 'unclosedField'; part: TemplatePart; raw: string }
  | { kind: 'emptyField'; part: TemplatePart }
  | { kind: 'lookAlikeField'; part: TemplatePart; raw: string };

export interface ParsedText {
  tokens: TemplateToken[];
  problems: MergeProblem[];
}

/** At most this much of a broken field is quoted back in an error. */
const RAW_QUOTE_LIMIT = 40;

/** Full-width braces (a Chinese input method's) as the ASCII ones; one UTF-16 unit each, so indexes match. */
const asciiBraces = (text: string) => text.replace(/\uff5b/g, '{').replace(/\uff5d/g, '}');

/**
 * `${…}`, or `{…}` not part of `{{`/`}}`, in text outside fields (braces already made ASCII).
 * Group 1 is the dollar form's name, group 2 the single-brace form's.
 */
const LOOK_ALIKE = /\$\{([^{}\n]{1,40})\}|(?<!\{)\{([^{}\n]{1,40})\}(?!\})/g;

/** A name written as a placeholder: with `_` or lower-then-upper case (`first_name`, `orderId`). */
const PLACEHOLDER_NAME = /^\s*[\p{L}\p{N}]+(?:_[\p{L}\p{N}_]*|[\p{Ll}\p{N}]\p{Lu}[\p{L}\p{N}]*)\s*$/u;

/** Field look-alikes in literal text (`plain` is `text` with ASCII braces), as problems. */
function lookAlikes(text: string, plain: string, part: TemplatePart, problems: MergeProblem[]): void {
  for (const m of plain.matchAll(LOOK_ALIKE)) {
    const name = m[1] ?? m[2]!;
    if (m[1] !== undefined || mergeFieldOf(name) !== undefined || PLACEHOLDER_NAME.test(name)) {
      problems.push({ kind: 'lookAlikeField', part, raw: quote(text.slice(m.index, m.index + m[0].length)) });
    }
  }
}

/** Splits template text into literal text and merge fields, collecting every problem. */
export function parseTemplateText(text: string, part: TemplatePart): ParsedText {
  const tokens: TemplateToken[] = [];
  const problems: MergeProblem[] = [];
  // Searched with full-width braces as ASCII ones; text is always taken from `text` itself.
  const plain = asciiBraces(text);
  let literal = '';
  const addLiteral = (from: number, to?: number) => {
    literal += text.slice(from, to);
    lookAlikes(text.slice(from, to), plain.slice(from, to), part, problems);
  };
  let i = 0;
  while (i < text.length) {
    const open = plain.indexOf('{{', i);
    if (open < 0) {
      addLiteral(i);
      break;
    }
    addLiteral(i, open);
    const close = plain.indexOf('}}', open + 2);
    const nextOpen = plain.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      problems.push({
        kind: 'unclosedField',
        part,
        raw: quote(text.slice(open, nextOpen >= 0 ? nextOpen : undefined)),
      });
      literal += text.slice(open, open + 2);
      i = open + 2;
      continue;
    }
    const inner = text.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const name = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
    const fallback = bar >= 0 ? inner.slice(bar + 1).trim() : undefined;
    const raw = text.slice(open, close + 2);
    i = close + 2;
    if (name === '') {
      problems.push({ kind: 'emptyField', part });
      continue;
    }
    const field = mergeFieldOf(name);
    if (field === undefined) {
      problems.push({ kind: 'unknownField', part, raw: quote(raw) });
      continue;
    }
    if (literal !== '') tokens.push({ kind: 'text', text: literal });
    literal = '';
    tokens.push({ kind: 'field', field, fallback: fallback === '' ? undefined : fallback, raw });
  }
  if (literal !== '') tokens.push({ kind: 'text', text: literal });
  return { tokens, problems };
}

function quote(raw: string): string {
  const oneLine = singleLine(raw);
  return oneLine.length > RAW_QUOTE_LIMIT ? `${oneLine.slice(0, RAW_QUOTE_LIMIT)}…` : oneLine;
}

/** Values of the merge fields for one recipient; undefined when the customer has none. */
export type MergeValues = Readonly<Record<MergeField, string | undefined>>;

/**
 * Every control character (C0, DEL, C1) and every line or paragraph separator: none of them may
 * reach a subject or a merge value.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const SPACE_RUN = /[ \t\u00a0\u3000]+/g;

/** Longest subject kept; longer ones are cut with an ellipsis (mail clients show ~60–80 characters). */
export const MAX_SUBJECT_LENGTH = 200;

/** Text made one line: control characters and line breaks become spaces, space runs one space, trimmed. */
export function singleLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, ' ').replace(SPACE_RUN, ' ').trim();
}

/** A subject as sent: one line, at most MAX_SUBJECT_LENGTH characters (never cutting a surrogate pair). */
export function cleanSubject(text: string): string {
  const line = singleLine(text);
  const chars = Array.from(line);
  if (chars.length <= MAX_SUBJECT_LENGTH) return line;
  return `${chars
    .slice(0, MAX_SUBJECT_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** Fields whose value may span lines (the owner's signature); every other value is made one line. */
const MULTI_LINE_FIELDS: ReadonlySet<MergeField> = new Set(['signature']);

/** Text with line breaks kept (as `\n`) and every other control character removed. */
function multiLine(text: string): string {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(singleLine)
    .join('\n')
    .trim();
}

/** A merge value as inserted: one line (but a signature), the fallback when missing or blank. */
function mergedValue(
  token: Extract<TemplateToken, { kind: 'field' }>,
  values: MergeValues,
): string | undefined {
  const value = values[token.field];
  const clean = MULTI_LINE_FIELDS.has(token.field) ? multiLine : singleLine;
  const line = value === undefined ? '' : clean(value);
  if (line !== '') return line;
  return token.fallback === undefined ? undefined : singleLine(token.fallback);
}

/** The fields a text needs but the values lack (no value and no fallback). */
export function missingValues(tokens: readonly TemplateToken[], values: MergeValues): MergeField[] {
  const missing = new Set<MergeField>();
  for (const t of tokens)
    if (t.kind === 'field' && mergedValue(t, values) === undefined) missing.add(t.field);
  return [...missing];
}

/** A Latin letter or digit at one side and a Han character or kana at the other need a space between. */
const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Whether `left` followed by `right` would run Latin letters or digits into Chinese characters. */
export function scriptsMeet(left: string, right: string): boolean {
  return (LATIN_END.test(left) && CJK_START.test(right)) || (CJK_END.test(left) && LATIN_START.test(right));
}

/** Fields that are counts of days, written before the word "days" in English templates. */
const DAY_COUNT_FIELDS: ReadonlySet<MergeField> = new Set(['daysSince', 'usualGap']);

/**
 * The template's own text adjusted to the values merged beside it, so the email reads as written
 * by hand in every language and count (issue 12 saw "Lotus Leaf Tea House想念您" and "1 days"):
 * - a space between a merged value and the template's text where Latin letters or digits meet
 *   Chinese characters ("Jason Lim 您好", "选择 Lotus Leaf Tea House。"), as Chinese typesetting does;
 * - "1 days" → "1 day" after a day count;
 * - no space between a Chinese date and Chinese text ("感谢您在2026年6月7日选择…").
 * Only the template's text changes; values are inserted as they are.
 */
export function fitTextToValues(tokens: readonly TemplateToken[], values: MergeValues): TemplateToken[] {
  const out = tokens.map((t) => ({ ...t }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.kind !== 'field') continue;
    const value = mergedValue(t, values) ?? '';
    if (value === '') continue;
    const before = out[i - 1];
    const after = out[i + 1];
    // A Chinese date ("2026年6月7日") is Chinese text: no space beside Chinese, even one the template has.
    if (/^\d+年/.test(value)) {
      if (before?.kind === 'text') before.text = before.text.replace(/(\p{Script=Han}) $/u, '$1');
      if (after?.kind === 'text') after.text = after.text.replace(/^ (?=\p{Script=Han})/u, '');
      continue;
    }
    if (before?.kind === 'text' && scriptsMeet(before.text, value)) before.text += ' ';
    if (after?.kind === 'text') {
      if (DAY_COUNT_FIELDS.has(t.field) && value === '1') after.text = after.text.replace(/^ days\b/, ' day');
      if (scriptsMeet(value, after.text)) after.text = ` ${after.text}`;
    }
  }
  return out;
}

/** Plain text with the values merged in (a missing value becomes empty text). */
function renderPlain(tokens: readonly TemplateToken[], values: MergeValues): string {
  let out = '';
  for (const t of tokens) out += t.kind === 'text' ? t.text : (mergedValue(t, values) ?? '');
  return out;
}

/** A subject with the values merged in, one line. */
export function renderSubject(tokens: readonly TemplateToken[], values: MergeValues): string {
  return cleanSubject(renderPlain(tokens, values));
}

/** Line breaks as written in a sheet cell or a textarea: CRLF, CR or LF. */
const LINE_BREAK = /\r\n?|\n/g;

/**
 * A body as plain text: the merged text with normalised line breaks, trailing spaces removed,
 * control characters (other than line breaks and tabs) removed.
 */
export function renderTextBody(tokens: readonly TemplateToken[], values: MergeValues): string {
  return normaliseBody(renderPlain(tokens, values));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const BODY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function normaliseBody(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(BODY_CONTROL, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/**
 * A body as HTML: paragraphs (split at blank lines) with `<br>` for single line breaks, every
 * piece of text — the template's and the values — escaped. No markup comes from the template.
 */
export function renderHtmlBody(tokens: readonly TemplateToken[], values: MergeValues): string {
  // Escape piece by piece, then lay out paragraphs; escaping never introduces a line break.
  let escaped = '';
  for (const t of tokens) escaped += escapeHtml(t.kind === 'text' ? t.text : (mergedValue(t, values) ?? ''));
  return htmlParagraphs(normaliseBody(escaped));
}

/** Already-escaped text laid out as `<p>` paragraphs. */
function htmlParagraphs(escapedText: string): string {
  return escapedText
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split('\n').join('<br>')}</p>`)
    .join('\n');
}
