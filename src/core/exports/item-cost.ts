// WooCommerce's "Item Cost" column means one thing in one export plugin and another in the next:
// WP All Export writes a line's subtotal (quantity × price, before coupons) under it
// (soflyy/wp-all-export libraries/XmlExportWooCommerceOrder.php: '_line_subtotal' => 'Item Cost'),
// Advanced Order Export for WooCommerce one item's price (woo-order-export-lite: 'item_price' =>
// 'Item Cost', $order->get_item_total(): the line's total divided by its quantity). With the order
// total kept it only prices the lines a rule leaves out; with "Order Total" deleted it is the money.
//
// Decisions (tests in test/unit/exports/item-cost.test.ts):
// - The rows decide, as for a "price" column (price-row-totals.ts): a product whose Item Cost stays
//   the same as its quantity changes is priced per unit (read × quantity); one whose Item Cost per
//   unit stays the same is a line total (added up as it is).
// - When the rows cannot tell (too few products bought in different quantities), it is read as the
//   line's total, WP All Export's meaning and the profile's, and Data issues says so and how to read
//   it the other way: rename its header 'Unit price'.
// - Whenever the order total is missing, Data issues says how it was read, with the rows that show it.
import type { CellValue, Grid } from '../cells';
import { normalizeHeader } from '../input/headers';
import type { ExportColumns } from './fields';
import { type PriceRowTotals, pairsSay, pricePairs } from './price-row-totals';

/** Headers the plugins write either way. */
const EITHER_WAY = new Set(['item cost', 'item cost before discount'].map(normalizeHeader));

/** How an either-way column was read, for Data issues. */
export interface ItemCostRead {
  readonly header: string;
  readonly quantity: string;
  /** 'unit': × quantity, the rows said so; 'line': as it is, the rows said so; 'unsure': as it is. */
  readonly read: 'unit' | 'line' | 'unsure';
  readonly example?: PriceRowTotals;
}

/** The columns with an either-way line amount read as the rows say (the rules at the top). */
export function withItemCost(
  rows: Grid,
  columns: ExportColumns,
  header: readonly CellValue[],
): { columns: ExportColumns; itemCost?: ItemCostRead } {
  const { lineAmount: column, ...rest } = columns;
  if (column === undefined || columns.quantity === undefined) return { columns };
  const name = header[column];
  if (typeof name !== 'string' || !EITHER_WAY.has(normalizeHeader(name))) return { columns };
  const pairs =
    columns.product === undefined ? undefined : pricePairs(rows, column, columns.quantity, columns.product);
  const read =
    pairs === undefined
      ? 'unsure'
      : pairsSay(pairs, 'unit')
        ? 'unit'
        : pairsSay(pairs, 'total')
          ? 'line'
          : 'unsure';
  const example = read === 'unit' ? pairs?.unitExample : read === 'line' ? pairs?.totalExample : undefined;
  const quantity = header[columns.quantity];
  const itemCost: ItemCostRead = {
    header: name.trim(),
    quantity: typeof quantity === 'string' ? quantity.trim() : '',
    read,
    ...(example ? { example } : {}),
  };
  return { columns: read === 'unit' ? { ...rest, unitPrice: column } : columns, itemCost };
}
