// The words owners type in a survey column for "no answer" (trial 21): LOYALTY_SCORE stopped with an
// error on "N/A" or "不适用", which say plainly that the customer did not answer. Read as a blank
// cell; any other text and numbers out of the scale are still errors (formulas.ts surveyCheck), and
// Analyze lists them in Data issues.
import type { CellValue } from '../cells';

/** Compared case-insensitively, trimmed, full-width forms as plain ones (README "Refunded, unreadable and surveyed customers"). */
export const NO_ANSWER_WORDS = ['N/A', 'NA', '-', '—', '–', '无', '不适用', '無', '不適用'] as const;

const WORDS = new Set<string>(NO_ANSWER_WORDS.map((w) => w.toLowerCase()));

/** A blank cell or one of NO_ANSWER_WORDS. */
export function isNoAnswer(value: CellValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  // Full-width forms ("Ｎ/Ａ", "ｎ／ａ", "－") as a Chinese keyboard types them read as their plain
  // ones, as full-width digits already do (trial 23).
  const text = value.normalize('NFKC').trim();
  return text === '' || WORDS.has(text.toLowerCase());
}
