// Follow-up email templates: the built-in ones (one per purpose, in each language) as data, the
// owner's own from the *Templates* sheet, and how the two combine. A template is plain text with
// merge fields (see merge-fields.ts); the opt-out line is added when an email is rendered, never
// left to the template.
//
// Decisions (tests in test/unit/followups/templates.test.ts):
// - A template is identified by id + language. A Templates-sheet row with the id and language of a
//   built-in one replaces it; a new id adds a template.
// - The purpose says whom a template is for. Only `complaint` templates may go to a customer with an
//   open complaint (SPEC §1: nobody with an open complaint gets a promotion), and they go only to
//   such customers.
// - Per SPEC §1, Loyal customers get appreciation without a discount; At risk customers are asked
//   what went wrong.

import { LANGUAGES, type Language, type Localized, parseLanguage } from '../i18n/language';
import { cleanText } from '../input/text';
import type { LifecycleStage } from '../lifecycle/lifecycle-stage';
import { type MergeProblem, parseTemplateText, type TemplateToken } from './merge-fields';
import type { FollowUpServerTexts } from './server-texts';
import { keysOfTexts } from './text-keys';

const TEMPLATE_PURPOSES = [
  'new',
  'developing',
  'loyal',
  'atRisk',
  'late',
  'spendingLess',
  'boughtOnce',
  'lapsed',
  'reorder',
  'complaint',
  'survey',
  'other',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export interface FollowUpTemplate {
  /** Letters, digits, `_` and `-` (any script), at most 40 characters. */
  id: string;
  language: Language;
  purpose: TemplatePurpose;
  /** What the owner sees in the template list. */
  name: string;
  subject: string;
  body: string;
  /** Where it comes from: built in, or the Templates sheet row number. */
  source: 'builtIn' | { row: number };
}

export const TEMPLATE_ID_PATTERN = /^[\p{L}\p{N}_-]{1,40}$/u;

/** The built-in template id of each purpose. */
export const BUILT_IN_TEMPLATE_IDS: Readonly<Record<Exclude<TemplatePurpose, 'other'>, string>> = {
  new: 'welcome',
  developing: 'thanks',
  loyal: 'appreciation',
  atRisk: 'check-in',
  late: 'late-check-in',
  spendingLess: 'spending-check-in',
  boughtOnce: 'second-visit',
  lapsed: 'win-back',
  reorder: 'reorder',
  complaint: 'complaint-follow-up',
  survey: 'survey',
};

/** The template a lifecycle stage suggests. */
export function templateIdOfStage(stage: LifecycleStage): string {
  return BUILT_IN_TEMPLATE_IDS[stage];
}

/** Name, subject and body of one built-in template. */
interface TemplateText {
  name: string;
  subject: string;
  body: string;
}

/** The built-in texts: each purpose in each language (built-in-texts.ts; dist/Templates.html). */
export type BuiltInTexts = Localized<Record<Exclude<TemplatePurpose, 'other'>, TemplateText>>;

/** Every built-in template of `texts`: each purpose in each language. */
export function templatesOfTexts(texts: BuiltInTexts): FollowUpTemplate[] {
  const out: FollowUpTemplate[] = [];
  for (const language of LANGUAGES) {
    for (const [purpose, id] of Object.entries(BUILT_IN_TEMPLATE_IDS) as [
      Exclude<TemplatePurpose, 'other'>,
      string,
    ][]) {
      const text = texts[language][purpose];
      out.push({ id, language, purpose, ...text, source: 'builtIn' });
    }
  }
  return out;
}

/** Columns of the Templates sheet, in order. */
export const TEMPLATE_COLUMNS = ['id', 'language', 'purpose', 'name', 'subject', 'body'] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** A Templates sheet row that cannot be used, and why. */
export interface TemplateRowProblem {
  row: number;
  problem: 'badId' | 'badLanguage' | 'badPurpose' | 'noSubject' | 'noBody' | 'duplicate' | 'noHeader';
  value: string;
}

export interface TemplateSheetResult {
  templates: FollowUpTemplate[];
  problems: TemplateRowProblem[];
}

/** Purposes as an owner may type them by hand, besides their ids and their labels in each language. */
const PURPOSE_WORDS = new Map<string, TemplatePurpose>([
  ['at risk', 'atRisk'],
  ['at-risk', 'atRisk'],
  ['spending less', 'spendingLess'],
  ['bought once', 'boughtOnce'],
  ['due', 'reorder'],
  ['re-order', 'reorder'],
  ['custom', 'other'],
]);

/** A purpose cell's value; blank means `other`. */
function parsePurpose(text: string, texts: FollowUpServerTexts): TemplatePurpose | undefined {
  const t = cleanText(text).toLowerCase();
  if (t === '') return 'other';
  return (
    keysOfTexts(texts.purposeLabels).get(t) ??
    PURPOSE_WORDS.get(t) ??
    TEMPLATE_PURPOSES.find((p) => p.toLowerCase() === t)
  );
}

/**
 * Reads the rows of the Templates sheet below its header (`rows[0]` is sheet row `firstRow`): each
 * row with an id is a template; rows that cannot be used are reported with the reason. Blank rows
 * are skipped silently.
 */
export function readTemplateRows(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  texts: FollowUpServerTexts,
): TemplateSheetResult {
  const templates: FollowUpTemplate[] = [];
  const problems: TemplateRowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const result = readTemplateRow(cells, row, seen, texts);
    if (result === undefined) return;
    if ('problem' in result) problems.push(result);
    else templates.push(result);
  });
  return { templates, problems };
}

function readTemplateRow(
  cells: readonly unknown[],
  row: number,
  seen: Set<string>,
  texts: FollowUpServerTexts,
): FollowUpTemplate | TemplateRowProblem | undefined {
  const text = (c: number) => {
    const v = cells[c];
    return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
  };
  const id = cleanText(text(0));
  const [languageText, purposeText, name, subject, body] = [text(1), text(2), text(3), text(4), text(5)];
  if (id === '' && [languageText, purposeText, name, subject, body].every((t) => t.trim() === ''))
    return undefined;
  if (!TEMPLATE_ID_PATTERN.test(id)) return { row, problem: 'badId', value: id };
  const language = parseLanguage(languageText);
  if (language === undefined) return { row, problem: 'badLanguage', value: languageText };
  const purpose = parsePurpose(purposeText, texts);
  if (purpose === undefined) return { row, problem: 'badPurpose', value: purposeText };
  if (subject.trim() === '') return { row, problem: 'noSubject', value: id };
  if (body.trim() === '') return { row, problem: 'noBody', value: id };
  const key = `${id.toLowerCase()}\u0000${language}`;
  if (seen.has(key)) return { row, problem: 'duplicate', value: `${id} (${language})` };
  seen.add(key);
  return {
    id,
    language,
    purpose,
    name: name.trim() === '' ? id : name.trim(),
    subject,
    body,
    source: { row },
  };
}

/** A header row names at least this many of the six columns (a template row names none). */
const HEADER_MIN_COLUMNS = 3;

/** The columns a row names, when it is the header row (in any of the three languages). */
function templateHeaderIndex(
  cells: readonly unknown[],
  texts: FollowUpServerTexts,
): Map<TemplateColumn, number> | undefined {
  const index = new Map<TemplateColumn, number>();
  cells.forEach((cell, i) => {
    const column =
      typeof cell === 'string'
        ? keysOfTexts(texts.templateHeaders).get(cleanText(cell).toLowerCase())
        : undefined;
    if (column !== undefined && !index.has(column)) index.set(column, i);
  });
  return index.size >= HEADER_MIN_COLUMNS ? index : undefined;
}

const isBlankCell = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/**
 * The whole Templates sheet. The header is the first row naming at least three of its columns (in
 * any of the three languages), wherever it is: a title row typed above it, or a sort that moved it,
 * loses nothing. Rows below it are templates; rows above it too when they have a subject or body
 * (a title or a note has neither). With no header row (the owner deleted it), nothing of the sheet
 * is used and one problem says so: guessing the columns could send a text to the wrong customers,
 * and the template that moved up to row 1 would be lost without a word (new-owner trial).
 */
export function readTemplateSheet(
  grid: readonly (readonly unknown[])[],
  texts: FollowUpServerTexts,
): TemplateSheetResult {
  const headerAt = grid.findIndex((cells) => templateHeaderIndex(cells, texts) !== undefined);
  if (headerAt < 0) {
    const first = grid.findIndex((cells) => !cells.every(isBlankCell));
    return {
      templates: [],
      problems: first < 0 ? [] : [{ row: first + 1, problem: 'noHeader', value: '' }],
    };
  }
  const index = templateHeaderIndex(grid[headerAt]!, texts)!;
  const cellsOf = (cells: readonly unknown[]) =>
    TEMPLATE_COLUMNS.map((c) => {
      const i = index.get(c);
      return i === undefined ? '' : cells[i];
    });
  const above = grid.slice(0, headerAt).map(cellsOf);
  const rows = [
    ...above.map((cells) => (isBlankCell(cells[4]) && isBlankCell(cells[5]) ? [] : cells)),
    [],
    ...grid.slice(headerAt + 1).map(cellsOf),
  ];
  return readTemplateRows(rows, 1, texts);
}

/** A body as compared with a superseded one: line breaks as `\n`, outer space trimmed. */
const comparableBody = (body: string) => body.replace(/\r\n?/g, '\n').trim();

/**
 * The owner's rows without those that are an earlier built-in text left unedited (same id as a
 * built-in template, body exactly a superseded one): the current built-in text replaces them.
 */
export function dropSupersededRows(
  owned: readonly FollowUpTemplate[],
  supersededBodies: readonly string[],
): FollowUpTemplate[] {
  const superseded = new Set(supersededBodies.map(comparableBody));
  const builtInIds = new Set<string>(Object.values(BUILT_IN_TEMPLATE_IDS));
  return owned.filter((t) => !(builtInIds.has(t.id.toLowerCase()) && superseded.has(comparableBody(t.body))));
}

/** Built-in templates with the owner's rows laid over them (same id and language replaces). */
export function combineTemplates(
  builtIn: readonly FollowUpTemplate[],
  owned: readonly FollowUpTemplate[],
): FollowUpTemplate[] {
  const key = (t: FollowUpTemplate) => `${t.id.toLowerCase()}\u0000${t.language}`;
  const ownedByKey = new Map(owned.map((t) => [key(t), t]));
  const out = builtIn.map((t) => ownedByKey.get(key(t)) ?? t);
  const builtInKeys = new Set(builtIn.map(key));
  for (const t of owned) if (!builtInKeys.has(key(t))) out.push(t);
  return out;
}

/** The template with this id in this language, if any (ids compare case-insensitively). */
export function findTemplate(
  templates: readonly FollowUpTemplate[],
  id: string,
  language: Language,
): FollowUpTemplate | undefined {
  const lower = id.toLowerCase();
  return templates.find((t) => t.id.toLowerCase() === lower && t.language === language);
}

/** The rows a new Templates sheet starts with: every built-in template, so the owner can edit them. */
export function templateSheetRows(
  templates: readonly FollowUpTemplate[],
  language: Language,
  texts: FollowUpServerTexts,
): string[][] {
  return templates.map((t) => [
    t.id,
    t.language,
    texts.purposeLabels[language][t.purpose],
    t.name,
    t.subject,
    t.body,
  ]);
}

export interface CompiledTemplate {
  template: FollowUpTemplate;
  subject: TemplateToken[];
  body: TemplateToken[];
  problems: MergeProblem[];
}

/** Parses a template's subject and body; `problems` lists every merge-field error in either. */
export function compileTemplate(template: FollowUpTemplate): CompiledTemplate {
  const subject = parseTemplateText(template.subject, 'subject');
  const body = parseTemplateText(template.body, 'body');
  return {
    template,
    subject: subject.tokens,
    body: body.tokens,
    problems: [...subject.problems, ...body.problems],
  };
}
