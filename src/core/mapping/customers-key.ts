// Which column of the customer sheet names the log's customers. Headers alone cannot tell: a café's
// Customers tab (Phone | Name | Email) has no "Customer" column, so its Name was taken for the key
// while the log names each customer by phone, and nobody got a name or an email, without a word
// (trial 24).
//
// Decisions (tests in test/unit/mapping/customers-key.test.ts):
// - Candidates: the key column the headers chose and the name, email and phone columns. The one
//   whose cells are customers of the log (as customer keys, input/customer-key.ts) most often is the
//   key; a tie keeps the headers' choice. A customer of the log is one with purchases, or only with
//   rows left out (another currency, a cancelled order) or unreadable.
// - Only a detected setup changes: a key the owner saved stands (and is still measured).
// - A customer sheet with keys none of which is a customer of the log is said in Column setup and in
//   the follow-up preview ("none of its rows matched a customer of the log by Name").
import type { Grid } from '../cells';
import { type RowsNotAnalysedSource, rowsNotAnalysedByCustomer } from '../customers/rows-not-analysed';
import { normalizeCustomerKey } from '../input/customer-key';
import type { PurchaseLog } from '../input/purchase';
import type { CustomersMapping } from './column-setup';
import type { ResolvedSetup } from './detect';

/** How the customer sheet's key column meets the log. */
export interface CustomersMatch {
  sheet: string;
  /** Zero-based column of the key. */
  column: number;
  /** Its header as written. */
  header: string;
  /** Rows below the header with a key. */
  rows: number;
  /** Of those, rows whose key is a customer of the log. */
  matched: number;
}

/** Each key of `column` below the header, with the rows holding it. */
function keyRows(grid: Grid, headerRow: number, column: number): Map<string, number> {
  const rows = new Map<string, number>();
  for (let i = headerRow; i < grid.length; i++) {
    const key = normalizeCustomerKey(grid[i]![column]);
    if (key !== '') rows.set(key, (rows.get(key) ?? 0) + 1);
  }
  return rows;
}

/**
 * The customer sheet's mapping with the key that matches the log best (when `mayChange`), and how
 * well it matches. `grid` is the whole sheet from row 1; `logKeys` the log's customer keys (repeats
 * allowed). The sheet's keys are what is held: the log, often far longer, is only walked.
 */
export function matchCustomersKey(
  mapping: CustomersMapping,
  grid: Grid,
  logKeys: Iterable<string>,
  mayChange: boolean,
): { mapping: CustomersMapping; match: CustomersMatch } {
  const { key, name, email, phone } = mapping.columns;
  const columns = [...new Set(mayChange ? [key, name, email, phone] : [key])].filter(
    (c): c is number => c !== undefined,
  );
  const unmatched = columns.map((c) => keyRows(grid, mapping.headerRow, c));
  const counts = unmatched.map((m) => ({ rows: [...m.values()].reduce((a, b) => a + b, 0), matched: 0 }));
  for (const k of logKeys) {
    unmatched.forEach((m, i) => {
      const rows = m.get(k);
      if (rows === undefined) return;
      counts[i]!.matched += rows;
      m.delete(k);
    });
  }
  // The headers' key first, so a tie keeps it.
  let best = 0;
  for (let i = 1; i < columns.length; i++) if (counts[i]!.matched > counts[best]!.matched) best = i;
  const column = columns[best]!;
  const header = grid[mapping.headerRow - 1]?.[column];
  return {
    mapping: column === key ? mapping : { ...mapping, columns: { ...mapping.columns, key: column } },
    match: {
      sheet: mapping.sheet,
      column,
      header: typeof header === 'string' ? header.trim() : '',
      ...counts[best]!,
    },
  };
}

/**
 * The keys of every customer of the log: with purchases, or only with rows left out on purpose or
 * unreadable (another currency, a cancelled order): those are customers of the log too.
 */
export function* logCustomers(log: RowsNotAnalysedSource & Pick<PurchaseLog, 'purchases'>): Iterable<string> {
  yield* log.purchases.keys;
  yield* log.excludedCustomers?.keys() ?? [];
  yield* rowsNotAnalysedByCustomer(log).keys();
}

/** Whether the customer sheet has keys and none of them is a customer of the log. */
export const matchesNobody = (match: CustomersMatch): boolean => match.rows > 0 && match.matched === 0;

/**
 * The setup with its customer sheet's key matched to the log (changed only when detected), and the
 * match; `grid` is the customer sheet's cells.
 */
export function matchSetup<S extends Pick<ResolvedSetup, 'customers' | 'source'>>(
  setup: S,
  grid: Grid,
  logKeys: Iterable<string>,
): { setup: S; match: CustomersMatch | undefined } {
  const customers = setup.customers;
  if (customers === undefined) return { setup, match: undefined };
  const { mapping, match } = matchCustomersKey(
    customers,
    grid,
    logKeys,
    setup.source.customers === 'detected',
  );
  return { setup: mapping === customers ? setup : { ...setup, customers: mapping }, match };
}
