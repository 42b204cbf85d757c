// Finding the customer a per-customer formula or the sidebar's card is asked about. An export keys its
// customers by email (or customer id) while CUSTOMER_INSIGHTS shows their name, so an owner who points
// a formula at the Customer column of Insights, or selects a row there for the card, asks by name: new-
// owner trials got an empty column, and a card saying "has no purchases", that way. A name finds its
// customer when no other customer of the log carries the same name.
import type { CustomerInsight } from '../analysis';
import { normalizeCustomerKey } from '../input/customer-key';
import type { ExcludedCustomer } from '../input/purchase';
import type { ReturnsOnly } from './customer-history';

/** Values by key, then by their label's key where that label is one value's only. */
function lookup<T>(
  byKey: ReadonlyMap<string, T>,
  labelOf: (value: T) => string,
): (key: string) => T | undefined {
  let byLabel: Map<string, T | null> | undefined;
  return (key) => {
    const found = byKey.get(key);
    if (found !== undefined) return found;
    if (byLabel === undefined) {
      byLabel = new Map();
      for (const [k, value] of byKey) {
        const label = normalizeCustomerKey(labelOf(value));
        if (label === k || label === '') continue;
        // Two customers of one name: the name says neither.
        byLabel.set(label, byLabel.has(label) ? null : value);
      }
    }
    return byLabel.get(key) ?? undefined;
  };
}

/** The analysed customer asked about by key or, when it is theirs alone, by name. */
export const insightLookup = (byKey: ReadonlyMap<string, CustomerInsight>) =>
  lookup(byKey, (c) => c.summary.label);

/** The same for customers none of whose rows was analysed. */
export const leftOutLookup = (byKey: ReadonlyMap<string, ExcludedCustomer>) => lookup(byKey, (c) => c.label);

/** The same for customers with returns and no purchase. */
export const returnsOnlyLookup = (list: readonly ReturnsOnly[]) =>
  lookup(new Map(list.map((r) => [r.key, r])), (r) => r.label);
