// Data issues says how a log that is no known export gave its amounts when its lines were added up
// (exports/line-amounts.ts): price × quantity, a line's amount by its header, an order total that
// differed between an order's lines, and invoices read as cancellations by their number. Not problems:
// the owner checks the reading, as with an edited export's amount column (amountFrom). Also how an
// export's "Item Cost" was read when it gave the money (exports/item-cost.ts).
import type { CellOutput } from '../cells';
import type { Language } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import type { AnalyzeTexts } from './analyze-texts';
import { fill } from './report-texts';

/** The Data issues rows on how the amounts were read as lines; none when they were not. */
export function lineAmountsRows(
  log: Pick<PurchaseLog, 'lineAmounts' | 'priceRowTotals' | 'itemCost'>,
  sheetName: string,
  language: Language,
  texts: Pick<AnalyzeTexts, 'excluded' | 'issues'>,
): CellOutput[][] {
  const rows: CellOutput[][] = [];
  const counted = texts.excluded[language].counted;
  const totals = log.priceRowTotals;
  if (totals !== undefined) {
    const { first, other } = totals;
    const text = fill(texts.excluded[language].lines.priceTotals, {
      amount: totals.amount,
      quantity: totals.quantity,
      product: totals.product,
      q1: first.quantity,
      p1: first.price,
      q2: other.quantity,
      p2: other.price,
    });
    rows.push(noteRow(sheetName, texts.issues.columnNames.amount[language], totals.amount, text, counted));
  }
  const item = log.itemCost;
  if (item !== undefined) {
    const t = texts.excluded[language].lines;
    const sentence = item.read === 'unit' ? t.itemUnit : item.read === 'line' ? t.itemLine : t.itemUnsure;
    const pair = item.example;
    const text = fill(sentence, {
      amount: item.header,
      quantity: item.quantity,
      ...(pair
        ? {
            product: pair.product,
            q1: pair.first.quantity,
            p1: pair.first.price,
            q2: pair.other.quantity,
            p2: pair.other.price,
          }
        : {}),
    });
    rows.push(noteRow(sheetName, texts.issues.columnNames.amount[language], item.header, text, counted));
  }
  const read = log.lineAmounts;
  if (read === undefined) return rows;
  const t = texts.excluded[language].lines;
  const amount = texts.issues.columnNames.amount[language];
  const values = {
    amount: read.amount,
    quantity: read.quantity,
    order: read.order,
    orders: read.orders,
    once: read.once,
    count: read.cancelled,
    example: read.example ?? '',
  };
  if (read.how !== undefined) {
    const sentence = read.how === 'price' && read.order === '' ? t.priceRows : t[read.how];
    // The English texts are written for many orders.
    const text = fill(sentence, values).replace(
      /(^|[^\d.,])1 (order|other)s\b/g,
      (_m, before: string, noun: string) => `${before}1 ${noun}`,
    );
    rows.push([sheetName, '', amount, read.amount, text, read.how === 'total' ? t.once : t.added]);
  }
  if (read.blankQuantity !== undefined && read.blankQuantity > 0) {
    const text = fill(t.blankQuantity, { ...values, count: read.blankQuantity });
    rows.push(noteRow(sheetName, texts.issues.columnNames.quantity[language], read.quantity, text, counted));
  }
  if (read.cancelled > 0) {
    rows.push([sheetName, '', amount, read.example ?? '', fill(t.cancelled, values), t.takenOff]);
  }
  return rows;
}

/** A Data issues row about a whole column (no row number): how it was read, and that it counted. */
const noteRow = (
  sheet: string,
  column: string,
  header: string,
  text: string,
  action: string,
): CellOutput[] => [sheet, '', column, header, text, action];
