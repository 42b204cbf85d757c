/**
 * What a shared analysis keeps of the log besides its customers (share/analysis-text.ts): the row
 * counts CUSTOMER_MODEL shows, the log's currency, the rows left out on purpose with the customers
 * they name, and the rows skipped as problems by customer, from which the worded formulas say why a
 * customer was not analysed. Each row left out is kept once: the log's list and its customers' lists
 * hold the same row objects.
 */

import { contactCustomers } from '../customers/contact-keys';
import type { OverRefund, ReturnsOnly } from '../customers/customer-history';
import { type RowsNotAnalysedSource, skippedByCustomer } from '../customers/rows-not-analysed';
import { type SkippedProblem, skippedProblemsByCustomer } from '../customers/skipped-problems';
import type { ExclusionReason } from '../exports/statuses';
import type {
  ExcludedCustomer,
  ExcludedRow,
  IssueProblem,
  PurchaseColumn,
  PurchaseLog,
} from '../input/purchase';

/** What the formulas read of the log beyond its customers. */
export interface LogFacts
  extends Pick<
      PurchaseLog,
      'excluded' | 'excludedCustomers' | 'rowsUsed' | 'rowsSkipped' | 'currency' | 'contacts'
    >,
    RowsNotAnalysedSource {
  readonly purchases: { readonly length: number };
  /**
   * A shared analysis read back: what was wrong with the skipped rows, by customer
   * (customers/skipped-problems.ts); the log's issues say it otherwise.
   */
  readonly skippedProblems?: ReadonlyMap<string, readonly SkippedProblem[]>;
  /** Customers with returns and no purchase: a worded formula asked about one says so. */
  readonly returnsOnly?: readonly ReturnsOnly[];
  /** Days refunded beyond their sales (customer-history.ts): the why of an analysed one says so. */
  readonly overRefunds?: readonly OverRefund[];
  /**
   * A shared analysis read back: the customer keys of each email and phone of the log
   * (customers/contact-keys.ts); the log's contacts say it otherwise.
   */
  readonly contactCustomers?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The log's facts without its purchases, which an analysis has done with once it is made: a formula
 * that keeps the whole log while it writes its rows keeps a million-row log's purchase table (≈ 34 MB)
 * alive to the end of the call (issue 13).
 */
export function logFactsOf(log: PurchaseLog): LogFacts {
  const { purchases, ...facts } = log;
  return { ...facts, purchases: { length: purchases.length } };
}

/**
 * The log's facts as plain data for JSON, or undefined when a row holds a field this does not keep.
 * A customer whose every purchase was refunded the same day is kept with those days (format 13).
 * What was wrong with skipped rows is kept for every customer with some: a customer not analysed is
 * told it with its values in the worded formulas, an analysed one without them in the note of their
 * why (insights/not-counted-why.ts): values for every customer made a CDNOW text as of 1997-09-30,
 * whose later rows are skipped, 30% larger. `notAnalysed` gives, of some customer keys, those not
 * analysed.
 */
export function encodeLogFacts(log: LogFacts, notAnalysed: (keys: Iterable<string>) => ReadonlySet<string>) {
  const rows: ExcludedRow[] = [...(log.excluded ?? [])];
  const index = new Map<ExcludedRow, number>();
  for (let i = 0; i < rows.length; i++) index.set(rows[i]!, i);
  const customers: [string, string, number[]][] = [];
  for (const [key, customer] of log.excludedCustomers ?? []) {
    const at = customer.rows.map((row) => {
      let i = index.get(row);
      if (i === undefined) {
        i = rows.length;
        rows.push(row);
        index.set(row, i);
      }
      return i;
    });
    customers.push([key, customer.label, at]);
  }
  for (const row of rows) {
    if (Object.keys(row).some((k) => k !== 'row' && k !== 'sheet' && k !== 'reason' && k !== 'value')) {
      return undefined;
    }
  }
  const skipped = log.skippedByCustomer ?? skippedByCustomer(log.issues ?? []);
  // As objects (a column left undefined is not written): few customers, and less code than arrays.
  const problems: [string, readonly SkippedProblem[]][] = [];
  // An analysed customer's as [column, problem, rows], and the first skipped row's value on the first
  // (format 13): a third of the objects' bytes, and one value per customer.
  const bare: [
    string,
    ([string | null, IssueProblem, number] | [string | null, IssueProblem, number, string])[],
  ][] = [];
  if (skipped.size > 0) {
    const unanalysed = notAnalysed(skipped.keys());
    for (const [key, own] of log.skippedProblems ?? skippedProblemsByCustomer(log.issues ?? [])) {
      if (unanalysed.has(key)) problems.push([key, own]);
      else
        bare.push([
          key,
          own.map((p) =>
            p.first ? [p.column ?? null, p.problem, p.rows, p.first] : [p.column ?? null, p.problem, p.rows],
          ),
        ]);
    }
  }
  return {
    purchases: log.purchases.length,
    rowsUsed: log.rowsUsed ?? null,
    rowsSkipped: log.rowsSkipped,
    currency: log.currency ?? null,
    excluded: log.excluded === undefined ? null : log.excluded.length,
    rows: rows.map((r): [number, ExclusionReason, string, string | null] => [
      r.row,
      r.reason,
      r.value,
      r.sheet ?? null,
    ]),
    customers: log.excludedCustomers === undefined ? null : customers,
    // The rows skipped as unreadable, by the customer they name: their "why" says rows were not counted.
    skipped: [...skipped],
    // What was wrong with them.
    problems,
    bare,
    returnsOnly: (log.returnsOnly ?? []).map(
      (r): [string, string, number[]] | [string, string, number[], number[]] =>
        r.refunded === undefined ? [r.key, r.label, r.rows] : [r.key, r.label, r.rows, r.refunded],
    ),
    contacts: [...(log.contactCustomers ?? contactCustomers(log.contacts?.values() ?? []))],
    // Days refunded beyond their sales (format 14): the why says where the money went.
    overRefunds: (log.overRefunds ?? []).map((o): [string, string, number, number, number, number[]] => [
      o.key,
      o.label,
      o.day,
      o.sales,
      o.refunds,
      o.rows,
    ]),
  };
}

type Encoded = NonNullable<ReturnType<typeof encodeLogFacts>>;

/**
 * The log's facts read back from what encodeLogFacts wrote. Not checked value by value: the text's
 * checksum (share/cache-parts.ts) says it is, byte for byte, what this build wrote.
 */
export function decodeLogFacts(v: Encoded): LogFacts {
  const rows: ExcludedRow[] = v.rows.map(([row, reason, value, sheet]) =>
    sheet === null ? { row, reason, value } : { row, sheet, reason, value },
  );
  let excludedCustomers: Map<string, ExcludedCustomer> | undefined;
  if (v.customers !== null) {
    excludedCustomers = new Map();
    for (const [key, label, at] of v.customers)
      excludedCustomers.set(key, { label, rows: at.map((i) => rows[i]!) });
  }
  return {
    purchases: { length: v.purchases },
    rowsSkipped: v.rowsSkipped,
    ...(v.rowsUsed === null ? {} : { rowsUsed: v.rowsUsed }),
    ...(v.currency === null ? {} : { currency: v.currency }),
    ...(v.excluded === null ? {} : { excluded: rows.slice(0, v.excluded) }),
    ...(excludedCustomers === undefined ? {} : { excludedCustomers }),
    skippedByCustomer: new Map(v.skipped),
    skippedProblems: new Map([
      ...v.problems,
      ...v.bare.map(([key, own]): [string, SkippedProblem[]] => [
        key,
        own.map(([column, problem, rows, first]) => ({
          column: (column ?? undefined) as PurchaseColumn | undefined,
          problem,
          rows,
          values: [],
          ...(first === undefined ? {} : { first }),
        })),
      ]),
    ]),
    returnsOnly: v.returnsOnly.map(([key, label, rows, refunded]) =>
      refunded === undefined ? { key, label, rows } : { key, label, rows, refunded },
    ),
    contactCustomers: new Map(v.contacts),
    overRefunds: v.overRefunds.map(([key, label, day, sales, refunds, rows]) => ({
      key,
      label,
      day,
      sales,
      refunds,
      rows,
    })),
  };
}
