// Who the rows left out on purpose belong to, gathered while a reader excludes them: a formula asked
// about a customer who was not analysed then says which rows were left out and why, rather than
// answer as for a name that is not in the log (formulas.ts perCustomer, exports/exclusion-labels.ts).
import type { ExcludedCustomer, ExcludedRow } from './purchase';

type Gathering = Map<string, ExcludedCustomer>;

/** Notes an excluded row under its customer; the first label seen for a key is kept. */
export function noteExcludedCustomer(map: Gathering, key: string, label: string, row: ExcludedRow): void {
  if (key === '') return;
  const known = map.get(key);
  if (known === undefined) map.set(key, { label, rows: [row] });
  else known.rows.push(row);
}

/** The log's field: absent when no excluded row names a customer. */
export function excludedCustomersField(
  map: Gathering,
): { excludedCustomers: ReadonlyMap<string, ExcludedCustomer> } | Record<string, never> {
  return map.size > 0 ? { excludedCustomers: map } : {};
}
