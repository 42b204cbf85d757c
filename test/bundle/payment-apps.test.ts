// Payment apps through the built dist/Code.js (trial 29): a Venmo statement pasted as downloaded and
// analysed with Analyze (its owner never a customer, what was left out in Data issues with why), and
// PayPal's disputes and PayPal.me payments through CUSTOMER_INSIGHTS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/preview/csv';
import { createGasFake } from '../support/gas-fake';
import { codeText, contextDate, distHtmlFiles, loadBundle } from '../support/load-bundle';
import { projectManifest } from '../support/manifest';

type Fn = (...args: unknown[]) => unknown;

describe('a Venmo statement through Analyze', () => {
  it('customers are the payers, the owner and her supplier are not; paid out said in Data issues', () => {
    const fake = createGasFake({
      locale: 'en_US',
      timeZone: 'America/Los_Angeles',
      htmlFiles: distHtmlFiles(),
      manifest: projectManifest(),
    });
    const context = fake.vmContext();
    vm.runInContext(codeText(), context, { filename: 'Code.js' });
    const csv = readFileSync(join(__dirname, '../fixtures/exports/venmo/venmo_statement.csv'), 'utf8');
    fake.spreadsheet.addSheet(
      'Venmo',
      readCsv(csv).map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : c))),
    );
    fake.properties.api
      .getDocumentProperties()
      .setProperty('regulars.columnSetup', JSON.stringify({ asOf: '2026-11-28' }));
    (context as Record<string, Fn>).analyzeCustomers!();
    const names = fake.spreadsheet.sheetNames();
    const issues = fake.values(names.find((n) => /Data issues/.test(n))!);
    const said = (row: number) => issues.filter((r) => r[1] === row).map((r) => String(r[4]));
    expect(said(6)).toEqual(["Money you paid out ('Payment'), not a payment from a customer"]);
    expect(said(9)[0]).toMatch(/^Not a sale \('Standard Transfer'\)/);
    // What Analyze wrote, the statement itself aside.
    const everything = names.filter((n) => n !== 'Venmo').flatMap((n) => fake.values(n).flat().map(String));
    expect(everything).toContain('Ana Cruz');
    expect(everything).toContain('Ben Ortiz');
    expect(everything.some((c) => /Maya Lin|Gold Mill Supply|Corner Cafe/.test(c))).toBe(false);
  });
});

describe('PayPal disputes through CUSTOMER_INSIGHTS', () => {
  it('a chargeback takes the payment off; an incoming General Payment counts, an outgoing one does not', () => {
    const context = loadBundle({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({
          getSpreadsheetTimeZone: () => 'America/Los_Angeles',
          getSpreadsheetLocale: () => 'en_US',
        }),
      },
    });
    const CtxDate = contextDate(context);
    const H = ['Date', 'Time', 'TimeZone', 'Name', 'Type', 'Status', 'Currency', 'Gross', 'Fee', 'Net'];
    const more = [
      'From Email Address',
      'To Email Address',
      'Transaction ID',
      'Reference Txn ID',
      'Balance Impact',
    ];
    const r = (
      date: string,
      name: string,
      type: string,
      gross: string,
      from: string,
      to: string,
      id: string,
      ref = '',
    ) => [
      date,
      '09:12:01',
      'PDT',
      name,
      type,
      'Completed',
      'USD',
      gross,
      '0.00',
      gross,
      from,
      to,
      id,
      ref,
      gross.startsWith('-') ? 'Debit' : 'Credit',
    ];
    const shop = 'shop@example.com';
    const grid = [
      [...H, ...more],
      r('10/5/2026', 'Rosa Diaz', 'General Payment', '50.00', 'rosa@example.com', shop, '1A'),
      r('10/10/2026', 'Ivy Supplies', 'General Payment', '-200.00', shop, 'ivy@example.com', '3A'),
      r('10/13/2026', 'Oli Qu', 'Website Payment', '60.00', 'oli@example.com', shop, '6A'),
      r('10/20/2026', 'Oli Qu', 'Chargeback', '-60.00', '', '', '7A', '6A'),
      r('10/15/2026', 'Rosa Diaz', 'eBay Auction Payment', '20.00', 'rosa@example.com', shop, '9A'),
    ];
    const table = (context.CUSTOMER_INSIGHTS as Fn)(
      grid,
      new CtxDate('2026-11-28T08:00:00Z'),
      'en',
    ) as unknown[][];
    const [header, ...rows] = table;
    const spent = header!.indexOf('Total spent');
    // Before: Oli Qu 60 (the chargeback not taken off), Rosa Diaz 20 (the PayPal.me payment left out).
    expect(rows.map((x) => [x[0], x[spent]])).toEqual([['Rosa Diaz', 70]]);
  });
});
