import { describe, expect, it } from 'vitest';
import { csvCellValue, detectDelimiter, parseCsv, readCsv } from '../../../scripts/preview/csv';

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, embedded delimiters and line breaks', () => {
    const text = 'name,note\r\n"Li, Wei","said ""hi""\nthen left"\r\nEmma,\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Li, Wei', 'said "hi"\nthen left'],
      ['Emma', ''],
    ]);
  });

  it('ignores a byte-order mark and keeps empty fields and rows', () => {
    expect(parseCsv('\uFEFFa,b\n,\n\nc,d')).toEqual([['a', 'b'], ['', ''], [''], ['c', 'd']]);
  });

  it('detects semicolons and tabs', () => {
    expect(detectDelimiter('客户;日期;金额\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(parseCsv('a;"b;c"\n1;2', ';')).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });
});

describe('csvCellValue: Sheets-like typing of the unambiguous cases', () => {
  it('types numbers, booleans and ISO dates', () => {
    expect(csvCellValue('12.5')).toBe(12.5);
    expect(csvCellValue('-3')).toBe(-3);
    expect(csvCellValue('TRUE')).toBe(true);
    expect(csvCellValue('false')).toBe(false);
    expect(csvCellValue('2025-03-05')).toEqual({ date: '2025-03-05' });
    expect(csvCellValue('  ')).toBeNull();
  });

  it('keeps messy cells as text, as the owner wrote them', () => {
    for (const text of [
      '¥1,234.50',
      '2025/3/5',
      '2025年3月5日',
      '5/3/2025',
      '(12.00)',
      '007',
      '2025-02-30',
    ]) {
      expect(csvCellValue(text)).toBe(text);
    }
  });

  it('reads a whole file', () => {
    expect(readCsv('Customer,Date,Amount\nEmma,2025-01-02,88\n')).toEqual([
      ['Customer', 'Date', 'Amount'],
      ['Emma', { date: '2025-01-02' }, 88],
    ]);
  });
});
