// Total rows as the readers find them: the word in the first column or a label column, in any case,
// in Chinese, or in full-width letters; a cell that only contains 'total' or 'sum' inside a name is
// no total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalWord, totalWordAt, totalWordColumns } from '../../../src/core/exports/row-kinds';
import { cleanText } from '../../../src/core/input/text';

/** The word test without row-kinds' shortcut: every cell cleaned, lower-cased and matched. */
function totalWordOfCell(v: string): string | undefined {
  const text = cleanText(v).toLowerCase();
  if (text === '') return undefined;
  const en = /^(sub ?total|grand total|total|totals|sum)\b|\btotals?:?$/;
  const zh = /合计|合計|小计|小計|总计|總計|汇总|匯總|累计|累計/;
  return zh.test(text) || en.test(text) ? cleanText(v) : undefined;
}

// Order id, email, date, amount, product.
const columns = { orderId: 0, email: 1, date: 2, amount: 3, product: 4 };

describe('total rows', () => {
  it('finds the total word, cleaned, in a label column, whatever its case or width', () => {
    const cases: [readonly (string | number)[], string | undefined][] = [
      [['Total', '', '', 120], 'Total'],
      [['', 'GRAND TOTAL', '', 120], 'GRAND TOTAL'],
      [['', '', ' Subtotal: ', 120], 'Subtotal:'],
      [['', '', '', 120, 'Sum'], 'Sum'],
      [['', '', '', 120, 'Order totals:'], 'Order totals:'],
      [['\u200bＴＯＴＡＬ', '', '', 120], 'TOTAL'],
      [['3月小计', '', '', 120], '3月小计'],
      [['', '合計', '', 120], '合計'],
      [['#1001', 'summer@example.com', '2024-03-05', 120, 'Totally Tea'], undefined],
      [['#1002', 'a@example.com', '2024-03-05', 120, 'Consumer kit'], undefined],
      // The amount column is no label column: a word there is not looked at.
      [['#1003', 'a@example.com', '2024-03-05', 'Total'], undefined],
    ];
    for (const [cells, word] of cases) {
      expect(totalWord(cells, columns), cells.join('|')).toBe(word);
      expect(totalWordAt(cells, totalWordColumns(columns)), cells.join('|')).toBe(word);
    }
  });

  it('finds the same word as cleaning and matching every cell would (property)', () => {
    const word = fc.constantFrom(
      'total',
      'Totals:',
      'SUM',
      'Sub Total',
      'grand total',
      '合计',
      '小計',
      'ＴＯＴＡＬ',
      'sumo',
    );
    const noise = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\u3000',
      '\u200b',
      '\u0001',
      'x',
      '#12',
      'order ',
      ' tea',
      ':',
      's',
      'l',
    );
    const cellArb = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(noise, word, noise).map(([a, w, b]) => a + w + b),
    );
    fc.assert(
      fc.property(cellArb, (v) => {
        expect(totalWord([v], {})).toBe(totalWordOfCell(v));
      }),
      { numRuns: 5000 },
    );
  });

  it('looks at the first column and each label column once', () => {
    expect(totalWordColumns({ orderId: 0, customer: 2, date: 2, product: 5 })).toEqual([0, 2, 5]);
  });
});
