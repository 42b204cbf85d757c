// A "Paid" column of yes/no, ticks or Sheets checkboxes says whether a sale was paid, never how much:
// "paid" is an amount alias ("Amount paid", 实付), so `Date | Client | Item | Amount | Paid?` had every
// amount read from "yes" and every row skipped, with no error in the formulas (trial 29).
//
// Decisions (tests in test/unit/exports/paid-flag-column.test.ts):
// - Header and values together: only an amount header that says "paid" (Paid, Paid?, Amount paid,
//   实付, 实收) can be a flag, and only the values tell, since "Paid" is as often the money paid. It
//   is a paid flag when, in the first rows below the header, no value is a number or holds a digit
//   (money: '£45.00', '30元') and at least half of those filled in are flags: true/false
//   (checkboxes), yes/no, y/n, ✓/✗, paid/unpaid, 是/否, 已付/未付. An "Amount" of yes/no stays the
//   amount, its rows reported as unreadable.
// - A column of 1 and 0 alone (numbers or text) under such a header is a flag too, but only beside a
//   money column (trial 2 t42: Ann 45/1 + 30/0 read as a total of 1): alone it may be the money paid.
// - Such a column is never the amount: the money column beside it (Amount, Total, Price…) is, and
//   without one the log has no amount and says so.
// - An unpaid row is still a purchase the customer made (a cake owed for is a visit): it is counted,
//   and Data issues says how many rows the flag marks unpaid, with the first, for the owner to check.
import type { CellValue, Grid } from '../cells';
import { normalizeHeader } from '../input/headers';
import { cleanText } from '../input/text';

const PAID = new Set('yes|y|true|paid|✓|✔|☑|✅|x|是|已付|已付款|已支付|已收|已收款|已结|已結|有'.split('|'));
const UNPAID = new Set(
  'no|n|false|unpaid|not paid|not yet|✗|✘|☐|❌|否|未付|未付款|未支付|未收|未收款|未结|未結|没付|沒付|无|無'.split(
    '|',
  ),
);
const SAMPLE_ROWS = 50;
const DIGIT = /\d/;

/** Amount headers that say "paid", normalised (input/headers.ts). */
const PAID_HEADERS = new Set(
  'amount paid|paid amount|paid|实付|實付|实付金额|實付金額|实收|實收|实收金额|實收金額'
    .split('|')
    .map(normalizeHeader),
);

/** Whether an amount's header (normalised) says "paid", so its column may be a flag. */
export function isPaidHeader(normalized: string): boolean {
  return PAID_HEADERS.has(normalized);
}

/** Whether a cell says paid (true), unpaid (false), or is no flag (undefined). */
export function paidFlagOf(cell: CellValue | undefined): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  // 1/0 reach here only from a column holdsBits said is a flag.
  if (cell === 1 || cell === '1') return true;
  if (cell === 0 || cell === '0') return false;
  if (typeof cell !== 'string') return undefined;
  const word = cleanText(cell)
    .toLowerCase()
    .replace(/[.!?]+$/, '');
  return PAID.has(word) ? true : UNPAID.has(word) ? false : undefined;
}

/** Whether the column's first values below the header are paid flags (see the rules above). */
export function holdsPaidFlags(rows: Grid, column: number): boolean {
  let filled = 0;
  let flags = 0;
  for (let i = 0; i < rows.length && i < SAMPLE_ROWS; i++) {
    const cell = rows[i]?.[column];
    if (cell === undefined || cell === null || cell === '') continue;
    // A number, or text with a digit in it (45, '£45.00', '30元'): money, not a flag.
    if (typeof cell === 'number' || (typeof cell === 'string' && DIGIT.test(cell))) return false;
    filled++;
    if (paidFlagOf(cell) !== undefined) flags++;
  }
  return flags > 0 && flags * 2 >= filled;
}

/** Whether the column's first filled values below the header are all 1 or 0: a flag beside money. */
export function holdsBits(rows: Grid, column: number): boolean {
  let filled = 0;
  for (let i = 0; i < rows.length && i < SAMPLE_ROWS; i++) {
    const cell = rows[i]?.[column];
    if (cell === undefined || cell === null || cell === '') continue;
    if (typeof cell === 'string' ? !/^\s*[01]\s*$/.test(cell) : cell !== 0 && cell !== 1) return false;
    filled++;
  }
  return filled > 0;
}

/** The rows from `start` the flag marks unpaid: how many, and the first one's index in `rows`. */
export function unpaidRows(rows: Grid, column: number, start: number): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = start; i < rows.length; i++) {
    if (paidFlagOf(rows[i]?.[column]) !== false) continue;
    if (count === 0) first = i;
    count++;
  }
  return { count, first };
}
