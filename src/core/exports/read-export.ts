// Reads a platform export (or any log with order ids, statuses, refunds, contacts) into purchases:
// one purchase per order, statuses and refunds applied, everything left out reported with its
// reason. Every row ends up as exactly one of: part of a purchase (its first row, or a further
// line-item row), a row with a problem (data issue), a row excluded on purpose, a blank or a header.
//
// Decisions (tests in test/unit/exports/read-export.test.ts and the fixtures in test/fixtures/exports):
// - Orders, not lines: rows sharing an order id, one after another, are one order. Its date, customer,
//   status and currency are the first filled-in cell among its rows (exports put them on the first
//   line only). Its amount is the order total once (not the sum of the total repeated on each
//   line), else the sum of line totals, else of unit price × quantity; then refunds come off.
// - Overlapping exports and monthly tabs: when an order id comes back later with its own dated rows,
//   it is another copy of the order: the later copy is used (owners paste newer exports below) and
//   the earlier copy's rows are excluded as 'duplicate'. Later rows without a date, or refund rows,
//   belong to the order. A row repeated cell for cell right below itself is counted once: with a
//   line's columns (product, quantity, line total, price) as a line typed or pasted twice, said so
//   ('repeated_line'); without, as a copy of the order ('duplicate').
// - A log no platform is recognised in (line-amounts.ts): each line is dated, so an order's lines
//   apart after a sort are still its lines; only a block starting with a line the order already has is
//   a copy. Its amounts may be its lines' (price × quantity, differing cells), added up.
// - Statuses: see statuses.ts. An excluded order reports each of its rows with the reason; a
//   purchase whose refunds take it to zero or below is excluded as 'refunded'.
// - Total and subtotal rows ('Total', '合计', '3月小计') and section rows (a single text cell, such as
//   '2024年3月') are excluded once each, with that reason, never reported as problems.
// - People, not placeholders: a walk-in, guest, 散客, 匿名… customer or a paid order with no customer
//   is excluded as 'anonymous'. The name shown is from the name columns, never the order number.
// - Currencies: with a currency column, the currency of most purchases is analysed and orders in
//   any other currency are excluded as 'other_currency' (amounts are never added across currencies).
// - A stored-value top-up in the type column (会员充值, 储值, top-up…: statuses.ts) is excluded as
//   'top_up': the money is spent later, in purchases of its own.
// - Owner rules ("ignore rows where <column> is <values>") exclude matching rows before anything else.
// - A header whose columns differ from the first's (another export pasted below) starts a block left
//   out and reported once (input/header-blocks.ts), never read with the first header's columns;
//   read-log.ts then reads it on its own when it safely can (other-blocks.ts).
// - A profile whose times are UTC (Stripe's "Created (UTC)", written with no offset) has them read as
//   UTC instants, so the purchase day is the one in the spreadsheet's zone.
import type { CellValue, Grid } from '../cells';
import { chargeLineTest } from '../customers/charge-lines';
import type { DayNumber } from '../days';
import { normalizeEmail } from '../followups/contacts';
import { columnDateOrder } from '../input/column-date-order';
import { currencyMarkOf, splitCurrencies } from '../input/currency';
import { customerLabelOf, normalizeCustomerKey } from '../input/customer-key';
import { dateOrderReadOf, readAsField } from '../input/date-order-read';
import { excludedCustomersField, noteExcludedCustomer } from '../input/excluded-customers';
import { endsOtherExport, type OtherExportIssue, otherExportHeader } from '../input/header-blocks';
import { isHeaderRow } from '../input/headers';
import { NOTE_PROBLEMS, type NoteMeaning, noteMeaning } from '../input/note-words';
import { readAmount } from '../input/parse-amount';
import { type DateOrder, type DateProblem, readDay } from '../input/parse-date';
import { readQuantity } from '../input/parse-quantity';
import type {
  ExcludedCustomer,
  ExcludedRow,
  IssueProblem,
  LogContact,
  PurchaseColumn,
  PurchaseLog,
  RowIssue,
} from '../input/purchase';
import { textOf, valueText } from '../input/read-purchases';
import { cleanText, isBlankCell } from '../input/text';
import { isAnonymousBuyer } from './anonymous';
import { readConsent } from './consent';
import { EXPORT_FIELDS, type ExportColumns, KEY_FIELDS } from './fields';
import {
  cancelledByNumber,
  givesBack,
  type LineCounts,
  lineAmountsNote,
  linesAddUp,
  repeatedTotals,
} from './line-amounts';
import { lineTotal, orderAmount } from './order-amount';
import { leavesOrder, repeatsTotal, spanId } from './order-id-spans';
import { addOrderPurchase, currenciesOf, orderPurchases, tableOfOrderPurchases } from './order-purchases';
import { cellAt, firstFilledCell, firstFilledRow, type OrderRow } from './order-rows';
import { sectionHeading, totalWordAt, totalWordColumns } from './row-kinds';
import { counterpartyCell, statementOwner } from './statement-owner';
import { type ExclusionReason, type StatusMeaning, statusMeaning } from './statuses';
import { noteUnknownStatus, type UnknownStatus } from './unknown-statuses';

/** "Ignore rows where <column> is <values>": the owner's own exclusions. */
export interface ExcludeRule {
  /** Zero-based column in the grid. */
  column: number;
  /** Compared trimmed and case-insensitively. */
  values: readonly string[];
}

export interface ReadExportOptions {
  timeZone: string;
  dateOrder: DateOrder;
  asOfDay: DayNumber;
  columns: ExportColumns;
  /** Sheet row number of the grid's first row; 1 when absent. */
  firstRowNumber?: number;
  /** The header row, to recognise copies of it further down. */
  headerRow?: readonly CellValue[];
  exclude?: readonly ExcludeRule[];
  /** Times without an offset are UTC (the profile says so), read in the sheet's zone from there. */
  utcTimes?: boolean;
  /** The currency of a platform that sells in one (the profile's), when no column or mark says. */
  platformCurrency?: string;
  /**
   * A platform's export without its order id column (detect-export's `orderless`): rows one after
   * another that agree in every column but a line's own (product, quantity, line total, price) are
   * one order's lines, its total read once (Youzan kept to 买家昵称, 下单时间, 订单实付金额 gave
   * 小王 the 220 order twice).
   */
  orderlessLines?: boolean;
  /**
   * A log no platform is recognised in (line-amounts.ts): an order whose amount cells differ between
   * its lines adds them up, a negative line is a return, and an invoice 'C' + the digits of the log's
   * own invoice numbers is a cancellation.
   */
  amountLines?: boolean;
  /** With `amountLines`: the amount's header names a line's money (Sales, Amount, 金额). */
  amountPerLine?: boolean;
  /**
   * An account statement, money in and out (PayPal, Venmo, Cash App: the profile says so): a row of
   * negative money that refunds no sale is the owner paying someone, left out as 'paid_out'.
   */
  moneyBothWays?: boolean;
}

const LINE_FIELDS: readonly string[] = ['product', 'quantity', 'lineAmount', 'unitPrice'];

/** A time of day with no offset or zone after it: `2024-03-05 14:22:10`. */
const BARE_TIME = /\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*$/;

type Row = readonly (CellValue | undefined)[];

interface DataRow extends OrderRow {
  /** The day of a date cell written as text, read when the row was classified; else undefined. */
  readonly textDay: DayNumber | DateProblem | undefined;
  /**
   * A line the owner's rules leave out (reported when read): it still carries what its order says
   * once for all lines (Shopify writes date, status and total on the first line only), but it is
   * not a sale of the order, and its line total comes off the order total. 'order': the rule matched
   * the status column, which speaks for the whole order (its other lines leave with it).
   */
  readonly ruled?: true | 'order';
}

/**
 * Whether an order's status, matched by a rule, speaks for the whole order: a line ruled on the
 * status and every other line's status blank (written once per order, as Shopify does).
 */
function statusForOrder(rows: readonly DataRow[], status: number | undefined): boolean {
  let ruledOnStatus = false;
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r]!;
    if (d.ruled === 'order') ruledOnStatus = true;
    else if (!d.ruled && !isBlankCell(at(d.cells, status))) return false;
  }
  return ruledOnStatus;
}

interface Order {
  id: string | undefined;
  rows: DataRow[];
  /** Rows of earlier copies, excluded as duplicates; undefined while there are none. */
  older: DataRow[] | undefined;
  /** Lines identical to the next of the order (typed or pasted twice), counted once. */
  repeated?: DataRow[];
}

/** A cell of an order that keeps it from being a purchase. */
interface OrderProblem {
  row: OrderRow;
  column: PurchaseColumn;
  cell: CellValue | undefined;
  problem: IssueProblem;
}

/** A log contact while the reader folds each customer's orders into it. */
type ContactDraft = { -readonly [K in keyof LogContact]: LogContact[K] };

const NO_ROWS: readonly DataRow[] = [];

/** Below half a cent, sums of decimals are equal. */
const HALF_CENT = 0.005;
/** Distinct date texts memoised (a sheet has far fewer; this bounds memory). */
const MAX_DATE_MEMO = 100_000;

/** Reads the rows below an export's header into purchases; see the rules at the top. */
export function readExport(grid: Grid, options: ReadExportOptions): PurchaseLog {
  const c = options.columns;
  const first = options.firstRowNumber ?? 1;
  // Exports repeat the same texts (dates, statuses) on many rows: read each text once. The column's
  // own texts decide their day/month order when they prove one (column-date-order.ts).
  const dayOfText = new Map<string, ReturnType<typeof readDay>>();
  const { timeZone } = options;
  const readText = (v: string, dateOrder: DateOrder) =>
    readDay(options.utcTimes && BARE_TIME.test(v) ? `${v.trim()} +0000` : v, { timeZone, dateOrder });
  const decided =
    c.date === undefined
      ? { order: options.dateOrder }
      : columnDateOrder(grid, c.date, options.dateOrder, dayOfText, readText, MAX_DATE_MEMO, options.asOfDay);
  const dateOrder = decided.order;
  const ctx = { timeZone, dateOrder };
  const isCharge = chargeLineTest();
  const mapped = EXPORT_FIELDS.map((f) => c[f]).filter((x): x is number => x !== undefined);
  const rules = (options.exclude ?? []).map((r) => ({
    column: r.column,
    values: new Set(r.values.map(fold)),
  }));
  const headerSignature = options.headerRow ? signatureOf(options.headerRow, mapped) : undefined;
  const labelColumns = totalWordColumns(c);
  const headingColumns = { customer: c.customer ?? c.email ?? c.name, date: c.date };
  // Without order ids: the columns an order's lines repeat (all but the line's own).
  const orderCells = options.orderlessLines
    ? EXPORT_FIELDS.filter((f) => !LINE_FIELDS.includes(f))
        .map((f) => c[f])
        .filter((x): x is number => x !== undefined)
    : undefined;

  const issues: RowIssue[] = [];
  const excluded: ExcludedRow[] = [];
  const unknownStatuses = new Map<string, UnknownStatus>();
  const statusHeader = headerText(options.headerRow, c.status);
  const typeHeader = headerText(options.headerRow, c.type);
  let blankRows = 0;
  let headerRows = 0;
  let rowsSkipped = 0;

  // Except ISO timestamps (`2024-03-05 14:25:01 +0800`), mostly one per order: parse-date reads
  // those by character codes, for less than a lookup costs.
  const dayOf = (v: CellValue | undefined): ReturnType<typeof readDay> => {
    if (typeof v !== 'string') return readDay(v, ctx);
    if (!options.utcTimes && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) return readDay(v, ctx);
    let day = dayOfText.get(v);
    if (day === undefined) {
      day = readText(v, dateOrder);
      if (dayOfText.size < MAX_DATE_MEMO) dayOfText.set(v, day);
    }
    return day;
  };
  // null: a text the status table does not know.
  const meaningOfText = new Map<string, StatusMeaning | null>();
  const meaningOfCell = (v: CellValue | undefined): StatusMeaning | undefined => {
    if (typeof v !== 'string' || v === '') return undefined;
    let m = meaningOfText.get(v);
    if (m === undefined) {
      m = statusMeaning(v) ?? null;
      if (meaningOfText.size < 10_000) meaningOfText.set(v, m);
    }
    return m ?? undefined;
  };
  // One per key column (customer, email, phone, name): the buyer of each text seen in it.
  const buyerByText = KEY_FIELDS.map(() => new Map<string, Buyer>());
  // What the owner's rules left out of an order's current copy, where its lines give an amount. A
  // line repeated exactly is one line pasted twice (an export's lines give each item once, with its
  // quantity).
  const ruledOutOf = (rows: readonly DataRow[]): number => {
    let sum = 0;
    for (let r = 0; r < rows.length; r++) {
      const d = rows[r]!;
      if (!d.ruled) continue;
      if (rows.slice(0, r).some((e) => e.ruled && sameCells(e.cells, d.cells))) continue;
      sum += lineTotal(d, c) ?? 0;
    }
    return sum;
  };
  // Every order names its currency ('USD'): each text is cleaned once.
  const currencyOfText = new Map<CellValue, string>();
  const currencyOfCell = (cell: CellValue): string => {
    let code = currencyOfText.get(cell);
    if (code === undefined) {
      code = cleanText(String(cell)).toUpperCase();
      if (currencyOfText.size < 1_000) currencyOfText.set(cell, code);
    }
    return code;
  };
  // A payment app's statement: the owner's name, on one side of every payment (statement-owner.ts).
  let owner: string | undefined;
  // An account statement: what each customer has paid so far, for money sent back to them.
  const paidSoFar = options.moneyBothWays ? new Map<string, number>() : undefined;
  // A guest checkout's email → the registered customer's id cell on another order with that email.
  let registeredByEmail: Map<string, CellValue | null> | undefined;
  const byCustomer = new Map<string, ExcludedCustomer>();
  // `order`: the rows whose buyer the excluded rows belong to, so a formula asked about that
  // customer can say why (Walk-in or Guest too: asked about by that name).
  const exclude = (
    index: number,
    reason: ExclusionReason,
    value: CellValue | undefined,
    order?: readonly DataRow[],
  ) => {
    const left: ExcludedRow = { row: first + index, reason, value: valueText(value, ctx.timeZone) };
    excluded.push(left);
    const buyer = order && buyerOf(order);
    // A walk-in's or guest's name column holds each order's own buyer: the key's cell names them all.
    if (buyer)
      noteExcludedCustomer(byCustomer, buyer.key, (!buyer.anonymous && nameOf(order!)) || buyer.label, left);
  };

  const lineColumnsMapped =
    c.product !== undefined ||
    c.quantity !== undefined ||
    c.lineAmount !== undefined ||
    c.unitPrice !== undefined;

  // Pass 1: classify rows; group data rows into orders.
  const spanKey = c.customer ?? c.email ?? c.phone ?? c.name;
  let spans: { id: string; row: number; rows: number } | undefined;
  // Rows of an order on a later day kept with it: the order's total repeated on lines of products.
  let later: { id: string; row: number; rows: number } | undefined;
  const totalsRepeat = c.product !== undefined && c.amount !== undefined && options.amountPerLine !== true;
  const orders: Order[] = [];
  const orderById = new Map<string, Order>();
  let previousId: string | undefined;
  let previousOrder: Order | undefined;
  // Another export's block being passed (header-blocks.ts); undefined while reading the first's.
  let other: OtherExportIssue | undefined;
  for (let index = 0; index < grid.length; index++) {
    const cells: Row = grid[index] ?? [];
    if (other !== undefined) {
      if (!endsOtherExport(cells, c)) {
        if (cells.every(isBlankCell)) blankRows++;
        else {
          other.rows++;
          rowsSkipped++;
        }
        continue;
      }
      other = undefined;
    }
    if (allBlank(cells, mapped)) {
      blankRows++;
      continue;
    }
    // A header again further down (pasted exports): only a row whose date cell is text that is no
    // date can be one, so data rows never pay for the header check. Or, for a narrower export pasted
    // below (header-blocks.ts), a blank date cell with text that is no amount in the amount cell.
    const dateCell = at(cells, c.date);
    const textDay = typeof dateCell === 'string' && !isBlankCell(dateCell) ? dayOf(dateCell) : undefined;
    if (
      textDay !== undefined
        ? typeof textDay !== 'number'
        : isBlankCell(dateCell) && textNoAmount(at(cells, c.amount))
    ) {
      const copy = headerSignature !== undefined && signatureOf(cells, mapped) === headerSignature;
      other = copy ? undefined : otherExportHeader(cells, c, first + index);
      if (other !== undefined) {
        issues.push(other);
        rowsSkipped++;
        continue;
      }
      if (copy || isHeaderRow(cells as readonly CellValue[], 'purchases')) {
        headerRows++;
        continue;
      }
    }
    let ruled: false | true | 'order' = false;
    if (rules.length > 0) {
      const rule = ruleOf(rules, cells);
      if (rule !== undefined) {
        exclude(index, 'owner_rule', cells[rule.column], [{ index, cells, textDay: undefined }]);
        // A line of an order stays with it (its order's date, status, total may be on it alone).
        if (isBlankCell(at(cells, c.orderId))) continue;
        ruled = rule.column === c.status ? 'order' : true;
      }
    }
    if (!ruled) {
      const total = totalWordAt(cells, labelColumns);
      if (total !== undefined) {
        exclude(index, 'total_row', total);
        continue;
      }
      const heading = sectionHeading(cells, headingColumns);
      if (heading !== undefined) {
        exclude(index, 'section_header', heading);
        continue;
      }
    }
    const d: DataRow = ruled ? { index, cells, textDay, ruled } : { index, cells, textDay };
    if (c.note !== undefined && !ruled) noteIssue(index, cells);
    // A refund row that names the payment it refunds belongs to that payment's order.
    const reference = at(cells, c.referenceId);
    const idCell =
      !isBlankCell(reference) && givesOrTakes(meaningOf(cells)) ? reference : at(cells, c.orderId);
    let id = isBlankCell(idCell) ? undefined : textOf(idCell!, ctx.timeZone);
    // The id shown for the order (an id read apart is grouped under a longer one).
    const shownId = id;
    // A log of no platform: an order id that came back on another day or for another customer is no
    // order number for this row (order-id-spans.ts).
    // A refund or return row is the order's, whenever it came (its own day is the return's).
    if (id !== undefined && options.amountLines && !isRefund(cells)) {
      const joined = id === previousId ? previousOrder : orderById.get(id);
      const leaves =
        joined === undefined ? undefined : leavesOrder(joined.rows, cells, c.date, spanKey, dayOf);
      if (leaves === 'day' && totalsRepeat && repeatsTotal(joined!.rows, cells, c.amount!, readAmount)) {
        if (later === undefined) later = { id, row: first + index, rows: 0 };
        later.rows++;
      } else if (leaves !== undefined) {
        if (spans === undefined) spans = { id, row: first + index, rows: 0 };
        spans.rows++;
        id = spanId(id, cells, c.date, spanKey, dayOf);
      }
    }
    if (id === undefined) {
      const last = orders[orders.length - 1];
      if (
        orderCells !== undefined &&
        previousId === undefined &&
        last !== undefined &&
        last.id === undefined &&
        signatureOf(last.rows[last.rows.length - 1]!.cells, orderCells) === signatureOf(cells, orderCells)
      ) {
        addRow(last, d);
        continue;
      }
      orders.push({ id, rows: [d], older: undefined });
      previousId = undefined;
      continue;
    }
    if (id === previousId && previousOrder !== undefined) {
      // The same row twice in a row is a pasted copy, not a second line of the order.
      const last = previousOrder.rows[previousOrder.rows.length - 1]!;
      if (sameCells(last.cells, cells)) {
        // With a line's columns, a line typed twice, said so: not an earlier copy of the order
        // (trial 25: it was never copied). Without, the order's row pasted twice is its copy.
        if (!lineColumnsMapped) retire(previousOrder, [last]);
        else if (previousOrder.repeated === undefined) previousOrder.repeated = [last];
        else previousOrder.repeated.push(last);
        previousOrder.rows[previousOrder.rows.length - 1] = d;
      } else addRow(previousOrder, d);
      continue;
    }
    const known = orderById.get(id);
    if (known === undefined) {
      const order: Order = { id: shownId, rows: [d], older: undefined };
      orders.push(order);
      orderById.set(id, order);
      previousOrder = order;
    } else {
      // A block of an order seen before: a new copy when it is dated and not a refund. In a log of no
      // platform each line is dated: only a block starting with a line the order has is a copy, other
      // lines are the order's own, apart after a sort (by product, by amount).
      const isCopy =
        !isBlankCell(at(cells, c.date)) &&
        !isRefund(cells) &&
        (!options.amountLines || known.rows.some((e) => sameCells(e.cells, cells)));
      if (isCopy) {
        retire(known, known.rows);
        known.rows = [d];
      } else addRow(known, d);
      previousOrder = known;
    }
    previousId = id;
  }

  // A log of no platform: invoices that are cancellations by their number, and its amount column
  // read as lines' for an order whose lines differ in it (line-amounts.ts).
  const lineCounts: LineCounts | undefined = options.amountLines
    ? { differ: 0, alike: 0, once: 0, lines: 0, cancelled: 0, blankQuantity: 0 }
    : undefined;
  const cancelledIds =
    lineCounts !== undefined && c.orderId !== undefined
      ? cancelledByNumber(orders.map((o) => o.id))
      : undefined;
  // A line's header whose amounts the orders show to be each order's total, repeated: counted once.
  const repeated =
    lineCounts !== undefined && options.amountPerLine === true
      ? repeatedTotals(orders, c, options.headerRow)
      : undefined;
  const perLine = options.amountPerLine === true && repeated === undefined;
  const lineColumns: ExportColumns | undefined =
    lineCounts !== undefined && c.amount !== undefined
      ? { ...c, amount: undefined, lineAmount: c.amount }
      : undefined;

  // Pass 2: each order → a purchase, an exclusion or a problem. The purchases wait in columns, with
  // their orders, for the currency split.
  // Room for a second purchase (the return) of an order of several lines in a log of no platform.
  let room = orders.length;
  if (lineCounts !== undefined)
    for (let o = 0; o < orders.length; o++) if (orders[o]!.rows.length > 1) room++;
  const candidates = orderPurchases(room);
  const candidateOrders = new Array<Order>(room);
  // Indexed loops over rows and orders: a for-of loop makes an iterator and a result per step until
  // the engine optimises it, which in a cold call is most of the run.
  for (let o = 0; o < orders.length; o++) {
    const order = orders[o]!;
    if (order.older !== undefined)
      for (const d of order.older) if (!d.ruled) exclude(d.index, 'duplicate', order.id, order.older);
    if (order.repeated !== undefined)
      for (const d of order.repeated)
        if (!d.ruled) exclude(d.index, 'repeated_line', order.id, order.repeated);
    const rows = order.rows;
    let refundRows = 0;
    let ruledRows = 0;
    for (let r = 0; r < rows.length; r++) {
      if (rows.length > 1 ? isRefund(rows[r]!.cells) : givesOrTakes(meaningOf(rows[r]!.cells))) refundRows++;
      if (rows[r]!.ruled) ruledRows++;
    }
    // Every line left out by the owner's rules: the order is theirs to leave out (each line reported).
    if (ruledRows === rows.length) continue;
    // A rule on the status written on an order's first line only (its other lines blank there) leaves
    // the order out, every line: "Order Status = Shipped to moon" left the second line counted. Lines
    // with statuses of their own speak for themselves: only those the rule matched leave (t39).
    if (ruledRows > 0 && statusForOrder(rows, c.status)) {
      const by = rows.find((d) => d.ruled === 'order')!;
      for (const d of rows) if (!d.ruled) exclude(d.index, 'owner_rule', at(by.cells, c.status), rows);
      continue;
    }
    const head = ruledRows === 0 ? rows[0]! : rows.find((d) => !d.ruled)!;
    // Most orders have no refund row: their rows are the sales as they are. Lines left out by a rule
    // still give the order's own cells (status, date, total), not sales.
    const sales = refundRows === 0 ? rows : rows.filter((d) => !isRefund(d.cells));
    const refunds = refundRows === 0 ? NO_ROWS : rows.filter((d) => isRefund(d.cells));
    const lines = ruledRows === 0 ? sales : sales.filter((d) => !d.ruled);
    const main = lines.length > 0 ? sales : refunds;

    let meaning: StatusMeaning | undefined;
    let statusText: CellValue | undefined;
    for (let r = 0; r < main.length; r++) {
      const m = meaningOf(main[r]!.cells);
      if (m !== undefined) {
        meaning = m;
        statusText = statusCell(main[r]!.cells);
        break;
      }
    }
    // A status the table does not know counts as a purchase, and is listed with its rows for the
    // owner to check (and leave out by a rule on it).
    if (meaning === undefined && c.status !== undefined) {
      const row = firstFilledRow(main, c.status);
      const unknown = row?.cells[c.status];
      if (typeof unknown === 'string')
        noteUnknownStatus(unknownStatuses, unknown, first + row!.index, statusHeader);
    }
    // A type the table does not know (PayPal's Type column) is named the same way: its row counted
    // as its status says, which may be wrong for money that is no sale.
    if (c.type !== undefined) {
      const row = firstFilledRow(main, c.type);
      const type = row?.cells[c.type];
      if (typeof type === 'string' && meaningOfCell(type) === undefined)
        noteUnknownStatus(unknownStatuses, type, first + row!.index, typeHeader);
    }
    const cancelled = firstFilledRow(rows, c.cancelledAt);
    if (cancelled !== undefined && sales.length > 0) {
      meaning = 'cancelled';
      statusText = cellAt(cancelled, c.cancelledAt);
    }
    // A log of no platform: a cancellation that gives money back (a C-numbered invoice, lines of
    // negative money) is the return of an earlier sale, netted, not a sale left out.
    const givenBack =
      lineCounts !== undefined &&
      (meaning === 'cancelled' || meaning === 'voided' || meaning === 'refunded') &&
      (cancelledIds?.has(order.id!) === true || givesBack(lines, c));
    if (meaning !== undefined && meaning !== 'purchase' && !givesOrTakes(meaning) && !givenBack) {
      for (const d of rows) if (!d.ruled) exclude(d.index, meaning, statusText, rows);
      continue;
    }

    // Date: the first filled-in date cell.
    const dateRow = firstFilledRow(rows, c.date) ?? head;
    const dateCell = cellAt(dateRow, c.date);
    const day = dateRow.textDay ?? dayOf(dateCell);
    let problems: OrderProblem[] | undefined;
    if (typeof day !== 'number') problems = [{ row: dateRow, column: 'date', cell: dateCell, problem: day }];
    else if (day > options.asOfDay) {
      problems = [{ row: dateRow, column: 'date', cell: dateCell, problem: 'after_as_of' }];
    }

    // Lines a rule left out still show what the amount column holds (Mug 1 ruled out beside Mug 2 is
    // a line's money, not an order total of 1).
    const judged = ruledRows === 0 ? lines : sales;
    const added = lineColumns !== undefined && judged.length > 1 ? linesAddUp(judged, c, perLine) : undefined;
    const moneyColumns = added === 'differ' || added === 'alike' ? lineColumns! : c;
    // Lines priced per unit: a quantity that cannot be read ('some', '2-3') is the order's problem,
    // never price × 1; blank ones count 1 and are counted for Data issues' note.
    let blankQuantities = 0;
    let quantityProblem = false;
    if (
      moneyColumns.unitPrice !== undefined &&
      moneyColumns.quantity !== undefined &&
      moneyColumns.amount === undefined &&
      moneyColumns.adjustedTotal === undefined
    ) {
      for (let r = 0; r < rows.length; r++) {
        const d = rows[r]!;
        if (d.ruled || typeof readAmount(at(d.cells, moneyColumns.lineAmount)) === 'number') continue;
        const cell = d.cells[moneyColumns.quantity];
        const q = readQuantity(cell);
        if (q === 'blank') blankQuantities++;
        else if (q === 'unreadable') {
          const problem: OrderProblem = { row: d, column: 'quantity', cell, problem: 'unreadable' };
          if (problems === undefined) problems = [problem];
          else problems.push(problem);
          quantityProblem = true;
          break;
        }
      }
    }
    let money = orderAmount(
      main,
      refunds,
      lines.length > 0,
      moneyColumns,
      ruledRows === 0 ? 0 : ruledOutOf(rows),
      lines.length > 0 ? lines : refunds,
      refundUndone,
    );
    // An account statement (PayPal, Venmo, Cash App) holds the owner's own payments too: money out
    // that refunds no sale is no purchase of the party it went to (a supplier paid was their "return").
    // Money sent to a party who paid the owner earlier in the statement, no more than they paid, is
    // taken as their refund: Venmo has no refund type for a payment sent back.
    if (
      paidSoFar !== undefined &&
      refunds.length === 0 &&
      typeof money.amount === 'number' &&
      money.amount < 0
    ) {
      const to = buyerOf(rows);
      const paid = to === undefined ? 0 : (paidSoFar.get(to.key) ?? 0);
      if (paid + money.amount < -HALF_CENT) {
        const why = at(head.cells, c.type) ?? at(head.cells, c.amount);
        for (const d of rows) if (!d.ruled) exclude(d.index, 'paid_out', why, rows);
        continue;
      }
    }
    // A cancelled invoice is a return of what its lines say, whatever their sign.
    const cancelledOrder = cancelledIds?.has(order.id!) === true;
    if (cancelledOrder && typeof money.amount === 'number')
      money = { amount: -Math.abs(money.amount), gross: 0 };
    // Its amount is unknown for that quantity: said once, on the quantity.
    if (typeof money.amount !== 'number' && !quantityProblem) {
      const problem: OrderProblem = {
        row: money.row ?? head,
        column: 'amount',
        cell: money.cell,
        problem: money.amount,
      };
      if (problems === undefined) problems = [problem];
      else problems.push(problem);
    }

    if (problems !== undefined) {
      rowsSkipped++;
      // A return dated after the analysis date is no purchase the analysis misses.
      const returnLater =
        problems.length === 1 && problems[0]!.problem === 'after_as_of' && !((money.amount as number) > 0);
      const whose = returnLater ? undefined : buyerOf(rows);
      for (const p of problems) {
        issues.push({
          row: first + p.row.index,
          column: p.column,
          value: valueText(p.cell, ctx.timeZone),
          problem: p.problem,
          action: 'skipped',
          ...(whose && !whose.anonymous ? { customerKey: whose.key } : {}),
          ...(p.problem === 'after_as_of' ? readAsField(p.cell, day, ctx.dateOrder) : {}),
        });
      }
      continue;
    }
    const buyer = buyerOf(rows);
    if (buyer === undefined || buyer.anonymous) {
      for (const d of rows) if (!d.ruled) exclude(d.index, 'anonymous', buyer?.cell ?? '', rows);
      continue;
    }
    // A log of no platform whose refund lines give back more than the order's sales (+1 × 5, −3 × 5
    // on one day): a sale and a return, which the customer's history nets as any refund beyond a
    // day's sales (customer-history.ts OverRefund, said in the why and Data issues); dropping the
    // order as refunded in full kept the 10 given back beyond it in their spend.
    const overRefund =
      lineCounts !== undefined &&
      ruledRows === 0 &&
      refunds.length > 0 &&
      lines.length > 0 &&
      money.gross > 0 &&
      (money.amount as number) < -HALF_CENT;
    if (money.gross > 0 && (money.amount as number) <= 0 && !overRefund) {
      for (const d of rows) if (!d.ruled) exclude(d.index, 'refunded', money.refundCell ?? statusText, rows);
      continue;
    }
    const currencyCell = firstFilledCell(rows, c.currency);
    const product = productOfOrder(lines, c.product, isCharge, ctx.timeZone);
    let quantity: number | undefined;
    if (c.quantity !== undefined) {
      for (let r = 0; r < lines.length; r++) {
        const q = readQuantity(lines[r]!.cells[c.quantity]);
        if (typeof q === 'number') quantity = (quantity ?? 0) + q;
      }
    }
    const name = nameOf(rows);
    // Counted for Data issues' note only when the order is a customer's purchase (or return).
    if (lineCounts !== undefined) {
      if (added !== undefined) lineCounts[added]++;
      if (lines.length > 1) lineCounts.lines++;
      lineCounts.blankQuantity += blankQuantities;
      if (cancelledOrder && lineCounts.cancelled++ === 0) lineCounts.example = order.id!;
    }
    const currencyOfOrder =
      currencyCell !== undefined
        ? currencyOfCell(currencyCell)
        : // No currency column: the amounts' marks ($60, €15) say it.
          c.currency === undefined
          ? amountMarkOf(rows, c)
          : undefined;
    if (overRefund) {
      candidateOrders[candidates.count] = { id: order.id, rows: refunds.slice(), older: undefined };
      addOrderPurchase(
        candidates,
        first + refunds[0]!.index,
        buyer.key,
        name ?? buyer.label,
        day as DayNumber,
        (money.amount as number) - money.gross,
        product === undefined ? undefined : textOf(product, ctx.timeZone),
        undefined,
        order.id,
        currencyOfOrder,
      );
    }
    candidateOrders[candidates.count] = overRefund
      ? { id: order.id, rows: sales.slice(), older: undefined }
      : order;
    addOrderPurchase(
      candidates,
      first + head.index,
      buyer.key,
      name ?? buyer.label,
      day as DayNumber,
      overRefund ? money.gross : (money.amount as number),
      product === undefined ? undefined : textOf(product, ctx.timeZone),
      quantity,
      order.id,
      currencyOfOrder,
    );
    if (paidSoFar !== undefined)
      paidSoFar.set(buyer.key, (paidSoFar.get(buyer.key) ?? 0) + (money.amount as number));
  }

  // Currencies: the one with most purchases is analysed; never add across currencies.
  const split = splitCurrencies(currenciesOf(candidates));
  // Marks name the log's currency only when mixed, as in the plain reader.
  const currency =
    c.currency !== undefined || split?.other.some(Boolean)
      ? split?.main
      : split === undefined
        ? options.platformCurrency
        : undefined;
  const contacts = new Map<string, ContactDraft>();
  let rowsUsed = 0;
  for (let i = 0; i < candidates.count; i++) {
    const rows = candidateOrders[i]!.rows;
    if (split?.other[i]) {
      for (const d of rows) if (!d.ruled) exclude(d.index, 'other_currency', candidates.currency[i], rows);
      continue;
    }
    for (let r = 0; r < rows.length; r++) if (!rows[r]!.ruled) rowsUsed++;
    addContact(contacts, candidates.key[i]!, candidates.row[i]!, rows);
  }
  issues.sort((a, b) => a.row - b.row);
  excluded.sort((a, b) => a.row - b.row);
  return {
    // Sheet order; customers are numbered in the order of their first purchase.
    purchases: tableOfOrderPurchases(candidates, split?.other),
    issues,
    excluded,
    ...excludedCustomersField(byCustomer),
    contacts,
    ...(currency !== undefined ? { currency } : {}),
    rowsUsed,
    ...(unknownStatuses.size > 0
      ? {
          unknownStatuses: [...unknownStatuses.values()],
        }
      : {}),
    ...dateOrderReadOf(dayOfText, decided),
    ...(lineCounts !== undefined ? lineAmountsNote(c, options.headerRow, lineCounts, perLine, repeated) : {}),
    ...(spans !== undefined
      ? { orderIdSpans: { header: headerText(options.headerRow, c.orderId), ...spans } }
      : {}),
    ...(later !== undefined
      ? { orderIdLater: { header: headerText(options.headerRow, c.orderId), ...later } }
      : {}),
    rowsRead: grid.length,
    rowsSkipped,
    blankRows,
    headerRows,
  };

  function meaningOf(row: Row): StatusMeaning | undefined {
    const byType = meaningOfCell(at(row, c.type));
    if (givesOrTakes(byType) || byType === 'not_a_sale' || byType === 'top_up') return byType;
    const byStatus = meaningOfCell(at(row, c.status));
    if (byStatus !== undefined || c.note === undefined) return byStatus;
    return NOTE_MEANINGS[noteMeaning(at(row, c.note)) ?? 'mention'];
  }

  /** A positive amount whose note is a return, or mentions one, with no status to say: reported. */
  function noteIssue(index: number, cells: Row): void {
    if (meaningOfCell(at(cells, c.status)) !== undefined) return;
    const note = noteMeaning(at(cells, c.note));
    if (note === undefined || note === 'cancelled' || note === 'returned') return;
    // The owner's refund column says what came back: a note beside a refund is that refund's words
    // (trial 29: 'returned all' beside a full refund was said to stay a sale as the row was left out).
    const refunded = readAmount(at(cells, c.refunded));
    if (typeof refunded === 'number' && refunded !== 0) return;
    const amount = readAmount(at(cells, c.amount) ?? at(cells, c.lineAmount));
    if (typeof amount !== 'number' || amount <= 0) return;
    issues.push({
      row: first + index,
      column: 'note',
      value: valueText(at(cells, c.note), ctx.timeZone),
      problem: NOTE_PROBLEMS[note],
      action: note === 'return' ? 'returned' : 'counted',
    });
  }

  /**
   * A refund row: the type or status says so, or, when neither says anything, its order amount is
   * negative (Square with its Event Type column deleted: the −$32.40 refund shares the sale's
   * Transaction ID, and read as a line it was dropped for the order total's first value).
   */
  function isRefund(row: Row): boolean {
    const m = meaningOf(row);
    if (m !== undefined) return givesOrTakes(m);
    // Lines of a log of no platform: a line whose money is negative (a quantity of -4) is a return.
    if (options.amountLines && c.amount === undefined) {
      // As lineTotal reads a line, by its cells: no row object made for each row asked about.
      const line = readAmount(at(row, c.lineAmount));
      if (typeof line === 'number') return line < 0;
      const price = readAmount(at(row, c.unitPrice));
      const q = readQuantity(at(row, c.quantity));
      return typeof price === 'number' && price * (typeof q === 'number' ? q : 1) < 0;
    }
    const v = at(row, c.amount);
    if (typeof v === 'number') return v < 0;
    if (typeof v !== 'string' || !/[-−(]/.test(v)) return false;
    const a = readAmount(v);
    return typeof a === 'number' && a < 0;
  }

  /** A row that puts back what a refund row took (a chargeback reversed). */
  function refundUndone(d: OrderRow): boolean {
    return meaningOf(d.cells) === 'refund_undone';
  }

  function statusCell(row: Row): CellValue | undefined {
    const type = at(row, c.type);
    const byType = meaningOfCell(type);
    if (givesOrTakes(byType) || byType === 'not_a_sale' || byType === 'top_up') return type;
    const status = at(row, c.status);
    return c.note === undefined || meaningOfCell(status) !== undefined ? status : at(row, c.note);
  }

  /**
   * The registered customer a guest order's email belongs to: a shopper who checked out as a guest
   * and registered later (very common on WooCommerce) is one customer, not a guest "last seen 514
   * days ago" beside the registered one (new-owner trial: the win-back went to the guest half).
   * Found by one pass over the rows, made at the first guest order.
   */
  function registeredBuyerOf(rows: readonly DataRow[]): Buyer | undefined {
    if (c.customer === undefined || c.email === undefined) return undefined;
    const email = normalizeEmail(firstFilledCell(rows, c.email));
    if (email === undefined) return undefined;
    if (registeredByEmail === undefined) {
      registeredByEmail = new Map();
      for (let i = 0; i < grid.length; i++) {
        const row = grid[i] ?? [];
        const id = row[c.customer];
        if (isBlankCell(id) || id === 0 || id === '0') continue;
        const owner = normalizeEmail(row[c.email]);
        if (owner === undefined) continue;
        const known = registeredByEmail.get(owner);
        // An email two registered customers share names neither: the guest stays on their own.
        if (known === undefined) registeredByEmail.set(owner, id!);
        else if (known !== null && normalizeCustomerKey(known) !== normalizeCustomerKey(id)) {
          registeredByEmail.set(owner, null);
        }
      }
    }
    const id = registeredByEmail.get(email);
    if (id === undefined || id === null) return undefined;
    const buyer = buyerOfCell('customer', id);
    return buyer.anonymous ? undefined : buyer;
  }

  /** The order's buyer: from the first key column with a filled-in cell; undefined when none has. */
  function buyerOf(rows: readonly DataRow[]): Buyer | undefined {
    if (c.payer !== undefined && c.payee !== undefined) {
      owner ??=
        statementOwner(grid, { payer: c.payer, payee: c.payee, type: c.type, amount: c.amount }) ?? '';
      const side = counterpartyCell(rows[0]!.cells, c.payer, c.payee, owner);
      if (side !== undefined) return buyerOfCell('customer', side);
    }
    for (let k = 0; k < KEY_FIELDS.length; k++) {
      const field = KEY_FIELDS[k]!;
      if (c[field] === undefined) continue;
      const found = firstFilledCell(rows, c[field]);
      // WooCommerce writes customer id 0 for a guest checkout: the email names the buyer then, or
      // the registered customer with that email.
      if (field === 'customer' && (found === undefined || found === 0 || found === '0')) {
        const registered = registeredBuyerOf(rows);
        if (registered !== undefined) return registered;
        continue;
      }
      if (found === undefined) continue;
      if (typeof found !== 'string') return buyerOfCell(field, found);
      // A customer's orders repeat the same text: it is read once.
      const known = buyerByText[k]!.get(found);
      if (known !== undefined) return known;
      const buyer = buyerOfCell(field, found);
      if (buyerByText[k]!.size < 100_000) buyerByText[k]!.set(found, buyer);
      return buyer;
    }
    return undefined;
  }

  function nameOf(rows: readonly DataRow[]): string | undefined {
    // A payment app's statement names the customer only as the other side of the payment.
    if (c.name === undefined && c.payer !== undefined && c.payee !== undefined) {
      const side = counterpartyCell(rows[0]!.cells, c.payer, c.payee, owner);
      return side === undefined ? undefined : cleanText(String(side)).replace(/\s+/g, ' ');
    }
    if (c.name === undefined) return undefined;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!.cells;
      const given = at(cells, c.name);
      if (isBlankCell(given)) continue;
      const last = at(cells, c.lastName);
      const parts = [given, last].filter((x) => !isBlankCell(x)).map((x) => cleanText(String(x)));
      // Shown as the key reads it: 'Frank  Ng' is 'Frank Ng'.
      return parts.join(' ').replace(/\s+/g, ' ');
    }
    return undefined;
  }

  /**
   * Folds an order's contact details into its customer's: the first order's, with later orders
   * filling what earlier ones lacked (each detail is read only while the customer lacks it); consent
   * is the latest order's that says.
   */
  function addContact(
    map: Map<string, ContactDraft>,
    key: string,
    row: number,
    rows: readonly DataRow[],
  ): void {
    let consent: boolean | undefined;
    if (c.consent !== undefined) {
      for (let r = 0; r < rows.length && consent === undefined; r++)
        consent = readConsent(rows[r]!.cells[c.consent]);
    }
    const known = map.get(key);
    if (known === undefined) {
      map.set(key, {
        key,
        name: nameOf(rows) ?? '',
        email: emailOf(rows),
        phone: phoneOf(rows),
        consent,
        row,
      });
      return;
    }
    if (known.name === '') known.name = nameOf(rows) ?? '';
    if (known.email === '') known.email = emailOf(rows);
    if (known.phone === '') known.phone = phoneOf(rows);
    if (consent !== undefined) known.consent = consent;
  }

  function emailOf(rows: readonly DataRow[]): string {
    return normalizeEmail(firstFilledCell(rows, c.email)) ?? '';
  }

  function phoneOf(rows: readonly DataRow[]): string {
    const phone = firstFilledCell(rows, c.phone);
    return phone === undefined ? '' : cleanText(String(phone));
  }
}

/** Who bought, as an order's key cell names them. */
interface Buyer {
  /** The key cell as read (an email trimmed and lower-cased), shown when the buyer is anonymous. */
  cell: CellValue;
  /** The customer key purchases are grouped by. */
  key: string;
  label: string;
  /** A walk-in, guest or placeholder rather than a person. */
  anonymous: boolean;
}

function buyerOfCell(field: (typeof KEY_FIELDS)[number], found: CellValue): Buyer {
  const cell = field === 'email' && typeof found === 'string' ? found.trim().toLowerCase() : found;
  return {
    cell,
    key: normalizeCustomerKey(cell),
    label: customerLabelOf(cell),
    anonymous: isAnonymousBuyer(typeof found === 'string' ? found : String(found)),
  };
}

/** A row's cell in `column`; undefined when the export has no such column. */
/** What a note says, as a status would (input/note-words.ts); a mere mention says nothing. */
const NOTE_MEANINGS: Readonly<Record<NoteMeaning, StatusMeaning | undefined>> = {
  return: 'refund_row',
  returned: 'refunded',
  cancelled: 'cancelled',
  return_cancelled: undefined,
  refund_of: undefined,
  mention: undefined,
};

/** A row that takes money back from a sale, or puts it back. */
function givesOrTakes(m: StatusMeaning | undefined): m is 'refund_row' | 'refund_undone' {
  return m === 'refund_row' || m === 'refund_undone';
}

/** A header cell as text ('' when absent). */
function headerText(header: readonly CellValue[] | undefined, column: number | undefined): string {
  const cell = column === undefined ? undefined : header?.[column];
  return typeof cell === 'string' ? cleanText(cell) : '';
}

function at(row: Row, column: number | undefined): CellValue | undefined {
  return column === undefined ? undefined : row[column];
}

/**
 * The first owner rule a row matches. A function of its own: a closure over the row's cells in the
 * row loop would make the engine allocate a context for them on every row, rule or none.
 */
function ruleOf(
  rules: readonly { column: number; values: ReadonlySet<string> }[],
  cells: Row,
): { column: number } | undefined {
  for (let i = 0; i < rules.length; i++)
    if (rules[i]!.values.has(fold(cells[rules[i]!.column]))) return rules[i];
  return undefined;
}

/**
 * Adds a row to an order. Its list starts as `[d]`, which a push grows to room for 17 rows; most
 * orders have two or three lines, so those get a list of their size.
 */
function addRow(order: Order, d: DataRow): void {
  const rows = order.rows;
  if (rows.length === 1) order.rows = [rows[0]!, d];
  else if (rows.length === 2) order.rows = [rows[0]!, rows[1]!, d];
  else rows.push(d);
}

/** Marks rows of an order as an earlier copy's, to be excluded as duplicates. */
function retire(order: Order, rows: readonly DataRow[]): void {
  if (order.older === undefined) order.older = [...rows];
  else order.older.push(...rows);
}

/** Text in a cell that is no amount ('Total', '实付金额'): a header word where a number is due. */
/**
 * The product an order stands for in the log: its first line's, or when that line is a charge
 * (charge-lines.ts: Square's "Custom Amount" before the Latte, a "Shipping" line first), the first
 * line of goods — a trial's Square orders of a keyed-in amount and a Latte were "Custom Amount"
 * purchases, and the re-order email offered "more Custom Amount". Single-line orders cost nothing more.
 */
function productOfOrder(
  lines: readonly OrderRow[],
  column: number | undefined,
  isCharge: (text: string) => boolean,
  timeZone: string,
): CellValue | undefined {
  const first = firstFilledCell(lines, column);
  if (lines.length < 2 || first === undefined) return first;
  for (let i = 0; i < lines.length; i++) {
    const cell = lines[i]!.cells[column!];
    const text = textOf(cell, timeZone);
    if (text !== undefined && !isCharge(text)) return cell;
  }
  return first;
}

function textNoAmount(cell: CellValue | undefined): boolean {
  return typeof cell === 'string' && !isBlankCell(cell) && typeof readAmount(cell) !== 'number';
}

/** Whether every mapped cell of a row is blank. */
function allBlank(cells: Row, mapped: readonly number[]): boolean {
  for (let i = 0; i < mapped.length; i++) if (!isBlankCell(cells[mapped[i]!])) return false;
  return true;
}

/** The currency mark of an order's first marked amount cell (`€15.00` → `€`), if any. */
function amountMarkOf(rows: readonly DataRow[], c: ExportColumns): string | undefined {
  for (const d of rows) {
    for (const field of ['amount', 'adjustedTotal', 'lineAmount', 'unitPrice'] as const) {
      const v = cellAt(d, c[field]);
      const mark = typeof v === 'string' ? currencyMarkOf(v) : undefined;
      if (mark !== undefined) return mark;
    }
  }
  return undefined;
}

/** Whether two rows hold the same cells, compared as `fold` reads them (identical cells need no folding). */
function sameCells(a: Row, b: Row): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i] && fold(a[i]) !== fold(b[i])) return false;
  return true;
}

function fold(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  return cleanText(String(v)).toLowerCase();
}

function signatureOf(cells: Row, columns: readonly number[]): string {
  return columns.map((col) => fold(cells[col])).join('\u0001');
}
