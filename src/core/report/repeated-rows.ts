// Purchases typed twice: two rows with the same customer, date and amount (and product and order
// number, when the log has those columns). Both are counted — a second cup of tea on the same day is
// a real purchase — but the owner is told, with the rows, so a row typed twice can be deleted
// (trial 22: an order typed twice made a one-visit customer Key, without a word). Rows with
// different order numbers are different orders and never named. Run by Analyze's Data issues only:
// the formulas, recomputed on every edit, do not pay for it (README "rows typed twice").
import type { CellOutput } from '../cells';
import { rowOrder, rowStarts } from '../customers/rows-by-customer';
import { rowName } from '../customers/rows-not-analysed';
import type { Language } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import type { PurchaseTable } from '../input/purchase-table';
import type { AnalyzeTexts } from './analyze-texts';
import { fill } from './report-texts';

/** A later purchase and the earlier one it repeats, as indexes in the table. */
interface Repeat {
  readonly at: number;
  readonly of: number;
}

/** Each purchase that repeats an earlier one exactly, in sheet order. */
export function repeatedPurchases(table: PurchaseTable): Repeat[] {
  const { length, customer, day, amount, product, orderId } = table;
  // Each customer's purchases together (a counting sort keeps sheet order within one), then by day:
  // only purchases of one customer on one day are compared, and such runs are short.
  const start = rowStarts(customer, length, table.keys.length);
  const order = rowOrder(customer, length, start.slice(0, -1));
  const repeats: Repeat[] = [];
  for (let c = 0; c < table.keys.length; c++) {
    const own = order.subarray(start[c]!, start[c + 1]!);
    if (own.length < 2) continue;
    own.sort((i, j) => day[i]! - day[j]! || i - j);
    for (let k = 1; k < own.length; k++) {
      const i = own[k]!;
      for (let m = k - 1; m >= 0 && day[own[m]!] === day[i]; m--) {
        const j = own[m]!;
        if (amount[j] === amount[i] && product?.[j] === product?.[i] && orderId?.[j] === orderId?.[i]) {
          repeats.push({ at: i, of: j });
          break;
        }
      }
    }
  }
  return repeats.sort((x, y) => x.at - y.at);
}

/** Pairs named in the line; the rest are counted and end the list with "…". */
const SHOWN_PAIRS = 10;

/** The Data issues line for the rows typed twice, or none when no row repeats another. */
export function repeatedRowsLine(
  log: Pick<PurchaseLog, 'purchases'>,
  sheetName: string,
  language: Language,
  texts: Pick<AnalyzeTexts, 'logNotes'>,
  /** Customers not analysed (only returns, every sale refunded that day): not "counted both times". */
  notAnalysed: ReadonlySet<string> = new Set(),
): CellOutput[] | undefined {
  const table = log.purchases;
  const repeats = repeatedPurchases(table).filter(
    (r) => !notAnalysed.has(table.keys[table.customer[r.at]!]!),
  );
  if (repeats.length === 0) return undefined;
  const t = texts.logNotes[language].repeated;
  const en = language === 'en';
  const names = [t.fields[0], t.fields[1], t.fields[2]];
  // Columns the log has and fills: a plain log's reader keeps an empty product column for a 4th column.
  if (table.product?.some((p) => p !== undefined)) names.push(t.fields[3]);
  if (table.orderId?.some((p) => p !== undefined)) names.push(t.fields[4]);
  const fields = names.slice(0, -1).join(en ? ', ' : '、') + t.and + names.at(-1);
  // Across tabs, a row is named with its tab ("Feb!12"), as a formula's rows are.
  const nameOf = (i: number) => rowName({ row: table.row[i]!, sheet: table.sheet?.[i] });
  // Pairs of several customers each name theirs, so filtering by customer finds none under another's
  // name (trial 23); the line's value is the customer when there is one.
  const label = (r: Repeat) => table.labels[table.customer[r.at]!]!;
  const one = repeats.every((r) => table.customer[r.at] === table.customer[repeats[0]!.at]);
  const whose = (r: Repeat) => (one ? '' : en ? ` (${label(r)})` : `（${label(r)}）`);
  const pairs =
    repeats
      .slice(0, SHOWN_PAIRS)
      .map((r) => fill(t.pair, { row: nameOf(r.at), of: nameOf(r.of) }) + whose(r))
      .join(en ? ', ' : '；') + (repeats.length > SHOWN_PAIRS ? (en ? ', …' : '…') : '');
  const first = repeats[0]!.at;
  return [
    table.sheet?.[first] ?? sheetName,
    table.row[first]!,
    '',
    one ? label(repeats[0]!) : '',
    fill(repeats.length === 1 ? t.one : t.many, { count: repeats.length, fields, pairs }),
    t.action,
  ];
}
