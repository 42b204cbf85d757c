// A Shopify export trimmed to columns that are all generic headers too (Name, Email, Created at,
// Total, Financial Status): its "Name" holds order numbers (#1001), and each order was read as a
// customer of its own, every buyer a one-time buyer, with nothing said. The values below the header
// tell it from a hand-kept list of names under the same headers.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { detectExport } from '../../../src/core/exports/detect-export';
import { holdsOrderReferences } from '../../../src/core/exports/order-reference-column';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';
import { detectSetup } from '../../../src/core/mapping/detect';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from '../gas/fixture';

const HEADER = ['Name', 'Email', 'Created at', 'Total', 'Financial Status'];
const ROWS: CellValue[][] = [
  ['#1001', 'ann@example.com', '2026-04-02 10:00:00 +0800', 54.5, 'paid'],
  ['#1002', 'bo@example.com', '2026-04-08 10:00:00 +0800', 20, 'paid'],
  ['#1003', 'ann@example.com', '2026-05-08 10:00:00 +0800', 30, 'paid'],
  ['#1004', 'cy@example.com', '2026-07-08 10:00:00 +0800', 99.99, 'refunded'],
  ['#1005', 'bo@example.com', '2026-11-04 10:00:00 +0800', 10, 'paid'],
];
/** The same headers kept by hand, with the customers' names under Name. */
const NAMES: CellValue[][] = ROWS.map((r, i) => [
  ['Ann Lee', 'Bo Ma', 'Ann Lee', 'Cy Po', 'Bo Ma'][i]!,
  ...r.slice(1),
]);
const AS_OF_DAY = Math.floor(Date.UTC(2026, 11, 31) / 86_400_000);

describe('holdsOrderReferences', () => {
  const column = (values: CellValue[]) => values.map((v) => [v]);
  it('order numbers with a hash, with or without a short prefix: yes', () => {
    expect(holdsOrderReferences(column(['#1001', '#1002', '# 1003']), 0)).toBe(true);
    expect(holdsOrderReferences(column(['#SO-1001', '#SO-1002', '', '#SO-1003']), 0)).toBe(true);
  });
  it('one name among them, fewer than three values, numbers or no hash: no', () => {
    expect(holdsOrderReferences(column(['#1001', 'Ann Lee', '#1003']), 0)).toBe(false);
    expect(holdsOrderReferences(column(['#1001', '#1002', '']), 0)).toBe(false);
    expect(holdsOrderReferences(column([1001, 1002, 1003]), 0)).toBe(false);
    expect(holdsOrderReferences(column(['ORD1001', 'ORD1002', 'ORD1003']), 0)).toBe(false);
    expect(holdsOrderReferences(column(['#VIP Ann', '#1002', '#1003']), 0)).toBe(false);
  });
});

describe('detectExport with the rows below the header', () => {
  it('order numbers under Name: the Shopify export, keyed by its Email, Name its order number', () => {
    const detection = detectExport(HEADER, ROWS)!;
    expect(detection.platform?.id).toBe('shopify');
    expect(detection.columns).toMatchObject({ orderId: 0, email: 1, date: 2, amount: 3, status: 4 });
    expect(detection.columns.customer).toBeUndefined();
    expect(detection.missing).toEqual([]);
  });
  it('names under Name: a plain log, Name its customer', () => {
    const detection = detectExport(HEADER, NAMES)!;
    expect(detection.platform).toBeUndefined();
    expect(detection.columns.customer).toBe(0);
  });
  it('Column setup proposes the same', () => {
    const mapping = detectSetup([
      { name: 'orders_export', width: HEADER.length, rows: [HEADER, ...ROWS] },
    ]).purchases;
    expect(mapping?.columns).toMatchObject({ orderId: 0, email: 1 });
    expect((mapping!.columns as { customer?: number }).customer).not.toBe(0);
  });
  it('property: random hand-kept names never switch; random #numbers always do', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() !== '' && !s.trim().startsWith('#'));
    fc.assert(
      fc.property(fc.array(name, { minLength: 3, maxLength: 20 }), (names) => {
        const rows = names.map((n, i) => [n, `p${i % 3}@example.com`, '2026-05-01', 10, 'paid']);
        expect(detectExport(HEADER, rows)?.platform).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 999_999 }), { minLength: 3, maxLength: 20 }),
        (numbers) => {
          const rows = numbers.map((n, i) => [`#${n}`, `p${i % 3}@example.com`, '2026-05-01', 10, 'paid']);
          expect(detectExport(HEADER, rows)?.platform?.id).toBe('shopify');
        },
      ),
    );
  });
});

describe('reading the trimmed export', () => {
  it('buyers are their emails: Ann 2 purchase days, 84.50; the refunded order left out', () => {
    const { log } = readLog([HEADER, ...ROWS], {
      timeZone: 'Asia/Shanghai',
      dateOrder: 'YMD',
      asOfDay: AS_OF_DAY,
    });
    const byKey = new Map<string, number[]>();
    for (const p of purchaseList(log.purchases))
      byKey.set(p.customerKey, [...(byKey.get(p.customerKey) ?? []), p.amount]);
    expect(byKey.get('ann@example.com')).toEqual([54.5, 30]);
    expect(byKey.get('bo@example.com')).toEqual([20, 10]);
    expect(byKey.has('cy@example.com')).toBe(false);
    expect([...byKey.keys()].some((k) => k.startsWith('#'))).toBe(false);
  });
});

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('CUSTOMER_INSIGHTS on the trimmed export, as Sheets calls it', () => {
  it('two customers of two purchase days each, not five one-time orders', () => {
    env = installFake({ now: '2026-12-31T04:00:00Z' });
    const table = main.CUSTOMER_INSIGHTS([HEADER, ...ROWS], new Date(Date.UTC(2026, 11, 30, 16)), 'en');
    const head = table[0]!;
    const customer = head.indexOf('Customer');
    const days = head.indexOf('Purchase days');
    const rows = table.slice(1).map((r) => [r[customer], r[days]]);
    expect(rows).toHaveLength(2);
    expect(rows.every(([, d]) => d === 2)).toBe(true);
    expect(rows.map(([c]) => String(c)).some((c) => c.startsWith('#'))).toBe(false);
  });
});
