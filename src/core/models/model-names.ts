import type { PurchaseModelName } from './customer-model';

/** The purchase models' names as owners see them, the same in every language. */
export const MODEL_NAMES: Readonly<Record<PurchaseModelName, string>> = {
  'bg-nbd': 'BG/NBD',
  'mbg-nbd': 'MBG/NBD',
  'mbg-cnbd-k': 'MBG/CNBD-k',
};
