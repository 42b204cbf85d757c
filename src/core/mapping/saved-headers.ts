// A saved column setup remembers the header text of every column it maps, so it follows its columns
// when the owner inserts, deletes or moves one (new-owner trial: a column inserted before "Opt-out"
// left the saved setup pointing at a blank one, and a customer who had opted out was emailed; one
// inserted before "Amount" had the quantities read as amounts, silently).
//
// Decisions (tests in test/unit/mapping/saved-headers.test.ts):
// - Headers are compared as written, trimmed, spaces collapsed and case folded: "Opt-out (SMS)" and
//   "Opt-out (email)" are two headers. A header written twice when saved is followed by its place
//   among the columns of that text (the second "Amount" stays the second); a header written once
//   when saved and twice now is not found (which one is meant cannot be told).
// - A column whose header was blank when saved moves with its nearest neighbour that has a header.
// - A header found in none of the columns: no guess, even where nothing else moved (a renamed header
//   and a column replaced in place look alike: a trial pasted a blank "Notes" where "Opt-out" stood,
//   the opt-outs now under "Unsubscribed", and reading the old place emailed six opted-out customers).
//   The saved setup of that sheet is set aside, and Analyze and follow-ups stop and say why until the
//   owner saves the setup again (setupMismatchText).
// - Setups saved before headers were remembered are used as they are.
import type { CellValue, Grid } from '../cells';
import type { Language, Localized } from '../i18n/language';
import type { SheetMapping } from './column-setup';

/** Key of an ignore rule's column in `headers`: the rule's position. */
const ruleKey = (i: number) => `exclude.${i}`;

/** A remembered header: its text, or its text and its place among the columns with that text. */
export type RememberedHeader = string | readonly [string, number];

function headerCells(rows: Grid, headerRow: number): readonly CellValue[] {
  return rows[headerRow - 1] ?? [];
}

/** The header as the owner wrote it (kept, and named in a note), at most 300 characters. */
export function headerOf(cell: CellValue | undefined): string {
  if (typeof cell === 'string') return cell.trim().replace(/\s+/g, ' ').slice(0, 300);
  return typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '';
}

const folded = (text: string) => text.toLowerCase();

/** The mapped columns by key (fields, then `exclude.<i>` for ignore rules). */
function mappedColumns(mapping: SheetMapping): [string, number][] {
  const out: [string, number][] = [];
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (column !== undefined) out.push([field, column]);
  }
  const rules = 'exclude' in mapping ? mapping.exclude : undefined;
  rules?.forEach((rule, i) => {
    out.push([ruleKey(i), rule.column]);
  });
  return out;
}

/** Every mapped column's header, by field (and ignore rule), as the sheet has it now. */
export function headersOfMapping(mapping: SheetMapping, rows: Grid): Record<string, RememberedHeader> {
  const texts = headerCells(rows, mapping.headerRow).map((c) => folded(headerOf(c)));
  const cells = headerCells(rows, mapping.headerRow);
  const out: Record<string, RememberedHeader> = {};
  for (const [key, column] of mappedColumns(mapping)) {
    const text = headerOf(cells[column]);
    if (text === '') continue;
    let nth = 0;
    for (let c = 0; c <= column; c++) if (texts[c] === folded(text)) nth++;
    out[key] = nth > 1 ? [text, nth] : text;
  }
  return out;
}

export type FollowedHeaders<M extends SheetMapping> =
  | { mapping: M; moved: boolean }
  | {
      lost: string;
      header: string;
      /** Every remembered header not found, left to right as saved (the first is `header`). */
      headers: string[];
      /** The owner's ignore rules whose columns were found: kept for the setup they must save again. */
      rules: { column: number; values: string[] }[];
    };

/**
 * The column whose header is `remembered` in `rows`' header row, or undefined: not there, or written
 * once when saved and twice now (which one is meant cannot be told).
 */
export function columnOfHeader(
  rows: Grid,
  headerRow: number,
  remembered: RememberedHeader,
): number | undefined {
  const texts = headerCells(rows, headerRow).map((c) => folded(headerOf(c)));
  const [text, nth] = typeof remembered === 'string' ? [remembered, 1] : remembered;
  let seen = 0;
  let at = -1;
  for (let c = 0; c < texts.length; c++) {
    if (texts[c] !== folded(text)) continue;
    if (++seen === nth) at = c;
  }
  return at >= 0 && !(typeof remembered === 'string' && seen > 1) ? at : undefined;
}

/**
 * The saved mapping with each column found again by its remembered header, or the first key whose
 * header cannot be found while other columns moved.
 */
export function followHeaders<M extends SheetMapping>(mapping: M, rows: Grid): FollowedHeaders<M> {
  const saved = mapping.headers;
  if (saved === undefined) return { mapping, moved: false };
  const mapped = mappedColumns(mapping);
  const found = new Map<string, number>();
  const missing: string[] = [];
  for (const [key] of mapped) {
    const remembered = saved[key];
    if (remembered === undefined) continue;
    const at = columnOfHeader(rows, mapping.headerRow, remembered);
    if (at !== undefined) found.set(key, at);
    else missing.push(key);
  }
  const savedAt = new Map(mapped);
  const moved = [...found].some(([key, at]) => savedAt.get(key) !== at);
  const headerText = (key: string) => {
    const r = saved[key]!;
    return typeof r === 'string' ? r : r[0];
  };
  if (missing.length > 0) {
    // Named left to right, as the owner reads the sheet.
    missing.sort((a, b) => savedAt.get(a)! - savedAt.get(b)!);
    const rules: { column: number; values: string[] }[] = [];
    if ('exclude' in mapping) {
      mapping.exclude?.forEach((rule, i) => {
        const at = found.get(ruleKey(i));
        if (at !== undefined) rules.push({ ...rule, column: at });
      });
    }
    return { lost: missing[0]!, header: headerText(missing[0]!), headers: missing.map(headerText), rules };
  }
  // A column saved without a header moves as its nearest neighbour with one did.
  const withHeader = mapped.filter(([key]) => saved[key] !== undefined);
  for (const [key, column] of mapped) {
    if (found.has(key)) continue;
    const nearest = [...withHeader].sort(
      ([, a], [, b]) => Math.abs(a - column) - Math.abs(b - column) || a - b,
    )[0];
    found.set(key, nearest === undefined ? column : column + found.get(nearest[0])! - nearest[1]);
  }
  if (!moved) return { mapping, moved: false };
  const columns: Record<string, number | undefined> = {};
  for (const field of Object.keys(mapping.columns)) {
    if (mapping.columns[field as keyof typeof mapping.columns] !== undefined)
      columns[field] = found.get(field);
  }
  const exclude =
    'exclude' in mapping && mapping.exclude
      ? mapping.exclude.map((rule, i) => ({ ...rule, column: found.get(ruleKey(i))! }))
      : undefined;
  const next = { ...mapping, columns, ...(exclude ? { exclude } : {}) } as M;
  return { mapping: { ...next, headers: headersOfMapping(next, rows) } as M, moved };
}

/**
 * Read from dist/Templates.html (core/report/analyze-texts.ts `setup`), not bundled: only Analyze, the
 * sidebar and follow-ups stop on a saved setup set aside.
 */
export const SETUP_MISMATCH: Localized<string> = {
  en: 'The saved column setup no longer matches “{sheet}”: its {column} {headers} {is} not found (renamed, replaced, deleted or written twice). Open Column setup, check the columns and save.',
  'zh-CN':
    '已保存的列设置与“{sheet}”不再相符：找不到{headers}列（已改名、替换、删除或重复）。请打开“列设置”，核对各列后保存。',
  'zh-TW':
    '已儲存的欄設定與「{sheet}」不再相符：找不到{headers}欄（已改名、替換、刪除或重複）。請開啟「欄設定」，核對各欄後儲存。',
};

/** “Sales”, “Email” / “Sales”、“Email” / 「Sales」、「Email」 */
export function quotedList(headers: readonly string[], language: Language): string {
  const [open, close] = language === 'zh-TW' ? ['「', '」'] : ['“', '”'];
  return headers.map((h) => open + h + close).join(language === 'en' ? ', ' : '、');
}

/**
 * Why Analyze and follow-ups stop when a saved setup had to be set aside, naming every header not
 * found (review: only the first was named, and the owner fixed one to be stopped again by the next).
 */
export function setupMismatchText(
  texts: Localized<string>,
  sheet: string,
  headers: readonly string[],
  language: Language,
): string {
  const many = headers.length > 1;
  return texts[language]
    .replace('{sheet}', () => sheet)
    .replace('{column}', many ? 'columns' : 'column')
    .replace('{is}', many ? 'are' : 'is')
    .replace('{headers}', () => quotedList(headers, language));
}
