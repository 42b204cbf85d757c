import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import {
  detectColumns,
  fieldOfHeader,
  findHeaderRow,
  HEADER_ALIASES,
  isHeaderRow,
  normalizeHeader,
  REQUIRED_FIELDS,
  SHEET_FIELDS,
  type SheetKind,
} from '../../../src/core/input/headers';

const KINDS: SheetKind[] = ['purchases', 'customers', 'feedback'];

describe('alias tables', () => {
  it('list every field of every kind, and only those', () => {
    for (const kind of KINDS) {
      expect(Object.keys(HEADER_ALIASES[kind]).sort()).toEqual([...SHEET_FIELDS[kind]].sort());
      for (const field of REQUIRED_FIELDS[kind]) expect(SHEET_FIELDS[kind]).toContain(field);
    }
  });

  it('never give one normalised alias to two fields of a kind', () => {
    for (const kind of KINDS) {
      const owner = new Map<string, string>();
      for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind]) as [string, readonly string[]][]) {
        for (const alias of aliases) {
          const key = normalizeHeader(alias);
          expect(key, `${kind}: '${alias}'`).not.toBe('');
          const previous = owner.get(key);
          if (previous !== undefined && previous !== field) {
            throw new Error(`${kind}: '${alias}' is an alias of both ${previous} and ${field}`);
          }
          owner.set(key, field);
        }
      }
    }
  });

  // One test per alias and kind: each is recognised alone, and in a row among other headers.
  for (const kind of KINDS) {
    for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind]) as [string, readonly string[]][]) {
      it.each(aliases)(`${kind}.${field}: %s`, (alias) => {
        expect(fieldOfHeader(alias, kind)).toBe(field);
        expect(fieldOfHeader(` ${alias.toUpperCase()}：`, kind)).toBe(field);
        const mapping = detectColumns(['', 'zzz unrelated', alias], kind).mapping as Record<string, number>;
        expect(mapping[field]).toBe(2);
      });
    }
  }
});

describe('the examples of SPEC §2', () => {
  it.each([
    ['客户', 'customer'],
    ['客戶', 'customer'],
    ['顾客', 'customer'],
    ['顧客', 'customer'],
    ['customer', 'customer'],
    ['client', 'customer'],
    ['日期', 'date'],
    ['date', 'date'],
    ['order date', 'date'],
    ['下单日期', 'date'],
    ['下單日期', 'date'],
    ['金额', 'amount'],
    ['金額', 'amount'],
    ['amount', 'amount'],
    ['total', 'amount'],
    ['sales', 'amount'],
    ['实付', 'amount'],
    ['實付', 'amount'],
    ['产品', 'product'],
    ['產品', 'product'],
    ['数量', 'quantity'],
    ['qty', 'quantity'],
    ['订单号', 'orderId'],
    ['訂單號', 'orderId'],
  ])('purchases: %s → %s', (header, field) => {
    expect(fieldOfHeader(header, 'purchases')).toBe(field);
  });

  it.each([
    ['邮箱', 'email'],
    ['郵箱', 'email'],
    ['电子邮件', 'email'],
    ['電子郵件', 'email'],
    ['email', 'email'],
    ['E-mail', 'email'],
    ['退订', 'optOut'],
    ['退訂', 'optOut'],
    ['opt-out', 'optOut'],
    ['Opt Out', 'optOut'],
    ['unsubscribed', 'optOut'],
    ['满意度', 'satisfaction'],
    ['滿意度', 'satisfaction'],
    ['推荐', 'recommend'],
    ['NPS', 'recommend'],
    ['备注', 'notes'],
  ])('customers: %s → %s', (header, field) => {
    expect(fieldOfHeader(header, 'customers')).toBe(field);
  });

  it.each([
    ['类型', 'type'],
    ['類型', 'type'],
    ['Type', 'type'],
    ['状态', 'status'],
    ['狀態', 'status'],
    ['Status', 'status'],
    ['日期', 'date'],
    ['客户', 'customer'],
    ['备注', 'note'],
  ])('feedback: %s → %s', (header, field) => {
    expect(fieldOfHeader(header, 'feedback')).toBe(field);
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['Customer_ID', 'customerid'],
    [' Order  Date ', 'orderdate'],
    ['ORDER-DATE:', 'orderdate'],
    ['客户：', '客户'],
    ['　顾客　', '顾客'],
    ['金额（元）', '金额'],
    ['Amount (USD)', 'amount'],
    ['Amount $', 'amount'],
    ['【日期】', '日期'],
    ['Order #', 'orderno'],
    ['Order No.', 'orderno'],
    ['ＥＭＡＩＬ', 'email'],
    ['(notes)', 'notes'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeHeader(text)).toBe(normalized);
  });

  it('matches exactly after normalising: no partial matches', () => {
    expect(fieldOfHeader('Customer email address book', 'purchases')).toBeUndefined();
    expect(fieldOfHeader('dates', 'purchases')).toBeUndefined();
    expect(fieldOfHeader(42 as unknown as string, 'purchases')).toBeUndefined();
  });
});

describe('detectColumns', () => {
  it("maps a donor ledger's header (Donor, Gift date, Amount), which Analyze refused while the formulas read it by position", () => {
    const detection = detectColumns(['Donor', 'Gift date', 'Amount'], 'purchases');
    expect(detection.mapping).toMatchObject({ customer: 0, date: 1, amount: 2 });
    expect(detection.missing).toEqual([]);
  });

  it('maps a Chinese purchase header and reports nothing missing', () => {
    const detection = detectColumns(['订单号', '下单日期', '顾客', '商品', '数量', '实付金额'], 'purchases');
    expect(detection.mapping).toEqual({
      orderId: 0,
      date: 1,
      customer: 2,
      product: 3,
      quantity: 4,
      amount: 5,
    });
    expect(detection.missing).toEqual([]);
  });

  it('prefers the better alias, then the leftmost column', () => {
    expect(detectColumns(['Customer', 'Date', 'Price', 'Qty', 'Total'], 'purchases').mapping.amount).toBe(4);
    expect(
      detectColumns(['Customer name', 'Customer ID', 'Date', 'Amount'], 'purchases').mapping.customer,
    ).toBe(1);
    expect(detectColumns(['Date', 'Customer', 'Amount', 'amount'], 'purchases').mapping.amount).toBe(2);
  });

  it('lists only the required fields that are missing', () => {
    expect(detectColumns(['客户', '日期'], 'purchases').missing).toEqual(['amount']);
    expect(detectColumns([], 'purchases').missing).toEqual(['customer', 'date', 'amount']);
    expect(detectColumns(['Customer', 'Status'], 'feedback').missing).toEqual(['type']);
    expect(detectColumns([42, new Date(0), true] as CellValue[], 'purchases').missing).toHaveLength(3);
  });

  it('uses the name, then the email column as the key of a customer sheet without one', () => {
    expect(detectColumns(['Name', 'Email', 'Phone'], 'customers').mapping).toEqual({
      key: 0,
      name: 0,
      email: 1,
      phone: 2,
    });
    expect(detectColumns(['電話', '電子郵件'], 'customers').mapping.key).toBe(1);
    expect(detectColumns(['客户编号', '姓名', '邮箱'], 'customers').mapping).toMatchObject({
      key: 0,
      name: 1,
    });
    expect(detectColumns(['Phone'], 'customers').missing).toEqual(['key']);
  });

  it('reads a Traditional Chinese customer sheet', () => {
    const { mapping, missing } = detectColumns(
      ['客戶', '姓名', '郵箱', '電話', '退訂', '滿意度', '推薦意願', '備註'],
      'customers',
    );
    expect(missing).toEqual([]);
    expect(mapping).toEqual({
      key: 0,
      name: 1,
      email: 2,
      phone: 3,
      optOut: 4,
      satisfaction: 5,
      recommend: 6,
      notes: 7,
    });
  });
});

describe('findHeaderRow / isHeaderRow', () => {
  const grid: CellValue[][] = [
    ['Sales 2024', '', ''],
    ['', '', ''],
    ['Customer', 'Order date', 'Amount'],
    ['Alice', new Date(0), 12],
  ];

  it('finds the first row naming every required field', () => {
    expect(findHeaderRow(grid, 'purchases')).toEqual({
      rowIndex: 2,
      mapping: { customer: 0, date: 1, amount: 2 },
    });
    expect(findHeaderRow(grid, 'purchases', 2)).toBeUndefined();
    expect(findHeaderRow(grid.slice(3), 'purchases')).toBeUndefined();
    expect(findHeaderRow([], 'customers')).toBeUndefined();
  });

  it('recognises header rows, not data rows', () => {
    expect(isHeaderRow(['Customer', 'Date', 'Amount'], 'purchases')).toBe(true);
    expect(isHeaderRow(['顧客', '交易日期', '金額', '備註'], 'purchases')).toBe(true);
    expect(isHeaderRow(['Alice', new Date(0), 12], 'purchases')).toBe(false);
    expect(isHeaderRow(['Customer', 'Date'], 'purchases')).toBe(false);
    expect(isHeaderRow(['日期', '客户', '类型', '状态', '备注'], 'feedback')).toBe(true);
  });
});
