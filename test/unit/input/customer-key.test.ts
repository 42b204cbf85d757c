import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { customerLabelOf, normalizeCustomerKey } from '../../../src/core/input/customer-key';

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
    // Chinese names are written without spaces: a stray one (or a full-width one) is not a new customer.
    ['林 秀英', '林秀英'],
    ['林　秀英', '林秀英'],
    [' 欧阳  修 ', '欧阳修'],
    ['ABC 公司', 'abc 公司'],
    ['Lin 秀英', 'lin 秀英'],
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

  it('makes the number 4 and the text "4" one customer, and "00004" another', () => {
    expect(normalizeCustomerKey(4)).toBe(normalizeCustomerKey('4'));
    expect(normalizeCustomerKey('00004')).not.toBe(normalizeCustomerKey(4));
  });
});

describe('customerLabelOf', () => {
  it('keeps the spelling, trimmed', () => {
    expect(customerLabelOf('  Alice Smith ')).toBe('Alice Smith');
    // Shown as the key reads it: a double space typed by mistake is not shown.
    expect(customerLabelOf(' Frank  Ng\t')).toBe('Frank Ng');
    expect(customerLabelOf('Frank \u00a0 Ng')).toBe('Frank Ng');
    expect(customerLabelOf(4)).toBe('4');
  });
});

describe('customer keys and labels of any text', () => {
  it('do not depend on spaces around the cell, and a key has no case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const key = normalizeCustomerKey(text);
        expect(normalizeCustomerKey(` ${text}\t`)).toBe(key);
        expect(key).toBe(key.toLowerCase());
        if (text.trim() !== '') expect(customerLabelOf(`  ${text} `)).toBe(customerLabelOf(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('of an id or an email (printable ASCII, no space) are the cell itself, lower-cased for the key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{1,20}$/), (text) => {
        expect(normalizeCustomerKey(text)).toBe(text.toLowerCase());
        expect(customerLabelOf(text)).toBe(text);
      }),
    );
  });
});
