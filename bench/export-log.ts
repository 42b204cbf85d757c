import type { CellValue } from '../src/core/cells';
import { generateLog } from './generate-log';

const HEADER = [
  'Name',
  'Email',
  'Financial Status',
  'Paid at',
  'Currency',
  'Subtotal',
  'Shipping',
  'Total',
  'Created at',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
  'Refunded Amount',
];

/** A deterministic draw in [0, 1) from an order number, so every run sees the same statuses. */
function unit(n: number, salt: number): number {
  let t = Math.imul(n ^ salt, 0x9e3779b1);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-03-05 14:25:01 +0800`, as a Shopify CSV has it and Sheets keeps it: text. */
function shopifyTime(ms: number, order: number): string {
  const d = new Date(ms + 8 * 3_600_000 + Math.floor(unit(order, 7) * 36_000) * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`;
}

/**
 * A Shopify orders export of about `targetLines` lines, as an owner pastes it into a sheet: one to
 * three lines per order (order fields only on the first), financial statuses (a few refunded, pending
 * and voided orders), text timestamps with an offset, and a product column — the export reader's full
 * path, not four plain columns. The purchases are the synthetic log's (generate-log.ts).
 */
export function generateShopifyExport(
  targetLines: number,
  seed: number,
  makeDate: (ms: number) => Date,
): { rows: CellValue[][]; asOf: Date } {
  const plain = generateLog(Math.ceil(targetLines / 1.6), seed, makeDate);
  const rows: CellValue[][] = [HEADER];
  let order = 1000;
  for (const [customer, date, amount, product] of plain.rows.slice(1)) {
    // Dates may come from another realm (the bench makes cells in the realm that reads them).
    if (typeof date !== 'object' || date === null || typeof amount !== 'number' || amount <= 0) continue;
    order++;
    const roll = unit(order, 1);
    const status = roll < 0.95 ? 'paid' : roll < 0.97 ? 'refunded' : roll < 0.99 ? 'pending' : 'voided';
    const at = shopifyTime((date as Date).getTime(), order);
    const lines = 1 + Math.floor(unit(order, 2) * 2.2);
    const price = Math.round((amount / lines) * 100) / 100;
    for (let line = 0; line < lines; line++) {
      const item = line === 0 ? String(product) : `${String(product)} refill ${line}`;
      rows.push(
        line === 0
          ? [
              `#${order}`,
              `${String(customer).toLowerCase()}@example.com`,
              status,
              status === 'paid' || status === 'refunded' ? at : '',
              'USD',
              amount,
              0,
              amount,
              at,
              1,
              item,
              price,
              status === 'refunded' ? amount : 0,
            ]
          : [
              `#${order}`,
              `${String(customer).toLowerCase()}@example.com`,
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              1,
              item,
              price,
              '',
            ],
      );
    }
    if (rows.length >= targetLines) break;
  }
  return { rows, asOf: plain.asOf };
}
