// The purchase logs of the benchmark cases: the CDNOW master log, a synthetic log of a given size, or
// that log as a Shopify orders export (`shopify-70k`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../src/core/cells';
import { generateShopifyExport } from './export-log';
import { generateLog } from './generate-log';
import { rowsOfCase } from './size';

const root = join(import.meta.dirname, '..');

export function caseLog(name: string, makeDate: (ms: number) => Date): { rows: CellValue[][]; asOf: Date } {
  // `shopify-70k`: an export-shaped log (several lines per order, statuses, a product column).
  if (name.startsWith('shopify-')) return generateShopifyExport(rowsOfCase(name.slice(8)), 42, makeDate);
  if (name !== 'cdnow') return generateLog(rowsOfCase(name), 42, makeDate);
  const text = readFileSync(join(root, 'test', 'fixtures', 'cdnow', 'CDNOW_master.txt'), 'utf8');
  const rows: CellValue[][] = [];
  for (const line of text.split('\n').slice(1)) {
    const [id, ymd, , dollars] = line.trim().split(/\s+/);
    if (!id || !ymd) continue;
    const ms = Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)) - 1, Number(ymd.slice(6, 8)));
    rows.push([id, makeDate(ms), Number(dollars)]);
  }
  return { rows, asOf: makeDate(Date.UTC(1998, 5, 30)) };
}

/** The customers column a per-customer formula is given: each customer once, in first-seen order. */
export function customerColumn(rows: readonly CellValue[][]): CellValue[][] {
  // An export keys customers by their email (the second column of the Shopify-shaped case).
  const at = rows[0]?.[1] === 'Email' ? 1 : 0;
  const seen = new Set<string>();
  const column: CellValue[][] = [];
  for (const row of rows) {
    const key = row[at];
    if (typeof key !== 'string' && typeof key !== 'number') continue;
    const text = String(key);
    if (text === 'Customer' || text === 'Email' || seen.has(text)) continue;
    seen.add(text);
    column.push([key]);
  }
  return column;
}
