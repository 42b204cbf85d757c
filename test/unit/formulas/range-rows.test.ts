// Trial 22: a custom function is given its range's values, not where the range starts. With the
// purchases in A4:C, sheet row 6 was named "row 3" as if it were the sheet's; and the formulas' own
// error text suggested Purchases!A2:D, whose row 1 is the sheet's row 2. The formulas now say the rows
// are the range's, and suggest a range whose rows are the sheet's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { rangeRows } from '../../../src/core/exports/exclusion-labels';
import * as formulas from '../../../src/core/formulas/formulas';

const env = (locale = 'en_US') => ({
  timeZone: 'Asia/Shanghai',
  locale,
  now: new Date('2026-06-30T04:00:00Z'),
});

// Sheet rows 1…: a title, a blank row, the header on row 3, purchases from row 4.
const SHEET: CellValue[][] = [
  ['My shop sales', '', ''],
  ['', '', ''],
  ['Customer', 'Date', 'Amount ($)'],
  ['Ann', '2026-01-10', 30],
  ['Ann', '2026-02-10', 30],
  ['Mr. Lee', '2026-03-01', 'free'],
  ['Bob', '#REF!', 100],
  ['Carol', '2026-05-02', 50],
];

describe('rows a formula names are its range’s rows, and it says so', () => {
  it('the range A4:C: sheet row 6 is the range’s row 3, in en, zh-CN and zh-TW', () => {
    const fromRow4 = SHEET.slice(3);
    expect(formulas.customerWhyFormula('Mr. Lee', fromRow4, undefined, 'en', env())).toBe(
      'Mr. Lee was not analysed; 1 row skipped (row 3 of the range): amount not readable (free)',
    );
    expect(formulas.customerWhyFormula('Mr. Lee', fromRow4, undefined, 'zh-CN', env('zh_CN'))).toBe(
      'Mr. Lee 未纳入分析；跳过了 1 行（所选范围的第 3 行）：金额无法识别（free）',
    );
    expect(formulas.customerWhyFormula('Bob', fromRow4, undefined, 'zh-TW', env('zh_TW'))).toBe(
      'Bob 未納入分析；略過了 1 列（所選範圍的第 4 列）：日期顯示錯誤（#REF!）',
    );
  });

  it('the range the error text suggests (whole columns, from row 1) names the sheet’s own rows', () => {
    expect(formulas.customerWhyFormula('Mr. Lee', SHEET, undefined, 'en', env())).toBe(
      'Mr. Lee was not analysed; 1 row skipped (row 6 of the range): amount not readable (free)',
    );
    expect(() => formulas.customerWhyFormula('Ann', [['Ann', 'x']], undefined, 'en', env())).toThrow(
      /e\.g\. Purchases!A:D\.$/,
    );
    for (const [locale, tail] of [
      ['zh_CN', '例如 Purchases!A:D。'],
      ['zh_TW', '例如 Purchases!A:D。'],
    ] as const) {
      expect(() =>
        formulas.customerWhyFormula('Ann', [['Ann', 'x']], undefined, undefined, env(locale)),
      ).toThrow(tail);
    }
  });

  it('the formulas’ help in Sheets suggests that range too', () => {
    const main = readFileSync(new URL('../../../src/gas/main.ts', import.meta.url), 'utf8');
    const params = main.match(/@param \{[^}]+\} purchases /g) ?? [];
    expect(params.length).toBeGreaterThan(10);
    // From the sheet's row 1 (A:D, or A1:Z with the header there): the range's rows are the sheet's.
    for (const param of params) expect(param).toMatch(/^@param \{\w+!A1?:[A-Z]\} purchases $/);
  });

  it('rangeRows: one row, several, more than five', () => {
    expect(rangeRows([3], 'en')).toBe('row 3 of the range');
    expect(rangeRows(['3', '5'], 'en')).toBe('rows 3, 5 of the range');
    expect(rangeRows([1, 2, 3, 4, 5, 6], 'en')).toBe('rows 1, 2, 3, 4, 5, … of the range');
    expect(rangeRows([3, 5], 'zh-CN')).toBe('所选范围的第 3、5 行');
    expect(rangeRows([3], 'zh-TW')).toBe('所選範圍的第 3 列');
  });
});
