import type { Language, Localized } from '../i18n/language';

/**
 * A structurally wrong formula call. Its message says what is wrong and how to fix it; Sheets shows
 * it in the cell's error tooltip.
 */
export class FormulaError extends Error {
  override name = 'FormulaError';
}

type Problem =
  | 'purchasesShape'
  | 'asOf'
  | 'days'
  | 'language'
  | 'customersShape'
  | 'model'
  | 'satisfaction'
  | 'recommend';

const MESSAGES: Localized<Record<Problem, string>> = {
  en: {
    purchasesShape:
      'purchases must be a range of at least three columns — customer, date, amount (a fourth, product, is optional), e.g. Purchases!A:D.',
    asOf: 'as_of must be a date, e.g. DATE(2024,3,31) or a cell holding a date; got "{value}".',
    days: 'days must be a number of days greater than 0, e.g. 90; got "{value}".',
    language: 'language must be "en", "zh-CN" or "zh-TW"; got "{value}".',
    customersShape: 'customers must be one cell or one column of customer names or ids, e.g. A2:A.',
    model: 'model must be "auto", "bg-nbd", "mbg-nbd" or "mbg-cnbd-k"; got "{value}".',
    satisfaction:
      'satisfaction must be a score from 1 to 5 (or "4/5", "★★★★"), or blank or "N/A" for no answer; got "{value}" in row {row} of the satisfaction range.',
    recommend:
      'recommend must be a score from 0 to 10 (or "very likely", "possible", "unlikely"), or blank or "N/A" for no answer; got "{value}" in row {row} of the recommend range.',
  },
  'zh-CN': {
    purchasesShape:
      'purchases 必须是至少三列的区域——客户、日期、金额（第四列产品可选），例如 Purchases!A:D。',
    asOf: 'as_of 必须是日期，例如 DATE(2024,3,31) 或包含日期的单元格；收到的是"{value}"。',
    days: 'days 必须是大于 0 的天数，例如 90；收到的是"{value}"。',
    language: 'language 必须是 "en"、"zh-CN" 或 "zh-TW"；收到的是"{value}"。',
    customersShape: 'customers 必须是一个单元格或一列客户名称/编号，例如 A2:A。',
    model: 'model 必须是 "auto"、"bg-nbd"、"mbg-nbd" 或 "mbg-cnbd-k"；收到的是"{value}"。',
    satisfaction:
      'satisfaction 必须是 1 到 5 的评分（或 "4/5"、"★★★★"），未作答可留空或写"不适用"；satisfaction 区域第 {row} 行收到的是"{value}"。',
    recommend:
      'recommend 必须是 0 到 10 的评分（或 "非常可能"、"可能"、"不太可能"），未作答可留空或写"不适用"；recommend 区域第 {row} 行收到的是"{value}"。',
  },
  'zh-TW': {
    purchasesShape:
      'purchases 必須是至少三欄的範圍——客戶、日期、金額（第四欄產品可選），例如 Purchases!A:D。',
    asOf: 'as_of 必須是日期，例如 DATE(2024,3,31) 或包含日期的儲存格；收到的是「{value}」。',
    days: 'days 必須是大於 0 的天數，例如 90；收到的是「{value}」。',
    language: 'language 必須是 "en"、"zh-CN" 或 "zh-TW"；收到的是「{value}」。',
    customersShape: 'customers 必須是一個儲存格或一欄客戶名稱／編號，例如 A2:A。',
    model: 'model 必須是 "auto"、"bg-nbd"、"mbg-nbd" 或 "mbg-cnbd-k"；收到的是「{value}」。',
    satisfaction:
      'satisfaction 必須是 1 到 5 的評分（或 "4/5"、"★★★★"），未作答可留空或寫「不適用」；satisfaction 範圍第 {row} 列收到的是「{value}」。',
    recommend:
      'recommend 必須是 0 到 10 的評分（或 "非常可能"、"可能"、"不太可能"），未作答可留空或寫「不適用」；recommend 範圍第 {row} 列收到的是「{value}」。',
  },
};

/** `row`: where the value is in its range (a survey column's, trial 21), for messages that say it. */
export function formulaError(
  problem: Problem,
  language: Language,
  value?: unknown,
  row?: number,
): FormulaError {
  // An invalid Date (a cell Sheets could not make a date of) has no ISO text: toISOString throws.
  const shown =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? String(value)
        : value.toISOString()
      : String(value ?? '');
  return new FormulaError(
    MESSAGES[language][problem]
      .replace('{value}', () => shown.slice(0, 60))
      .replace('{row}', String(row ?? 1)),
  );
}
