// The owner's choice of purchase model for this spreadsheet, stored in document properties (a
// string: `auto` or a model name: `bg-nbd`, `mbg-nbd`, `mbg-cnbd-k`). It is read where it enters, by Analyze, the sidebar and every
// formula (through the formula environment); a formula's own last argument still wins. A stored
// value that is not a choice (an older version's, or edited by a script) gives `auto` with a note,
// never an error in every formula cell.
//
// Checked by hand, not with zod: every formula reads this setting, and a zod schema here was the only
// thing pulling zod (~19 KB) into the code a custom-function call runs. The value is one string
// that must be one of a fixed list; the check below is that and nothing more.
import { PURCHASE_MODEL_CHOICES, type PurchaseModelChoice } from './models/model-choice';

export const MODEL_SETTING_PROPERTY = 'regulars.purchaseModel';

function isModelChoice(value: unknown): value is PurchaseModelChoice {
  return PURCHASE_MODEL_CHOICES.some((c) => c === value);
}

export interface ModelSetting {
  choice: PurchaseModelChoice;
  /** Why `auto` is used although something else may have been meant: the stored value is not a choice, or could not be read. */
  note?: 'invalid' | 'unreadable';
}

/** The setting from the stored property (null: never set). */
export function modelSettingOf(stored: string | null): ModelSetting {
  if (stored === null) return { choice: 'auto' };
  return isModelChoice(stored) ? { choice: stored } : { choice: 'auto', note: 'invalid' };
}

/** A choice from the sidebar; throws a readable error for anything else. */
export function parseModelChoice(input: unknown): PurchaseModelChoice {
  if (isModelChoice(input)) return input;
  throw new Error(`Invalid purchase model — expected one of ${PURCHASE_MODEL_CHOICES.join(', ')}`);
}
