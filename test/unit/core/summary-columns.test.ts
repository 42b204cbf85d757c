// Every customer's purchase days live in columns shared by all customers (customer-history.ts) and
// each summary reads them through an offset (summary-view.ts): an offset one off would give a
// customer their neighbour's days. Checked here against each customer's own purchases, worked out
// from their rows alone, on random logs of many customers in shuffled row order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../src/core/analysis';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const AS_OF = 400;

/** One customer's purchase days and day amounts from their own rows, as SPEC §3 defines them. */
function ownDays(rows: readonly Purchase[]): {
  days: number[];
  amounts: number[];
  net: number;
  returns: number;
} {
  const bought = new Map<number, number>();
  const returned = new Map<number, number>();
  let net = 0;
  let returns = 0;
  for (const p of rows) {
    net += p.amount;
    if (p.amount < 0) {
      returns += p.amount;
      returned.set(p.day, (returned.get(p.day) ?? 0) + p.amount);
    } else bought.set(p.day, (bought.get(p.day) ?? 0) + p.amount);
  }
  const all = [...bought.keys()].sort((a, b) => a - b);
  // A day refunded in full that same day is no purchase day; with every day refunded, none is left
  // (the customer is not analysed).
  const left = all.filter((d) => !((returned.get(d) ?? 0) < 0 && bought.get(d)! + returned.get(d)! <= 0));
  // Nor is a day of zero amounts only (a free sample), unless no day was paid.
  const paid = left.filter((d) => bought.get(d)! > 0);
  const days = paid.length > 0 ? paid : left;
  return { days, amounts: days.map((d) => bought.get(d)!), net, returns };
}

const purchase = fc.record({
  customer: fc.integer({ min: 0, max: 11 }),
  // Few days, so customers often buy twice on one day.
  day: fc.integer({ min: 0, max: 60 }).map((d) => d * 5),
  // Whole cents, some returns, some zero amounts.
  cents: fc.oneof(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -5000, max: -1 }), fc.constant(0)),
  /** Refunded in full the same day (a ledger's +30 and −30), or in part. */
  refund: fc.constantFrom(undefined, 1, 0.5),
});

describe('summaries read from the shared columns', () => {
  it('give every customer the figures of their own rows, whatever the row order', () => {
    fc.assert(
      fc.property(fc.array(purchase, { minLength: 1, maxLength: 120 }), (drawn) => {
        const purchases: Purchase[] = drawn
          .flatMap((d) => {
            const line = { customerKey: `c${d.customer}`, customerLabel: `C${d.customer}`, day: d.day };
            const bought = { ...line, amount: d.cents / 100 };
            if (d.refund === undefined || d.cents <= 0) return [bought];
            return [bought, { ...line, amount: -Math.round(d.cents * d.refund) / 100 }];
          })
          .map((p, i) => ({ ...p, row: i + 2 }));
        const analysis = analyzeLog(
          {
            purchases: tableOfPurchases(purchases),
            issues: [],
            rowsRead: purchases.length,
            rowsSkipped: 0,
            blankRows: 0,
            headerRows: 0,
          },
          AS_OF,
          DEFAULT_SETTINGS,
          undefined,
          { needs: 'none' },
        );
        const seen = new Set<string>();
        for (let i = 0; i < analysis.customerCount; i++) {
          const s = analysis.customerAt(i).summary;
          expect(analysis.customers[i]!.summary.key).toBe(s.key);
          seen.add(s.key);
          const rows = purchases.filter((p) => p.customerKey === s.key);
          const own = ownDays(rows);
          const n = own.days.length;
          expect(s.label).toBe(rows[0]!.customerLabel);
          expect(s.purchaseDayCount).toBe(n);
          expect([s.firstDay, s.lastDay]).toEqual([own.days[0], own.days[n - 1]]);
          expect([s.x, s.txDays, s.TDays, s.daysSinceLast]).toEqual([
            n - 1,
            own.days[n - 1]! - own.days[0]!,
            AS_OF - own.days[0]!,
            AS_OF - own.days[n - 1]!,
          ]);
          expect(s.netSpend).toBeCloseTo(own.net, 9);
          expect(s.averagePurchase).toBeCloseTo(own.net / n, 9);
          const gross = own.net - own.returns;
          const kept = gross <= 0 ? 1 : Math.min(1, Math.max(0, own.net / gross));
          const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
          expect(s.meanSpend).toBeCloseTo(mean(own.amounts) * kept, 9);
          expect(s.meanRepeatSpend).toBeCloseTo(n > 1 ? mean(own.amounts.slice(1)) * kept : 0, 9);
          let logGaps = 0;
          for (let k = 1; k < n; k++) logGaps += Math.log(own.days[k]! - own.days[k - 1]!);
          expect(s.logGapSum).toBeCloseTo(logGaps, 9);
          // Two or more repeat days, all positive, and something kept: the log-amounts the spend fit reads.
          const repeats = own.amounts.slice(1);
          const logAmounts =
            repeats.length >= 2 && repeats.every((a) => a > 0) && kept > 0
              ? repeats.reduce((sum, a) => sum + Math.log(a * kept), 0)
              : undefined;
          if (logAmounts === undefined) expect(s.logRepeatSpendSum).toBeUndefined();
          else expect(s.logRepeatSpendSum).toBeCloseTo(logAmounts, 9);
          expect(s.ownGapDays === undefined).toBe(n < 2);
          // A one-time buyer is due where they stop being New: the At-risk multiple of the window.
          const window = analysis.store.oneTimeWindow.days;
          const newUpTo = Math.floor((window * 3) / 2);
          expect(s.nextDueDay).toBe(own.days[n - 1]! + (n === 1 ? newUpTo : Math.round(s.usualGapDays)));
        }
        // Everyone with a purchase day left is summarised; not those with returns alone, nor those
        // whose every purchase was refunded that same day.
        const buyers = new Set(
          purchases
            .filter((p) => p.amount >= 0)
            .map((p) => p.customerKey)
            .filter((k) => ownDays(purchases.filter((p) => p.customerKey === k)).days.length > 0),
        );
        expect(seen).toEqual(buyers);
      }),
      { numRuns: 200 },
    );
  });
});
