// Reads a purchase log grid into purchases and data issues. Every row ends up as exactly one of:
// a purchase, a skipped row with its issues, a blank row, or a header row.
//
// Decisions (tests in test/unit/input/read-purchases.test.ts):
// - Blank row: its customer, date and amount cells, and any mapped product/quantity/order cells,
//   are all blank. Blank rows are normal in a sheet: counted, not reported. Other columns are not
//   looked at, so notes beside the log do not turn blank rows into issues.
// - Header row: a row naming customer, date and amount in any recognised language (at the top or
//   repeated further down), a later copy of the first header row, or — before any data — a first
//   row whose customer, date and amount cells are all text that reads as neither date nor amount
//   (a header in words the alias tables do not know, such as 'Who | When | Paid'). Counted, not
//   reported. That guess is made only when the caller does not know the header: after the header the
//   column setup found (`knownHeaderRows`), a first data row of unreadable text ('Walk-in | n/a |
//   n/a') is a row to report, as is every row like it.
// - A header whose columns differ from the first's (another export pasted below) is not one of
//   these: its block is left out and reported once (header-blocks.ts), never read with these columns;
//   read-log.ts then reads it on its own when it safely can (exports/other-blocks.ts).
// - Any other row that cannot be used is reported: one issue per unusable cell, customer first, then
//   date, then amount. A date after the analysis date is 'after_as_of'. An unreadable quantity is
//   reported with action 'used': the purchase is kept without a quantity.
// - Negative amounts (returns) and zero amounts are kept; the summary decides what they mean.
// - A notes column (备注, Notes) whose note is a return (note-words.ts) makes a positive amount a
//   return (negative), reported row by row ('note_return', 'returned'); a note of cancel words leaves
//   the row out as 'cancelled'; a note that only mentions a return is reported, the sale counted.
// - Customer keys: see customer-key.ts. The label is the first spelling seen for that key.
// - Walk-in and anonymous buyers (Walk-in, Guest, 散客, 匿名…: exports/anonymous.ts) are excluded, never
//   one customer; total and subtotal rows and section headings (exports/row-kinds.ts) are excluded
//   once each with that reason instead of being reported as problems. A customer cell that is a total
//   word ('小计', 'Total:') is such a row even with a date and an amount (total-customer.ts). A blank
//   customer on a paid row stays a problem here: in a typed log it is more often a cell left out than
//   a walk-in sale.
// - Currencies: when the text amounts carry marks of more than one currency ($60 and €15), the
//   currency of most marked rows is analysed and the rows in another are excluded as
//   'other_currency', never added up. Amounts with no mark are kept; only text amounts with
//   something besides digits are looked at, so logs of numbers pay nothing for it.
import type { CellValue, Grid } from '../cells';
import type { DayNumber } from '../days';
import { isAnonymousKey } from '../exports/anonymous';
import { sectionHeading, totalWord } from '../exports/row-kinds';
import { isoOfDay } from '../time/civil';
import { dayOfTime, isValidTimeZone } from '../time/zone';
import { columnDateOrder } from './column-date-order';
import { currencyMarkOf, splitCurrencies } from './currency';
import { customerLabelOf, normalizeCustomerKey, tokenKey } from './customer-key';
import { dateOrderReadOf, readAsField } from './date-order-read';
import { excludedCustomersField, noteExcludedCustomer } from './excluded-customers';
import { endsOtherExport, type OtherExportIssue, otherExportHeader } from './header-blocks';
import { isHeaderRow } from './headers';
import { KeyTable } from './key-table';
import { NOTE_PROBLEMS, noteMeaning } from './note-words';
import { type AmountProblem, readAmount } from './parse-amount';
import { DATE_ORDERS, type DateContext, type DateOrder, type DateProblem, readDay } from './parse-date';
import { readQuantity } from './parse-quantity';
import {
  DEFAULT_PURCHASE_COLUMNS,
  type ExcludedCustomer,
  type ExcludedRow,
  type IssueProblem,
  type PurchaseColumn,
  type PurchaseLog,
  type ReadPurchasesOptions,
  type RowIssue,
} from './purchase';
import {
  addCustomer,
  addPurchase,
  finishTable,
  purchaseList,
  tableBuilder,
  tableOfPurchases,
} from './purchase-table';
import { cleanText, isBlankCell, isFormulaErrorText } from './text';
import { isTotalKey } from './total-customer';

/** Memo tables stop growing here (a sheet has far fewer distinct texts; this bounds memory). */
const MAX_MEMO = 100_000;
/** Issue values are cut to this many characters. */
const MAX_VALUE_LENGTH = 100;

/** One customer key, shared by every spelling of it ('Alice', ' alice '). */
interface CustomerEntry {
  readonly key: string;
  readonly label: string;
  /** A walk-in or anonymous buyer's word, not a customer. */
  readonly anonymous: boolean;
  /** A total or subtotal word ('小计', 'Total:'), not a customer (total-customer.ts). */
  readonly total: boolean;
  /** The customer's index in the purchase table, -1 until their first purchase. */
  index: number;
}

/** Reads the purchase log; see the rules at the top. Throws only for invalid options. */
export function readPurchases(grid: Grid, options: ReadPurchasesOptions): PurchaseLog {
  checkOptions(grid, options);
  const columns = options.columns ?? DEFAULT_PURCHASE_COLUMNS;
  // The column's own texts decide their day/month order when they prove one (column-date-order.ts).
  const dateOfText = new Map<string, DayNumber | DateProblem>();
  const { timeZone } = options;
  const readText = (text: string, dateOrder: DateOrder) => readDay(text, { timeZone, dateOrder });
  const asOfDay = options.asOfDay;
  const decided = columnDateOrder(
    grid,
    columns.date,
    options.dateOrder,
    dateOfText,
    readText,
    MAX_MEMO,
    asOfDay,
  );
  const ctx: DateContext = { timeZone, dateOrder: decided.order };
  const firstRowNumber = options.firstRowNumber ?? 1;
  const customerColumn = columns.customer;
  const dateColumn = columns.date;
  const amountColumn = columns.amount;
  const productColumn = columns.product;
  const quantityColumn = columns.quantity;
  const orderIdColumn = columns.orderId;
  const noteColumn = columns.note;
  const mappedColumns = [
    customerColumn,
    dateColumn,
    amountColumn,
    productColumn,
    quantityColumn,
    orderIdColumn,
  ].filter((c): c is number => c !== undefined);

  const customerOfText = new Map<string, CustomerEntry | null>();
  const customerOfNumber = new Map<number, CustomerEntry>();
  const customerKeys = new KeyTable();
  /** Each customer key's entry, at the key's number in `customerKeys`. */
  const customerEntries: CustomerEntry[] = [];

  // Logs often list a customer's rows together: the previous row's customer is checked first.
  let lastCell: CellValue | undefined;
  let lastCustomer: CustomerEntry | null = null;
  const customerOf = (cell: CellValue | undefined): CustomerEntry | null => {
    if (cell === lastCell && lastCustomer !== null) return lastCustomer;
    lastCell = cell;
    lastCustomer = lookUpCustomer(cell);
    return lastCustomer;
  };
  const lookUpCustomer = (cell: CellValue | undefined): CustomerEntry | null => {
    if (typeof cell === 'string') {
      let entry = customerOfText.get(cell);
      if (entry === undefined) {
        const known = customerEntries.length;
        entry = newCustomer(cell);
        // Kept once the spelling names a customer seen before, or names none: a log that lists each
        // customer's rows together never meets a spelling again after its run (the run is checked
        // first), and a million-row log paid a memo entry per customer for nothing.
        if ((entry === null || customerEntries.length === known) && customerOfText.size < MAX_MEMO)
          customerOfText.set(cell, entry);
      }
      return entry;
    }
    if (typeof cell === 'number') {
      const known = customerOfNumber.get(cell);
      if (known !== undefined) return known;
      const entry = newCustomer(cell);
      if (entry !== null && customerOfNumber.size < MAX_MEMO) customerOfNumber.set(cell, entry);
      return entry;
    }
    return null;
  };
  const newCustomer = (cell: string | number): CustomerEntry | null => {
    // The key is the cell cleaned and folded: the error and anonymous checks read it, not the cell.
    // Most customer cells are ids or emails, their own label: read once (customer-key.ts tokenKey).
    const token = typeof cell === 'string' ? tokenKey(cell) : undefined;
    const key = token ?? normalizeCustomerKey(cell);
    if (key === '' || (typeof cell === 'string' && isFormulaErrorText(key))) return null;
    const number = customerKeys.numberOf(key);
    let entry = customerEntries[number];
    if (entry === undefined) {
      const label = token !== undefined ? (cell as string) : customerLabelOf(cell);
      // Anonymous words are text, never a number's key.
      const total = typeof cell === 'string' && isTotalKey(key);
      entry = { key, label, anonymous: isAnonymousKey(key), total, index: -1 };
      customerEntries.push(entry);
    }
    return entry;
  };
  // Amounts typed as text ('$12.50', pasted CSVs) repeat as much as dates do: each text is read once.
  const amountOfText = new Map<string, number | AmountProblem>();
  const amountOf = (cell: CellValue | undefined): number | AmountProblem => {
    if (typeof cell !== 'string') return readAmount(cell);
    let amount = amountOfText.get(cell);
    if (amount === undefined) {
      amount = readAmount(cell, options.decimalMark);
      if (amountOfText.size < MAX_MEMO) amountOfText.set(cell, amount);
    }
    return amount;
  };
  const dayOf = (cell: CellValue | undefined): DayNumber | DateProblem => {
    if (typeof cell !== 'string') return readDay(cell, ctx);
    let day = dateOfText.get(cell);
    if (day === undefined) {
      day = readDay(cell, ctx);
      if (dateOfText.size < MAX_MEMO) dateOfText.set(cell, day);
    }
    return day;
  };

  const table = tableBuilder(grid.length, {
    product: productColumn !== undefined,
    quantity: quantityColumn !== undefined,
    orderId: orderIdColumn !== undefined,
  });
  const issues: RowIssue[] = [];
  let excluded: ExcludedRow[] = [];
  const byCustomer = new Map<string, ExcludedCustomer>();
  // The first currency mark seen on an amount, and whether another was seen (then the marks are
  // read again, per purchase, after the loop: logs in one currency pay only for the first look).
  let firstMark: string | undefined;
  let twoMarks = false;
  let rowsSkipped = 0;
  let blankRows = 0;
  let headerRows = 0;
  let headerSignature: string | undefined;
  let seenData = false;
  // Another export's block being passed (header-blocks.ts); undefined while reading the first's.
  let other: OtherExportIssue | undefined;

  for (let index = 0; index < grid.length; index++) {
    const row: readonly (CellValue | undefined)[] = grid[index] ?? [];
    if (other !== undefined) {
      if (!endsOtherExport(row, columns)) {
        if (row.every(isBlankCell)) blankRows++;
        else {
          other.rows++;
          rowsSkipped++;
        }
        continue;
      }
      other = undefined;
    }
    const customerCell = row[customerColumn];
    const dateCell = row[dateColumn];
    const amountCell = row[amountColumn];
    const customer = customerOf(customerCell);
    const day = dayOf(dateCell);
    const amount = amountOf(amountCell);
    const rowNumber = firstRowNumber + index;
    if (index < (options.knownHeaderRows ?? 0)) {
      headerSignature = signatureOf(customerCell, dateCell, amountCell);
      headerRows++;
      continue;
    }

    if (customer !== null && typeof day === 'number' && typeof amount === 'number' && day <= asOfDay) {
      seenData = true;
      if (customer.anonymous) {
        const left: ExcludedRow = {
          row: rowNumber,
          reason: 'anonymous',
          value: valueText(customerCell, ctx.timeZone),
        };
        excluded.push(left);
        // Asked about 'Walk-in', a formula says those rows were left out and why.
        noteExcludedCustomer(byCustomer, customer.key, customer.label, left);
        continue;
      }
      if (customer.total) {
        // A dated subtotal ('小计 | 2026-03-01 | 80'): a row of the log, not a customer's sale.
        const left: ExcludedRow = { row: rowNumber, reason: 'total_row', value: customer.label };
        excluded.push(left);
        noteExcludedCustomer(byCustomer, customer.key, customer.label, left);
        continue;
      }
      let quantity: number | undefined;
      if (quantityColumn !== undefined) {
        const quantityCell = row[quantityColumn];
        if (!isBlankCell(quantityCell)) {
          // "2 pcs", "x3" are their numbers (parse-quantity.ts).
          const q = readQuantity(quantityCell);
          if (typeof q === 'number') quantity = q;
          else issues.push(issue(rowNumber, 'quantity', quantityCell, 'unreadable', 'used'));
        }
      }
      if (!twoMarks && typeof amountCell === 'string') {
        const mark = currencyMarkOf(amountCell);
        firstMark ??= mark;
        twoMarks = mark !== undefined && mark !== firstMark;
      }
      let signed = amount;
      const note = noteColumn === undefined || amount <= 0 ? undefined : noteMeaning(row[noteColumn]);
      if (note === 'cancelled' || note === 'returned') {
        const left: ExcludedRow = {
          row: rowNumber,
          reason: note === 'cancelled' ? 'cancelled' : 'refunded',
          value: valueText(row[noteColumn!], ctx.timeZone),
        };
        excluded.push(left);
        noteExcludedCustomer(byCustomer, customer.key, customer.label, left);
        continue;
      }
      if (note !== undefined) {
        const returned = note === 'return';
        if (returned) signed = -amount;
        issues.push(
          issue(rowNumber, 'note', row[noteColumn!], NOTE_PROBLEMS[note], returned ? 'returned' : 'counted'),
        );
      }
      if (customer.index < 0) customer.index = addCustomer(table, customer.key, customer.label);
      addPurchase(
        table,
        rowNumber,
        customer.index,
        day,
        signed,
        productColumn === undefined ? undefined : textOf(row[productColumn], ctx.timeZone),
        quantity,
        orderIdColumn === undefined ? undefined : textOf(row[orderIdColumn], ctx.timeZone),
      );
      continue;
    }

    // Not a purchase: a blank row, a header, or a row to report.
    if (mappedColumns.every((c) => isBlankCell(row[c]))) {
      blankRows++;
      continue;
    }
    if (typeof dateCell === 'string' || typeof amountCell === 'string') {
      const signature = signatureOf(customerCell, dateCell, amountCell);
      const header =
        signature === headerSignature ||
        isHeaderRow(row as readonly CellValue[], 'purchases') ||
        (!seenData &&
          headerSignature === undefined &&
          typeof customerCell === 'string' &&
          typeof dateCell === 'string' &&
          typeof amountCell === 'string' &&
          customer !== null &&
          day === 'unreadable' &&
          amount === 'unreadable');
      if (header) {
        if (signature !== headerSignature) {
          other = otherExportHeader(row, columns, rowNumber);
          if (other !== undefined) {
            issues.push(other);
            rowsSkipped++;
            continue;
          }
        }
        headerSignature ??= signature;
        headerRows++;
        continue;
      }
    }
    // Total rows and section headings are not purchases and not problems.
    const total = totalWord(row, columns);
    const heading =
      total === undefined ? sectionHeading(row, { customer: customerColumn, date: dateColumn }) : undefined;
    if (total !== undefined || heading !== undefined) {
      const left: ExcludedRow = {
        row: rowNumber,
        reason: total !== undefined ? 'total_row' : 'section_header',
        value: (total ?? heading)!,
      };
      excluded.push(left);
      // 'Total | | 1,234' asked about in a formula: said to be a total row, as a dated one is (trial 22).
      if (customer?.total) noteExcludedCustomer(byCustomer, customer.key, customer.label, left);
      continue;
    }
    seenData = true;
    rowsSkipped++;
    if (customer === null) {
      issues.push(issue(rowNumber, 'customer', customerCell, customerProblem(customerCell), 'skipped'));
    }
    const whose = customer === null || customer.anonymous ? undefined : customer.key;
    if (typeof day !== 'number') issues.push(issue(rowNumber, 'date', dateCell, day, 'skipped', whose));
    else if (day > asOfDay) {
      // A return dated later is no purchase the analysis misses.
      const later = typeof amount === 'number' && amount > 0 ? whose : undefined;
      const late = issue(rowNumber, 'date', dateCell, 'after_as_of', 'skipped', later);
      issues.push({ ...late, ...readAsField(dateCell, day, ctx.dateOrder) });
    }
    if (typeof amount !== 'number')
      issues.push(issue(rowNumber, 'amount', amountCell, amount, 'skipped', whose));
  }

  let purchases = finishTable(table);
  const marks = twoMarks
    ? Array.from(purchases.row, (row) => {
        const cell = grid[row - firstRowNumber]?.[amountColumn];
        return typeof cell === 'string' ? currencyMarkOf(cell) : undefined;
      })
    : [];
  const split = splitCurrencies(marks);
  const mixed = split?.other.includes(true) ? split.main : undefined;
  if (mixed) {
    for (let i = 0; i < purchases.length; i++) {
      if (!split!.other[i]) continue;
      const left: ExcludedRow = { row: purchases.row[i]!, reason: 'other_currency', value: marks[i]! };
      excluded.push(left);
      const c = purchases.customer[i]!;
      noteExcludedCustomer(byCustomer, purchases.keys[c]!, purchases.labels[c]!, left);
    }
    // Rare (mixed currencies): the kept purchases go through objects once.
    purchases = tableOfPurchases(purchaseList(purchases).filter((_, i) => !split!.other[i]));
    excluded = excluded.sort((a, b) => a.row - b.row);
  }

  return {
    purchases,
    issues,
    ...(excluded.length > 0 ? { excluded } : {}),
    ...excludedCustomersField(byCustomer),
    ...(mixed ? { currency: mixed } : {}),
    ...dateOrderReadOf(dateOfText, decided),
    rowsRead: grid.length,
    rowsSkipped,
    blankRows,
    headerRows,
  };

  function issue(
    row: number,
    column: PurchaseColumn,
    cell: CellValue | undefined,
    problem: IssueProblem,
    action: RowIssue['action'],
    customerKey?: string,
  ): RowIssue {
    const value = valueText(cell, ctx.timeZone);
    return customerKey === undefined
      ? { row, column, value, problem, action }
      : { row, column, value, problem, action, customerKey };
  }
}

function checkOptions(grid: Grid, options: ReadPurchasesOptions): void {
  if (!Array.isArray(grid)) {
    throw new TypeError('readPurchases: the purchase log must be a 2-D range of cells (rows of values).');
  }
  const { columns, timeZone, dateOrder, asOfDay, firstRowNumber } = options;
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(
      `readPurchases: unknown time zone '${String(timeZone)}'; pass the spreadsheet's IANA zone, such as 'Asia/Shanghai'.`,
    );
  }
  if (!DATE_ORDERS.includes(dateOrder)) {
    throw new RangeError(
      `readPurchases: dateOrder must be 'DMY', 'MDY' or 'YMD', got '${String(dateOrder)}'.`,
    );
  }
  if (!Number.isSafeInteger(asOfDay)) {
    throw new RangeError(`readPurchases: asOfDay must be a whole day number, got ${String(asOfDay)}.`);
  }
  if (firstRowNumber !== undefined && !Number.isSafeInteger(firstRowNumber)) {
    throw new RangeError(
      `readPurchases: firstRowNumber must be a whole number, got ${String(firstRowNumber)}.`,
    );
  }
  if (columns !== undefined) {
    for (const [name, column] of Object.entries(columns)) {
      if (column !== undefined && !(Number.isSafeInteger(column) && column >= 0)) {
        throw new RangeError(
          `readPurchases: column '${name}' must be a column index from 0, got ${String(column)}.`,
        );
      }
    }
    const { customer, date, amount } = columns;
    if (customer === date || customer === amount || date === amount) {
      throw new RangeError(
        `readPurchases: customer, date and amount must be three different columns, got ${customer}, ${date}, ${amount}.`,
      );
    }
  }
}

function customerProblem(cell: CellValue | undefined): IssueProblem {
  if (isBlankCell(cell)) return 'blank';
  if (typeof cell === 'string' && isFormulaErrorText(cleanText(cell))) return 'formula_error';
  return 'unreadable';
}

/** Identifies copies of the header row: its three main cells, cleaned and lower-cased. */
function signatureOf(...cells: (CellValue | undefined)[]): string {
  return cells
    .map((cell) => (typeof cell === 'string' ? cleanText(cell).toLowerCase() : `\u0000${String(cell)}`))
    .join('\u0001');
}

/** A cell as text, dates as YYYY-MM-DD in the spreadsheet's zone; undefined when blank, NaN or Invalid Date. */
export function textOf(cell: CellValue | undefined, timeZone: string): string | undefined {
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? undefined : text;
  }
  if (typeof cell === 'number') return Number.isNaN(cell) ? undefined : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell === undefined || cell === null) return undefined;
  const ms = cell.getTime();
  return Number.isNaN(ms) ? undefined : isoOfDay(dayOfTime(ms, timeZone));
}

/** A cell as the owner would recognise it in the issue report, at most MAX_VALUE_LENGTH characters. */
export function valueText(cell: CellValue | undefined, timeZone: string): string {
  const text =
    textOf(cell, timeZone) ??
    (typeof cell === 'number' ? 'NaN' : typeof cell === 'object' && cell ? 'Invalid Date' : '');
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}
