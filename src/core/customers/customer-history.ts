import type { PurchaseTable } from '../input/purchase-table';
import { isChargeLine } from './charge-lines';
import { rowOrder, rowStarts } from './rows-by-customer';

/**
 * Every customer's purchases folded into purchase days (SPEC §3): all purchases on one calendar day
 * are one purchase day and their amounts add up. Negative amounts are returns: they lower the net
 * spend but never make a purchase day. A day of zero amounts only (a free sample, a 100% discount)
 * is not a purchase day either, for a customer who paid on another day (`zeroAmountDays`): a trial's
 * customer was thanked "for coming back" for a free sample. A $0 line on a day they paid is part of
 * that day's purchase. A customer who never paid keeps their days: they are in the log, and their net
 * spend of 0 says the rest (the CDNOW sample's eight $0 rows are such customers, one row each).
 *
 * Held as columns shared by all customers, customer `c`'s purchase days being entries
 * `start[c]` to `start[c + 1] − 1` of `days` and `amounts`: a million-row log has hundreds of
 * thousands of customers, and two arrays and an object each were the largest part of a cold call's
 * memory (issue 13), all of it kept until the model was fitted.
 */
export interface CustomerHistories {
  /** Customers with at least one purchase day, in the order of their first purchase. */
  readonly count: number;
  readonly keys: readonly string[];
  readonly labels: readonly string[];
  /** Where each customer's purchase days begin in `days` and `amounts`; `start[count]` ends the last. */
  readonly start: Int32Array;
  /**
   * Distinct days with at least one non-negative purchase, ascending per customer; a day refunded in
   * full that same day, or by a later return of its whole amount, is not one (`undoneDays`; a customer with no other is not analysed), nor a day of
   * zero amounts only of a customer who paid on another (`zeroAmountDays`).
   */
  readonly days: Int32Array;
  /** Sum of the non-negative amounts of each purchase day, aligned with `days`. */
  readonly amounts: Float64Array;
  /** Sum of each customer's returns (zero or negative). */
  readonly returnsTotal: Float64Array;
  /** Everything each customer bought minus everything they returned. */
  readonly netSpend: Float64Array;
  /**
   * The product bought on most purchase rows, charges (shipping, a tip, "Custom Amount":
   * charge-lines.ts) aside; undefined on a tie, for a customer of charges only, and without a product column.
   */
  readonly favouriteProduct: readonly (string | undefined)[] | undefined;
}

/** The rows of a day of zero amounts only, not counted as a purchase day: reported (Data issues). */
export interface ZeroAmountDay {
  key: string;
  label: string;
  /** Sheet rows, with their tab when the log spans several. */
  rows: { row: number; sheet?: string }[];
}

/**
 * Customers with no purchase left: returns but no purchase at all, or (`refunded`) every purchase
 * refunded in full that same day. Reported, not analysed.
 */
export interface ReturnsOnly {
  key: string;
  label: string;
  rows: number[];
  /**
   * The days of their purchases, each refunded in full that same day (`undoneDays`): trial 21's
   * customer whose only sale was rung up and refunded on one date was "Bought once, 177 days ago",
   * At risk, though nothing was bought. Answered as a customer with only returns, with the dates.
   */
  refunded?: number[];
}

/**
 * A day whose refunds are larger than its sales (+40, −40, −40: a refund typed twice, or a return of
 * an earlier purchase rung up beside a refunded one): the day is no purchase day, and the refunds
 * beyond its sales are taken off the customer's net spend like any return (decision, trial 23: which
 * of the two it was is not known; a shop's net takings are what the log says). Said, not silent:
 * Lee's "Bought once, total 10, average 10" after a $50 sale now says where the 40 went.
 */
export interface OverRefund {
  key: string;
  label: string;
  day: number;
  /** That day's sales, and its refunds as a positive amount (larger). */
  sales: number;
  refunds: number;
  /** Sheet rows of that day, sales and refunds. */
  rows: number[];
}

/**
 * Groups purchases by customer and day, in one pass over the purchases after a counting sort by
 * customer (the table numbers customers in the order of their first purchase, which is the order of
 * the histories). Only a customer whose rows are not in date order has their own rows sorted.
 */
/** What `buildHistories` makes of a purchase table: the histories and what they leave out. */
export interface BuiltHistories {
  histories: CustomerHistories;
  returnsOnly: ReturnsOnly[];
  zeroAmountDays: ZeroAmountDay[];
  /**
   * Days a customer's purchases were refunded in full that same day, or by a return of the whole
   * amount within 30 days (`undoneDays`): not purchase days, but visits, which an email's "you visited us once" would deny (trial 20: the same-day
   * reversal of a first sale). For follow-ups only, like the zero-amount days.
   */
  refundedDays: ZeroAmountDay[];
  /** Days refunded beyond their sales, of every customer (analysed or not). */
  overRefunds: OverRefund[];
}

export function buildHistories(table: PurchaseTable): BuiltHistories {
  const customers = table.keys.length;
  const n = table.length;
  // Sized for the most there can be (one purchase day per row), then cut to length. `start` is
  // also the counting sort's fill positions until the fold below writes it.
  const start = new Int32Array(customers + 1);
  const rowStart = rowStarts(table.customer, n, customers);
  start.set(rowStart);
  const order = rowOrder(table.customer, n, start);
  start[0] = 0; // moved on by the fill; the fold writes the rest

  const fold: Fold = {
    start,
    days: new Int32Array(n),
    amounts: new Float64Array(n),
    returnsTotal: new Float64Array(customers),
    netSpend: new Float64Array(customers),
    favourites: table.product === undefined ? undefined : new Array<string | undefined>(customers),
    keys: undefined,
    labels: undefined,
    returnsOnly: [],
    zeroAmountDays: [],
    refundedDays: [],
    overRefunds: [],
  };
  const count = foldCustomers(table, rowStart, order, fold);
  const end = start[count]!;
  const { days, amounts, returnsTotal, netSpend, favourites } = fold;
  if (favourites !== undefined) favourites.length = count;
  return {
    zeroAmountDays: fold.zeroAmountDays,
    refundedDays: fold.refundedDays,
    overRefunds: fold.overRefunds,
    histories: {
      count,
      keys: fold.keys ?? table.keys,
      labels: fold.labels ?? table.labels,
      start: start.subarray(0, count + 1),
      days: days.subarray(0, end),
      amounts: amounts.subarray(0, end),
      returnsTotal: returnsTotal.subarray(0, count),
      netSpend: netSpend.subarray(0, count),
      favouriteProduct: favourites,
    },
    returnsOnly: fold.returnsOnly,
  };
}

/** The columns `foldCustomers` writes, sized for every customer and row, and what it leaves out. */
interface Fold {
  readonly start: Int32Array;
  readonly days: Int32Array;
  readonly amounts: Float64Array;
  readonly returnsTotal: Float64Array;
  readonly netSpend: Float64Array;
  readonly favourites: (string | undefined)[] | undefined;
  /**
   * The table's own key and label lists while every customer so far has a purchase day (the usual
   * case: two lists of a million-row log's customers not copied); copied from the first who has not.
   */
  keys: string[] | undefined;
  labels: string[] | undefined;
  readonly returnsOnly: ReturnsOnly[];
  readonly zeroAmountDays: ZeroAmountDay[];
  readonly refundedDays: ZeroAmountDay[];
  readonly overRefunds: OverRefund[];
}

/**
 * Folds each customer's rows (`order[rowStart[c]..rowStart[c + 1])`) into purchase days, written
 * into `h` from the start; returns how many customers have a purchase day. Nothing follows its loop
 * (see `rowStarts`).
 */
function foldCustomers(table: PurchaseTable, rowStart: Int32Array, order: Int32Array, h: Fold): number {
  const customers = rowStart.length - 1;
  const dayOf = table.day;
  const amountOf = table.amount;
  const { start, days, amounts, returnsTotal, netSpend, favourites } = h;
  const favouriteOf = favouriteFinder(table, productNamer());
  let count = 0;
  let end = 0;
  for (let c = 0; c < customers; c++) {
    const from = rowStart[c]!;
    const to = rowStart[c + 1]!;
    // Logs are mostly written in date order: sort a customer's rows only when they are not.
    // Ties stay in row order (the bucket fill keeps it), so "latest product" means the last row.
    for (let k = from + 1; k < to; k++) {
      if (dayOf[order[k]!]! < dayOf[order[k - 1]!]!) {
        order.subarray(from, to).sort((i, j) => dayOf[i]! - dayOf[j]! || i - j);
        break;
      }
    }
    // Fold the rows into purchase days, written from `end` on.
    let last = end - 1;
    let returns = 0;
    let net = 0;
    let zeroes = 0;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const amount = amountOf[i]!;
      net += amount;
      if (amount < 0) {
        returns += amount;
        continue;
      }
      if (amount === 0) zeroes++;
      if (last >= end && days[last] === dayOf[i]) amounts[last]! += amount;
      else {
        last++;
        days[last] = dayOf[i]!;
        amounts[last] = amount;
      }
    }
    if (last < end) {
      h.keys ??= table.keys.slice(0, count);
      h.labels ??= table.labels.slice(0, count);
      h.returnsOnly.push({
        key: table.keys[c]!,
        label: table.labels[c]!,
        rows: rowsOf(order, from, to, table),
      });
      continue;
    }
    let dayEnd = last + 1;
    if (returns < 0) {
      const bought = dayEnd;
      const key = table.keys[c]!;
      const label = table.labels[c]!;
      dayEnd = undoneDays(
        order,
        from,
        to,
        table,
        days,
        amounts,
        end,
        dayEnd,
        (rows) => h.refundedDays.push({ key, label, rows }),
        (over) => h.overRefunds.push({ key, label, ...over }),
      );
      if (dayEnd === end) {
        // Every day refunded: none was written over, so `days[end..bought)` are still those days.
        h.keys ??= table.keys.slice(0, count);
        h.labels ??= table.labels.slice(0, count);
        const refunded = Array.from(days.subarray(end, bought));
        const rows = rowsOf(order, from, to, table);
        h.returnsOnly.push({ key: table.keys[c]!, label: table.labels[c]!, rows, refunded });
        continue;
      }
    }
    if (zeroes > 0 && dayEnd - end > 1) {
      dayEnd = withoutZeroDays(order, from, to, table, days, amounts, end, dayEnd, (rows) =>
        h.zeroAmountDays.push({ key: table.keys[c]!, label: table.labels[c]!, rows }),
      );
    }
    if (h.keys !== undefined) h.keys.push(table.keys[c]!);
    if (h.labels !== undefined) h.labels.push(table.labels[c]!);
    returnsTotal[count] = returns;
    netSpend[count] = net;
    if (favourites !== undefined) favourites[count] = favouriteOf(order, from, to);
    start[count] = end;
    count++;
    end = dayEnd;
    start[count] = end;
  }
  return count;
}

/**
 * The product a customer bought on most purchase rows (`order[from..to)`), less the rows returning
 * it, among the products they did not give back in full, charges aside (charge-lines.ts: "Custom
 * Amount", shipping, a tip are no product; a customer of charges only has none): an email "hoping you enjoy your Matcha" to
 * a customer who returned every Matcha, or asking whether they are "running low on Matcha", says
 * something false (new-owner trial 19). None when two products tie for most: "most bought: 可颂"
 * after one 可颂 and one 肉桂卷 is not true, and an email then speaks of "your purchase". Counted in
 * lists reused for every customer and searched in order (most customers name a few products; a map
 * from the MANY_PRODUCTS-th): a map per customer cost ≈ 70 ms of a cold call on a million-row log
 * (issue 13).
 */
function favouriteFinder(
  table: PurchaseTable,
  nameOf: (written: string) => string,
): (order: Int32Array, from: number, to: number) => string | undefined {
  const products: string[] = [];
  const counts: number[] = [];
  const returned: number[] = [];
  const nets: number[] = [];
  return (order, from, to) => {
    let distinct = 0;
    let indexOf: Map<string, number> | undefined;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const written = table.product?.[i];
      const product = written === undefined ? undefined : nameOf(written);
      if (!product) continue;
      let at = indexOf?.get(product) ?? -1;
      for (let p = 0; indexOf === undefined && p < distinct && at < 0; p++)
        if (products[p] === product) at = p;
      if (at < 0) {
        at = distinct++;
        products[at] = product;
        counts[at] = 0;
        returned[at] = 0;
        nets[at] = 0;
        indexOf?.set(product, at);
        if (distinct === MANY_PRODUCTS)
          indexOf = new Map(products.slice(0, distinct).map((name, p) => [name, p]));
      }
      const amount = table.amount[i]!;
      if (amount < 0) returned[at]!++;
      else counts[at]!++;
      nets[at]! += amount;
    }
    let favourite: string | undefined;
    let most = 0;
    // How many products are at `most` rows.
    let leaders = 0;
    for (let p = 0; p < distinct; p++) {
      // Rows bought less rows returned; a product given back in full (its returns as much as it
      // cost) is out whatever its rows.
      const count = counts[p]! - returned[p]!;
      if (count <= 0 || (returned[p]! > 0 && nets[p]! < HALF_CENT)) continue;
      if (count > most) {
        most = count;
        leaders = 0;
      }
      if (count === most) {
        favourite = products[p];
        leaders++;
      }
    }
    return leaders === 1 ? favourite : undefined;
  };
}

/** The sheet rows of a customer's purchases (`order[from..to)`), in date order. */
function rowsOf(order: Int32Array, from: number, to: number, table: PurchaseTable): number[] {
  const rows: number[] = [];
  for (let k = from; k < to; k++) rows.push(table.row[order[k]!]!);
  return rows;
}

/** What is left of a product's spend below which it was given back in full (sums of decimals are not exact). */
const HALF_CENT = 0.005;

/** From this many products of one customer, their counts are found through a map. */
const MANY_PRODUCTS = 16;

/**
 * Takes out of a customer's purchase days (`days[from..to)`) each day whose purchases were refunded
 * in full that same day (a plain ledger's +30 and −30 on one date): nothing was bought then, and
 * counting it made "2 purchase days, 27 days apart" of one purchase, and a returner of the return
 * window. The refund still counts in the returns and the net spend. Returns where the days kept
 * end: `from` when every day was refunded (reported by the caller as a customer with no purchase
 * left, not through `report`; trial 21).
 *
 * So is a day a later return gives back in full: a return of exactly that day's amount within
 * FULL_RETURN_DAYS after it, none of it given back already (SPEC §3: returns are no purchases; trial
 * 29: 45,90 € on 10 Feb, "(45,90 €)" on 11 Feb and 12 € on 1 Oct were "2 purchase days, 233 days
 * apart", average 6,00 €, where one purchase of 12 € was made). Unless that leaves no day: a customer
 * is then one whose purchases were all refunded "that same day", which would not be true; their days
 * stay, and their net spend says the rest.
 */
function undoneDays(
  order: Int32Array,
  rowFrom: number,
  rowTo: number,
  table: PurchaseTable,
  days: Int32Array,
  amounts: Float64Array,
  from: number,
  to: number,
  report: (rows: { row: number; sheet?: string }[]) => void,
  over: (day: Pick<OverRefund, 'day' | 'sales' | 'refunds' | 'rows'>) => void,
): number {
  const sameDayReturns = new Float64Array(to - from);
  const laterReturns = new Float64Array(to - from);
  for (let k = rowFrom; k < rowTo; k++) {
    const i = order[k]!;
    const amount = table.amount[i]!;
    if (amount >= 0) continue;
    const day = table.day[i]!;
    let d = to - 1;
    while (d >= from && days[d]! > day) d--;
    if (d >= from && days[d] === day) {
      sameDayReturns[d - from]! += amount;
      continue;
    }
    // The latest purchase day within the window that this return gives back in full.
    for (; d >= from && day - days[d]! <= FULL_RETURN_DAYS; d--) {
      if (laterReturns[d - from] === 0 && Math.abs(amounts[d]! + amount) < HALF_CENT) {
        laterReturns[d - from] = amount;
        break;
      }
    }
  }
  const kept = keptDays(amounts, from, to, sameDayReturns, laterReturns);
  const undoneLater = kept === from ? undefined : laterReturns;
  return dropUndone(
    order,
    rowFrom,
    rowTo,
    table,
    days,
    amounts,
    from,
    to,
    sameDayReturns,
    undoneLater,
    report,
    over,
  );
}

/** How many purchase days would be kept (`from` + that), days refunded in full by `later` returns too. */
function keptDays(
  amounts: Float64Array,
  from: number,
  to: number,
  sameDay: Float64Array,
  later: Float64Array,
): number {
  let kept = from;
  for (let d = from; d < to; d++) {
    const refunded = sameDay[d - from]!;
    if ((refunded < 0 && amounts[d]! + refunded <= 0) || later[d - from]! < 0) continue;
    kept++;
  }
  return kept;
}

/** `undoneDays`' removal, given the returns of each day (the same day's, and a later full one's, if used). */
function dropUndone(
  order: Int32Array,
  rowFrom: number,
  rowTo: number,
  table: PurchaseTable,
  days: Int32Array,
  amounts: Float64Array,
  from: number,
  to: number,
  sameDayReturns: Float64Array,
  laterReturns: Float64Array | undefined,
  report: (rows: { row: number; sheet?: string }[]) => void,
  over: (day: Pick<OverRefund, 'day' | 'sales' | 'refunds' | 'rows'>) => void,
): number {
  let kept = from;
  const undone: number[] = [];
  for (let d = from; d < to; d++) {
    const refunded = sameDayReturns[d - from]!;
    if (refunded < 0 && amounts[d]! + refunded <= 0) {
      undone.push(days[d]!);
      if (amounts[d]! + refunded < -HALF_CENT) {
        const rows: number[] = [];
        for (let k = rowFrom; k < rowTo; k++)
          if (table.day[order[k]!] === days[d]) rows.push(table.row[order[k]!]!);
        over({ day: days[d]!, sales: amounts[d]!, refunds: -refunded, rows });
      }
      continue;
    }
    if (laterReturns !== undefined && laterReturns[d - from]! < 0) {
      undone.push(days[d]!);
      continue;
    }
    days[kept] = days[d]!;
    amounts[kept] = amounts[d]!;
    kept++;
  }
  if (kept === from) return from;
  for (const day of undone) {
    const rows: { row: number; sheet?: string }[] = [];
    for (let k = rowFrom; k < rowTo; k++) {
      const i = order[k]!;
      if (table.day[i] !== day) continue;
      const sheet = table.sheet?.[i];
      rows.push(sheet === undefined ? { row: table.row[i]! } : { row: table.row[i]!, sheet });
    }
    report(rows);
  }
  return kept;
}

/**
 * Days within which a return of a purchase day's whole amount undoes it: a shop's usual return
 * period (30 days is the commonest: most small shops' policies give 14 to 30).
 */
const FULL_RETURN_DAYS = 30;

/**
 * Takes out of a customer's purchase days (`days[from..to)`) each day whose amounts are all zero,
 * when at least one day was paid (`buildHistories`), and hands `report` the rows of each day taken
 * out. Returns where the days kept end.
 */
function withoutZeroDays(
  order: Int32Array,
  rowFrom: number,
  rowTo: number,
  table: PurchaseTable,
  days: Int32Array,
  amounts: Float64Array,
  from: number,
  to: number,
  report: (rows: ZeroAmountDay['rows']) => void,
): number {
  let paid = false;
  for (let d = from; d < to && !paid; d++) paid = amounts[d]! > 0;
  if (!paid) return to;
  let kept = from;
  for (let d = from; d < to; d++) {
    if (amounts[d] === 0) {
      const rows: ZeroAmountDay['rows'] = [];
      for (let k = rowFrom; k < rowTo; k++) {
        const i = order[k]!;
        if (table.day[i] !== days[d] || table.amount[i]! < 0) continue;
        const sheet = table.sheet?.[i];
        rows.push(sheet === undefined ? { row: table.row[i]! } : { row: table.row[i]!, sheet });
      }
      report(rows);
      continue;
    }
    days[kept] = days[d]!;
    amounts[kept] = amounts[d]!;
    kept++;
  }
  return kept;
}

/**
 * The product a line names, without the "+2" some order exports append for the other items of the
 * order ("Keemun 100g +1") or the quantity an owner types after it ("燕麦拿铁x2", "Toast × 3"): an
 * email asking whether "燕麦拿铁x2 needs restocking" reads as a bug, and the same product with and
 * without the suffix is one product. A name that is only such a suffix is kept as written.
 */
/**
 * `productName` of each product text worked out once: a log names a few products on many rows, and
 * its four patterns per row were a tenth of the summary stage on a million rows (issue 13). Up to
 * 10,000 texts kept (a log names far fewer products; this bounds memory).
 */
function productNamer(): (written: string) => string {
  const names = new Map<string, string>();
  return (written) => {
    let name = names.get(written);
    if (name === undefined) {
      // A charge (shipping, a tip, "Custom Amount") is no product to favour: named '' and not counted.
      name = productName(written);
      if (isChargeLine(name)) name = '';
      if (names.size < 10_000) names.set(written, name);
    }
    return name;
  };
}

function productName(text: string): string {
  // An "x" after a Latin letter is part of a name ("Gift box 2", "Xbox 360"), not a quantity.
  const name = text
    .replace(/\s+\+\d{1,3}$/, '')
    .replace(/(?<![A-Za-z])\s*(?:[xX]|[×*＊])\s*\d{1,3}$/, '')
    .replace(/\s*[×*＊]\s*\d{1,3}$/, '')
    .trimEnd();
  return name.trim() === '' ? text : name;
}
