// The owner's choice of purchase model for this spreadsheet, stored in document properties (a
// string: `auto` or a model name: `bg-nbd`, `mbg-nbd`, `mbg-cnbd-k`). It is read where it enters, by Analyze, the sidebar and every
// formula (through the formula environment); a formula's own last argument still wins. A stored
// value that is not a choice (an older version's, or edited by a script) gives `auto` with a note,
// never an error in every formula cell.
import * as z from 'zod/mini';
import { PURCHASE_MODEL_CHOICES, type PurchaseModelChoice } from './models/model-choice';
import { parseOrThrow } from './validation';

export const MODEL_SETTING_PROPERTY = 'regulars.purchaseModel';

const ModelChoiceSchema = z.enum(PURCHASE_MODEL_CHOICES);

export interface ModelSetting {
  choice: PurchaseModelChoice;
  /** Why `auto` is used although something else may have been meant: the stored value is not a choice, or could not be read. */
  note?: 'invalid' | 'unreadable';
}

/** The setting from the stored property (null: never set). */
export function modelSettingOf(stored: string | null): ModelSetting {
  if (stored === null) return { choice: 'auto' };
  const parsed = ModelChoiceSchema.safeParse(stored);
  return parsed.success ? { choice: parsed.data } : { choice: 'auto', note: 'invalid' };
}

/** A choice from the sidebar; throws a readable error for anything else. */
export function parseModelChoice(input: unknown): PurchaseModelChoice {
  return parseOrThrow(ModelChoiceSchema, input, 'purchase model');
}
