import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { customerLabelOf, normalizeCustomerKey } from '../../../src/core/input/customer-key';
import { cleanText } from '../../../src/core/input/text';

describe('normalizeCustomerKey', () => {
  it.each([
    [' Alice ', 'alice'],
    ['ALICE', 'alice'],
    ['Alice   Smith', 'alice smith'],
    ['Alice\u3000\tSmith', 'alice smith'],
    ['Bob@Example.COM', 'bob@example.com'],
    ['ＡＢＣ公司', 'abc公司'],
    ['\u200bcarol', 'carol'],
    ['王小明', '王小明'],
    ['00004', '00004'],
    [4, '4'],
    [4.5, '4.5'],
    [-0, '0'],
    ['', ''],
    ['   ', ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [true, ''],
    [new Date(0), ''],
  ] as [CellValue, string][])('%j → %j', (value, key) => {
    expect(normalizeCustomerKey(value)).toBe(key);
  });

  it('keys plain ASCII text by its case alone exactly as cleaning, trimming and joining spaces would', () => {
    // The general path, spelled out: the fast path for plain text must agree with it everywhere.
    const general = (text: string) => cleanText(text).replace(/\s+/g, ' ').toLowerCase();
    const char = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '  ',
      '\t',
      '\n',
      '@',
      '.',
      '\u00a0',
      'é',
      'Ａ',
      '\u200b',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(normalizeCustomerKey(text)).toBe(general(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the number 4 and the text "4" one customer, and "00004" another', () => {
    expect(normalizeCustomerKey(4)).toBe(normalizeCustomerKey('4'));
    expect(normalizeCustomerKey('00004')).not.toBe(normalizeCustomerKey(4));
  });
});

describe('customerLabelOf', () => {
  it('keeps the spelling, trimmed', () => {
    expect(customerLabelOf('  Alice Smith ')).toBe('Alice Smith');
    expect(customerLabelOf(4)).toBe('4');
  });
});
