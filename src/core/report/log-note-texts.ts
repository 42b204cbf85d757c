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
    /**
     * The locale's order kept though '{proof}' can only be read the {other} way: that way would put
     * dates after the analysis date (late) or too few dates show it (few; column-date-order.ts).
     */
    keptLate: string;
    keptFew: string;
    /** {order} and {other} in keptLate and keptFew. */
    dayFirstOrder: string;
    monthFirstOrder: string;
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
      keptLate:
        "Dates written in numbers, such as '{text}', were read {order}, as the spreadsheet's locale reads them: '{text}' is {date}. '{proof}' can only be {other}, but reading the dates {other} would put some of them after the analysis date, so the locale's order was kept and the rows that do not fit it are listed here",
      keptFew:
        "Dates written in numbers, such as '{text}', were read {order}, as the spreadsheet's locale reads them: '{text}' is {date}. '{proof}' can only be {other}, but only {proofs} of the dates can only be {other}, against {changed} that reading them {other} would change, so the locale's order was kept and the rows that do not fit it are listed here",
      dayFirstOrder: 'day first',
      monthFirstOrder: 'month first',
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
      keptLate:
        '纯数字写的日期（如“{text}”）按{order}读取，这是表格的语言区域读取这类日期的顺序：“{text}”即 {date}。“{proof}”只能是{other}，但按{other}读取会使部分日期晚于分析日期，因此保留了语言区域的顺序，不符合此顺序的行已列在此处',
      keptFew:
        '纯数字写的日期（如“{text}”）按{order}读取，这是表格的语言区域读取这类日期的顺序：“{text}”即 {date}。“{proof}”只能是{other}，但只能是{other}的日期仅有 {proofs} 个，而按{other}读取会改变 {changed} 个日期，因此保留了语言区域的顺序，不符合此顺序的行已列在此处',
      dayFirstOrder: '日在前',
      monthFirstOrder: '月在前',
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
      keptLate:
        '純數字寫的日期（如「{text}」）依{order}讀取，這是試算表的語言代碼讀取這類日期的順序：「{text}」即 {date}。「{proof}」只能是{other}，但依{other}讀取會使部分日期晚於分析日期，因此保留了語言代碼的順序，不符合此順序的列已列於此處',
      keptFew:
        '純數字寫的日期（如「{text}」）依{order}讀取，這是試算表的語言代碼讀取這類日期的順序：「{text}」即 {date}。「{proof}」只能是{other}，但只能是{other}的日期僅有 {proofs} 個，而依{other}讀取會改變 {changed} 個日期，因此保留了語言代碼的順序，不符合此順序的列已列於此處',
      dayFirstOrder: '日在前',
      monthFirstOrder: '月在前',
      dayFirst: '依日在前讀取',
      monthFirst: '依月在前讀取',
      readAs: '（{order}：{date}）',
    },
  },
};
