// What was wrong with a skipped row, as a short label ("date not readable"): the sentence of a worded
// formula for a customer none of whose rows was analysed lists them (exports/exclusion-labels.ts).
// Each says what the Data issues sentence of that problem says (input/issue-messages.ts, whose tables
// are in dist/Templates.html, not Code.js), in a few words. zh-TW says 列 for a sheet row and 欄 for a
// column; zh-CN says 行 and 列.
import type { IssueProblem, PurchaseColumn } from '../input/purchase';
import type { Language, Localized } from './language';

// One text per language, the labels in this order ('|' between them): compact in Code.js. Records,
// so a new problem or column without its place is a type error.
const PROBLEM: Readonly<Record<IssueProblem, number>> = {
  blank: 0,
  unreadable: 1,
  impossible: 2,
  out_of_range: 3,
  order_mismatch: 4,
  formula_error: 5,
  percentage: 6,
  ambiguous_separator: 7,
  after_as_of: 8,
  other_export: 9,
  note_return: 10,
  note_mention: 11,
  note_return_cancelled: 12,
  note_refund_of: 13,
};
const COLUMN: Readonly<Record<PurchaseColumn, number>> = {
  customer: 0,
  date: 1,
  amount: 2,
  product: 3,
  quantity: 4,
  orderId: 5,
  note: 6,
};
// {c} is the column's name; the last column name is for an issue without a column.
const SHORT: Localized<[problems: string, columns: string]> = {
  en: [
    '{c} blank|{c} not readable|not a real {c}|{c} out of range|{c} not in the day/month order used|' +
      '{c} shows an error|{c} is a percentage|{c}: thousands or decimals?|{c} after the analysis date|' +
      'in another export|{c} says a return|{c} mentions a return|{c} says a return was cancelled|' +
      '{c} gives a refund with a number',
    'customer|date|amount|product|quantity|order id|notes|cell',
  ],
  'zh-CN': [
    '{c}为空|{c}无法识别|不是真实存在的{c}|{c}超出可读取的范围|{c}不符合所用的日/月顺序|' +
      '{c}显示错误|{c}是百分比|{c}分不清千位还是小数|{c}晚于分析日期|在另一份导出中|{c}表明退货|{c}提到退货|{c}表明退货已取消|{c}写有退款数目',
    '客户|日期|金额|产品|数量|订单号|备注|单元格',
  ],
  'zh-TW': [
    '{c}為空白|{c}無法辨識|不是實際存在的{c}|{c}超出可讀取的範圍|{c}不符合所用的日/月順序|' +
      '{c}顯示錯誤|{c}是百分比|{c}分不清千分位還是小數|{c}晚於分析日期|在另一份匯出中|{c}表明退貨|{c}提到退貨|{c}表明退貨已取消|{c}寫有退款數目',
    '客戶|日期|金額|產品|數量|訂單號|備註|儲存格',
  ],
};

/**
 * The short label of a problem in a column.
 * @example skippedLabel('date', 'unreadable', 'en') // 'date not readable'
 */
export function skippedLabel(
  column: PurchaseColumn | undefined,
  problem: IssueProblem,
  language: Language,
): string {
  const [problems, columns] = SHORT[language];
  const names = columns.split('|');
  const name = names[column === undefined ? names.length - 1 : COLUMN[column]]!;
  return problems.split('|')[PROBLEM[problem]]!.replace('{c}', name);
}
