// Customers with purchases the analysis could not use are analysed without them, so what an email
// would say of them (the last visit, "we have not seen you since…", the usual gap) may be false: a
// ledger's dates typed as text without a year ("7/25") were skipped, and the win-back email told the
// customer she had not been seen since May although she came in July; a Shopify customer whose latest
// order was in another currency was Lapsed by the older ones (new-owner trials). Follow-ups hold them
// back, naming the rows, until the rows are fixed (or the rows are the log's currency).
import type { PurchaseLog } from '../input/purchase';

/**
 * The sheet rows of each customer's purchases not in the analysis: rows skipped as unreadable whose
 * customer could be read, and orders left out for being in another currency. Cancelled, refunded
 * or duplicate rows are not purchases, and are not counted here.
 */
export function rowsNotAnalysedByCustomer(
  log: Pick<PurchaseLog, 'issues' | 'excludedCustomers'>,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (key: string, row: number) => {
    const rows = out.get(key);
    if (rows === undefined) out.set(key, [row]);
    else if (!rows.includes(row)) rows.push(row);
  };
  for (const issue of log.issues) {
    if (issue.action === 'skipped' && issue.customerKey !== undefined) add(issue.customerKey, issue.row);
  }
  for (const [key, customer] of log.excludedCustomers ?? []) {
    for (const row of customer.rows) if (row.reason === 'other_currency') add(key, row.row);
  }
  for (const rows of out.values()) rows.sort((a, b) => a - b);
  return out;
}

/** The rows as a skip's detail: "12, 15, 31" (at most five, then "…"). */
export function rowsDetail(rows: readonly number[]): string {
  return rows.length <= 5 ? rows.join(', ') : `${rows.slice(0, 5).join(', ')}, …`;
}
