// One sentence per data issue, in each language, for the Data issues sheet and the sidebar.
// Templates take {value}, {column}, {Column} (capitalised) and {rows} (an issue's `rows`); the
// action is appended.
// zh-TW says 列 for a sheet row and 欄 for a column; zh-CN says 行 and 列.
// The tables are data that only Analyze and the sidebar read: they reach dist/Templates.html
// (ANALYZE_TEXTS, src/core/report/analyze-texts.ts), not dist/Code.js, and the functions below take
// them as an argument (`IssueTexts`).
import type { Language, Localized } from '../i18n/language';
import type { IssueAction, IssueProblem, PurchaseColumn, RowIssue } from './purchase';

export const COLUMN_NAMES: Readonly<Record<PurchaseColumn, Localized>> = {
  customer: { en: 'customer', 'zh-CN': '客户', 'zh-TW': '客戶' },
  date: { en: 'date', 'zh-CN': '日期', 'zh-TW': '日期' },
  amount: { en: 'amount', 'zh-CN': '金额', 'zh-TW': '金額' },
  product: { en: 'product', 'zh-CN': '产品', 'zh-TW': '產品' },
  quantity: { en: 'quantity', 'zh-CN': '数量', 'zh-TW': '數量' },
  orderId: { en: 'order id', 'zh-CN': '订单号', 'zh-TW': '訂單號' },
  note: { en: 'notes', 'zh-CN': '备注', 'zh-TW': '備註' },
};

/** Used for an issue without a column. */
export const CELL_NAME: Localized = { en: 'cell', 'zh-CN': '单元格', 'zh-TW': '儲存格' };

export const ACTION_TEXTS: Readonly<Record<IssueAction, Localized>> = {
  skipped: { en: 'row skipped', 'zh-CN': '已跳过此行', 'zh-TW': '已略過此列' },
  used: {
    en: 'the rest of the row was used',
    'zh-CN': '该行其余内容照常使用',
    'zh-TW': '該列其餘內容照常使用',
  },
  returned: {
    en: "read as a return: its amount was taken off the customer's spend",
    'zh-CN': '已按退货处理：金额从该客户的消费中扣除',
    'zh-TW': '已按退貨處理：金額從該客戶的消費中扣除',
  },
  counted: { en: 'counted as a purchase', 'zh-CN': '已计为购买', 'zh-TW': '已計為購買' },
};

/** The sentence for each problem, whatever the column (see COLUMN_ISSUE_MESSAGES for specific ones). */
export const ISSUE_MESSAGES: Readonly<Record<IssueProblem, Localized>> = {
  blank: { en: 'The {column} cell is blank', 'zh-CN': '{column}为空', 'zh-TW': '{column}為空白' },
  unreadable: {
    en: "{Column} '{value}' could not be read",
    'zh-CN': '无法识别{column}“{value}”',
    'zh-TW': '無法辨識{column}「{value}」',
  },
  impossible: {
    en: "{Column} '{value}' is not a real date",
    'zh-CN': '{column}“{value}”不是真实存在的日期',
    'zh-TW': '{column}「{value}」不是實際存在的日期',
  },
  out_of_range: {
    en: "{Column} '{value}' is outside the range that can be read",
    'zh-CN': '{column}“{value}”超出可读取的范围',
    'zh-TW': '{column}「{value}」超出可讀取的範圍',
  },
  order_mismatch: {
    en: "{Column} '{value}' is not a real date in the day/month order this column was read in, but would be with day and month swapped; check the date and the locale in File › Settings",
    'zh-CN':
      '{column}“{value}”按本列读取所用的日/月顺序不是有效日期，调换日和月才有效；请检查该日期以及“文件 › 设置”中的语言区域',
    'zh-TW':
      '{column}「{value}」依本欄讀取所用的日/月順序不是有效日期，對調日和月才有效；請檢查該日期以及「檔案 › 設定」中的語言代碼',
  },
  formula_error: {
    en: 'The {column} cell shows the error {value}',
    'zh-CN': '{column}单元格显示错误 {value}',
    'zh-TW': '{column}儲存格顯示錯誤 {value}',
  },
  percentage: {
    en: "{Column} '{value}' is a percentage, not an amount",
    'zh-CN': '{column}“{value}”是百分比，不是金额',
    'zh-TW': '{column}「{value}」是百分比，不是金額',
  },
  ambiguous_separator: {
    en: "{Column} '{value}' could be thousands or decimals: in this spreadsheet's locale that mark is the decimal one, and amounts rarely have three decimals. Type it as a number, or with both marks (1,250.00 or 1.250,00)",
    'zh-CN':
      '{column}“{value}”既可读作千位分隔也可读作小数：按本表格的语言区域，该符号是小数点，而金额很少有三位小数。请输入为数字，或同时写出两种符号（1,250.00 或 1.250,00）',
    'zh-TW':
      '{column}「{value}」既可讀作千分位也可讀作小數：依本試算表的語言代碼，該符號是小數點，而金額很少有三位小數。請輸入為數字，或同時寫出兩種符號（1,250.00 或 1.250,00）',
  },
  after_as_of: {
    en: "{Column} '{value}' is after the analysis date",
    'zh-CN': '{column}“{value}”晚于分析日期',
    'zh-TW': '{column}「{value}」晚於分析日期',
  },
  other_export: {
    en: "This row is the header of another export, with different columns ('{value}'): it and the {rows} rows below it, up to the next header like the first, were left out rather than read with the first header's columns. Put that export on its own tab",
    'zh-CN':
      '此行是另一份导出的表头，列与第一个表头不同（“{value}”）：此行及其下方 {rows} 行（到下一个与第一个表头相同的表头为止）未计入，以免按第一个表头的列读错。请把那份导出放到单独的工作表',
    'zh-TW':
      '此列是另一份匯出的表頭，欄位與第一個表頭不同（「{value}」）：此列及其下方 {rows} 列（到下一個與第一個表頭相同的表頭為止）未計入，以免依第一個表頭的欄位讀錯。請把那份匯出放到單獨的工作表',
  },
  note_return: {
    en: "The note '{value}' says this row is a return, though its amount is not negative",
    'zh-CN': '备注“{value}”表明此行是退货，但金额不是负数',
    'zh-TW': '備註「{value}」表明此列是退貨，但金額不是負數',
  },
  note_mention: {
    en: "The note '{value}' mentions a return or cancellation, but is more than that, so the row stays a sale. If it was a return, make its amount negative",
    'zh-CN': '备注“{value}”提到退货或取消，但不止于此，因此此行仍算作销售。如确为退货，请把金额改为负数',
    'zh-TW': '備註「{value}」提到退貨或取消，但不止於此，因此此列仍算作銷售。如確為退貨，請把金額改為負數',
  },
  note_return_cancelled: {
    en: "The note '{value}' says a return was cancelled, so the sale stands",
    'zh-CN': '备注“{value}”表明退货已取消，因此这笔销售仍然成立',
    'zh-TW': '備註「{value}」表明退貨已取消，因此這筆銷售仍然成立',
  },
  note_refund_of: {
    en: "The note '{value}' gives a refund or return with a number, which was not applied: the whole sale was counted. If some or all of it was given back, add that as its own row with a negative amount",
    'zh-CN':
      '备注“{value}”写有退款或退货及一个数目，未按备注处理：整笔销售已计入。如有部分或全部退还，请把退还的金额另起一行，填为负数',
    'zh-TW':
      '備註「{value}」寫有退款或退貨及一個數目，未依備註處理：整筆銷售已計入。如有部分或全部退還，請把退還的金額另起一列，填為負數',
  },
};

/** Sentences that say more for one column. */
export const COLUMN_ISSUE_MESSAGES: Readonly<
  Partial<Record<PurchaseColumn, Partial<Readonly<Record<IssueProblem, Localized>>>>>
> = {
  customer: {
    unreadable: {
      en: "Customer '{value}' cannot be used as a customer name or id",
      'zh-CN': '客户“{value}”无法用作客户名称或编号',
      'zh-TW': '客戶「{value}」無法用作客戶名稱或編號',
    },
  },
  date: {
    unreadable: {
      en: "Date '{value}' could not be read as a date",
      'zh-CN': '无法将“{value}”识别为日期',
      'zh-TW': '無法將「{value}」辨識為日期',
    },
    out_of_range: {
      en: "Date '{value}' is outside the dates read (1900–2199; as a serial number, 1950–2199)",
      'zh-CN': '日期“{value}”不在可读取的范围内（1900–2199 年；序列号为 1950–2199 年）',
      'zh-TW': '日期「{value}」不在可讀取的範圍內（1900–2199 年；序列值為 1950–2199 年）',
    },
  },
  amount: {
    unreadable: {
      en: "Amount '{value}' is not a number",
      'zh-CN': '金额“{value}”不是数字',
      'zh-TW': '金額「{value}」不是數字',
    },
    out_of_range: {
      en: "Amount '{value}' is too large to be an amount",
      'zh-CN': '金额“{value}”过大，不像是真实金额',
      'zh-TW': '金額「{value}」過大，不像是實際金額',
    },
  },
  quantity: {
    unreadable: {
      en: "Quantity '{value}' has no number to read: type the number sold, such as 2, 2 pcs or x2",
      'zh-CN': '数量“{value}”中没有可读的数字：请填写卖出的数量，如 2、2件 或 x2',
      'zh-TW': '數量「{value}」中沒有可讀的數字：請填寫賣出的數量，如 2、2件 或 x2',
    },
  },
};

/** The tables the sentences are made of (ANALYZE_TEXTS.issues). */
export interface IssueTexts {
  columnNames: typeof COLUMN_NAMES;
  cellName: Localized;
  actions: typeof ACTION_TEXTS;
  problems: typeof ISSUE_MESSAGES;
  columnProblems: typeof COLUMN_ISSUE_MESSAGES;
}

const PLACEHOLDER = /\{(value|column|Column|rows)\}/g;

/**
 * What is wrong, without what was done: "Date '2024-13-45' is not a real date" /
 * "日期“2024-13-45”不是真实存在的日期". Unknown languages read as English.
 */
export function describeProblem(issue: RowIssue, language: Language, texts: IssueTexts): string {
  const lang = knownLanguage(language);
  const template =
    (issue.column !== undefined ? texts.columnProblems[issue.column]?.[issue.problem] : undefined) ??
    texts.problems[issue.problem] ??
    texts.problems.unreadable;
  const column = (issue.column !== undefined ? texts.columnNames[issue.column] : undefined) ?? texts.cellName;
  const columnName = column[lang];
  return template[lang].replace(PLACEHOLDER, (_match, name: string) =>
    name === 'value'
      ? issue.value
      : name === 'rows'
        ? String(issue.rows ?? 0)
        : name === 'Column'
          ? columnName.charAt(0).toUpperCase() + columnName.slice(1)
          : columnName,
  );
}

/**
 * One sentence for a data issue, e.g. "Date '2024-13-45' is not a real date — row skipped." /
 * "日期“2024-13-45”不是真实存在的日期——已跳过此行。" Unknown languages read as English.
 */
export function describeIssue(issue: RowIssue, language: Language, texts: IssueTexts): string {
  const lang = knownLanguage(language);
  const message = describeProblem(issue, lang, texts);
  const action = texts.actions[issue.action]?.[lang] ?? '';
  return lang === 'en' ? `${message} — ${action}.` : `${message}——${action}。`;
}

function knownLanguage(language: Language): Language {
  return language === 'zh-CN' || language === 'zh-TW' ? language : 'en';
}
