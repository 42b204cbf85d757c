// A customer's rows the analysis did not count, grouped as the card shows them: per problem of the
// skipped rows (as Data issues words it), then the rows in another currency, each with its count and
// its first rows named (helper brief r9: the card said only "(unreadable, dated after the analysis
// date, or in another currency)", though Data issues knew which and where). The sidebar words them
// (src/sidebar/views/not-counted.ts): the texts stay out of Code.js.
import { type RowName, rowName } from '../customers/rows-not-analysed';
import type { IssueProblem, PurchaseColumn, PurchaseLog } from '../input/purchase';

/** Rows named per group: as a skip's detail names them (rowsDetail). */
const SHOWN_ROWS = 5;

export interface NotCountedGroup {
  /** The skipped rows' column and problem; absent for rows left out in another currency. */
  readonly column?: PurchaseColumn;
  readonly problem?: IssueProblem;
  /** For rows in another currency: the currencies, in sheet order. */
  readonly currencies?: string[];
  /** How many rows. */
  rows: number;
  /** The first rows ("12", or "Feb!12" when the log spans tabs), at most five. */
  readonly named: RowName[];
}

/** The groups of `key`'s rows not counted, in the order each first appears; [] for none. */
export function notCountedGroups(
  log: Pick<PurchaseLog, 'issues' | 'excludedCustomers'>,
  key: string,
): NotCountedGroup[] {
  const groups: NotCountedGroup[] = [];
  const add = (group: NotCountedGroup, name: RowName) => {
    group.rows++;
    if (group.named.length < SHOWN_ROWS && !group.named.includes(name)) group.named.push(name);
  };
  for (const issue of log.issues) {
    if (issue.action !== 'skipped' || issue.customerKey !== key) continue;
    let group = groups.find((g) => g.problem === issue.problem && g.column === issue.column);
    if (group === undefined) {
      group = { column: issue.column, problem: issue.problem, rows: 0, named: [] };
      groups.push(group);
    }
    add(group, rowName(issue));
  }
  const other = log.excludedCustomers?.get(key)?.rows.filter((r) => r.reason === 'other_currency') ?? [];
  if (other.length > 0) {
    const group: NotCountedGroup = {
      currencies: [...new Set(other.map((r) => r.value))],
      rows: 0,
      named: [],
    };
    for (const r of other) add(group, rowName(r));
    groups.push(group);
  }
  return groups;
}
