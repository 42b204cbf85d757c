// Statuses the status table (statuses.ts) does not know. Their orders count as purchases (dropping a
// real sale in silence would be worse), so they must never count in silence: each status is kept
// with how many orders have it and the rows of the first ones, for Data issues to name with the rule
// that leaves them out (report/unknown-statuses-rows.ts). Trial: 'wc-refunded' was a purchase, and
// Data issues said only "Statuses Regulars does not know", with no rows and no way out.
import { cleanText } from '../input/text';

/** A status not in the table: its text, its column's header, its orders, their first rows. */
export interface UnknownStatus {
  readonly status: string;
  /** The status column's header ('' when the reader was given none). */
  readonly column: string;
  readonly orders: number;
  /** Sheet rows of the first orders' status cells, in reading order. */
  readonly rows: readonly number[];
}

/** Statuses kept (a column of free text would otherwise list every cell). */
const MAX_STATUSES = 20;
/** Rows kept per status: enough to find them; the count says how many more. */
const ROWS_KEPT = 10;

/** An unknown status while the reader counts its orders. */
type UnknownStatusDraft = { status: string; column: string; orders: number; rows: number[] };

/**
 * Counts one more order with this unknown status, on `row`, in the column headed `column` (a status
 * column, or a type column such as PayPal's Type: each says what it is).
 */
export function noteUnknownStatus(
  seen: Map<string, UnknownStatus>,
  cell: string,
  row: number,
  column: string,
): void {
  const status = cleanText(cell);
  const key = `${column}\u0000${status}`;
  let draft = seen.get(key) as UnknownStatusDraft | undefined;
  if (draft === undefined) {
    if (seen.size >= MAX_STATUSES) return;
    draft = { status, column, orders: 0, rows: [] };
    seen.set(key, draft);
  }
  draft.orders++;
  if (draft.rows.length < ROWS_KEPT) draft.rows.push(row);
}

/** Two blocks' unknown statuses as one list: a status in both adds its orders and rows. */
export function mergeUnknownStatuses(
  a: readonly UnknownStatus[],
  b: readonly UnknownStatus[],
): UnknownStatus[] {
  const by = new Map<string, UnknownStatus>();
  for (const u of [...a, ...b]) {
    const key = `${u.column}\u0000${u.status}`;
    const had = by.get(key);
    by.set(
      key,
      had === undefined
        ? u
        : { ...had, orders: had.orders + u.orders, rows: [...had.rows, ...u.rows].slice(0, ROWS_KEPT) },
    );
  }
  return [...by.values()];
}
