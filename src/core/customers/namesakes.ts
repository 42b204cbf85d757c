// Two customers of one name: an export keys its customers by email or customer id and names them by
// their billing name, and two people called Ann Lee are two customers. CUSTOMER_INSIGHTS showed two
// identical "Ann Lee" rows, and a formula asked about "Ann Lee" answered an empty cell (trial 29). The
// table shows each such name with the customer's key, "Ann Lee (ann@x.com)", which the formulas and
// the card find again (customer-lookup.ts); asked by the name alone, the worded formulas say whose it is.
import { normalizeCustomerKey } from '../input/customer-key';

/**
 * Whether `label` is the text `key` was made from, up to ASCII case (customer-key.ts folds case; a
 * label's spaces are already made one as the key's). Compared without allocating: a plain log's
 * customers are all their own label, and each is asked once (issue 13). False for a label the key
 * was not made from (a billing name beside an email key), and for other foldings (É, spaces between
 * Han characters), which are then checked in full.
 *
 * @example labelIsKey('Ann Lee', 'ann lee') // true
 */
function labelIsKey(label: string, key: string): boolean {
  if (label === key) return true;
  if (label.length !== key.length) return false;
  for (let i = 0; i < label.length; i++) {
    const a = label.charCodeAt(i);
    const b = key.charCodeAt(i);
    if (a !== b && !(a >= 65 && a <= 90 && a + 32 === b)) return false;
  }
  return true;
}

/**
 * Collects customers (by their row `index`) whose label is not their key; `shared` then gives those
 * whose name another of them has too (case and spaces aside), or a customer keyed by that very name
 * (`keyedByName`: an export whose order without an email is keyed by the buyer's name), with the keys
 * of such customers. A plain log, whose customers are named by their key, collects none: two keys made
 * from one name would be one key.
 */
export function namesakeFinder() {
  const labels: string[] = [];
  const keys: string[] = [];
  const at: number[] = [];
  return {
    add(label: string, key: string, index: number): void {
      if (labelIsKey(label, key)) return;
      labels.push(label);
      keys.push(key);
      at.push(index);
    },
    shared(keyedByName: (name: string) => boolean): { indexes: number[]; nameKeys: Set<string> } {
      const names = labels.map((l) => normalizeCustomerKey(l));
      const count = new Map<string, number>();
      for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
      const nameKeys = new Set<string>();
      const indexes = at.filter((_, i) => {
        const name = names[i]!;
        // Keyed by their own name after all (É, Han spaces): no other customer.
        if (name === keys[i]) return count.get(name)! > 1;
        if (keyedByName(name)) nameKeys.add(name);
        return count.get(name)! > 1 || nameKeys.has(name);
      });
      return { indexes, nameKeys };
    },
  };
}

/** A name two customers share, told apart by the customer's key: "Ann Lee (ann@x.com)". */
export const nameWithKey = (label: string, key: string): string => `${label} (${key})`;

/** The name and key of a cell written as `nameWithKey` writes it (already a key: folded), if it is one. */
export function nameAndKeyOf(asked: string): { name: string; key: string } | undefined {
  const match = /^(.+) \(([^()]+)\)$/.exec(asked);
  return match ? { name: match[1]!, key: match[2]! } : undefined;
}
