// Trial 22, through Analyze customers: an owner's own purchase tab with a dated subtotal and an order
// typed twice. The subtotal is no customer and is listed with its row; the rows typed twice are both
// counted (it may be a real second purchase) and Data issues names them, in en, zh-CN and zh-TW.
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());
const d = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

const SALES: CellValue[][] = [
  ['Customer', 'Date', 'Amount', 'Item'],
  ['Ann', d('2026-01-10'), 30, 'Tea'],
  ['Ann', d('2026-02-10'), 30, 'Tea'],
  ['Bob', d('2026-03-01'), 50, 'Cake'],
  ['Bob', d('2026-03-01'), 50, 'Cake'],
  ['Bob', d('2026-03-01'), 50, 'Tea'],
  ['小计', d('2026-03-01'), 210, ''],
  ['Cy', d('2026-04-01'), 20, 'Tea'],
  ['Cy', d('2026-04-01'), 20, 'Tea'],
  ['Total', '', 260, ''],
];

function analyze(locale: string) {
  env = installFake({ locale });
  env.fake.spreadsheet.addSheet('Sales', SALES);
  main.analyzeCustomers();
  const names = env.fake.spreadsheet.sheetNames();
  const sheet = (en: string, cn: string, tw: string) =>
    env!.fake.values(names.includes(en) ? en : names.includes(cn) ? cn : tw);
  return {
    insights: sheet('Insights', '客户洞察', '客戶洞察'),
    issues: sheet('Data issues', '数据问题', '資料問題'),
  };
}

describe('the owner’s own sheet through Analyze', () => {
  it('a dated subtotal is no customer; rows typed twice are counted and named (en)', () => {
    const { insights, issues } = analyze('en_US');
    const spent = insights[0]!.indexOf('Total spent');
    expect(insights.slice(1).map((r) => [r[0], r[spent]])).toEqual(
      expect.arrayContaining([
        ['Bob', 150],
        ['Cy', 40],
      ]),
    );
    expect(insights.slice(1).map((r) => r[0])).not.toContain('小计');
    expect(issues).toContainEqual([
      'Sales',
      5,
      '',
      '',
      '2 rows repeat another row exactly (same customer, date, amount and product): row 5 repeats row 4 (Bob), row 9 repeats row 8 (Cy) — each counted both times; delete one of a pair if it was typed twice',
      'counted both times',
    ]);
    expect(issues).toContainEqual([
      'Sales',
      7,
      '',
      '小计',
      "A total or subtotal row ('小计'), not a purchase",
      'excluded (not a problem)',
    ]);
  });

  it('in zh-CN and zh-TW', () => {
    const cn = analyze('zh_CN').issues.find((r) => r[5] === '两行都已计入');
    expect(cn?.[4]).toBe(
      '有 2 行与另一行完全相同（客户、日期、金额和商品都相同）：第 5 行与第 4 行相同（Bob）；第 9 行与第 8 行相同（Cy）——每组两行都已计入；如果是重复录入，请删除其中一行',
    );
    env?.uninstall();
    const tw = analyze('zh_TW').issues.find((r) => r[5] === '兩列都已計入');
    expect(tw?.[4]).toBe(
      '有 2 列與另一列完全相同（客戶、日期、金額和商品都相同）：第 5 列與第 4 列相同（Bob）；第 9 列與第 8 列相同（Cy）——每組兩列都已計入；如果是重複輸入，請刪除其中一列',
    );
  });
});
