// Finding the customer a per-customer formula or the sidebar's card is asked about. An export keys its
// customers by email (or customer id) while CUSTOMER_INSIGHTS shows their name, so an owner who points
// a formula at the Customer column of Insights, or selects a row there for the card, asks by name: new-
// owner trials got an empty column, and a card saying "has no purchases", that way. A name finds its
// customer when no other customer of the log carries the same name; a name two customers share is shown
// with the key, "Ann Lee (ann@x.com)" (namesakes.ts), which finds that customer.
import type { CustomerInsight } from '../analysis';
import { normalizeCustomerKey } from '../input/customer-key';
import type { ExcludedCustomer } from '../input/purchase';
import type { ReturnsOnly } from './customer-history';
import { nameAndKeyOf } from './namesakes';

/** Each label's key and the values of that label, made when a key is first not found. */
function labelIndex<T>(byKey: ReadonlyMap<string, T>, labelOf: (value: T) => string): () => Map<string, T[]> {
  let byLabel: Map<string, T[]> | undefined;
  return () => {
    if (byLabel === undefined) {
      byLabel = new Map();
      for (const [k, value] of byKey) {
        const label = normalizeCustomerKey(labelOf(value));
        if (label === k || label === '') continue;
        const alike = byLabel.get(label);
        if (alike === undefined) byLabel.set(label, [value]);
        else alike.push(value);
      }
    }
    return byLabel;
  };
}

/**
 * Values by key, then by their label's key where that label is one value's only, then by a name and
 * key as `nameWithKey` writes them.
 */
function lookup<T>(
  byKey: ReadonlyMap<string, T>,
  labelOf: (value: T) => string,
): (key: string) => T | undefined {
  const labels = labelIndex(byKey, labelOf);
  return (key) => {
    const found = byKey.get(key);
    if (found !== undefined) return found;
    const alike = labels().get(key);
    // Two customers of one name: the name says neither.
    if (alike !== undefined) return alike.length === 1 ? alike[0] : undefined;
    const named = nameAndKeyOf(key);
    const value = named && byKey.get(named.key);
    return value !== undefined && normalizeCustomerKey(labelOf(value)) === named!.name ? value : undefined;
  };
}

/** The analysed customer asked about by key or, when it is theirs alone, by name. */
export const insightLookup = (byKey: ReadonlyMap<string, CustomerInsight>) =>
  lookup(byKey, (c) => c.summary.label);

/** The keys of the analysed customers who share the name asked about (two or more), else undefined. */
export function insightNamesakes(
  byKey: ReadonlyMap<string, CustomerInsight>,
): (name: string) => readonly string[] | undefined {
  const labels = labelIndex(byKey, (c) => c.summary.label);
  return (name) => {
    const alike = labels().get(name);
    return alike !== undefined && alike.length > 1 ? alike.map((c) => c.summary.key) : undefined;
  };
}

/** The same for customers none of whose rows was analysed. */
export const leftOutLookup = (byKey: ReadonlyMap<string, ExcludedCustomer>) => lookup(byKey, (c) => c.label);

/** The same for customers with returns and no purchase. */
export const returnsOnlyLookup = (list: readonly ReturnsOnly[]) =>
  lookup(new Map(list.map((r) => [r.key, r])), (r) => r.label);
