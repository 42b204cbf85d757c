// The built-in follow-up templates and the follow-up server's texts, read from the project file
// Templates.html (the JSON that scripts/build.mjs writes from src/core/followups/built-in-texts.ts
// and server-texts.ts). Keeping ~35 KB of text out of Code.js means a custom-function call never
// parses it; only follow-ups read the file, once per execution.

import type { FollowUpServerTexts } from '../../core/followups/server-texts';
import {
  BUILT_IN_TEMPLATE_IDS,
  type BuiltInTexts,
  type FollowUpTemplate,
  templatesOfTexts,
} from '../../core/followups/templates';
import { LANGUAGES } from '../../core/i18n/language';

/** The HTML project file holding the built-in texts (dist/Templates.html). */
const TEMPLATES_FILE = 'Templates';

/** The tables of `FollowUpServerTexts`, each one text (or one object of texts) per language. */
const SERVER_TABLES: readonly (keyof FollowUpServerTexts)[] = [
  'optOut',
  'postalAddressMissing',
  'planProblems',
  'testSubjectPrefix',
  'ledgerProblems',
  'ledger',
  'fieldDescriptions',
  'purposeLabels',
  'templateHeaders',
  'audienceWords',
];

type TextsFile = BuiltInTexts & { superseded?: unknown; server: FollowUpServerTexts };

let cached: TextsFile | undefined;

/** True when `value` is a string, or an object of strings with the keys of `like` (when given). */
function isText(value: unknown, like?: unknown): boolean {
  if (typeof value === 'string') return like === undefined || typeof like === 'string';
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  if (!keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string')) return false;
  return (
    like === undefined ||
    keys.sort().join() ===
      Object.keys(like as object)
        .sort()
        .join()
  );
}

/** The texts of `content`; throws when the file is not what the build writes. */
export function parseBuiltInTexts(content: string): TextsFile {
  const damaged = () =>
    new Error(`The project file ${TEMPLATES_FILE}.html is damaged: copy dist/${TEMPLATES_FILE}.html again.`);
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
  for (const language of LANGUAGES) {
    const byPurpose = file?.[language];
    for (const purpose of Object.keys(BUILT_IN_TEMPLATE_IDS)) {
      const text = byPurpose?.[purpose];
      if (!text || !['name', 'subject', 'body'].every((k) => typeof text[k] === 'string')) throw damaged();
    }
  }
  // Every table in every language, each language with the keys of the English one.
  for (const table of SERVER_TABLES) {
    const byLanguage = file?.server?.[table];
    if (!LANGUAGES.every((language) => isText(byLanguage?.[language], byLanguage?.en))) throw damaged();
  }
  return texts as TextsFile;
}

function textsFile(): TextsFile {
  cached ??= parseBuiltInTexts(HtmlService.createHtmlOutputFromFile(TEMPLATES_FILE).getContent());
  return cached;
}

/** Bodies of earlier built-in texts (SUPERSEDED_BODIES), to recognise unedited old Templates rows. */
export function supersededBodies(): readonly string[] {
  const list = textsFile().superseded;
  return Array.isArray(list) ? list.filter((b): b is string => typeof b === 'string') : [];
}

/** Every built-in template: each purpose in each language. */
export function builtInTemplates(): FollowUpTemplate[] {
  return templatesOfTexts(textsFile());
}

/** The texts the follow-up server writes: opt-out line, plan and ledger problems, field names. */
export function serverTexts(): FollowUpServerTexts {
  return textsFile().server;
}
