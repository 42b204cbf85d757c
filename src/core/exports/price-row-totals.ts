// A "price" column beside a quantity that is each row's total, not a price per unit. The header
// alone cannot tell: UCI's Online Retail writes a unit price as Price, and the Kaggle "Customer
// Shopping Dataset" writes a row's total as price (Clothing: quantity 5, price 1500.4; quantity 1,
// 300.08), which price × quantity read five times too high. The rows can tell, by product: a unit
// price stays the same as the quantity changes; a row's total changes with it, its price per unit
// staying the same.
//
// Decisions (tests in test/unit/exports/price-row-totals.test.ts):
// - Only with a product column (product, item, category…): the first row of each product with a
//   positive quantity and price is compared with its later rows of another quantity. Alike prices are
//   evidence of a unit price; prices alike per unit (to the cent) but not alike are evidence of row totals.
// - Row totals when at least 3 such pairs say so, at least half of all the pairs compared do, and
//   more than four times as many as say unit price: prices change over time and with discounts, and
//   among many prices a few match by chance, so a few pairs either way prove nothing.
// - The first 20,000 rows are enough to decide, so a million-row log pays for a sample only.
import type { CellValue, Grid } from '../cells';
import { readAmount } from '../input/parse-amount';
import { readQuantity } from '../input/parse-quantity';
import type { ExportColumns } from './fields';

const SAMPLE_ROWS = 20_000;
const MIN_PAIRS = 3;

/** Two rows of one product that show the price is each row's total. */
export interface PriceRowTotals {
  readonly product: string;
  readonly first: { readonly quantity: number; readonly price: number };
  readonly other: { readonly quantity: number; readonly price: number };
}

const positive = (cell: CellValue | undefined): number | undefined => {
  const n = typeof cell === 'number' ? cell : readAmount(cell);
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** What the pairs of one product's rows of different quantities say about a price column. */
export interface PricePairs {
  /** Pairs whose prices are alike (a price per unit), and whose prices per unit are (row totals). */
  readonly unit: number;
  readonly total: number;
  readonly compared: number;
  /** The first pair of each kind. */
  readonly unitExample?: PriceRowTotals;
  readonly totalExample?: PriceRowTotals;
}

/** The pairs of the first rows (the rules at the top), counted. */
export function pricePairs(rows: Grid, price: number, quantity: number, product: number): PricePairs {
  const firsts = new Map<string, { quantity: number; price: number }>();
  let unit = 0;
  let total = 0;
  let compared = 0;
  let unitExample: PriceRowTotals | undefined;
  let totalExample: PriceRowTotals | undefined;
  const end = Math.min(rows.length, SAMPLE_ROWS);
  for (let r = 0; r < end; r++) {
    const row = rows[r]!;
    const name = row[product];
    // As the reader reads a quantity ('2 pcs', 'x3'), so the pairs compared are the rows it prices.
    const read = readQuantity(row[quantity]);
    const q = typeof read === 'number' && read > 0 ? read : undefined;
    const p = positive(row[price]);
    if (typeof name !== 'string' || name.trim() === '' || q === undefined || p === undefined) continue;
    const first = firsts.get(name);
    if (first === undefined) {
      firsts.set(name, { quantity: q, price: p });
      continue;
    }
    if (q === first.quantity) continue;
    compared++;
    if (Math.abs(p - first.price) < 0.005) {
      unit++;
      unitExample ??= { product: name.trim(), first, other: { quantity: q, price: p } };
    } else if (Math.abs(p / q - first.price / first.quantity) < 0.005) {
      total++;
      totalExample ??= { product: name.trim(), first, other: { quantity: q, price: p } };
    }
  }
  return {
    unit,
    total,
    compared,
    ...(unitExample ? { unitExample } : {}),
    ...(totalExample ? { totalExample } : {}),
  };
}

/** Whether most pairs, and far more than say the other, say `kind` (the thresholds at the top). */
export function pairsSay(pairs: PricePairs, kind: 'unit' | 'total'): boolean {
  const yes = kind === 'unit' ? pairs.unit : pairs.total;
  const no = kind === 'unit' ? pairs.total : pairs.unit;
  return yes >= MIN_PAIRS && 2 * yes >= pairs.compared && yes > 4 * no;
}

/** Whether the rows' `price` column is each row's total (the rules at the top), with an example. */
export function priceRowTotals(
  rows: Grid,
  price: number,
  quantity: number,
  product: number,
): PriceRowTotals | undefined {
  const pairs = pricePairs(rows, price, quantity, product);
  return pairsSay(pairs, 'total') ? pairs.totalExample : undefined;
}

/**
 * The columns to read when a unit price is read as the amount (line-amounts.ts withLineMoney: no
 * amount or line amount column) but the rows say it is each row's total: that column as the amount,
 * with the example; else the same columns.
 */
export function withPriceRowTotals(
  rows: Grid,
  columns: ExportColumns,
): { columns: ExportColumns; priceRowTotals?: PriceRowTotals } {
  const { unitPrice: price, ...rest } = columns;
  if (
    price === undefined ||
    columns.amount !== undefined ||
    columns.lineAmount !== undefined ||
    columns.quantity === undefined ||
    columns.product === undefined
  )
    return { columns };
  const found = priceRowTotals(rows, price, columns.quantity, columns.product);
  return found === undefined ? { columns } : { columns: { ...rest, amount: price }, priceRowTotals: found };
}
