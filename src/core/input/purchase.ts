// The purchase log as the core sees it after reading a sheet: usable purchases, and every row that
// could not be used (or was used in part) with its sheet row number, value and reason.
import type { DayNumber } from '../days';
import type { ItemCostRead } from '../exports/item-cost';
import type { KeyPerOrder } from '../exports/key-per-order';
import type { ExclusionReason } from '../exports/statuses';
import type { UnknownStatus } from '../exports/unknown-statuses';
import type { DateOrderRead } from './date-order-read';
import type { AmountProblem, DecimalMark } from './parse-amount';
import type { DateOrder, DateProblem } from './parse-date';
import type { PurchaseTable } from './purchase-table';

/** The columns of a purchase log. */
export type PurchaseColumn = 'customer' | 'date' | 'amount' | 'product' | 'quantity' | 'orderId' | 'note';

/** Zero-based column indexes in the grid. */
export interface PurchaseColumns {
  customer: number;
  date: number;
  amount: number;
  product?: number;
  quantity?: number;
  orderId?: number;
  /** A notes column (备注, Notes): read for returns and cancellations only (note-words.ts). */
  note?: number;
}

/** Customer, date, amount in the first three columns and product in the fourth: the formula form. */
export const DEFAULT_PURCHASE_COLUMNS: Readonly<PurchaseColumns> = Object.freeze({
  customer: 0,
  date: 1,
  amount: 2,
  product: 3,
});

/** One usable row of the purchase log, as an object (the log keeps them as columns: purchase-table.ts). */
export interface Purchase {
  /** Sheet row number (1-based, as the owner sees it). */
  readonly row: number;
  /** The sheet, when the log spans several tabs (exports/tabs.ts); else the mapped sheet. */
  readonly sheet?: string;
  /** Grouping key, see customer-key.ts. */
  readonly customerKey: string;
  /** The customer as first written in the log (trimmed). */
  readonly customerLabel: string;
  /** Calendar day in the spreadsheet's time zone. */
  readonly day: DayNumber;
  /** Negative for a return. */
  readonly amount: number;
  readonly product?: string | undefined;
  readonly quantity?: number | undefined;
  readonly orderId?: string | undefined;
}

/** Why a row, or a cell in it, could not be used. */
export type IssueProblem =
  | DateProblem
  | AmountProblem
  /** the date is after the analysis date */
  | 'after_as_of'
  /** the row is the header of another export with different columns (input/header-blocks.ts) */
  | 'other_export'
  /** a positive amount whose note is a return (note-words.ts): read as a return */
  | 'note_return'
  /** a note that mentions a return among other words: the sale was counted */
  | 'note_mention'
  /** a note saying a return was cancelled ('退货已取消', return-words.ts): the sale was counted */
  | 'note_return_cancelled'
  /** a note of a refund with a number ('refund 5.00', 退款10元): not applied, the whole sale counted */
  | 'note_refund_of';

/** What happened to the row: left out, or used without the offending cell (an optional column). */
export type IssueAction = 'skipped' | 'used' | 'returned' | 'counted';

export interface RowIssue {
  /** Sheet row number (1-based). */
  readonly row: number;
  /** The sheet, when the log spans several tabs; else the mapped sheet. */
  readonly sheet?: string;
  /** The column whose cell is the problem. */
  readonly column?: PurchaseColumn;
  /** The cell as text (dates as YYYY-MM-DD in the spreadsheet's zone), at most 100 characters. */
  readonly value: string;
  readonly problem: IssueProblem;
  readonly action: IssueAction;
  /**
   * The key of the row's customer when it could be read, for a skipped row: that customer is analysed
   * without it, so follow-ups hold them back (what an email would say of them may be false).
   */
  readonly customerKey?: string;
  /** For 'other_export': the rows below the header left out with it (blank rows not counted). */
  readonly rows?: number;
  /** For a text date whose day and month could be either way round: the day it was read as (date-order-read.ts). */
  readonly readAs?: DayNumber;
}

/** A row left out on purpose (a cancelled order, a walk-in sale, a total row…): not a problem. */
export interface ExcludedRow {
  /** Sheet row number (1-based). */
  readonly row: number;
  /** The sheet, when the log spans several tabs; else the mapped sheet. */
  readonly sheet?: string;
  readonly reason: ExclusionReason;
  /** What decided it (the status, the currency, the order number…), at most 100 characters. */
  readonly value: string;
}

/**
 * A customer with rows left out on purpose, so a formula asked about one who was not analysed can
 * say why instead of answering as for a name not in the log. Row numbers are as read (before
 * tabs.ts places them on their tabs): only the reasons and values are shown from here.
 */
export interface ExcludedCustomer {
  /** The customer as first written in the left-out rows. */
  readonly label: string;
  readonly rows: ExcludedRow[];
}

/** What an export says about how to reach a customer (see exports/read-export.ts). */
export interface LogContact {
  readonly key: string;
  /** From the name columns; '' when the export has none. */
  readonly name: string;
  /** As written, trimmed; '' when none. */
  readonly email: string;
  readonly phone: string;
  /** From a consent column: true, false, or undefined when the log does not say. */
  readonly consent: boolean | undefined;
  /** First sheet row of the customer. */
  readonly row: number;
}

/** How a log that is no known export gave its amounts, when its lines were added up (line-amounts.ts). */
export interface LineAmounts {
  /**
   * 'price': price × quantity per line; 'line': a line's amount by its header; 'mixed': so, but some
   * orders' unit price × quantity said their alike amounts were the order's total; 'differ': an order
   * total's cells differed between an order's lines, so they were added up; 'total': a line's header,
   * but the same on every line of orders of different products (`orders` of them), so the order's
   * total, counted once (line-amounts.ts repeatedTotals). Absent: only cancellations.
   */
  readonly how?: 'price' | 'line' | 'mixed' | 'differ' | 'total';
  /** Headers: the amount (or price), quantity and order id columns ('' when none). */
  readonly amount: string;
  readonly quantity: string;
  readonly order: string;
  /** Orders whose lines were added up ('line', 'mixed', 'differ'), and whose were not ('mixed'). */
  readonly orders: number;
  readonly once: number;
  /** Invoices read as cancellations by their number, and the first. */
  readonly cancelled: number;
  readonly example?: string;
  /** Lines priced per unit whose quantity was blank, each counted as 1 (said once in Data issues). */
  readonly blankQuantity?: number;
}

export interface PurchaseLog {
  /** In sheet order; with an order id column, one per order. */
  readonly purchases: PurchaseTable;
  /** Rows left out on purpose, in sheet order (export reader only). */
  readonly excluded?: ExcludedRow[];
  /** The excluded rows that name a customer, by customer key; absent when none does. */
  readonly excludedCustomers?: ReadonlyMap<string, ExcludedCustomer>;
  /** Contacts found in the log itself, by customer key (export reader only). */
  readonly contacts?: ReadonlyMap<string, LogContact>;
  /** The currency analysed when the log has a currency column. */
  readonly currency?: string;
  /** Rows that went into the purchases (every line of each order); `purchases.length` when absent. */
  readonly rowsUsed?: number;
  /** Statuses not in the status table, whose orders were counted as purchases (export reader only). */
  readonly unknownStatuses?: readonly UnknownStatus[];
  /** An export's amounts read from a column not the platform's usual amount column (export reader only). */
  readonly amountFrom?: { readonly header: string; readonly usual: string };
  /**
   * A "Paid" column of yes/no read as whether each sale was paid, not as its amount
   * (exports/paid-flag-column.ts): its header, the amount's, and the rows it marks unpaid (counted).
   */
  readonly paidFlag?: PaidFlagNote;
  /**
   * An order id column whose values came back on other days or for other customers
   * (exports/order-id-spans.ts): those rows read as purchases of their own.
   */
  readonly orderIdSpans?: OrderIdSpans;
  /**
   * Rows of an order id on a later day for the same customer, its order total repeated (a backorder):
   * read as later lines of that order, its total counted once (exports/order-id-spans.ts).
   */
  readonly orderIdLater?: OrderIdSpans;
  /** A customer column that is one per order while another is not (exports/key-per-order.ts). */
  readonly keyPerOrder?: KeyPerOrder;
  /** The first text date read whose day and month could be either way round (date-order-read.ts). */
  readonly dateOrderRead?: DateOrderRead;
  /** How a log of no platform's amounts were read as lines (exports/line-amounts.ts), for Data issues. */
  readonly lineAmounts?: LineAmounts;
  /**
   * A "price" beside a quantity read as each row's total, as its rows show (exports/price-row-totals.ts):
   * the headers and two rows of one product, for Data issues.
   */
  readonly priceRowTotals?: {
    readonly amount: string;
    readonly quantity: string;
    readonly product: string;
    readonly first: { readonly quantity: number; readonly price: number };
    readonly other: { readonly quantity: number; readonly price: number };
  };
  /** How an export's "Item Cost" (a price or a line total, by plugin) was read with no order total. */
  readonly itemCost?: ItemCostRead;
  /** In sheet order; a skipped row has one issue per unusable cell, customer first. */
  readonly issues: RowIssue[];
  /**
   * Rows in the grid: purchases + rowsSkipped + blankRows + headerRows, and with the export reader
   * also + excluded rows + extra line-item rows of orders.
   */
  readonly rowsRead: number;
  /**
   * Rows with an issue whose action is 'skipped', and the rows below another export's header, left
   * out with it under its one issue (header-blocks.ts).
   */
  readonly rowsSkipped: number;
  /** Rows whose customer, date, amount and other mapped cells are all blank: skipped, not reported. */
  readonly blankRows: number;
  /** Header rows (the first, or repeated further down): skipped, not reported. */
  readonly headerRows: number;
}

export interface ReadPurchasesOptions {
  /** The spreadsheet's IANA time zone: calendar days are read in it. */
  timeZone: string;
  /** The spreadsheet locale's day/month order, see `dateOrderOfLocale`. */
  dateOrder: DateOrder;
  /**
   * The spreadsheet locale's decimal mark (`decimalMarkOfLocale`): text amounts such as "12.500" are
   * read by it (parse-amount.ts). Without it, the locale-free rules.
   */
  decimalMark?: DecimalMark | undefined;
  /** The analysis date: later purchases are reported ('after_as_of') and left out. */
  asOfDay: DayNumber;
  /** Where the columns are; `DEFAULT_PURCHASE_COLUMNS` when absent. */
  columns?: PurchaseColumns;
  /** Sheet row number of the grid's first row; 1 when absent. */
  firstRowNumber?: number;
  /**
   * The grid's first row is the header the column setup found (1), or the grid has none (0, the
   * default). With a known header, no data row is ever guessed to be a second header.
   */
  knownHeaderRows?: 0 | 1;
}

export interface PaidFlagNote {
  readonly header: string;
  readonly amount: string;
  readonly unpaid: number;
  /** Sheet row of the first row marked unpaid, and its cell as shown; undefined when none is. */
  readonly firstUnpaidRow: number | undefined;
  readonly unpaidValue: string;
}

interface OrderIdSpans {
  readonly header: string;
  /** One value seen on two days or for two customers, and the sheet row where it came back. */
  readonly id: string;
  readonly row: number;
  /** Rows read as purchases of their own. */
  readonly rows: number;
}
