// Notes on how the log was read that are not problems with a row: rows typed twice (repeated-rows.ts)
// and the day/month order text dates were read in (date-order-note.ts). Data that only Analyze
// reads: it reaches dist/Templates.html through ANALYZE_TEXTS (analyze-texts.ts), not dist/Code.js.
import type { Localized } from '../i18n/language';

export const LOG_NOTE_TEXTS: Localized<{
  repeated: {
    one: string;
    many: string;
    fields: [string, string, string, string, string];
    and: string;
    pair: string;
    action: string;
  };
}> = {
  en: {
    repeated: {
      one: '1 row repeats another row exactly (same {fields}): {pairs} — counted both times; delete one if it was typed twice',
      many: '{count} rows repeat another row exactly (same {fields}): {pairs} — each counted both times; delete one of a pair if it was typed twice',
      fields: ['customer', 'date', 'amount', 'product', 'order number'],
      and: ' and ',
      pair: 'row {row} repeats row {of}',
      action: 'counted both times',
    },
  },
  'zh-CN': {
    repeated: {
      one: '有 1 行与另一行完全相同（{fields}都相同）：{pairs}——两行都已计入；如果是重复录入，请删除其中一行',
      many: '有 {count} 行与另一行完全相同（{fields}都相同）：{pairs}——每组两行都已计入；如果是重复录入，请删除其中一行',
      fields: ['客户', '日期', '金额', '商品', '订单号'],
      and: '和',
      pair: '第 {row} 行与第 {of} 行相同',
      action: '两行都已计入',
    },
  },
  'zh-TW': {
    repeated: {
      one: '有 1 列與另一列完全相同（{fields}都相同）：{pairs}——兩列都已計入；如果是重複輸入，請刪除其中一列',
      many: '有 {count} 列與另一列完全相同（{fields}都相同）：{pairs}——每組兩列都已計入；如果是重複輸入，請刪除其中一列',
      fields: ['客戶', '日期', '金額', '商品', '訂單編號'],
      and: '和',
      pair: '第 {row} 列與第 {of} 列相同',
      action: '兩列都已計入',
    },
  },
};
