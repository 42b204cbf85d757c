// Trial 29's stage defects, through the built dist/Code.js as Sheets runs it (repros of the trial's
// /tmp/trial/s scripts): each sentence the owner reads is true for the customer it is written about.
import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;
let context: vm.Context;
let day: (iso: string) => Date;

function load(timeZone: string, locale: string) {
  context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => timeZone,
        getSpreadsheetLocale: () => locale,
      }),
    },
  });
  const CtxDate = contextDate(context);
  day = (iso) => new CtxDate(`${iso}T00:00:00Z`);
}
const call = (name: string, ...args: unknown[]) => (context[name] as Fn)(...args);

/** CUSTOMER_INSIGHTS in English as { customer name → its row by header }. */
function insights(rows: unknown[][], asOf: string): Map<string, Record<string, unknown>> {
  const [header, ...table] = call('CUSTOMER_INSIGHTS', rows, day(asOf), 'en') as unknown[][];
  return new Map(
    table.map((r) => [String(r[0]), Object.fromEntries(header!.map((h, i) => [String(h), r[i]]))]),
  );
}

const monthly = [
  '2026-01-10',
  '2026-02-10',
  '2026-03-10',
  '2026-04-10',
  '2026-05-10',
  '2026-06-10',
  '2026-07-10',
  '2026-08-10',
  '2026-09-10',
  '2026-10-10',
];

describe('stages and reasons true for the customer (trial 29, through the bundle)', () => {
  beforeAll(() => load('UTC', 'en_US'));

  it('Sid, 60 a month, then 20 on each of three days in a row, is not "spending less"; Dana, whose three months fell to 15, is', () => {
    const rows: unknown[][] = [['Customer', 'Date', 'Amount']];
    for (const d of monthly) rows.push(['Split Sid', day(d), 60]);
    for (const d of ['2026-11-20', '2026-11-21', '2026-11-22']) rows.push(['Split Sid', day(d), 20]);
    for (const d of monthly.slice(0, 8)) rows.push(['Drop Dana', day(d), 100]);
    for (const d of ['2026-09-10', '2026-10-10', '2026-11-10']) rows.push(['Drop Dana', day(d), 15]);
    for (const n of ['A', 'B', 'C', 'D', 'E'])
      for (const d of ['2026-09-01', '2026-10-01', '2026-11-01']) rows.push([n, day(d), 40]);
    const table = insights(rows, '2026-11-28');
    expect(table.get('Split Sid')).toMatchObject({ 'Lifecycle stage': 'Loyal' });
    expect(String(table.get('Split Sid')!.Why)).not.toMatch(/Spending less/);
    expect(table.get('Drop Dana')).toMatchObject({ 'Lifecycle stage': 'At risk' });
    expect(table.get('Drop Dana')!.Why).toBe(
      'Spending less: the last 3 purchases averaged 15.00, 85% below their usual 100.00 (the 8 before ranged 100.00–100.00); 45.00 in the 92 days from the purchase before them to their last, against 303.77 at their earlier pace; still buying, last purchase 18 days ago, usually every 31 days.',
    );
  });

  it('one yearly returner does not make every one-time buyer New: Max, silent 272 days, is not New beside 7 returners back within 61 days', () => {
    const rows: unknown[][] = [['Customer', 'Date', 'Amount']];
    const returners: [string, string, string][] = [
      ['R1', '2026-01-05', '2026-02-06'],
      ['R2', '2026-02-01', '2026-03-04'],
      ['R3', '2026-03-01', '2026-03-20'],
      ['R4', '2026-04-01', '2026-04-21'],
      ['R5', '2026-05-01', '2026-07-01'],
      ['R6', '2026-06-01', '2026-07-15'],
      ['R7', '2026-07-01', '2026-07-27'],
      ['Spring Sam', '2024-04-10', '2025-04-12'],
    ];
    for (const [name, first, second] of returners) rows.push([name, day(first), 50], [name, day(second), 50]);
    rows.push(['Mid Max', day('2026-03-01'), 30], ['Today Tom', day('2026-11-28'), 70]);
    const table = insights(rows, '2026-11-28');
    expect(table.get('Mid Max')!['Lifecycle stage']).not.toBe('New');
    expect(String(table.get('Today Tom')!.Why)).toBe(
      'Bought once today; 7 of the 8 customers who came back here did so within 61 days of their first purchase; New up to 91 days (1.5× that).',
    );
  });

  it('two customers of one name in an export: told apart by key in the table, and asked by name, whose it is', () => {
    const rows: unknown[][] = [
      ['Name', 'Email', 'Financial Status', 'Created at', 'Total', 'Billing Name', 'Lineitem name'],
      ['#1', 'ann@x.com', 'paid', '2026-10-01 10:00:00 +0000', '50', 'Ann Lee', 'Mug'],
      ['#2', 'ann2@x.com', 'paid', '2026-03-01 10:00:00 +0000', '500', 'Ann Lee', 'Pot'],
      ['#3', 'bob@x.com', 'paid', '2026-11-01 10:00:00 +0000', '20', 'Bob Ray', 'Tea'],
    ];
    const table = insights(rows, '2026-11-28');
    expect([...table.keys()].sort()).toEqual(['Ann Lee (ann2@x.com)', 'Ann Lee (ann@x.com)', 'Bob Ray']);
    const asked = call(
      'LIFECYCLE_STAGE',
      [['Ann Lee'], ['Ann Lee (ann2@x.com)']],
      rows,
      day('2026-11-28'),
      'en',
    );
    expect(asked).toEqual([
      ['Ann Lee is the name of 2 customers: ann@x.com, ann2@x.com; ask by one of those'],
      [table.get('Ann Lee (ann2@x.com)')!['Lifecycle stage']],
    ]);
  });
});

describe('a purchase returned in full the next day is no purchase day (trial 29, through the bundle)', () => {
  beforeAll(() => load('Europe/Berlin', 'de_DE'));

  it('Schmidt: 45,90 € on 10 Feb, (45,90 €) on 11 Feb, 12 € on 1 Oct bought once, 12 €', () => {
    const rows: unknown[][] = [
      ['Kunde', 'Datum', 'Betrag', 'Notiz'],
      ['Müller', '05.01.2026', '1.234,50 €', ''],
      ['Müller', '02.03.2026', '80,00 €', ''],
      ['Schmidt', '10.02.2026', '45,90 €', ''],
      ['Schmidt', '11.02.2026', '(45,90 €)', 'Rückgabe'],
      ['Schmidt', '01.10.2026', '12,00 €', ''],
      ['Weber', '3.11.2026', '2.000 €', ''],
    ];
    const schmidt = insights(rows, '2026-11-28').get('Schmidt')!;
    expect(schmidt).toMatchObject({ 'Purchase days': 1, 'Total spent': 12, 'Average purchase': 12 });
    expect(String(schmidt.Why)).toMatch(/^Bought once, 58 days ago/);
  });
});
