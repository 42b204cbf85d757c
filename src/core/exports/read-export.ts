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
//   belong to the order. A row repeated cell for cell right below itself is a copy too.
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
// - A profile whose times are UTC (Stripe's "Created (UTC)", written with no offset) has them read as
//   UTC instants, so the purchase day is the one in the spreadsheet's zone.
import type { CellValue, Grid } from '../cells';
import type { DayNumber } from '../days';
import { normalizeEmail } from '../followups/contacts';
import { currencyMarkOf, splitCurrencies } from '../input/currency';
import { customerLabelOf, normalizeCustomerKey } from '../input/customer-key';
import { isHeaderRow } from '../input/headers';
import { readAmount } from '../input/parse-amount';
import { type DateOrder, readDay } from '../input/parse-date';
import type {
  ExcludedRow,
  IssueProblem,
  LogContact,
  Purchase,
  PurchaseColumn,
  PurchaseLog,
  RowIssue,
} from '../input/purchase';
import { tableOfPurchases } from '../input/purchase-table';
import { textOf, valueText } from '../input/read-purchases';
import { cleanText, isBlankCell } from '../input/text';
import { isAnonymousBuyer } from './anonymous';
import { readConsent } from './consent';
import { EXPORT_FIELDS, type ExportColumns, KEY_FIELDS } from './fields';
import { orderAmount } from './order-amount';
import { sectionHeading, totalWord } from './row-kinds';
import { type ExclusionReason, type StatusMeaning, statusMeaning } from './statuses';

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
}

/** A time of day with no offset or zone after it: `2024-03-05 14:22:10`. */
const BARE_TIME = /\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*$/;

type Row = readonly (CellValue | undefined)[];

interface DataRow {
  index: number;
  cells: Row;
}

interface Order {
  id: string | undefined;
  rows: DataRow[];
  /** Rows of earlier copies, excluded as duplicates. */
  older: DataRow[];
}

/** Reads the rows below an export's header into purchases; see the rules at the top. */
export function readExport(grid: Grid, options: ReadExportOptions): PurchaseLog {
  const c = options.columns;
  const first = options.firstRowNumber ?? 1;
  const ctx = { timeZone: options.timeZone, dateOrder: options.dateOrder };
  const mapped = EXPORT_FIELDS.map((f) => c[f]).filter((x): x is number => x !== undefined);
  const rules = (options.exclude ?? []).map((r) => ({
    column: r.column,
    values: new Set(r.values.map(fold)),
  }));
  const headerSignature = options.headerRow ? signatureOf(options.headerRow, mapped) : undefined;

  const issues: RowIssue[] = [];
  const excluded: ExcludedRow[] = [];
  const unknownStatuses = new Set<string>();
  let blankRows = 0;
  let headerRows = 0;
  let rowsSkipped = 0;

  const cell = (row: Row, field: keyof ExportColumns): CellValue | undefined => {
    const column = c[field];
    return column === undefined ? undefined : row[column];
  };
  /** The first of `rows` whose `field` is filled in. */
  const firstRowWith = (rows: readonly DataRow[], field: keyof ExportColumns): DataRow | undefined => {
    for (const d of rows) if (!isBlankCell(cell(d.cells, field))) return d;
    return undefined;
  };
  const firstFilled = (rows: readonly DataRow[], field: keyof ExportColumns): CellValue | undefined => {
    const d = firstRowWith(rows, field);
    return d === undefined ? undefined : cell(d.cells, field);
  };
  // Exports repeat the same texts (dates, statuses) on many rows: read each text once.
  const dayOfText = new Map<string, ReturnType<typeof readDay>>();
  const dayOf = (v: CellValue | undefined): ReturnType<typeof readDay> => {
    if (typeof v !== 'string') return readDay(v, ctx);
    let day = dayOfText.get(v);
    if (day === undefined) {
      day = readDay(options.utcTimes && BARE_TIME.test(v) ? `${v.trim()} +0000` : v, ctx);
      if (dayOfText.size < 100_000) dayOfText.set(v, day);
    }
    return day;
  };
  const meaningOfText = new Map<string, StatusMeaning | undefined>();
  const meaningOfCell = (v: CellValue | undefined): StatusMeaning | undefined => {
    if (typeof v !== 'string') return undefined;
    if (meaningOfText.has(v)) return meaningOfText.get(v);
    const m = statusMeaning(v);
    if (meaningOfText.size < 10_000) meaningOfText.set(v, m);
    return m;
  };
  const exclude = (d: DataRow, reason: ExclusionReason, value: CellValue | undefined) =>
    excluded.push({ row: first + d.index, reason, value: valueText(value, ctx.timeZone) });

  // Pass 1: classify rows; group data rows into orders.
  const orders: Order[] = [];
  const orderById = new Map<string, Order>();
  let previousId: string | undefined;
  let previousOrder: Order | undefined;
  for (let index = 0; index < grid.length; index++) {
    const cells: Row = grid[index] ?? [];
    const d: DataRow = { index, cells };
    if (allBlank(cells, mapped)) {
      blankRows++;
      continue;
    }
    // A header again further down (pasted exports): only a row whose date cell is text that is no
    // date can be one, so data rows never pay for the header check.
    const dateCell = cell(cells, 'date');
    const maybeHeader =
      typeof dateCell === 'string' && !isBlankCell(dateCell) && typeof dayOf(dateCell) !== 'number';
    if (
      maybeHeader &&
      ((headerSignature !== undefined && signatureOf(cells, mapped) === headerSignature) ||
        isHeaderRow(cells as readonly CellValue[], 'purchases'))
    ) {
      headerRows++;
      continue;
    }
    const rule = rules.length === 0 ? undefined : rules.find((r) => r.values.has(fold(cells[r.column])));
    if (rule !== undefined) {
      exclude(d, 'owner_rule', cells[rule.column]);
      continue;
    }
    const total = totalWord(cells, c);
    if (total !== undefined) {
      exclude(d, 'total_row', total);
      continue;
    }
    const heading = sectionHeading(cells, { customer: c.customer ?? c.email ?? c.name, date: c.date });
    if (heading !== undefined) {
      exclude(d, 'section_header', heading);
      continue;
    }
    // A refund row that names the payment it refunds belongs to that payment's order.
    const reference = cell(cells, 'referenceId');
    const idCell =
      !isBlankCell(reference) && meaningOf(cells) === 'refund_row' ? reference : cell(cells, 'orderId');
    const id = isBlankCell(idCell) ? undefined : textOf(idCell!, ctx.timeZone);
    if (id === undefined) {
      orders.push({ id, rows: [d], older: [] });
      previousId = undefined;
      continue;
    }
    if (id === previousId && previousOrder !== undefined) {
      // The same row twice in a row is a pasted copy, not a second line of the order.
      const last = previousOrder.rows[previousOrder.rows.length - 1]!;
      if (sameCells(last.cells, cells)) {
        previousOrder.older.push(last);
        previousOrder.rows[previousOrder.rows.length - 1] = d;
      } else previousOrder.rows.push(d);
      continue;
    }
    const known = orderById.get(id);
    if (known === undefined) {
      const order: Order = { id, rows: [d], older: [] };
      orders.push(order);
      orderById.set(id, order);
      previousOrder = order;
    } else {
      // A block of an order seen before: a new copy when it is dated and not a refund.
      const isCopy = !isBlankCell(cell(cells, 'date')) && meaningOf(cells) !== 'refund_row';
      if (isCopy) {
        known.older.push(...known.rows);
        known.rows = [d];
      } else known.rows.push(d);
      previousOrder = known;
    }
    previousId = id;
  }

  // Pass 2: each order → a purchase, an exclusion or a problem.
  interface Candidate {
    order: Order;
    purchase: Purchase;
    currency: string | undefined;
  }
  const candidates: Candidate[] = [];
  for (const order of orders) {
    for (const d of order.older) exclude(d, 'duplicate', order.id);
    const rows = order.rows;
    const head = rows[0]!;
    const sales = rows.filter((d) => meaningOf(d.cells) !== 'refund_row');
    const refunds = rows.filter((d) => meaningOf(d.cells) === 'refund_row');
    const main = sales.length > 0 ? sales : refunds;

    let meaning: StatusMeaning | undefined;
    let statusText: CellValue | undefined;
    for (const d of main) {
      const m = meaningOf(d.cells);
      if (m !== undefined) {
        meaning = m;
        statusText = statusCell(d.cells);
        break;
      }
    }
    // A status the table does not know counts as a purchase, and is listed for the owner to check.
    if (meaning === undefined) {
      const unknown = firstFilled(main, 'status');
      if (typeof unknown === 'string' && unknownStatuses.size < 20) unknownStatuses.add(cleanText(unknown));
    }
    const cancelled = firstRowWith(rows, 'cancelledAt');
    if (cancelled !== undefined && sales.length > 0) {
      meaning = 'cancelled';
      statusText = cell(cancelled.cells, 'cancelledAt');
    }
    if (meaning !== undefined && meaning !== 'purchase' && meaning !== 'refund_row') {
      for (const d of rows) exclude(d, meaning, statusText);
      continue;
    }

    // Date: the first filled-in date cell.
    const dated = firstRowWith(rows, 'date');
    const dateRow = dated ?? head;
    const day = dayOf(cell(dateRow.cells, 'date'));
    const problems: {
      row: DataRow;
      column: PurchaseColumn;
      cell: CellValue | undefined;
      problem: IssueProblem;
    }[] = [];
    if (typeof day !== 'number')
      problems.push({ row: dateRow, column: 'date', cell: cell(dateRow.cells, 'date'), problem: day });
    else if (day > options.asOfDay) {
      problems.push({
        row: dateRow,
        column: 'date',
        cell: cell(dateRow.cells, 'date'),
        problem: 'after_as_of',
      });
    }

    const money = orderAmount(main, refunds, sales.length > 0, c);
    if (typeof money.amount !== 'number') {
      problems.push({ row: money.row ?? head, column: 'amount', cell: money.cell, problem: money.amount });
    }

    const key = keyOf(rows);
    if (problems.length > 0) {
      rowsSkipped++;
      for (const p of problems) {
        issues.push({
          row: first + p.row.index,
          column: p.column,
          value: valueText(p.cell, ctx.timeZone),
          problem: p.problem,
          action: 'skipped',
        });
      }
      continue;
    }
    if (key === undefined || isAnonymousBuyer(key.text)) {
      for (const d of rows) exclude(d, 'anonymous', key?.cell ?? '');
      continue;
    }
    if (money.gross > 0 && (money.amount as number) <= 0) {
      for (const d of rows) exclude(d, 'refunded', money.refundCell ?? statusText);
      continue;
    }
    const currencyCell = firstFilled(rows, 'currency');
    const product = firstFilled(main, 'product');
    let quantity: number | undefined;
    for (const d of main) {
      const q = readAmount(cell(d.cells, 'quantity'));
      if (typeof q === 'number') quantity = (quantity ?? 0) + q;
    }
    const name = nameOf(rows);
    candidates.push({
      order,
      currency:
        currencyCell !== undefined
          ? cleanText(String(currencyCell)).toUpperCase()
          : // No currency column: the amounts' marks ($60, €15) say it.
            c.currency === undefined
            ? amountMarkOf(rows, cell)
            : undefined,
      purchase: {
        row: first + head.index,
        customerKey: normalizeCustomerKey(key.cell),
        customerLabel: name ?? customerLabelOf(key.cell),
        day: day as DayNumber,
        amount: money.amount as number,
        product: product === undefined ? undefined : textOf(product, ctx.timeZone),
        quantity,
        orderId: order.id,
      },
    });
  }

  // Currencies: the one with most purchases is analysed; never add across currencies.
  const split = splitCurrencies(candidates.map((cand) => cand.currency));
  // Marks name the log's currency only when mixed, as in the plain reader.
  const currency = c.currency !== undefined || split?.other.some(Boolean) ? split?.main : undefined;
  const kept: Candidate[] = [];
  const contacts = new Map<string, LogContact>();
  let rowsUsed = 0;
  for (const [i, cand] of candidates.entries()) {
    if (split?.other[i]) {
      for (const d of cand.order.rows) exclude(d, 'other_currency', cand.currency);
      continue;
    }
    kept.push(cand);
    rowsUsed += cand.order.rows.length;
    addContact(contacts, cand.purchase, cand.order.rows);
  }
  // Sheet order; customers are numbered in the order of their first purchase.
  kept.sort((a, b) => a.purchase.row - b.purchase.row);
  issues.sort((a, b) => a.row - b.row);
  excluded.sort((a, b) => a.row - b.row);
  return {
    purchases: tableOfPurchases(kept.map((k) => k.purchase)),
    issues,
    excluded,
    contacts,
    ...(currency !== undefined ? { currency } : {}),
    rowsUsed,
    ...(unknownStatuses.size > 0 ? { unknownStatuses: [...unknownStatuses] } : {}),
    rowsRead: grid.length,
    rowsSkipped,
    blankRows,
    headerRows,
  };

  function meaningOf(row: Row): StatusMeaning | undefined {
    const byType = meaningOfCell(cell(row, 'type'));
    if (byType === 'refund_row' || byType === 'not_a_sale' || byType === 'top_up') return byType;
    return meaningOfCell(cell(row, 'status'));
  }

  function statusCell(row: Row): CellValue | undefined {
    const type = cell(row, 'type');
    const byType = meaningOfCell(type);
    return byType === 'refund_row' || byType === 'not_a_sale' || byType === 'top_up'
      ? type
      : cell(row, 'status');
  }

  function keyOf(rows: readonly DataRow[]): { cell: CellValue; text: string } | undefined {
    for (const field of KEY_FIELDS) {
      if (c[field] === undefined) continue;
      const found = firstFilled(rows, field);
      // WooCommerce writes customer id 0 for a guest checkout: the email names the buyer then.
      if (found === undefined || (field === 'customer' && (found === 0 || found === '0'))) continue;
      if (field === 'email' && typeof found === 'string')
        return { cell: found.trim().toLowerCase(), text: found };
      return { cell: found, text: typeof found === 'string' ? found : String(found) };
    }
    return undefined;
  }

  function nameOf(rows: readonly DataRow[]): string | undefined {
    if (c.name === undefined) return undefined;
    for (const d of rows) {
      const given = cell(d.cells, 'name');
      if (isBlankCell(given)) continue;
      const last = cell(d.cells, 'lastName');
      const parts = [given, last].filter((x) => !isBlankCell(x)).map((x) => cleanText(String(x)));
      return parts.join(' ');
    }
    return undefined;
  }

  function addContact(map: Map<string, LogContact>, p: Purchase, rows: readonly DataRow[]): void {
    const email = normalizeEmail(firstFilled(rows, 'email'));
    const phoneCell = firstFilled(rows, 'phone');
    const phone = phoneCell === undefined ? '' : cleanText(String(phoneCell));
    let consent: boolean | undefined;
    for (const d of rows) {
      consent = readConsent(cell(d.cells, 'consent'));
      if (consent !== undefined) break;
    }
    const name = nameOf(rows) ?? '';
    const known = map.get(p.customerKey);
    if (known === undefined) {
      map.set(p.customerKey, { key: p.customerKey, name, email: email ?? '', phone, consent, row: p.row });
      return;
    }
    // Later orders fill in what earlier ones lacked; consent is the latest order's that says.
    map.set(p.customerKey, {
      ...known,
      name: known.name || name,
      email: known.email || (email ?? ''),
      phone: known.phone || phone,
      consent: consent ?? known.consent,
    });
  }
}

/** The currency mark of an order's first marked amount cell (`€15.00` → `€`), if any. */
function amountMarkOf(
  rows: readonly DataRow[],
  cell: (row: Row, field: keyof ExportColumns) => CellValue | undefined,
): string | undefined {
  for (const d of rows) {
    for (const field of ['amount', 'adjustedTotal', 'lineAmount', 'unitPrice'] as const) {
      const v = cell(d.cells, field);
      const mark = typeof v === 'string' ? currencyMarkOf(v) : undefined;
      if (mark !== undefined) return mark;
    }
  }
  return undefined;
}

function allBlank(cells: Row, columns: readonly number[]): boolean {
  for (const column of columns) if (!isBlankCell(cells[column])) return false;
  return true;
}

function sameCells(a: Row, b: Row): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (fold(a[i]) !== fold(b[i])) return false;
  return true;
}

function fold(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  return cleanText(String(v)).toLowerCase();
}

function signatureOf(cells: Row, columns: readonly number[]): string {
  return columns.map((col) => fold(cells[col])).join('\u0001');
}
