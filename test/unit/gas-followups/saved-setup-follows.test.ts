// An owner saves the column setup, then inserts a column in the middle of the customer sheet and of
// the purchase log (new-owner trial: the saved setup kept its column numbers, so "Opt-out" was read
// from a blank Birthday column and a customer who had opted out was written to, and a Qty column was
// read as the amounts). The saved setup follows its columns by their headers.
import { describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { confirmAll, createHarness } from './harness';

const SURVEY_KEY = { audience: { kind: 'tier', tier: 'key' }, templateId: 'survey', language: 'en' };

describe('a saved column setup follows columns the owner inserts', () => {
  it('a column inserted before Opt-out: the opted-out customer is still skipped, and never emailed', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const view = main.getColumnSetup(null);
    main.saveColumnSetup({ purchases: view.purchases, customers: view.customers, feedback: view.feedback });
    const before = h.preview(SURVEY_KEY);
    const someone = before.recipients[0]!;
    h.setCustomerCell(someone.label, 'Opt-out', 'yes');
    const customers = h.fake.spreadsheet.sheet('Customers').api;
    customers.insertColumnBefore(3);
    customers.getRange(1, 3).setValue('Birthday');
    const after = h.preview(SURVEY_KEY);
    expect(after.recipients.map((r) => r.key)).not.toContain(someone.key);
    expect(after.skipped.find((s) => s.key === someone.key)?.reason).toBe('optedOut');
    h.send(confirmAll(after));
    expect(h.fake.outbox.sent().map((m) => m.to)).not.toContain(someone.email);
    expect(main.getColumnSetup(null).notes).toEqual([
      { kind: 'customers', problem: 'columnsMoved', sheet: 'Customers' },
    ]);
    expect(main.getColumnSetup(null).customers?.columns.optOut).toBe(3);
  });

  it('a Qty column inserted before Amount: Analyze still reads the amounts, not the quantities', () => {
    const h = createHarness();
    const view = main.getColumnSetup(null);
    main.saveColumnSetup({ purchases: view.purchases, customers: view.customers, feedback: view.feedback });
    main.analyzeCustomers();
    const revenue = () => {
      const [header, ...rows] = h.fake.values('Insights');
      const spent = header!.indexOf('Total spent');
      return rows.reduce((sum, r) => sum + Number(r[spent]), 0);
    };
    const total = revenue();
    const purchases = h.fake.spreadsheet.sheet('Purchases').api;
    purchases.insertColumnBefore(3);
    purchases.getRange(1, 3).setValue('Qty');
    for (let r = 2; r <= purchases.getLastRow(); r++) purchases.getRange(r, 3).setValue(1 + (r % 2));
    main.analyzeCustomers();
    expect(revenue()).toBeCloseTo(total, 6);
  });

  it('Opt-out replaced where it stood (a blank Notes column, the opt-outs now under Unsubscribed): nothing is sent until the setup is saved again (trial)', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const view = main.getColumnSetup(null);
    main.saveColumnSetup({ purchases: view.purchases, customers: view.customers, feedback: view.feedback });
    const someone = h.preview(SURVEY_KEY).recipients[0]!;
    const customers = h.fake.spreadsheet.sheet('Customers').api;
    const width = customers.getLastColumn();
    customers.getRange(1, width + 1).setValue('Unsubscribed');
    h.setCustomerCell(someone.label, 'Unsubscribed', 'yes');
    customers.getRange(1, 3).setValue('Notes');
    customers.getRange(2, 3, customers.getLastRow() - 1, 1).clearContent();
    expect(() => h.preview(SURVEY_KEY)).toThrow(
      /its column “Opt-out” is not found \(renamed, replaced, deleted or written twice\)/,
    );
    expect(h.fake.outbox.sent()).toEqual([]);
    // Saved again, the opt-outs are read from Unsubscribed.
    const again = main.getColumnSetup(null);
    main.saveColumnSetup({
      purchases: again.purchases,
      customers: again.customers,
      feedback: again.feedback,
    });
    expect(h.preview(SURVEY_KEY).skipped.find((s) => s.key === someone.key)?.reason).toBe('optedOut');
  });

  it('a remembered header gone while columns moved: Analyze and follow-ups stop and say so until the setup is saved again', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const view = main.getColumnSetup(null);
    main.saveColumnSetup({ purchases: view.purchases, customers: view.customers, feedback: view.feedback });
    const customers = h.fake.spreadsheet.sheet('Customers').api;
    customers.insertColumnBefore(2);
    customers.getRange(1, 2).setValue('Birthday');
    customers.getRange(1, 4).setValue('Unsubscribed?');
    const resolved = main.getColumnSetup(null);
    expect(resolved.notes).toEqual([
      {
        kind: 'customers',
        problem: 'headerGone',
        sheet: 'Customers',
        header: 'Opt-out',
        headers: ['Opt-out'],
      },
    ]);
    expect(() => h.preview(SURVEY_KEY)).toThrow(
      /no longer matches “Customers”: its column “Opt-out” is not found/,
    );
    // Analyze alerts the same and opens Column setup (this harness has no sidebar page to open).
    expect(() => main.analyzeCustomers()).toThrow(/No HTML file named Sidebar/);
    expect(h.fake.ui.alerts.at(-1)?.prompt).toMatch(/Open Column setup, check the columns and save/);
    expect(h.fake.spreadsheet.getSheetByName('Insights')).toBeNull();
    // Saved again as it now is: both run.
    const again = main.getColumnSetup(null);
    main.saveColumnSetup({
      purchases: again.purchases,
      customers: again.customers,
      feedback: again.feedback,
    });
    expect(h.preview(SURVEY_KEY).recipients.length).toBeGreaterThan(0);
  });

  it('two headers gone on two sheets: Analyze and follow-ups name every one (review: only the first was named)', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const view = main.getColumnSetup(null);
    main.saveColumnSetup({ purchases: view.purchases, customers: view.customers, feedback: view.feedback });
    const customers = h.fake.spreadsheet.sheet('Customers').api;
    const header = h.fake.values('Customers')[0]!;
    customers.getRange(1, header.indexOf('Email') + 1).setValue('Mail');
    customers.getRange(1, header.indexOf('Opt-out') + 1).setValue('Marketing');
    h.fake.spreadsheet.sheet('Purchases').api.getRange(1, 3).setValue('Sales');
    const both =
      /“Purchases”: its column “Amount” is not found[\s\S]*“Customers”: its columns “Email”, “Opt-out” are not found/;
    expect(() => h.preview(SURVEY_KEY)).toThrow(both);
    expect(() => main.analyzeCustomers()).toThrow(/No HTML file named Sidebar/);
    expect(h.fake.ui.alerts.at(-1)?.prompt).toMatch(both);
    expect(main.getColumnSetup(null).notes).toContainEqual({
      kind: 'customers',
      problem: 'headerGone',
      sheet: 'Customers',
      header: 'Email',
      headers: ['Email', 'Opt-out'],
    });
  });

  it('the setup shown after a header is gone keeps the ignore rules, so saving it as told keeps them (review)', () => {
    const h = createHarness();
    const view = main.getColumnSetup(null);
    const productColumn = view.purchases!.columns.product!;
    main.saveColumnSetup({
      purchases: { ...view.purchases!, exclude: [{ column: productColumn, values: ['Matcha 30g'] }] },
      customers: view.customers,
      feedback: view.feedback,
    });
    h.fake.spreadsheet.sheet('Purchases').api.getRange(1, 3).setValue('Total (USD)');
    const shown = main.getColumnSetup(null);
    expect(shown.notes.map((n) => n.problem)).toEqual(['headerGone']);
    expect(shown.purchases?.exclude).toEqual([{ column: productColumn, values: ['Matcha 30g'] }]);
  });
});
