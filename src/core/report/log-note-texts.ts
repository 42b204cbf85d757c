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
  /** How text dates whose day and month could swap were read, by the locale's order (date-order-note.ts). */
  dateOrder: {
    DMY: string;
    MDY: string;
    YMD: string;
    /** The column's own dates proved the order ('{proof}' can only be read that way). */
    provedDayFirst: string;
    provedMonthFirst: string;
    dayFirst: string;
    monthFirst: string;
    /** After a date issue's sentence: the day an ambiguous text date was read as. */
    readAs: string;
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
    dateOrder: {
      DMY: "Dates written in numbers, such as '{text}', were read day first, as the spreadsheet's locale writes dates: '{text}' is {date}. If your dates are written month first, change the locale in File › Settings and run Analyze customers again",
      MDY: "Dates written in numbers, such as '{text}', were read month first, as the spreadsheet's locale writes dates: '{text}' is {date}. If your dates are written day first, change the locale in File › Settings and run Analyze customers again",
      YMD: "Dates written in numbers with the year last, such as '{text}', were read month first, as US software writes them (the spreadsheet's locale writes the year first): '{text}' is {date}. If your dates are written day first, choose a day-first locale, such as English (United Kingdom), in File › Settings and run Analyze customers again",
      provedDayFirst:
        "Dates written in numbers, such as '{text}', were read day first, as the dates themselves show: '{proof}' can only be day first. '{text}' is {date}",
      provedMonthFirst:
        "Dates written in numbers, such as '{text}', were read month first, as the dates themselves show: '{proof}' can only be month first. '{text}' is {date}",
      dayFirst: 'read day first',
      monthFirst: 'read month first',
      readAs: ' ({order}: {date})',
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
    dateOrder: {
      DMY: '纯数字写的日期（如“{text}”）按日在前读取，与表格的语言区域写日期的方式一致：“{text}”即 {date}。如果您的日期是月在前，请在“文件 › 设置”中更改语言区域，然后再次运行“分析客户”',
      MDY: '纯数字写的日期（如“{text}”）按月在前读取，与表格的语言区域写日期的方式一致：“{text}”即 {date}。如果您的日期是日在前，请在“文件 › 设置”中更改语言区域，然后再次运行“分析客户”',
      YMD: '年份在后的纯数字日期（如“{text}”）按月在前读取，这是美国软件的写法（表格的语言区域把年份写在前面）：“{text}”即 {date}。如果您的日期是日在前，请在“文件 › 设置”中改用日在前的语言区域（如 English (United Kingdom)），然后再次运行“分析客户”',
      provedDayFirst:
        '纯数字写的日期（如“{text}”）按日在前读取，这是日期本身表明的：“{proof}”只能是日在前。“{text}”即 {date}',
      provedMonthFirst:
        '纯数字写的日期（如“{text}”）按月在前读取，这是日期本身表明的：“{proof}”只能是月在前。“{text}”即 {date}',
      dayFirst: '按日在前读取',
      monthFirst: '按月在前读取',
      readAs: '（{order}：{date}）',
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
    dateOrder: {
      DMY: '純數字寫的日期（如「{text}」）依日在前讀取，與試算表的語言代碼寫日期的方式一致：「{text}」即 {date}。如果您的日期是月在前，請在「檔案 › 設定」中變更語言代碼，然後再次執行「分析客戶」',
      MDY: '純數字寫的日期（如「{text}」）依月在前讀取，與試算表的語言代碼寫日期的方式一致：「{text}」即 {date}。如果您的日期是日在前，請在「檔案 › 設定」中變更語言代碼，然後再次執行「分析客戶」',
      YMD: '年份在後的純數字日期（如「{text}」）依月在前讀取，這是美國軟體的寫法（試算表的語言代碼把年份寫在前面）：「{text}」即 {date}。如果您的日期是日在前，請在「檔案 › 設定」中改用日在前的語言代碼（如 English (United Kingdom)），然後再次執行「分析客戶」',
      provedDayFirst:
        '純數字寫的日期（如「{text}」）依日在前讀取，這是日期本身表明的：「{proof}」只能是日在前。「{text}」即 {date}',
      provedMonthFirst:
        '純數字寫的日期（如「{text}」）依月在前讀取，這是日期本身表明的：「{proof}」只能是月在前。「{text}」即 {date}',
      dayFirst: '依日在前讀取',
      monthFirst: '依月在前讀取',
      readAs: '（{order}：{date}）',
    },
  },
};
