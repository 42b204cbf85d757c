/**
 * What a shared analysis keeps of the log besides its customers (share/analysis-text.ts): the row
 * counts CUSTOMER_MODEL shows, the log's currency, and the rows left out on purpose with the
 * customers they name, from which the worded formulas say why a customer was not analysed. Each
 * row is kept once: the log's list and its customers' lists hold the same row objects.
 */
import type { ExclusionReason } from '../exports/statuses';
import type { ExcludedCustomer, ExcludedRow, PurchaseLog } from '../input/purchase';

/** What the formulas read of the log beyond its customers. */
export interface LogFacts
  extends Pick<PurchaseLog, 'excluded' | 'excludedCustomers' | 'rowsUsed' | 'rowsSkipped' | 'currency'> {
  readonly purchases: { readonly length: number };
}

/** The log's facts as plain data for JSON, or undefined when a row holds a field this does not keep. */
export function encodeLogFacts(log: LogFacts) {
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
  return {
    purchases: log.purchases.length,
    rowsUsed: log.rowsUsed ?? null,
    rowsSkipped: log.rowsSkipped,
    currency: log.currency ?? null,
    excluded: log.excluded === undefined ? null : log.excluded.length,
    rows: rows.map((r) => [r.row, r.reason, r.value, r.sheet ?? null]),
    customers: log.excludedCustomers === undefined ? null : customers,
  };
}

const isWhole = (v: unknown): v is number => Number.isInteger(v);
const isString = (v: unknown): v is string => typeof v === 'string';

// A record, not a list: a reason added to the union without being added here fails to compile.
const EXCLUSION_REASONS: Record<ExclusionReason, true> = {
  unpaid: true,
  cancelled: true,
  voided: true,
  refunded: true,
  failed: true,
  not_a_sale: true,
  top_up: true,
  duplicate: true,
  anonymous: true,
  other_currency: true,
  owner_rule: true,
  total_row: true,
  section_header: true,
};
const isReason = (v: string): v is ExclusionReason => Object.hasOwn(EXCLUSION_REASONS, v);

/** The log's facts read back, or undefined when they are not what encodeLogFacts writes. */
export function decodeLogFacts(data: unknown): LogFacts | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const v = data as { readonly [key: string]: unknown };
  if (!isWhole(v.purchases) || !isWhole(v.rowsSkipped)) return undefined;
  if (!(v.rowsUsed === null || isWhole(v.rowsUsed)) || !(v.currency === null || isString(v.currency))) {
    return undefined;
  }
  if (!Array.isArray(v.rows)) return undefined;
  const rows: ExcludedRow[] = [];
  for (const r of v.rows) {
    if (!Array.isArray(r) || r.length !== 4 || !isWhole(r[0]) || !isString(r[1]) || !isString(r[2])) {
      return undefined;
    }
    if (!isReason(r[1]) || !(r[3] === null || isString(r[3]))) return undefined;
    const row = { row: r[0], reason: r[1], value: r[2] };
    rows.push(r[3] === null ? row : { row: r[0], sheet: r[3], reason: row.reason, value: row.value });
  }
  const excludedCount = v.excluded;
  if (!(excludedCount === null || (isWhole(excludedCount) && excludedCount <= rows.length))) return undefined;
  let excludedCustomers: Map<string, ExcludedCustomer> | undefined;
  if (v.customers !== null) {
    if (!Array.isArray(v.customers)) return undefined;
    excludedCustomers = new Map();
    for (const c of v.customers) {
      if (!Array.isArray(c) || c.length !== 3 || !isString(c[0]) || !isString(c[1]) || !Array.isArray(c[2])) {
        return undefined;
      }
      const own: ExcludedRow[] = [];
      for (const i of c[2]) {
        if (!isWhole(i) || rows[i] === undefined) return undefined;
        own.push(rows[i]);
      }
      excludedCustomers.set(c[0], { label: c[1], rows: own });
    }
  }
  return {
    purchases: { length: v.purchases },
    rowsSkipped: v.rowsSkipped,
    ...(v.rowsUsed === null ? {} : { rowsUsed: v.rowsUsed }),
    ...(v.currency === null ? {} : { currency: v.currency }),
    ...(excludedCount === null ? {} : { excluded: rows.slice(0, excludedCount) }),
    ...(excludedCustomers === undefined ? {} : { excludedCustomers }),
  };
}
