// Venmo's monthly statement CSV as an owner downloads it (synthetic, in Venmo's layout: two title
// rows, a header with a blank first column, balance rows, signed amounts '+ $24.00'). Before, it was
// refused ("No purchase log columns found: needs customer…"); renaming From to Customer made the
// owner's payments to suppliers customers' returns. The customer is the other side of each payment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../scripts/preview/csv';
import type { CellValue } from '../../../src/core/cells';
import { type LogReading, readLog } from '../../../src/core/exports/read-log';
import type { Language } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { sampleCellValue } from '../../../src/core/sample/sample-workbook';
import { dayFromCivil } from '../../../src/core/time/civil';
import { totalsOf } from '../../support/edited-exports';

const base = {
  timeZone: 'America/Los_Angeles',
  dateOrder: 'MDY' as const,
  asOfDay: dayFromCivil(2026, 11, 28),
};
const FILE = join(__dirname, '../../fixtures/exports/venmo/venmo_statement.csv');
const statement = (): CellValue[][] =>
  readCsv(readFileSync(FILE, 'utf8')).map((r) => r.map((c) => sampleCellValue(c, base.timeZone)));
const left = (r: LogReading) => (r.log.excluded ?? []).map((e) => [e.row, e.reason, e.value]);
const said = (r: LogReading, row: number, language: Language) =>
  dataIssueRows({ log: r.log, returnsOnly: [], zeroAmountDays: [] }, 'Venmo', language, ANALYZE_TEXTS)
    .filter((x) => x[1] === row)
    .map((x) => x[4]);

const HEADER = [
  '',
  'ID',
  'Datetime',
  'Type',
  'Status',
  'Note',
  'From',
  'To',
  'Amount (total)',
  'Amount (tip)',
  'Amount (tax)',
  'Amount (fee)',
  'Tax Rate',
  'Tax Exempt',
  'Funding Source',
  'Destination',
  'Beginning Balance',
  'Ending Balance',
  'Statement Period Venmo Fees',
  'Terminal Location',
  'Year to Date Venmo Fees',
  'Disclaimer',
];
const money = (v: number) => `${v < 0 ? '-' : '+'} $${Math.abs(v).toFixed(2)}`;
/** A statement as Venmo writes it, title rows and balance rows included. */
function venmo(rows: (string | number)[][]): CellValue[][] {
  const blank = () => HEADER.map(() => '');
  const start = blank();
  start[16] = '$0.00';
  const end = blank();
  end[17] = '$0.00';
  end[21] = 'In case of errors or questions about your electronic transfers…';
  return [
    ['Account Statement - (@mayas-bakes) ', ...HEADER.slice(1).map(() => '')],
    ['Account Activity', ...HEADER.slice(1).map(() => '')],
    HEADER,
    start,
    ...rows.map((r) => ['', ...r.map(String), ...HEADER.slice(r.length + 1).map(() => '')]),
    end,
  ];
}

describe('Venmo statement', () => {
  it('is read as Venmo: each customer is the other side, the owner never one', () => {
    const r = readLog(statement(), base);
    expect(r.detection?.profile?.id).toBe('venmo');
    expect(r.headerRowIndex).toBe(2);
    // Ana paid 24, was sent 12 back (a payment to a party who paid before: her refund); Ben paid a
    // charge of 18 and 40. Maya Lin, the statement's owner, is on every row and never a customer.
    expect(totalsOf(r)).toEqual({ 'ana cruz': 12, 'ben ortiz': 58 });
    expect([...(r.log.contacts?.values() ?? [])].map((x) => x.name)).toEqual(['Ana Cruz', 'Ben Ortiz']);
  });

  it('supplier payments, bank transfers, pending, issued and canceled payments are left out, each said why', () => {
    const r = readLog(statement(), base);
    expect(left(r)).toEqual([
      [6, 'paid_out', 'Payment'],
      [9, 'not_a_sale', 'Standard Transfer'],
      [10, 'unpaid', 'Pending'],
      [11, 'unpaid', 'Issued'],
      [13, 'paid_out', 'Merchant Transaction'],
      [14, 'cancelled', 'Canceled'],
    ]);
    expect(r.log.issues).toEqual([]);
    expect(said(r, 6, 'en')).toEqual(["Money you paid out ('Payment'), not a payment from a customer"]);
    expect(said(r, 6, 'zh-CN')).toEqual(['您付出的款项（“Payment”），不是顾客的付款']);
    expect(said(r, 6, 'zh-TW')).toEqual(['您付出的款項（「Payment」），不是顧客的付款']);
  });

  it('money sent to a party beyond what they paid is paid out, not a refund', () => {
    const r = readLog(
      venmo([
        ['1', '2026-10-02T10:00:00', 'Payment', 'Complete', 'bread', 'Ana Cruz', 'Maya Lin', money(10)],
        [
          '2',
          '2026-10-03T10:00:00',
          'Payment',
          'Complete',
          'rent share',
          'Maya Lin',
          'Ana Cruz',
          money(-300),
        ],
        ['3', '2026-10-04T10:00:00', 'Refund', 'Complete', 'bread', 'Maya Lin', 'Ben Ortiz', money(-5)],
      ]),
      base,
    );
    // Ben's Refund row is Venmo's own refund type: his return, whatever he paid before.
    expect(totalsOf(r)).toEqual({ 'ana cruz': 10 });
    expect(left(r)).toEqual([[6, 'paid_out', 'Payment']]);
  });

  it('a Type Venmo adds that the table does not know is named in Data issues', () => {
    const r = readLog(
      venmo([['1', '2026-10-02T10:00:00', 'Gift', 'Complete', '', 'Ana Cruz', 'Maya Lin', money(10)]]),
      base,
    );
    expect(r.log.unknownStatuses).toEqual([{ status: 'Gift', column: 'Type', orders: 1, rows: [5] }]);
  });

  it('property: each customer is Σ what they paid in − what was sent back to them; the owner and payees never customers', () => {
    const people = ['Ana Cruz', 'Ben Ortiz', 'Cal Dee'];
    const event = fc.record({
      who: fc.constantFrom(...people),
      cents: fc.integer({ min: 100, max: 20_000 }),
      kind: fc.constantFrom('pays', 'charged', 'refund', 'supplier', 'transfer', 'pending'),
      ownerFrom: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), (events) => {
        const rows: string[][] = [];
        const paid = new Map<string, number>();
        events.forEach((e, i) => {
          const day = `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00`;
          const amount = e.cents / 100;
          const id = String(9000 + i);
          const owner = 'Maya Lin';
          if (e.kind === 'pays' || e.kind === 'pending') {
            rows.push([
              id,
              day,
              'Payment',
              e.kind === 'pays' ? 'Complete' : 'Pending',
              '',
              e.who,
              owner,
              money(amount),
            ]);
            if (e.kind === 'pays') paid.set(e.who, (paid.get(e.who) ?? 0) + amount);
          } else if (e.kind === 'charged') {
            // A charge the customer paid: the owner asked, so the owner is in From.
            rows.push([id, day, 'Charge', 'Complete', '', owner, e.who, money(amount)]);
            paid.set(e.who, (paid.get(e.who) ?? 0) + amount);
          } else if (e.kind === 'refund') {
            rows.push([id, day, 'Refund', 'Complete', '', owner, e.who, money(-amount)]);
            paid.set(e.who, (paid.get(e.who) ?? 0) - amount);
          } else if (e.kind === 'supplier') {
            rows.push([id, day, 'Payment', 'Complete', '', owner, `${e.who} Supplies`, money(-amount)]);
          } else rows.push([id, day, 'Instant Transfer', 'Complete', '', owner, '', money(-amount)]);
        });
        // At least one row names the owner on one side and someone else on the other.
        const r = readLog(venmo(rows), base);
        const totals = totalsOf(r);
        expect(Object.keys(totals).some((k) => k.includes('maya') || k.includes('supplies'))).toBe(false);
        const want = Object.fromEntries(
          [...paid]
            .filter(([, v]) => Math.abs(v) > 0.004)
            .map(([k, v]) => [k.toLowerCase(), Math.round(v * 100) / 100]),
        );
        // A customer whose refunds took them to zero or below is no spender: compare those who spent.
        for (const [k, v] of Object.entries(want)) if (v > 0) expect(totals[k]).toBeCloseTo(v, 2);
        for (const [k, v] of Object.entries(totals)) expect(v).toBeCloseTo(want[k] ?? 0, 2);
        // Every row is accounted for: read into a purchase or left out with its reason.
        const excluded = (r.log.excluded ?? []).length;
        expect(r.log.purchases.length + excluded).toBe(rows.length);
      }),
      { numRuns: 150 },
    );
  });
});
