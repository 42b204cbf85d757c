// The built-in follow-up templates on the server, read from the project file Templates.html (the
// JSON that scripts/build.mjs writes from src/core/followups/built-in-texts.ts). Keeping ~20 KB of
// template text out of Code.js means a custom-function call never parses it; only follow-ups read
// the file, once per execution.
import {
  BUILT_IN_TEMPLATE_IDS,
  type BuiltInTexts,
  type FollowUpTemplate,
  templatesOfTexts,
} from '../../core/followups/templates';
import { LANGUAGES } from '../../core/i18n/language';

/** The HTML project file holding the built-in texts (dist/Templates.html). */
const TEMPLATES_FILE = 'Templates';

let cached: BuiltInTexts | undefined;

/** The built-in texts of `content`; throws when the file is not what the build writes. */
export function parseBuiltInTexts(content: string): BuiltInTexts {
  const damaged = () =>
    new Error(`The project file ${TEMPLATES_FILE}.html is damaged: copy dist/${TEMPLATES_FILE}.html again.`);
  let texts: unknown;
  try {
    texts = JSON.parse(content);
  } catch {
    throw damaged();
  }
  for (const language of LANGUAGES) {
    const byPurpose = (texts as Record<string, unknown> | null)?.[language] as
      | Record<string, unknown>
      | undefined;
    for (const purpose of Object.keys(BUILT_IN_TEMPLATE_IDS)) {
      const text = byPurpose?.[purpose] as Record<string, unknown> | undefined;
      if (!text || !['name', 'subject', 'body'].every((k) => typeof text[k] === 'string')) throw damaged();
    }
  }
  return texts as BuiltInTexts;
}

/** Bodies of earlier built-in texts (SUPERSEDED_BODIES), to recognise unedited old Templates rows. */
export function supersededBodies(): readonly string[] {
  cached ??= parseBuiltInTexts(HtmlService.createHtmlOutputFromFile(TEMPLATES_FILE).getContent());
  const list = (cached as unknown as { superseded?: unknown }).superseded;
  return Array.isArray(list) ? list.filter((b): b is string => typeof b === 'string') : [];
}

/** Every built-in template: each purpose in each language. */
export function builtInTemplates(): FollowUpTemplate[] {
  cached ??= parseBuiltInTexts(HtmlService.createHtmlOutputFromFile(TEMPLATES_FILE).getContent());
  return templatesOfTexts(cached);
}
