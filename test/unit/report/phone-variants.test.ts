// Trial 24: a café keyed by phone counted one person as three customers ("07700 900123", 7700900123
// as a number cell, "+44 7700 900123") and "+86 138 0013 8000" beside "13800138000", without a word.
// Data issues now names such numbers; they are never merged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { LogContact } from '../../../src/core/input/purchase';
import { readPurchases } from '../../../src/core/input/read-purchases';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { nationalNumber, phoneVariantRows } from '../../../src/core/report/phone-variants';
import { dayFromCivil } from '../../../src/core/time/civil';

const asOfDay = dayFromCivil(2026, 6, 30);
const read = (grid: CellValue[][]) => readPurchases(grid, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay });

const CAFE: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['07700 900123', '2026-03-02', 3.2],
  [7700900123, '2026-03-09', 3.2],
  ['+44 7700 900123', '2026-03-16', 1],
  ['+86 138 0013 8000', '2026-02-01', 4.5],
  ['13800138000', '2026-02-15', 4.5],
  ['138-0013-8000', '2026-03-01', 1],
  ['0131 496 0000', '2026-01-10', 2.8],
  ['0207 946 0000', '2026-06-20', 2],
];

describe('nationalNumber', () => {
  it('drops the country code after +, then one trunk 0; leading zeros of a number without +', () => {
    expect(nationalNumber('07700 900123')).toBe('7700900123');
    expect(nationalNumber('7700900123')).toBe('7700900123');
    expect(nationalNumber('+44 7700 900123')).toBe('7700900123');
    expect(nationalNumber('+44 (0)7700 900123')).toBe('7700900123');
    expect(nationalNumber('+86 138 0013 8000')).toBe('13800138000');
    expect(nationalNumber('+1 (415) 555-0101')).toBe('4155550101');
    expect(nationalNumber('+886 912 345 678')).toBe('912345678');
    expect(nationalNumber('+353 87 123 4567')).toBe('871234567');
    expect(nationalNumber('C225330')).toBe('');
    expect(nationalNumber('12345')).toBe('');
  });

  it('property: a national number written with its code, a trunk 0 or neither is one number', () => {
    const codes = ['1', '7', '44', '86', '33', '49', '61', '81', '886', '852', '353', '971'];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.stringMatching(/^[1-9]\d{6,10}$/),
        (code, national) =>
          nationalNumber(`+${code} ${national}`) === national &&
          nationalNumber(`0${national}`) === national &&
          nationalNumber(national) === national,
      ),
    );
  });
});

describe('phoneVariantRows', () => {
  const t = ANALYZE_TEXTS.report;

  it('names each number written several ways, in en, zh-CN and zh-TW, merging nobody', () => {
    const log = read(CAFE);
    expect(log.purchases.keys).toHaveLength(8);
    expect(phoneVariantRows(log, 'Visits', 'en', t.en)).toEqual([
      [
        'Visits',
        2,
        'Phone',
        '07700 900123',
        '07700 900123, 7700900123, +44 7700 900123 may be one phone number written 3 ways — if they are one person, write it the same way in the customer column',
        'kept as separate customers',
      ],
      [
        'Visits',
        5,
        'Phone',
        '+86 138 0013 8000',
        '+86 138 0013 8000, 13800138000, 138-0013-8000 may be one phone number written 3 ways — if they are one person, write it the same way in the customer column',
        'kept as separate customers',
      ],
    ]);
    expect(phoneVariantRows(log, 'Visits', 'zh-CN', t['zh-CN']).map((r) => r[4])).toEqual([
      '07700 900123、7700900123、+44 7700 900123 可能是同一个电话号码的 3 种写法——如果是同一个人，请在客户列中写成一样',
      '+86 138 0013 8000、13800138000、138-0013-8000 可能是同一个电话号码的 3 种写法——如果是同一个人，请在客户列中写成一样',
    ]);
    expect(phoneVariantRows(log, 'Visits', 'zh-TW', t['zh-TW'])[0]![4]).toBe(
      '07700 900123、7700900123、+44 7700 900123 可能是同一個電話號碼的 3 種寫法——如果是同一個人，請在客戶欄中寫成一樣',
    );
  });

  it('a log keyed by name names the customers whose phones are one number', () => {
    const log = read([
      ['Customer', 'Date', 'Amount'],
      ['Bob', '2026-03-01', 10],
      ['Robert', '2026-03-02', 10],
    ]);
    const contact = (key: string, phone: string, row: number): [string, LogContact] => [
      key,
      { key, name: '', email: '', phone, consent: undefined, row },
    ];
    const contacts = new Map([contact('bob', '+1 415 555 0101', 2), contact('robert', '(415) 555-0101', 3)]);
    expect(phoneVariantRows({ ...log, contacts }, 'Orders', 'en', t.en).map((r) => r[4])).toEqual([
      '+1 415 555 0101, (415) 555-0101 may be one phone number written 2 ways, under Bob, Robert — if they are one person, write them the same way in the customer column',
    ]);
  });

  it('says nothing of numeric ids that differ in leading zeros, of one customer, or of the same digits', () => {
    const log = read([
      ['Customer', 'Date', 'Amount'],
      ['0012345678', '2026-03-01', 10],
      [12345678, '2026-03-02', 10],
      ['0131 496 0000', '2026-03-03', 10],
      ['0131 496 0000', '2026-03-04', 10],
      ['138-0013-8000', '2026-03-05', 10],
      ['138 0013 8000', '2026-03-06', 10],
    ]);
    expect(phoneVariantRows(log, 'Sales', 'en', t.en)).toEqual([]);
  });
});
