// PayPal's activity download as a shop's account holds it (trial 29): disputes settled for the buyer
// (Chargeback, Payment Reversal, Reversal) name the payment in Reference Txn ID and take its money
// off, as Payment Refund does; a Chargeback Reversal or Cancellation of Reversal puts it back. An
// incoming General Payment (PayPal.me) is a sale; the owner's own outgoing payments are not, and
// never make the payee a customer. Synthetic rows in PayPal's US column layout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { type LogReading, readLog } from '../../../src/core/exports/read-log';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { dayFromCivil } from '../../../src/core/time/civil';
import { totalsOf } from '../../support/edited-exports';

const H = [
  'Date',
  'Time',
  'TimeZone',
  'Name',
  'Type',
  'Status',
  'Currency',
  'Gross',
  'Fee',
  'Net',
  'From Email Address',
  'To Email Address',
  'Transaction ID',
  'Item Title',
  'Reference Txn ID',
  'Balance Impact',
];
const SHOP = 'shop@example.com';
const base = { timeZone: 'UTC', dateOrder: 'MDY' as const, asOfDay: dayFromCivil(2026, 11, 28) };
const read = (rows: CellValue[][]): LogReading => readLog([H, ...rows], base);
const left = (r: LogReading) => (r.log.excluded ?? []).map((e) => [e.row, e.reason, e.value]);

/** A payment in (gross > 0) from `email`, or out to it (gross < 0), as PayPal writes either. */
function row(day: number, name: string, type: string, gross: number, email: string, id: string, ref = '') {
  const out = gross < 0;
  return [
    `10/${day}/2026`,
    '09:12:01',
    'PDT',
    name,
    type,
    'Completed',
    'USD',
    gross.toFixed(2),
    '0.00',
    gross.toFixed(2),
    out ? SHOP : email,
    out ? email : SHOP,
    id,
    '',
    ref,
    out ? 'Debit' : 'Credit',
  ];
}

describe('PayPal disputes', () => {
  for (const type of ['Chargeback', 'Payment Reversal', 'Reversal']) {
    it(`a ${type} naming the payment takes its money off, as a Payment Refund does`, () => {
      const r = read([
        row(13, 'Oli Qu', 'Website Payment', 60, 'oli@example.com', '6A'),
        row(20, 'Oli Qu', type, -60, 'oli@example.com', '7A', '6A'),
        row(14, 'Pat Ru', 'Website Payment', 80, 'pat@example.com', '8A'),
      ]);
      // Before: Oli Qu 60, the chargeback not taken off.
      expect(totalsOf(r)).toEqual({ 'pat@example.com': 80 });
      expect(left(r)).toEqual([
        [2, 'refunded', '-60.00'],
        [3, 'refunded', '-60.00'],
      ]);
    });
  }

  it('a partial chargeback leaves the rest of the payment counted', () => {
    const r = read([
      row(13, 'Oli Qu', 'Website Payment', 60, 'oli@example.com', '6A'),
      row(20, 'Oli Qu', 'Chargeback', -25, 'oli@example.com', '7A', '6A'),
    ]);
    expect(totalsOf(r)).toEqual({ 'oli@example.com': 35 });
  });

  for (const back of ['Chargeback Reversal', 'Cancellation of Reversal']) {
    it(`a ${back} puts the money back: the payment counts in full`, () => {
      const r = read([
        row(13, 'Oli Qu', 'Website Payment', 60, 'oli@example.com', '6A'),
        row(20, 'Oli Qu', 'Chargeback', -60, 'oli@example.com', '7A', '6A'),
        row(25, 'Oli Qu', back, 60, 'oli@example.com', '9A', '6A'),
      ]);
      expect(totalsOf(r)).toEqual({ 'oli@example.com': 60 });
      expect(left(r)).toEqual([]);
    });
  }

  it('a chargeback fee is PayPal charging the shop: not a sale, the payment untouched', () => {
    const r = read([
      row(13, 'Oli Qu', 'Website Payment', 60, 'oli@example.com', '6A'),
      row(20, 'PayPal', 'Chargeback Fee', -20, 'oli@example.com', '7A', '6A'),
    ]);
    expect(totalsOf(r)).toEqual({ 'oli@example.com': 60 });
    expect(left(r)).toEqual([[3, 'not_a_sale', 'Chargeback Fee']]);
  });
});

describe('PayPal General Payment and money paid out', () => {
  const rows = [
    row(5, 'Rosa Diaz', 'General Payment', 50, 'rosa@example.com', '1A'),
    row(10, 'Ivy Supplies', 'General Payment', -200, 'ivy@example.com', '3A'),
    row(11, 'Max Lo', 'Express Checkout Payment', -15, 'max@example.com', '4A'),
    row(15, 'Rosa Diaz', 'eBay Auction Payment', 20, 'rosa@example.com', '9A'),
  ];

  it('an incoming General Payment counts; the shop paying a supplier is left out, said why', () => {
    const r = read(rows);
    // Before: Rosa 20 (the PayPal.me payment of 50 left out as "not a sale").
    expect(totalsOf(r)).toEqual({ 'rosa@example.com': 70 });
    expect(left(r)).toEqual([
      [3, 'paid_out', 'General Payment'],
      [4, 'paid_out', 'Express Checkout Payment'],
    ]);
    const said = dataIssueRows(
      { log: r.log, returnsOnly: [], zeroAmountDays: [] },
      'Orders',
      'en',
      ANALYZE_TEXTS,
    )
      .filter((x) => x[1] === 3)
      .map((x) => x[4]);
    expect(said).toEqual(["Money you paid out ('General Payment'), not a payment from a customer"]);
  });

  it('a Type PayPal has that the table does not know is named in Data issues, with its column', () => {
    const r = read([row(5, 'Rosa Diaz', 'Crypto Gift Payment', 50, 'rosa@example.com', '1A')]);
    expect(totalsOf(r)).toEqual({ 'rosa@example.com': 50 });
    expect(r.log.unknownStatuses).toEqual([
      { status: 'Crypto Gift Payment', column: 'Type', orders: 1, rows: [2] },
    ]);
    const lines = ['en', 'zh-CN', 'zh-TW'].map(
      (language) =>
        dataIssueRows(
          { log: r.log, returnsOnly: [], zeroAmountDays: [] },
          'Orders',
          language as 'en',
          ANALYZE_TEXTS,
        ).find((x) => x[3] === 'Crypto Gift Payment')?.[4],
    );
    expect(lines[0]).toBe(
      'Regulars does not know this value of Type and counted its orders as purchases (1 order, row 2). If they are not sales, leave them out with the rule "Type=Crypto Gift Payment" in Column setup and analyze again',
    );
    expect(lines[1]).toContain('“Type”的这个值');
    expect(lines[2]).toContain('「Type」的這個值');
  });

  it('property: each customer is the sum of their payments less what disputes kept; the payees of the shop never customers', () => {
    const people = ['a', 'b', 'c', 'd'];
    const event = fc.record({
      who: fc.constantFrom(...people),
      cents: fc.integer({ min: 100, max: 50_000 }),
      kind: fc.constantFrom('payment', 'general', 'paid_out', 'chargeback', 'chargeback_won'),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const grid: CellValue[][] = [];
        const expected = new Map<string, number>();
        const add = (key: string, v: number) => expected.set(key, (expected.get(key) ?? 0) + v);
        events.forEach((e, i) => {
          const amount = e.cents / 100;
          const email = `${e.who}@example.com`;
          const id = `P${i}`;
          if (e.kind === 'paid_out') {
            grid.push(row(e.day, `Supplier ${e.who}`, 'General Payment', -amount, `sup-${email}`, id));
            return;
          }
          grid.push(
            row(
              e.day,
              e.who,
              e.kind === 'general' ? 'General Payment' : 'Website Payment',
              amount,
              email,
              id,
            ),
          );
          if (e.kind === 'payment' || e.kind === 'general') add(email, amount);
          else {
            grid.push(row(e.day, e.who, 'Chargeback', -amount, email, `C${i}`, id));
            if (e.kind === 'chargeback_won') {
              grid.push(row(e.day, e.who, 'Chargeback Reversal', amount, email, `R${i}`, id));
              add(email, amount);
            }
          }
        });
        const totals = totalsOf(read(grid));
        for (const key of Object.keys(totals)) expect(key.startsWith('sup-')).toBe(false);
        const want = Object.fromEntries(
          [...expected].filter(([, v]) => v > 0).map(([k, v]) => [k, Math.round(v * 100) / 100]),
        );
        expect(totals).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });
});
