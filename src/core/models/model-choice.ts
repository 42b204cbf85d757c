/**
 * Which purchase model to use: `auto` (the hold-out check's winner) or one by name. One list for the
 * setting, the formulas' last argument and the tests.
 */
import { PURCHASE_MODELS, type PurchaseModelName } from './customer-model';

export const PURCHASE_MODEL_CHOICES = ['auto', ...PURCHASE_MODELS] as const;
export type PurchaseModelChoice = (typeof PURCHASE_MODEL_CHOICES)[number];

/** The choice named by `text` (case and spaces ignored, "MBG/NBD" as well as "mbg-nbd"), or undefined. */
export function parsePurchaseModelChoice(text: string): PurchaseModelChoice | undefined {
  const normalized = text
    .trim()
    .toLowerCase()
    .replace(/[\s/_]+/g, '-');
  return PURCHASE_MODEL_CHOICES.find((c) => c === normalized);
}

/**
 * Used when `auto` cannot check (the log is too short, or too few customers): the MBG/CNBD-k with
 * its weak prior, k chosen by likelihood (k = 1 is the MBG/NBD, for a shop whose customers buy at
 * random). It is the one model that can say "gone" of a one-time buyer and of a regular long past
 * their rhythm: with the MBG/NBD here, 14 of 150 generated sheets of 5–40 customers predicted a
 * Lapsed regular more for the next year than all they spent (issue 12; README).
 */
const UNCHECKED_DEFAULT: PurchaseModelName = 'mbg-cnbd-k';

/** @example resolveChoice('auto', 'bg-nbd') // 'bg-nbd' */
export function resolveChoice(
  choice: PurchaseModelChoice,
  winner: PurchaseModelName | undefined,
): PurchaseModelName {
  if (choice !== 'auto') return choice;
  return winner ?? UNCHECKED_DEFAULT;
}
