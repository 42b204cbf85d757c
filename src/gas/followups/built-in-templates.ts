// The built-in follow-up templates and the follow-up server's texts, from the project file
// Templates.html (src/gas/texts-file.ts), read only when follow-ups run.
import type { FollowUpServerTexts } from '../../core/followups/server-texts';
import { type FollowUpTemplate, templatesOfTexts } from '../../core/followups/templates';
import { textsFile } from '../texts-file';

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
