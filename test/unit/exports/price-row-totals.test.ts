// A "price" beside a quantity that its rows show to be each row's total (the Kaggle "Customer
// Shopping Dataset": Clothing 5 for 1500.4, 1 for 300.08) is read as the row's amount, not multiplied
// by the quantity; a unit price (UCI's Online Retail: the same price at every quantity) stays price ×
// quantity (exports/price-row-totals.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells';
import { priceRowTotals } from '../../../src/core/exports/price-row-totals';
import { readLog } from '../../../src/core/exports/read-log';
import { purchaseList } from '../../../src/core/input/purchase-table';

const OPTIONS = { timeZone: 'UTC', dateOrder: 'DMY' as const, asOfDay: 20_000 as never };

/** Spend per customer key, to the cent. */
const spendOf = (grid: Grid) => {
  const { log } = readLog(grid, OPTIONS);
  const spend = new Map<string, number>();
  for (const p of purchaseList(log.purchases))
    spend.set(p.customerKey, Math.round(((spend.get(p.customerKey) ?? 0) + p.amount) * 100) / 100);
  return { spend, log };
};

// Rows shaped as the Kaggle "Customer Shopping Dataset" (customer_shopping_data.csv, Mehmet Tahir
// Aslan, 2023): one row per invoice, price the row's total in Turkish lira.
const SHOPPING: Grid = [
  [
    'invoice_no',
    'customer_id',
    'gender',
    'age',
    'category',
    'quantity',
    'price',
    'payment_method',
    'invoice_date',
  ],
  ['I138884', 'C241288', 'Female', 28, 'Clothing', 5, 1500.4, 'Credit Card', '5/8/2022'],
  ['I317333', 'C111565', 'Male', 21, 'Shoes', 3, 1800.51, 'Debit Card', '12/12/2021'],
  ['I127801', 'C266599', 'Male', 20, 'Clothing', 1, 300.08, 'Cash', '9/11/2021'],
  ['I173702', 'C988172', 'Female', 66, 'Shoes', 5, 3000.85, 'Credit Card', '16/05/2021'],
  ['I337046', 'C189076', 'Female', 53, 'Books', 4, 60.6, 'Cash', '24/10/2021'],
  ['I227836', 'C657758', 'Female', 28, 'Clothing', 5, 1500.4, 'Credit Card', '24/05/2022'],
  ['I121056', 'C151197', 'Female', 49, 'Cosmetics', 1, 40.66, 'Cash', '13/03/2022'],
  ['I293112', 'C176086', 'Female', 32, 'Clothing', 2, 600.16, 'Credit Card', '13/01/2021'],
  ['I293455', 'C159642', 'Male', 69, 'Clothing', 3, 900.24, 'Credit Card', '4/11/2021'],
  ['I326945', 'C283361', 'Female', 60, 'Clothing', 2, 600.16, 'Credit Card', '22/08/2021'],
];

describe('a price column that is each row’s total', () => {
  it('the Customer Shopping Dataset: each row’s price is what the customer paid, with the rows that show it', () => {
    const { spend, log } = spendOf(SHOPPING);
    expect(spend.get('c241288')).toBe(1500.4);
    expect(spend.get('c988172')).toBe(3000.85);
    expect(spend.get('c176086')).toBe(600.16);
    expect(log.priceRowTotals).toEqual({
      amount: 'price',
      quantity: 'quantity',
      product: 'Clothing',
      first: { quantity: 5, price: 1500.4 },
      other: { quantity: 1, price: 300.08 },
    });
  });

  it('a unit price (the same at every quantity) stays price × quantity', () => {
    const grid: Grid = [
      ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
      ['536365', '85123A', 6, '01/12/2010', 2.55, 17850],
      ['536366', '85123A', 2, '02/12/2010', 2.55, 17851],
      ['536367', '85123A', 12, '03/12/2010', 2.55, 17852],
      ['536368', '71053', 6, '03/12/2010', 3.39, 17850],
      ['536369', '71053', 1, '04/12/2010', 3.39, 17853],
      ['536370', '71053', 4, '05/12/2010', 3.39, 17854],
    ];
    const { spend, log } = spendOf(grid);
    expect(spend.get('17850')).toBe(35.64);
    expect(spend.get('17852')).toBe(30.6);
    expect(log.priceRowTotals).toBeUndefined();
  });

  it('decides nothing without a product column, or from a few pairs among prices that change', () => {
    const noProduct = SHOPPING.map((r) => r.filter((_, c) => c !== 4));
    expect(spendOf(noProduct).spend.get('c241288')).toBe(7502);
    // Two pairs only: too few to tell.
    expect(priceRowTotals(SHOPPING.slice(1, 5), 6, 5, 4)).toBeUndefined();
    // Prices that drift: a pair alike per unit by chance among many that are neither.
    const drifting: unknown[][] = Array.from({ length: 40 }, (_, i) => ['x', 1 + (i % 4), 10 + i * 0.37]);
    drifting.push(['x', 2, 20]);
    expect(priceRowTotals(drifting as Grid, 2, 1, 0)).toBeUndefined();
  });

  it('any catalogue: each customer’s spend is Σ quantity × unit price, whichever way the price column is written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 50_000 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.record({ product: fc.nat(2), customer: fc.nat(5), shift: fc.nat(4) }), {
          minLength: 15,
          maxLength: 40,
        }),
        fc.boolean(),
        (cents, picks, asTotals) => {
          const grid: unknown[][] = [['Order', 'Customer', 'Item', 'Qty', 'Price', 'Date']];
          const expected = new Map<string, number>();
          picks.forEach((pick, i) => {
            const k = pick.product % cents.length;
            const unit = cents[k]! / 100;
            // Quantities that change from row to row, as a shop's do.
            const quantity = 1 + ((i + pick.shift) % 5);
            const key = `c${pick.customer}`;
            expected.set(key, (expected.get(key) ?? 0) + unit * quantity);
            const price = asTotals ? Math.round(unit * quantity * 100) / 100 : unit;
            grid.push([`A${1000 + i}`, key, `item ${k}`, quantity, price, `${1 + (i % 28)}/03/2024`]);
          });
          const { spend } = spendOf(grid as Grid);
          for (const [key, total] of expected) expect(spend.get(key)).toBeCloseTo(total, 2);
        },
      ),
      { numRuns: 200 },
    );
  });
});
