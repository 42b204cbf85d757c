import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { insightHeaders } from '../../../src/core/i18n/labels';
import { parseColumnSetup } from '../../../src/core/mapping/column-setup';
import {
  closestPartialMatch,
  detectSetup,
  resolveSetup,
  type SheetHead,
} from '../../../src/core/mapping/detect';

const head = (name: string, ...rows: CellValue[][]): SheetHead => ({
  name,
  width: Math.max(0, ...rows.map((r) => r.length)),
  rows,
});

describe('detectSetup', () => {
  it('finds an English purchase log, customer sheet and feedback sheet by their headers', () => {
    const detected = detectSetup([
      head('Notes', ['Anything', 'else']),
      head('Feedback', ['Date', 'Customer', 'Type', 'Status', 'Note']),
      head('Clients', ['Client ID', 'Full name', 'E-mail', 'Opt-out', 'Satisfaction']),
      head('Orders', ['Order #', 'Client', 'Order date', 'Total', 'Product']),
    ]);
    expect(detected.purchases).toEqual({
      sheet: 'Orders',
      headerRow: 1,
      columns: { orderId: 0, customer: 1, date: 2, amount: 3, product: 4 },
    });
    expect(detected.customers).toEqual({
      sheet: 'Clients',
      headerRow: 1,
      columns: { key: 0, name: 1, email: 2, optOut: 3, satisfaction: 4 },
    });
    expect(detected.feedback).toEqual({
      sheet: 'Feedback',
      headerRow: 1,
      columns: { date: 0, customer: 1, type: 2, status: 3, note: 4 },
    });
  });

  it('finds Simplified and Traditional Chinese headers, below a title row', () => {
    const detected = detectSetup([
      head('销售', ['2026 年销售记录'], [], ['下单日期', '顾客', '实付金额', '商品名称']),
      head('會員', ['會員編號', '姓名', '電子郵件', '退訂', '滿意度', '推薦']),
      head('意見', ['日期', '客戶', '類型', '狀態', '內容']),
    ]);
    expect(detected.purchases).toEqual({
      sheet: '销售',
      headerRow: 3,
      columns: { date: 0, customer: 1, amount: 2, product: 3 },
    });
    expect(detected.customers?.sheet).toBe('會員');
    expect(detected.customers?.columns).toEqual({
      key: 0,
      name: 1,
      email: 2,
      optOut: 3,
      satisfaction: 4,
      recommend: 5,
    });
    expect(detected.feedback?.sheet).toBe('意見');
  });

  it('does not take a feedback sheet for the customer list because it has a customer column', () => {
    const detected = detectSetup([
      head('Purchases', ['Customer', 'Date', 'Amount']),
      head('Complaints', ['Customer', 'Type', 'Status', 'Note']),
    ]);
    expect(detected.feedback?.sheet).toBe('Complaints');
    expect(detected.customers).toBeUndefined();
  });

  it('prefers the sheet whose name says purchases when two logs look alike', () => {
    const sheets = [
      head('Copy', ['Customer', 'Date', 'Amount']),
      head('Purchases', ['Customer', 'Date', 'Amount']),
    ];
    expect(detectSetup(sheets).purchases?.sheet).toBe('Purchases');
  });

  it('finds nothing without recognisable headers, and says which columns the closest sheet lacks', () => {
    const sheets = [head('Orders', ['Client', 'When', 'Notes']), head('Misc', ['a', 'b'])];
    expect(detectSetup(sheets)).toEqual({});
    expect(closestPartialMatch(sheets, 'purchases')).toEqual({
      sheet: 'Orders',
      headerRow: 1,
      found: ['customer'],
      missing: ['date', 'amount'],
    });
    expect(closestPartialMatch([head('Misc', ['a'])], 'purchases')).toBeUndefined();
  });
});

describe('resolveSetup', () => {
  const sheets = [
    head('Purchases', ['Customer', 'Date', 'Amount']),
    head('Log', ['Who', 'When', 'Paid', 'What']),
    head('People', ['Customer', 'Email']),
  ];

  it('uses detection where nothing is saved', () => {
    const resolved = resolveSetup(undefined, sheets);
    expect(resolved.purchases?.sheet).toBe('Purchases');
    expect(resolved.source).toEqual({ purchases: 'detected', customers: 'detected', feedback: 'none' });
    expect(resolved.asOf).toBeUndefined();
  });

  it('lets the owner’s saved choice win, keeps a kind they turned off, and never reuses their sheet', () => {
    const saved = parseColumnSetup({
      purchases: { sheet: 'Log', headerRow: 1, columns: { customer: 0, date: 1, amount: 2, product: 3 } },
      customers: { sheet: 'Purchases', headerRow: 1, columns: { key: 0 } },
      feedback: null,
      asOf: '2026-06-30',
    });
    const resolved = resolveSetup(saved, sheets);
    expect(resolved.purchases?.sheet).toBe('Log');
    expect(resolved.customers?.sheet).toBe('Purchases');
    expect(resolved.source).toEqual({ purchases: 'saved', customers: 'saved', feedback: 'off' });
    expect(resolved.asOf).toBe('2026-06-30');
    expect(resolved.notes).toEqual([]);
  });

  it('falls back to detection, with a note, when the saved sheet or column is gone', () => {
    const saved = parseColumnSetup({
      purchases: { sheet: 'Old log', headerRow: 1, columns: { customer: 0, date: 1, amount: 2 } },
      customers: { sheet: 'People', headerRow: 1, columns: { key: 0, email: 5 } },
    });
    const resolved = resolveSetup(saved, sheets);
    expect(resolved.purchases?.sheet).toBe('Purchases');
    expect(resolved.customers?.columns).toEqual({ key: 0, email: 1 });
    expect(resolved.notes).toEqual([
      { kind: 'purchases', problem: 'sheetMissing', sheet: 'Old log' },
      { kind: 'customers', problem: 'columnOutside', sheet: 'People' },
    ]);
  });
});

describe('detectSetup and formula output', () => {
  it('a sheet holding a CUSTOMER_INSIGHTS table is not taken for the customer sheet', () => {
    const detected = detectSetup([
      { name: 'Orders', width: 3, rows: [['Customer', 'Date', 'Amount']] },
      {
        name: 'Insights (preview)',
        width: 19,
        rows: [insightHeaders('en', 90, 365).slice(0, 5)],
      },
      { name: '洞察', width: 19, rows: [insightHeaders('zh-CN', 90, 365).slice(0, 4)] },
    ]);
    expect(detected.purchases?.sheet).toBe('Orders');
    expect(detected.customers).toBeUndefined();
  });
});

describe('detectSetup never takes formula output or data rows for a header (new-owner trial)', () => {
  const orders = { name: 'Orders', width: 3, rows: [['Customer', 'Date', 'Amount']] };
  it.each(['en', 'zh-CN', 'zh-TW'] as const)(
    'a CUSTOMER_INSIGHTS header (%s) in any row read rules the sheet out for every kind',
    (language) => {
      const header = insightHeaders(language, 90, 365);
      const rows: CellValue[][] = [
        ['Regulars'],
        header,
        ['Kim', new Date(2024, 0, 1), new Date(2024, 5, 1), 3, 120],
        // A data row whose texts happen to read like a customer sheet's header.
        ['Name', 'Email', 'Key', 'Customer', 'Date', 'Amount', 'Feedback', 'Type'],
      ];
      const detected = detectSetup([orders, { name: 'Insights (preview)', width: header.length, rows }]);
      expect(detected.purchases?.sheet).toBe('Orders');
      expect(detected.customers).toBeUndefined();
      expect(detected.feedback).toBeUndefined();
    },
  );

  it('a row holding numbers or dates is data, not a header row', () => {
    const detected = detectSetup([
      orders,
      head('People', ['Kim', 'kim@example.com', 3, new Date(2024, 0, 1)], ['Name', 'Email', 5]),
    ]);
    expect(detected.customers).toBeUndefined();
    expect(
      closestPartialMatch([head('Log', ['Customer', new Date(2024, 0, 1), 12])], 'purchases'),
    ).toBeUndefined();
  });
});

describe('detectSetup and a log kept in monthly tabs (trial 25)', () => {
  const SALES = ['Order ID', 'Customer', 'Date', 'Amount'];
  it("never takes the log's own second tab for the customer sheet", () => {
    const detected = detectSetup([
      head('Sales Jan', SALES, ['1', 'Ann', '1/13/2023', 10]),
      head('Sales Feb', SALES, ['3', 'Ann', '14/2/2023', 10]),
    ]);
    expect(detected.purchases?.sheet).toBe('Sales Jan');
    expect(detected.customers).toBeUndefined();
    // A customer sheet beside the tabs is still found.
    const beside = detectSetup([
      head('Sales Jan', SALES, ['1', 'Ann', '1/13/2023', 10]),
      head('Sales Feb', SALES, ['3', 'Ann', '14/2/2023', 10]),
      head('Clients', ['Customer', 'Email']),
    ]);
    expect(beside.customers?.sheet).toBe('Clients');
  });
});
