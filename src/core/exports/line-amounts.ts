// Whether a log that is no known export gives each order's total or each line's amount (helper r10:
// UCI's Online Retail read UnitPrice alone as an invoice's total, and Tableau's Superstore kept the
// first line's Sales of an order as the order's).
//
// Decisions (tests in test/unit/exports/line-amounts.test.ts, the bundle's line-item-logs.test.ts):
// - Only logs no platform is recognised in: a platform's amount column is its order total, as its
//   profile says (its fixtures are the guard).
// - A unit-price header (Price, UnitPrice, 单价…) with a quantity column is price × quantity; with
//   an order id column and no quantity, a line's price (× 1). Either way the lines of an order add up.
// - With an order id column, a header that names a line's money (Sales, Amount, Subtotal, Line total,
//   金额, 销售额…) is each line's amount: an order's lines add up even when they are alike.
// - Any other amount header (Total, Order total, Amount paid, 订单总额, 实付金额…) is the order's, read
//   once, unless its filled cells differ between the lines of one order: a repeated order total is
//   the same on every line, so those are line amounts and add up (read-export.ts counts the orders).
// - An invoice numbered 'C' and the digits of the log's own invoice numbers (UCI's C536379 beside
//   536365) is a cancellation: a return, never a purchase, whatever the sign of its quantities.
import type { CellValue } from '../cells';
import { normalizeHeader } from '../input/headers';
import { readAmount } from '../input/parse-amount';
import type { LineAmounts } from '../input/purchase';
import { isBlankCell } from '../input/text';
import type { ExportColumns } from './fields';
import type { OrderRow } from './order-rows';

const set = (words: string) => new Set(words.split('|').map(normalizeHeader));

/** Headers of a price per unit. */
const UNIT_PRICE = set(
  'price|unit price|unitprice|item price|单价|單價|价格|價格|售价|售價|商品单价|商品單價',
);

/** Headers of a line's own money, with an order id column. */
const LINE_MONEY = set(
  'sales|sales amount|amount|subtotal|sub total|line total|line amount|金额|金額|小计|小計|销售额|銷售額|销售金额|銷售金額|商品金额|商品金額',
);

/**
 * The columns of a log no platform is recognised in, with its amount column read as a line's money
 * when its header says so (the rules at the top); the same object when nothing changes.
 */
export function withLineMoney(columns: ExportColumns, header: readonly unknown[]): ExportColumns {
  const column = columns.amount;
  if (column === undefined || columns.lineAmount !== undefined || columns.unitPrice !== undefined)
    return columns;
  const cell = header[column];
  const name = typeof cell === 'string' ? normalizeHeader(cell) : '';
  const perOrder = columns.orderId !== undefined;
  if (UNIT_PRICE.has(name) && (columns.quantity !== undefined || perOrder)) {
    const { amount: _, ...rest } = columns;
    return { ...rest, unitPrice: column };
  }
  if (LINE_MONEY.has(name) && perOrder) {
    const { amount: _, ...rest } = columns;
    return { ...rest, lineAmount: column };
  }
  return columns;
}

/**
 * Of the orders' ids, those that are cancellations by number: 'C' (or 'c') and digits, where the log
 * has an invoice of as many digits without it. A shop whose every order starts with C has none.
 */
export function cancelledByNumber(ids: readonly (string | undefined)[]): Set<string> | undefined {
  let lengths: Set<number> | undefined;
  let prefixed: string[] | undefined;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    if (DIGITS.test(id)) (lengths ??= new Set()).add(id.length);
    else if (CANCELLED.test(id)) (prefixed ??= []).push(id);
  }
  if (prefixed === undefined || lengths === undefined) return undefined;
  const out = prefixed.filter((id) => lengths!.has(id.length - 1));
  return out.length > 0 ? new Set(out) : undefined;
}

const DIGITS = /^\d+$/;
const CANCELLED = /^[Cc]\d+$/;

/** Whether the filled-in cells of `column` among an order's lines hold different amounts. */
export function differsByLine(lines: readonly OrderRow[], column: number): boolean {
  let first: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const v = lines[i]!.cells[column];
    if (isBlankCell(v)) continue;
    const a = readAmount(v);
    if (typeof a !== 'number') continue;
    if (first === undefined) first = a;
    else if (a !== first) return true;
  }
  return false;
}

/** What the reader counted while reading a log of no platform. */
export interface LineCounts {
  /** Orders whose amount cells differed between lines, added up. */
  differ: number;
  /** Orders of more than one line. */
  lines: number;
  /** Invoices cancelled by their number, and the first of them. */
  cancelled: number;
  example?: string;
}

/** The log's `lineAmounts` note, when how its amounts were read matters (Data issues says it). */
export function lineAmountsNote(
  c: ExportColumns,
  header: readonly CellValue[] | undefined,
  counts: LineCounts,
): { lineAmounts: LineAmounts } | undefined {
  const name = (column: number | undefined) => {
    const cell = column === undefined ? undefined : header?.[column];
    return typeof cell === 'string' ? cell.trim() : '';
  };
  const how: LineAmounts['how'] | undefined =
    c.amount !== undefined
      ? counts.differ > 0
        ? 'differ'
        : undefined
      : c.lineAmount !== undefined
        ? counts.lines > 0
          ? 'line'
          : undefined
        : c.unitPrice !== undefined && (c.quantity !== undefined || counts.lines > 0)
          ? 'price'
          : undefined;
  if (how === undefined && counts.cancelled === 0) return undefined;
  const column = how === 'price' ? c.unitPrice : how === 'line' ? c.lineAmount : c.amount;
  return {
    lineAmounts: {
      ...(how !== undefined ? { how } : {}),
      amount: name(column ?? c.amount ?? c.lineAmount ?? c.unitPrice),
      quantity: name(c.quantity),
      order: name(c.orderId),
      orders: counts.differ,
      cancelled: counts.cancelled,
      ...(counts.example !== undefined ? { example: counts.example } : {}),
    },
  };
}
