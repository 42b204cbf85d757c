// Customers with purchases the analysis could not use are analysed without them, so what an email
// would say of them (the last visit, "we have not seen you since…", the usual gap) may be false, and
// their "why" says that rows were not counted (i18n/why.ts): a
// ledger's dates typed as text without a year ("7/25") were skipped, and the win-back email told the
// customer she had not been seen since May although she came in July; a Shopify customer whose latest
// order was in another currency was Lapsed by the older ones (new-owner trials). Follow-ups hold them
// back, naming the rows, until the rows are fixed (or the rows are the log's currency).
import type { PurchaseLog, RowIssue } from '../input/purchase';
import type { ZeroAmountDay } from './customer-history';

/**
 * A sheet row as a skip's detail names it: "12", or "Feb!12" when the log spans several tabs (row
 * 12 of two tabs is two rows).
 */
export type RowName = string;

export const rowName = (r: { readonly row: number; readonly sheet?: string }): RowName =>
  r.sheet === undefined ? String(r.row) : `${r.sheet}!${r.row}`;

/**
 * What is read of a log: its issues, or (a shared analysis read back, share/log-facts.ts) the
 * skipped rows by customer they gave; and the rows left out on purpose by customer.
 */
export interface RowsNotAnalysedSource extends Pick<PurchaseLog, 'excludedCustomers'> {
  readonly issues?: readonly RowIssue[];
  readonly skippedByCustomer?: ReadonlyMap<string, readonly RowName[]>;
}

function adder(out: Map<string, RowName[]>) {
  return (key: string, name: RowName) => {
    const rows = out.get(key);
    if (rows === undefined) out.set(key, [name]);
    else if (!rows.includes(name)) rows.push(name);
  };
}

/** The rows skipped as unreadable by the customer the row names, in sheet order. */
export function skippedByCustomer(issues: readonly RowIssue[]): Map<string, RowName[]> {
  const out = new Map<string, RowName[]>();
  const add = adder(out);
  for (const issue of issues) {
    if (issue.action === 'skipped' && issue.customerKey !== undefined) add(issue.customerKey, rowName(issue));
  }
  return out;
}

/**
 * The sheet rows of each customer's purchases not in the analysis: rows skipped as unreadable whose
 * customer could be read, and orders left out for being in another currency. Cancelled, refunded
 * or duplicate rows are not purchases, and are not counted here.
 */
export function rowsNotAnalysedByCustomer(log: RowsNotAnalysedSource): Map<string, RowName[]> {
  const out = new Map<string, RowName[]>();
  const add = adder(out);
  const skipped = log.skippedByCustomer ?? skippedByCustomer(log.issues ?? []);
  for (const [key, rows] of skipped) for (const row of rows) add(key, row);
  for (const [key, customer] of log.excludedCustomers ?? []) {
    for (const row of customer.rows) if (row.reason === 'other_currency') add(key, rowName(row));
  }
  return out;
}

/** The rows as a skip's detail: "12, 15, 31" (at most five, then "…"). */
export function rowsDetail(rows: readonly RowName[]): string {
  return rows.length <= 5 ? rows.join(', ') : `${rows.slice(0, 5).join(', ')}, …`;
}

/**
 * The rows of the days a paying customer came in and paid nothing (a free sample, or a sale refunded
 * in full that same day: not purchase days, customer-history.ts), by customer. For follow-ups: visits that an email's "you
 * visited us once" or "we have not seen you since" would deny (a trial: a second-visit email told a
 * customer back for a free sample that he had visited once; followups/campaign.ts holds such
 * customers back from those templates only). Insights does not count them as rows left out: they
 * are in the analysis, as no purchase.
 */
export function visitsThatPaidNothing(
  zeroAmountDays: readonly ZeroAmountDay[] | undefined,
): Map<string, RowName[]> {
  const rows = new Map<string, RowName[]>();
  const add = adder(rows);
  for (const day of zeroAmountDays ?? []) for (const r of day.rows) add(day.key, rowName(r));
  return rows;
}
