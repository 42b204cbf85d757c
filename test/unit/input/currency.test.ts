import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/core/i18n/format-number';
import { currencyOfCells, currencyOfFormat, currencyOfFormats } from '../../../src/core/input/currency';
import { columnPatterns } from '../../../src/core/report/sheet-formats';

describe('the sheet currency', () => {
  it('reads the symbol and its side from Sheets number formats', () => {
    expect(currencyOfFormat('¥#,##0.00')).toEqual({ symbol: '¥', after: false });
    expect(currencyOfFormat('[$NT$]#,##0')).toEqual({ symbol: 'NT$', after: false });
    expect(currencyOfFormat('#,##0.00 [$€-407]')).toEqual({ symbol: '€', after: true });
    expect(currencyOfFormat('"$"#,##0.00;("$"#,##0.00)')).toEqual({ symbol: '$', after: false });
    expect(currencyOfFormat('#,##0.00')).toBeUndefined();
    expect(currencyOfFormat('0%')).toBeUndefined();
    expect(currencyOfFormat('yyyy-mm-dd')).toBeUndefined();
    expect(currencyOfFormats(['0.00', '¥#,##0.00', '¥#,##0.00', '$#,##0'])).toEqual({
      symbol: '¥',
      after: false,
    });
  });

  it('reads the marks typed in text amounts, the most common one winning when it marks at least half the amounts; numbers carry none', () => {
    expect(currencyOfCells([12, '¥436.00', '¥ 1,280.00', '¥9', 'NT$ 500', 30])).toEqual({
      symbol: '¥',
      after: false,
    });
    expect(currencyOfCells(['1.234,50 €', '(12,00 €)'])).toEqual({ symbol: '€', after: true });
    expect(currencyOfCells(['nt$ 500'])).toEqual({ symbol: 'NT$', after: false });
    expect(currencyOfCells([12, 30.5, 'Amount', ''])).toBeUndefined();
    // Three € cells in a ledger of plain numbers (a new-owner trial's café, shown in euros).
    expect(currencyOfCells([12, 9.5, 14, 8, 21, '€14', '€18', '€19', 30, 11])).toBeUndefined();
  });

  it('writes money with the currency in sentences, and as a Sheets pattern for cells', () => {
    expect(formatMoney(1234.5, { symbol: '¥', after: false })).toBe('¥1,234.50');
    expect(formatMoney(-12, { symbol: 'NT$', after: false })).toBe('-NT$12.00');
    expect(formatMoney(12, { symbol: '€', after: true })).toBe('12.00 €');
    expect(formatMoney(12)).toBe('12.00');
    expect(columnPatterns({ symbol: '¥', after: false }, 'MDY')).toMatchObject({
      money: '[$¥]#,##0.00',
      date: 'm/d/yyyy',
    });
    expect(columnPatterns({ symbol: '€', after: true }, 'DMY')).toMatchObject({
      money: '#,##0.00 [$€]',
      date: 'dd/mm/yyyy',
    });
    expect(columnPatterns(undefined, 'YMD')).toMatchObject({ money: '#,##0.00', date: 'yyyy/m/d' });
  });
});
