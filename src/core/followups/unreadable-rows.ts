// Customers with rows that could not be read are analysed without them, so what an email would say
// of them (the last visit, "we have not seen you since…", the usual gap) may be false: a ledger's
// dates typed as text without a year ("7/25") were skipped, and the win-back email told the customer
// she had not been seen since May although she came in July (new-owner trial). Follow-ups hold them
// back until the rows are fixed, and say which rows.
import type { RowIssue } from '../input/purchase';

/** The sheet rows skipped for each customer whose name on the row could be read, in sheet order. */
export function unreadableRowsByCustomer(issues: readonly RowIssue[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const issue of issues) {
    if (issue.action !== 'skipped' || issue.customerKey === undefined) continue;
    const rows = out.get(issue.customerKey);
    if (rows === undefined) out.set(issue.customerKey, [issue.row]);
    else if (rows[rows.length - 1] !== issue.row) rows.push(issue.row);
  }
  return out;
}

/** The rows as a skip's detail: "12, 15, 31" (at most five, then "…"). */
export function rowsDetail(rows: readonly number[]): string {
  return rows.length <= 5 ? rows.join(', ') : `${rows.slice(0, 5).join(', ')}, …`;
}
