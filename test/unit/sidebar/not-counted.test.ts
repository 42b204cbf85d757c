// The card's note on rows not counted, in the three languages (helper brief r9).
import { describe, expect, it } from 'vitest';
import type { NotCountedGroup } from '../../../src/core/report/not-counted-rows';
import { notCountedLines } from '../../../src/sidebar/views/not-counted';

const GROUPS: NotCountedGroup[] = [
  { column: 'amount', problem: 'unreadable', rows: 7, named: ['12', '15', '18', '20', '22'] },
  { column: 'date', problem: 'after_as_of', rows: 1, named: ['31'] },
  { currencies: ['EUR'], rows: 2, named: ['40', '41'] },
];

describe('notCountedLines', () => {
  it('en: how many, each problem with its rows (the first five, then …), and where Data issues lists them', () => {
    expect(notCountedLines(GROUPS, 10, 'en', 'Data issues')).toEqual({
      lead: '10 rows of theirs in the log are not counted here:',
      items: [
        'Amount not readable: 7 rows (12, 15, 18, 20, 22, …)',
        'Date after the analysis date: row 31',
        'Another currency (EUR): 2 rows (40, 41)',
      ],
      pointer: 'Each row is listed, with its value, in the “Data issues” sheet.',
    });
  });

  it('zh-CN and zh-TW, and before Analyze wrote the sheet', () => {
    expect(notCountedLines(GROUPS.slice(1, 2), 1, 'zh-CN', null)).toEqual({
      lead: '记录中有 1 行未计入：',
      items: ['日期晚于分析日期：第 31 行'],
      pointer: '“分析客户”会在“数据问题”工作表中列出每一行及其内容。',
    });
    const tw = notCountedLines(GROUPS, 10, 'zh-TW', '資料問題');
    expect(tw.lead).toBe('紀錄中有 10 列未計入：');
    expect(tw.items[0]).toMatch(/：7 列（12、15、18、20、22…）$/);
    expect(tw.items[2]).toMatch(/（EUR）：2 列（40、41）$/);
    expect(tw.pointer).toBe('每一列及其內容都列在「資料問題」工作表中。');
  });
});
