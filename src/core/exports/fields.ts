// The columns an export can have, beyond the customer, date and amount of a hand-made log. One list
// (EXPORT_FIELDS) shared by the profiles, detection, the reader and the stored column setup.
//
// Decisions:
// - `amount` is what the order cost (an order total, repeated on each line or given once); `lineAmount`
//   is a line's own total and `unitPrice` a line's price per unit (times `quantity`). An order's amount
//   is its `amount` when any row has one, else the sum of its line totals, else of price × quantity.
//   In a log of no platform, an amount column may be the lines' own (line-amounts.ts).
// - `customer` is the customer's id or account name; when the export has none, the email, then the
//   phone, then the name is the key. The name is what greetings and tables show, never the key; a
//   `lastName` column is joined to a `name` column holding the first name.
// - `adjustedTotal` (Etsy's "Adjusted Order Total") replaces the order's amount when it is filled in:
//   the platform has already taken refunds off it.
// - `referenceId` (PayPal's "Reference Txn ID") ties a refund row to the payment it refunds.
// - `payer` and `payee` (Venmo's From and To): a payment app's statement names both sides of every
//   payment, the statement's owner on one of them; the customer is the other (read-export.ts).
// - `note` is a hand-kept log's notes column (备注, Notes), read for returns and cancellations only
//   (input/note-words.ts); a platform export's notes are the customer's, never read so.
export const EXPORT_FIELDS = [
  'customer',
  'date',
  'amount',
  'product',
  'quantity',
  'orderId',
  'email',
  'name',
  'lastName',
  'phone',
  'status',
  'cancelledAt',
  'refunded',
  'currency',
  'consent',
  'type',
  'lineAmount',
  'unitPrice',
  'adjustedTotal',
  'referenceId',
  'note',
  'payer',
  'payee',
] as const;

export type ExportField = (typeof EXPORT_FIELDS)[number];

/** Zero-based column of each field found. */
export type ExportColumns = Partial<Record<ExportField, number>>;

/** Any of these identifies the customer (in this order of preference). */
export const KEY_FIELDS = ['customer', 'email', 'phone', 'name'] as const satisfies readonly ExportField[];

/** Any of these gives the money. */
export const MONEY_FIELDS = ['amount', 'lineAmount', 'unitPrice'] as const satisfies readonly ExportField[];
