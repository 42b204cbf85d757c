// The project file Templates.html: the texts only the menu, the sidebar and follow-ups need, as JSON
// (scripts/build.mjs writes it from src/core/followups/built-in-texts.ts `builtInTextsFile`): the
// built-in follow-up templates, the follow-up server's texts and Analyze's texts. Apps Script parses
// dist/Code.js on every custom-function call; ~50 KB of text kept here is read, once per execution,
// only by what uses it.
import { BUILD_STAMP } from '../core/build-stamp';
import type { FollowUpServerTexts } from '../core/followups/server-texts';
import { BUILT_IN_TEMPLATE_IDS, type BuiltInTexts } from '../core/followups/templates';
import { LANGUAGES } from '../core/i18n/language';
import type { AnalyzeTexts } from '../core/report/analyze-texts';

/** The HTML project file holding the texts (dist/Templates.html). */
const TEXTS_FILE = 'Templates';

// The tables of `FollowUpServerTexts` and of `AnalyzeTexts`, which the file must hold: as records
// over their keys, so a table added to either type and not here does not compile.
const SERVER_TABLES: Record<keyof FollowUpServerTexts, true> = {
  optOut: true,
  postalAddressMissing: true,
  planProblems: true,
  testSubjectPrefix: true,
  unnamedGreeting: true,
  ledgerProblems: true,
  ledger: true,
  fieldDescriptions: true,
  purposeLabels: true,
  templateHeaders: true,
  audienceWords: true,
  outcomeHeaders: true,
  outcomeStatusLabels: true,
  logHeaders: true,
  logWords: true,
  suppression: true,
  sheetNames: true,
};
const ANALYZE_TABLES: Record<keyof AnalyzeTexts, true> = {
  report: true,
  sheetNames: true,
  issues: true,
  excluded: true,
  exclusionReasons: true,
  calibration: true,
  setup: true,
  logNotes: true,
};

export type TextsFile = BuiltInTexts & {
  build: string;
  superseded?: unknown;
  server: FollowUpServerTexts;
  analyze: AnalyzeTexts;
};

let cached: TextsFile | undefined;

/** `a` has the shape of `b`: a text where it has one, the same keys (or items) in every object. */
function sameShape(a: unknown, b: unknown): boolean {
  if (typeof b === 'string') return typeof a === 'string';
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const keys = Object.keys(b);
  return (
    Object.keys(a).length === keys.length &&
    keys.every((k) => k in a && sameShape(a[k as never], b[k as never]))
  );
}

/** Texts all the way down, and every object with an English text has each language in its shape. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if ('en' in v && !LANGUAGES.every((language) => sameShape(v[language], v.en))) return false;
  return Object.values(v).every(wellFormed);
}

/** The texts of `content`; throws when the file is not what the build writes. */
export function parseTextsFile(content: string): TextsFile {
  const damaged = () =>
    new Error(`The project file ${TEXTS_FILE}.html is damaged: copy dist/${TEXTS_FILE}.html again.`);
  let texts: unknown;
  try {
    texts = JSON.parse(content);
  } catch {
    throw damaged();
  }
  const file = texts as Record<
    string,
    Record<string, Record<string, unknown> | undefined> | undefined
  > | null;
  if (typeof file !== 'object' || file === null) throw damaged();
  // Copied from another build (dist/Code.js updated without it, or the other way round): its texts
  // may lack a key this code reads, which no shape check can tell.
  if ((file as { build?: unknown }).build !== BUILD_STAMP)
    throw new Error(
      `The project file ${TEXTS_FILE}.html is from another version of Regulars: copy dist/Code.js and dist/${TEXTS_FILE}.html again, together.`,
    );
  for (const language of LANGUAGES) {
    const byPurpose = file?.[language];
    for (const purpose of Object.keys(BUILT_IN_TEMPLATE_IDS)) {
      const text = byPurpose?.[purpose];
      if (!text || !['name', 'subject', 'body'].every((k) => typeof text[k] === 'string')) throw damaged();
    }
  }
  // An older build's file lacks a table; a hand-edited one may miss a language or a key.
  const tables = (part: string, names: object) =>
    Object.keys(names).every((name) => file?.[part]?.[name] !== undefined && wellFormed(file[part]![name]));
  if (!tables('server', SERVER_TABLES) || !tables('analyze', ANALYZE_TABLES)) throw damaged();
  return texts as TextsFile;
}

/** The file's texts, read and checked once per execution. */
export function textsFile(): TextsFile {
  if (cached) return cached;
  let content: string;
  try {
    content = HtmlService.createHtmlOutputFromFile(TEXTS_FILE).getContent();
  } catch {
    // Apps Script's own words name no remedy ("No HTML file named Templates was found").
    throw new Error(
      `The project file ${TEXTS_FILE}.html is missing: copy dist/${TEXTS_FILE}.html into the project.`,
    );
  }
  cached = parseTextsFile(content);
  return cached;
}

/** The texts of Analyze and of the sidebar's data issues. */
export function analyzeTexts(): AnalyzeTexts {
  return textsFile().analyze;
}
