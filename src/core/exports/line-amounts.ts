// Whether a log that is no known export gives each order's total or each line's amount (helper r10:
// UCI's Online Retail read UnitPrice alone as an invoice's total, and Tableau's Superstore kept the
// first line's Sales of an order as the order's).
//
// Decisions (tests in test/unit/exports/line-amounts.test.ts and test/bundle/line-item-logs.test.ts):
// - Only logs no platform is recognised in: a platform's amount column is its order total, as its
//   profile says (its fixtures are the guard).
// - A unit-price header (Price, UnitPrice, 单价…) as the amount, with a quantity column, is price ×
//   quantity; with an order id column and no quantity, a line's price (× 1). The lines add up.
// - Any amount column whose filled cells differ between the lines of one order is the lines' money:
//   a repeated order total is the same on every line. Those lines add up.
// - Cells alike on every line of an order are ambiguous; the header decides. A line's money (Sales,
//   Amount, Subtotal, Line total, 金额, 销售额…) adds up, unless the log's own unit price × quantity
//   is not that amount on some line of the order (then it is the order's total, repeated). Any other
//   header (Total, Order total, Amount paid, 订单总额, 实付金额…) is the order's, counted once.
// - An invoice numbered 'C' and the digits of the log's own invoice numbers (UCI's C536379 beside
//   536365) is a cancellation: a return, never a purchase, whatever the sign of its quantities. A
//   line whose money is negative (a quantity of −4) is a return too, and so is an order whose status
//   says cancelled, voided or refunded when it is such an invoice or all its money is negative (the
//   cancellation of an earlier sale, written as a document of its own); other orders with those
//   statuses are left out, as in every export.
import type { CellValue } from '../cells';
import { wordsOf } from '../input/header-words';
import { normalizeHeader } from '../input/headers';
import { readAmount } from '../input/parse-amount';
import type { LineAmounts } from '../input/purchase';
import { isBlankCell } from '../input/text';
import type { ExportColumns } from './fields';
import { lineTotal } from './order-amount';
import type { OrderRow } from './order-rows';

const wordSet = (words: string) => new Set(words.split('|').map(normalizeHeader));

/** Headers of a price per unit. */
const UNIT_PRICE = wordSet('price|unit price|item price|单价|單價|价格|價格|售价|售價|商品单价|商品單價');

/** Words that make a price header a sum (Total Price, line_price), not a price per unit. */
const NOT_PER_UNIT = new Set(['total', 'amount', 'sum', 'line', 'subtotal', 'net', 'gross', 'sales', 'paid']);

/**
 * A price per unit: a unit-price header, or a compound one whose words hold 'price' and no word of a
 * sum (product_price, sale_price; review 25: read by their words as the
 * amount, they were never multiplied by the quantity).
 */
function isUnitPrice(normalized: string, raw: unknown): boolean {
  if (UNIT_PRICE.has(normalized)) return true;
  if (typeof raw !== 'string') return false;
  const words = wordsOf(raw);
  return words.includes('price') && !words.some((w) => NOT_PER_UNIT.has(w));
}

/** Headers of a line's own money, with an order id column. */
const LINE_MONEY = wordSet(
  'sales|sales amount|amount|subtotal|line total|line amount|金额|金額|小计|小計|销售额|銷售額|销售金额|銷售金額|商品金额|商品金額',
);

const headerOf = (header: readonly unknown[], column: number | undefined): string => {
  const cell = column === undefined ? undefined : header[column];
  return typeof cell === 'string' ? normalizeHeader(cell) : '';
};

/**
 * The columns of a log no platform is recognised in, with a unit-price amount read as price ×
 * quantity, and beside an order's amount, its unit price column (to tell a line's money from an
 * order's total); the same object when nothing changes.
 */
export function withLineMoney(columns: ExportColumns, header: readonly unknown[]): ExportColumns {
  const column = columns.amount;
  if (column === undefined || columns.lineAmount !== undefined || columns.unitPrice !== undefined)
    return columns;
  const perOrder = columns.orderId !== undefined;
  if (isUnitPrice(headerOf(header, column), header[column]) && (columns.quantity !== undefined || perOrder)) {
    const { amount: _, ...rest } = columns;
    return { ...rest, unitPrice: column };
  }
  if (!perOrder) return columns;
  const used = new Set(Object.values(columns));
  for (let i = 0; i < header.length; i++)
    if (!used.has(i) && isUnitPrice(headerOf(header, i), header[i])) return { ...columns, unitPrice: i };
  return columns;
}

/** Headers that say a line's own money in so many words: the owner's word, whatever the cells. */
const SAID_LINE = wordSet('line total|line amount|小计|小計');

/** From this many orders whose alike amounts sit on lines of different products, the log shows totals. */
const MIN_REPEATED = 2;

/**
 * Whether the log's own orders show that its amount, under a line's header (Amount, Sales, 金额), is
 * each order's total repeated on its lines (trial 25: A-1 Latte 14, Cake 14; A-2 three items at 9 read
 * as Ann 31): every order of several lines that gives the amount gives the same on each line while
 * their products differ (lines of different products rarely cost the same), in at least 2 orders, and
 * in none does it differ. Their number then; else undefined. Only without a unit price (then each
 * order's price × quantity decides) and with a product column (else nothing to tell lines apart).
 */
export function repeatedTotals(
  orders: readonly { readonly rows: readonly OrderRow[] }[],
  c: ExportColumns,
  header: readonly unknown[] | undefined,
): number | undefined {
  const column = c.amount;
  const product = c.product;
  if (column === undefined || product === undefined || c.unitPrice !== undefined) return undefined;
  if (SAID_LINE.has(headerOf(header ?? [], column))) return undefined;
  let repeated = 0;
  for (let o = 0; o < orders.length; o++) {
    const rows = orders[o]!.rows;
    if (rows.length < 2) continue;
    let first: number | undefined;
    let firstProduct: string | undefined;
    let products = false;
    let given = 0;
    for (let r = 0; r < rows.length; r++) {
      const a = readAmount(rows[r]!.cells[column]);
      if (typeof a !== 'number') continue;
      given++;
      if (first === undefined) first = a;
      else if (a !== first) return undefined;
      const name = rows[r]!.cells[product];
      const text = typeof name === 'string' ? name.trim() : name === undefined ? '' : String(name);
      if (text === '') continue;
      if (firstProduct === undefined) firstProduct = text;
      else if (text !== firstProduct) products = true;
    }
    if (given > 1 && products) repeated++;
  }
  return repeated >= MIN_REPEATED ? repeated : undefined;
}

/** Whether the amount column's header names a line's money (Sales, Amount, 金额…), with order ids. */
export function lineMoneyHeader(columns: ExportColumns, header: readonly unknown[]): boolean {
  return columns.orderId !== undefined && LINE_MONEY.has(headerOf(header, columns.amount));
}

/**
 * Whether an order's lines are each line's money in the amount column (the rules at the top): its
 * filled cells differ ('differ'), or are alike under a line header with no unit price saying
 * otherwise ('alike'); else the order's total, once: 'once' where a unit price said so, else undefined.
 */
export function linesAddUp(
  lines: readonly OrderRow[],
  c: ExportColumns,
  lineHeader: boolean,
): 'differ' | 'alike' | 'once' | undefined {
  const column = c.amount!;
  let first: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const v = lines[i]!.cells[column];
    if (isBlankCell(v)) continue;
    const a = readAmount(v);
    if (typeof a !== 'number') continue;
    if (first === undefined) first = a;
    else if (a !== first) return 'differ';
  }
  if (!lineHeader || first === undefined) return undefined;
  if (c.unitPrice !== undefined) {
    const priced = { ...c, lineAmount: undefined };
    for (let i = 0; i < lines.length; i++) {
      const line = lineTotal(lines[i]!, priced);
      if (line !== undefined && Math.abs(line - first) > 0.005) return 'once';
    }
  }
  return 'alike';
}

/** Whether every line of an order that gives money gives a negative one (a cancellation's). */
export function givesBack(lines: readonly OrderRow[], c: ExportColumns): boolean {
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const d = lines[i]!;
    const a = c.amount !== undefined ? readAmount(d.cells[c.amount]) : lineTotal(d, c);
    if (typeof a !== 'number') continue;
    if (a >= 0) return false;
    any = true;
  }
  return any;
}

/**
 * Of the orders' ids, those that are cancellations by number: 'C' (or 'c') and digits, where the log
 * has an invoice of as many digits without it. A shop whose every order starts with C has none.
 */
export function cancelledByNumber(ids: readonly (string | undefined)[]): Set<string> | undefined {
  const lengths = new Set<number>();
  const prefixed: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    if (DIGITS.test(id)) lengths.add(id.length);
    else if (CANCELLED.test(id)) prefixed.push(id);
  }
  const out = prefixed.filter((id) => lengths.has(id.length - 1));
  return out.length > 0 ? new Set(out) : undefined;
}

const DIGITS = /^\d+$/;
const CANCELLED = /^[Cc]\d+$/;

/** What the reader counted while reading a log of no platform. */
export interface LineCounts {
  /** Orders whose amount cells differed between lines, added up. */
  differ: number;
  /** Orders of several lines alike in the amount, added up by the header. */
  alike: number;
  /** Orders alike under a line's header that their unit price × quantity says are totals, once. */
  once: number;
  /** Orders of more than one line. */
  lines: number;
  /** Invoices cancelled by their number, and the first of them. */
  cancelled: number;
  example?: string;
  /** Lines priced per unit with a blank quantity, each counted as 1. */
  blankQuantity: number;
}

/** The log's `lineAmounts` note, when how its amounts were read matters (Data issues says it). */
export function lineAmountsNote(
  c: ExportColumns,
  header: readonly CellValue[] | undefined,
  counts: LineCounts,
  lineHeader: boolean,
  repeated?: number,
): { lineAmounts: LineAmounts } | undefined {
  const added = repeated ?? counts.differ + counts.alike;
  const how: LineAmounts['how'] | undefined =
    repeated !== undefined
      ? 'total'
      : c.amount !== undefined
        ? lineHeader && added > 0
          ? counts.once === 0
            ? 'line'
            : 'mixed'
          : counts.differ > 0
            ? 'differ'
            : undefined
        : c.lineAmount !== undefined
          ? counts.lines > 0
            ? 'line'
            : undefined
          : c.quantity !== undefined || counts.lines > 0
            ? 'price'
            : undefined;
  if (how === undefined && counts.cancelled === 0) return undefined;
  return {
    lineAmounts: {
      ...(how !== undefined ? { how } : {}),
      ...namesOf(c, header ?? []),
      orders: c.amount === undefined ? counts.lines : added,
      once: counts.once,
      cancelled: counts.cancelled,
      ...(counts.example !== undefined ? { example: counts.example } : {}),
      ...(counts.blankQuantity > 0 ? { blankQuantity: counts.blankQuantity } : {}),
    },
  };
}

/** What Column setup says is read as the amount (headers as written), for a log of no platform. */
export interface AmountReading {
  /** 'price': price × quantity per line; 'line': a line's amount; 'order': the order's total, once. */
  how: 'price' | 'line' | 'order';
  amount: string;
  quantity: string;
  order: string;
}

/**
 * How a log of no platform's amount is read (the rules at the top); undefined for a plain log. With
 * the first data rows Column setup has (`rows`), a line's header they show to be an order total
 * repeated (`repeatedTotals`) is read as the order's, as Analyze reads the whole log.
 */
export function amountReading(
  given: ExportColumns,
  header: readonly unknown[],
  rows: readonly (readonly CellValue[])[] = [],
): AmountReading | undefined {
  const c = withLineMoney(given, header);
  const how: AmountReading['how'] | undefined =
    c.amount === undefined && c.lineAmount === undefined
      ? c.unitPrice !== undefined
        ? 'price'
        : undefined
      : c.orderId === undefined
        ? undefined
        : c.amount === undefined || lineMoneyHeader(c, header)
          ? 'line'
          : 'order';
  if (how === undefined) return undefined;
  return {
    how: how === 'line' && c.amount !== undefined && shownRepeated(c, header, rows) ? 'order' : how,
    ...namesOf(c, header),
  };
}

/** Whether `rows`, grouped into orders by consecutive order ids, show repeated order totals. */
function shownRepeated(
  c: ExportColumns,
  header: readonly unknown[],
  rows: readonly (readonly CellValue[])[],
): boolean {
  const orders: { rows: OrderRow[] }[] = [];
  let id: unknown;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!;
    const next = cells[c.orderId!];
    if (isBlankCell(next)) continue;
    if (orders.length === 0 || next !== id) orders.push({ rows: [] });
    orders[orders.length - 1]!.rows.push({ index: i, cells });
    id = next;
  }
  return repeatedTotals(orders, c, header) !== undefined;
}

/** The headers, as written, of the amount (else line amount, else price), quantity and order id. */
export function namesOf(c: ExportColumns, header: readonly unknown[]): Omit<AmountReading, 'how'> {
  const name = (column: number | undefined) => {
    const cell = column === undefined ? undefined : header[column];
    return typeof cell === 'string' ? cell.trim() : '';
  };
  return {
    amount: name(c.amount ?? c.lineAmount ?? c.unitPrice),
    quantity: name(c.quantity),
    order: name(c.orderId),
  };
}
