import { describe, expect, it } from 'vitest';
import { currencyOfCode } from '../../../src/core/exports/currency-code';
import { formatMoney } from '../../../src/core/i18n/format-number';

describe('the currency an export names, as a sign', () => {
  it('maps ISO codes to the sign written at home', () => {
    expect(formatMoney(1234.5, currencyOfCode('USD'))).toBe('$1,234.50');
    expect(formatMoney(58, currencyOfCode('cny'))).toBe('¥58.00');
    expect(formatMoney(500, currencyOfCode(' TWD '))).toBe('NT$500.00');
    expect(formatMoney(12, currencyOfCode('EUR'))).toBe('€12.00');
    expect(formatMoney(-3, currencyOfCode('GBP'))).toBe('-£3.00');
  });
  it('writes out a code it does not know, after the number, never a guessed sign', () => {
    expect(formatMoney(1234.5, currencyOfCode('SEK'))).toBe('1,234.50 SEK');
  });
  it('keeps a mark from the amounts as it was typed, and says nothing without a currency', () => {
    expect(formatMoney(12, currencyOfCode('€'))).toBe('€12.00');
    expect(formatMoney(12, currencyOfCode('元'))).toBe('12.00 元');
    expect(currencyOfCode(undefined)).toBeUndefined();
    expect(currencyOfCode('  ')).toBeUndefined();
  });
});
