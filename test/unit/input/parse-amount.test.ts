import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { type AmountProblem, parseAmountCell } from '../../../src/core/input/parse-amount';

const amount = (value: CellValue) => {
  const result = parseAmountCell(value);
  return result.ok ? result.amount : result.reason;
};

describe('number cells', () => {
  it('are taken as they are', () => {
    expect(amount(12)).toBe(12);
    expect(amount(-3.5)).toBe(-3.5);
    expect(amount(0)).toBe(0);
    expect(Object.is(amount(-0), 0)).toBe(true);
    expect(amount(1e15)).toBe(1e15);
  });

  it('reject NaN, infinities and absurd sizes', () => {
    expect(amount(Number.NaN)).toBe('unreadable');
    expect(amount(Number.POSITIVE_INFINITY)).toBe('out_of_range');
    expect(amount(Number.NEGATIVE_INFINITY)).toBe('out_of_range');
    expect(amount(1.5e15)).toBe('out_of_range');
    expect(amount(-1e300)).toBe('out_of_range');
  });
});

describe('text amounts', () => {
  it.each([
    ['12', 12],
    ['-12', -12],
    ['+12', 12],
    ['12.5', 12.5],
    [' 12.50 ', 12.5],
    ['¥1,234.50', 1234.5],
    ['￥1234', 1234],
    ['¥ 1,234', 1234],
    ['NT$ 500', 500],
    ['NT$500', 500],
    ['$12', 12],
    ['US$ 12', 12],
    ['HK$100', 100],
    ['1.234,50 €', 1234.5],
    ['€12,50', 12.5],
    ['£7.99', 7.99],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234,50 €', 1234.5],
    ['12,5', 12.5],
    ['0,99', 0.99],
    ['1234,50', 1234.5],
    ['(12.00)', -12],
    ['（12.00）', -12],
    ['($12.00)', -12],
    ['$(12.00)', -12],
    ['-$12', -12],
    ['$-12', -12],
    ['- 12', -12],
    ['\u221212', -12],
    ['－12', -12],
    ['12-', -12],
    ['12.00-', -12],
    ['RMB 30', 30],
    ['rmb30', 30],
    ['CNY 30', 30],
    ['30元', 30],
    ['30 元', 30],
    ['30块', 30],
    ['1,000円', 1000],
    ['人民币 1,000.00', 1000],
    ['1,000.00 新台幣', 1000],
    ['12 USD', 12],
    ['$ 1,234.50 USD', 1234.5],
    ['１２３', 123],
    ['１，２３４．５０', 1234.5],
    ['1,234', 1234],
    ['1,234,567', 1_234_567],
    ['1,234,567.89', 1_234_567.89],
    ['1.234', 1.234],
    ['1.234.567', 1_234_567],
    ['1.234.567,89', 1_234_567.89],
    ["1'234.50", 1234.5],
    ['1,23,456', 123_456],
    ['1,23,456.50', 123_456.5],
    ['.5', 0.5],
    ['12.', 12],
    ['1e3', 1000],
    ['0', 0],
    ['-0', 0],
  ] as const)('%s → %s', (text, expected) => {
    expect(amount(text)).toBe(expected);
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['\u3000', 'blank'],
    ['abc', 'unreadable'],
    ['USD', 'unreadable'],
    ['$', 'unreadable'],
    ['-', 'unreadable'],
    ['()', 'unreadable'],
    ['--12', 'unreadable'],
    ['-(12)', 'unreadable'],
    ['(12)-', 'unreadable'],
    ['12-3', 'unreadable'],
    ['1,2345', 'unreadable'],
    ['1,234,5', 'unreadable'],
    ['12,34,5', 'unreadable'],
    ['1.5,3', 'unreadable'],
    ['1 234.567,8', 'unreadable'],
    ['12 34', 'unreadable'],
    ['一百', 'unreadable'],
    ['12 apples', 'unreadable'],
    ['Infinity', 'unreadable'],
    ['NaN', 'unreadable'],
    ['12%', 'percentage'],
    ['１２％', 'percentage'],
    ['-5%', 'percentage'],
    ['#REF!', 'formula_error'],
    ['#N/A', 'formula_error'],
    ['#DIV/0!', 'formula_error'],
    ['1e400', 'out_of_range'],
    ['9,999,999,999,999,999', 'out_of_range'],
  ] as [string, AmountProblem][])('%j → %s', (text, problem) => {
    expect(amount(text)).toBe(problem);
  });
});

describe('other cells', () => {
  it('rejects booleans and dates', () => {
    expect(amount(true)).toBe('unreadable');
    expect(amount(false)).toBe('unreadable');
    expect(amount(new Date(0))).toBe('unreadable');
  });

  it('treats null and undefined (ragged rows) as blank', () => {
    expect(amount(undefined as unknown as CellValue)).toBe('blank');
    expect(amount(null as unknown as CellValue)).toBe('blank');
  });
});
