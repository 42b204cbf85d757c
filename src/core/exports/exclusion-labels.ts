// Why rows were left out, counted: a short label per reason (exclusion-texts.ts has the sentence per
// row for Data issues), for CUSTOMER_MODEL's counts and a per-customer formula's answer for a customer
// none of whose rows was analysed (left out, or skipped as problems). zh-TW says 列 for a sheet row.
import type { RowName } from '../customers/rows-not-analysed';
import { READ_AS, SHOWN_VALUES, type SkippedProblem } from '../customers/skipped-problems';
import type { DayNumber } from '../days';
import { formatEmailDate } from '../followups/followup-texts';
import type { Language, Localized } from '../i18n/language';
import { skippedLabel } from '../i18n/skipped-labels';
import type { ExcludedRow } from '../input/purchase';
import type { ExclusionReason } from './statuses';

// One text per language, the labels in this order ('|' between them): compact in Code.js. A Record,
// so a new reason without its place is a type error.
const PLACE: Readonly<Record<ExclusionReason, number>> = {
  unpaid: 0,
  cancelled: 1,
  voided: 2,
  refunded: 3,
  failed: 4,
  not_a_sale: 5,
  top_up: 6,
  duplicate: 7,
  anonymous: 8,
  other_currency: 9,
  owner_rule: 10,
  total_row: 11,
  section_header: 12,
  repeated_line: 13,
  paid_out: 14,
};
const SHORT: Localized = {
  en:
    'not paid yet|cancelled|voided|refunded in full|payment failed|not a sale|stored-value top-up|' +
    'earlier copy of an order|walk-in or anonymous|another currency|your ignore rule|total or subtotal row|section heading|' +
    'line typed twice|money you paid out',
  'zh-CN':
    '尚未付款|已取消|已作废|全额退款|付款失败|不是销售|储值充值|订单的较早副本|散客或匿名|其他币种|您的忽略规则|合计或小计行|分段标题|重复录入的行|您付出的款项',
  'zh-TW':
    '尚未付款|已取消|已作廢|全額退款|付款失敗|不是銷售|儲值加值|訂單的較早副本|散客或匿名|其他幣別|您的忽略規則|合計或小計列|分段標題|重複輸入的列|您付出的款項',
};

/** The short label of a reason. */
export const exclusionLabel = (reason: ExclusionReason, language: Language): string =>
  SHORT[language].split('|')[PLACE[reason]]!;

/** Rows per reason, in the order each reason first appears. */
export function countByReason(rows: readonly ExcludedRow[]): Map<ExclusionReason, number> {
  const counts = new Map<ExclusionReason, number>();
  for (const r of rows) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return counts;
}

// Says only what is known: the rows left out, the rows skipped as problems, and that none was
// analysed. The parts present are joined by '; ' ('；').
const NOT_ANALYSED: Localized<{
  name: string;
  left: [string, string];
  skipped: [string, string];
  returns: [string, string];
  /** Every purchase refunded in full that same day (customer-history.ts `refunded`): one day, several. */
  refunded: [string, string];
  /** The rows of an analysed customer's note (notCountedReasons), before its reasons. */
  noted: [string, string];
  /** The same in a formula's answer, its rows named as the range's (rangeRows). */
  notedInRange: string;
}> = {
  en: {
    name: '{name} was not analysed; ',
    returns: ['only returns, no purchase ({rows})', 'only returns, no purchase ({rows})'],
    refunded: [
      'their only purchase, on {reasons}, was refunded in full that day ({rows})',
      'each of their {n} purchase days ({reasons}) was refunded in full that same day ({rows})',
    ],
    noted: ['(row {rows}): {reasons}', '(rows {rows}): {reasons}'],
    notedInRange: '({rows}): {reasons}',
    left: ['1 row left out: {reasons}', '{n} rows left out: {reasons}'],
    skipped: ['1 row skipped ({rows}): {reasons}', '{n} rows skipped ({rows}): {reasons}'],
  },
  'zh-CN': {
    name: '{name}未纳入分析；',
    returns: ['只有退货，没有购买（{rows}）', '只有退货，没有购买（{rows}）'],
    refunded: [
      '唯一一次购买（{reasons}）已在当天全额退款（{rows}）',
      '{n} 个购买日（{reasons}）均已在当天全额退款（{rows}）',
    ],
    noted: ['（第 {rows} 行）：{reasons}', '（第 {rows} 行）：{reasons}'],
    notedInRange: '（{rows}）：{reasons}',
    left: ['排除了 1 行：{reasons}', '排除了 {n} 行：{reasons}'],
    skipped: ['跳过了 1 行（{rows}）：{reasons}', '跳过了 {n} 行（{rows}）：{reasons}'],
  },
  'zh-TW': {
    name: '{name}未納入分析；',
    returns: ['只有退貨，沒有購買（{rows}）', '只有退貨，沒有購買（{rows}）'],
    refunded: [
      '唯一一次購買（{reasons}）已在當天全額退款（{rows}）',
      '{n} 個購買日（{reasons}）均已在當天全額退款（{rows}）',
    ],
    noted: ['（第 {rows} 列）：{reasons}', '（第 {rows} 列）：{reasons}'],
    notedInRange: '（{rows}）：{reasons}',
    left: ['排除了 1 列：{reasons}', '排除了 {n} 列：{reasons}'],
    skipped: ['略過了 1 列（{rows}）：{reasons}', '略過了 {n} 列（{rows}）：{reasons}'],
  },
};

// A custom function is handed its range's values, not where the range starts on the sheet: its rows
// are counted from the range's first row, and said so (trial 22: `A4:C` made sheet row 6 "row 3").
const RANGE_ROWS: Localized<[string, string]> = {
  en: ['row {rows} of the range', 'rows {rows} of the range'],
  'zh-CN': ['所选范围的第 {rows} 行', '所选范围的第 {rows} 行'],
  'zh-TW': ['所選範圍的第 {rows} 列', '所選範圍的第 {rows} 列'],
};

/**
 * Rows a formula names, as positions in its range: "row 3 of the range", "rows 3, 5 of the range",
 * "所选范围的第 3、5 行" (at most five, then "…"). Every formula text that names a row uses it.
 */
export function rangeRows(
  rows: readonly (string | number)[],
  language: Language,
  table = RANGE_ROWS,
): string {
  const list = listed(rows.map(String), SHOWN_ROWS, language === 'en');
  return table[language][rows.length === 1 ? 0 : 1].replace('{rows}', () => list);
}

// The sidebar's card names the sheet's rows, as Data issues does.
const SHEET_ROWS: Localized<[string, string]> = {
  en: ['row {rows}', 'rows {rows}'],
  'zh-CN': ['第 {rows} 行', '第 {rows} 行'],
  'zh-TW': ['第 {rows} 列', '第 {rows} 列'],
};

/** Sheet rows named as Data issues would: "row 3", "rows 3, 5", "第 3、5 行" (at most five, then "…"). */
export const sheetRows = (rows: readonly (string | number)[], language: Language): string =>
  rangeRows(rows, language, SHEET_ROWS);

// The order number of a duplicate and the walk-in's own name say nothing more than the label.
const SHOWS_VALUE = (reason: ExclusionReason) =>
  reason !== 'duplicate' && reason !== 'repeated_line' && reason !== 'anonymous';

/** What is known of the rows of a customer none of whose rows was analysed. */
export interface RowsNotAnalysed {
  /** Rows left out on purpose. */
  readonly left?: readonly ExcludedRow[] | undefined;
  /** Rows skipped as problems: the sheet rows (customers/rows-not-analysed.ts) and what was wrong. */
  readonly skipped?:
    | { readonly rows: readonly RowName[]; readonly problems: readonly SkippedProblem[] }
    | undefined;
  /** Sheet rows of a customer with returns and no purchase (customers/customer-history.ts). */
  readonly returns?: readonly number[] | undefined;
  /** With `returns`: the days of their purchases, each refunded in full that same day. */
  readonly refunded?: readonly DayNumber[] | undefined;
}

/**
 * What a per-customer formula answers for a customer none of whose rows was analysed: "Carol Wu was
 * not analysed; 3 rows left out: another currency (¥)", "Frank was not analysed; 1 row skipped (row
 * 12): date not readable (yesterday)", "Cy was not analysed; only returns, no purchase (row 7)", or
 * several parts. With several reasons or problems, each with its
 * count ("cancelled (trash): 2; another currency (¥): 1"). At most three values each.
 */
export function notAnalysedText(
  name: string,
  rows: RowsNotAnalysed,
  language: Language,
  inRange = true,
): string {
  const en = language === 'en';
  const named = (list: readonly (string | number)[]) =>
    inRange ? rangeRows(list, language) : sheetRows(list, language);
  const t = NOT_ANALYSED[language];
  const parts: string[] = [];
  const part = (templates: [string, string], n: number, reasons: string, detail = '') =>
    parts.push(
      templates[n === 1 ? 0 : 1]
        .replace('{n}', String(n))
        .replace('{rows}', () => detail)
        .replace('{reasons}', () => reasons),
    );
  const left = rows.left ?? [];
  if (left.length > 0) part(t.left, left.length, reasonList(leftReasons(left, language), en));
  const skipped = rows.skipped;
  if (skipped !== undefined && skipped.rows.length > 0) {
    const reasons = reasonList(problemReasons(skipped.problems, language), en);
    part(t.skipped, skipped.rows.length, reasons, named(skipped.rows));
  }
  if (rows.returns !== undefined && rows.returns.length > 0) {
    const returns = named(rows.returns);
    const days = rows.refunded ?? [];
    if (days.length === 0) part(t.returns, rows.returns.length, '', returns);
    else {
      const dates = days.map((d) => formatEmailDate(d, language));
      part(t.refunded, days.length, listed(dates, SHOWN_VALUES, en), returns);
    }
  }
  const head = t.name.replace('{name}', () => (latinBeforeChinese(name, language) ? `${name} ` : name));
  return head + parts.join(en ? '; ' : '；');
}

/**
 * Which of an analysed customer's rows were not counted and why (the why's note, i18n/why.ts): "(row
 * 12): amount not readable (paid cash)", "(rows 4, 9): another currency (€)", or each reason with its
 * count when there are several. Of the skipped values only the first row's is shown (trial 21: the
 * row and value were named for a customer not analysed, not for one analysed): a shared analysis
 * keeps one per analysed customer (share/log-facts.ts).
 */
export function notCountedReasons(
  rows: readonly RowName[],
  problems: readonly SkippedProblem[],
  left: readonly ExcludedRow[],
  language: Language,
  inRange: boolean,
): string {
  const en = language === 'en';
  const shown = problems.map((p) => ({ ...p, values: p.first ? [p.first] : [] }));
  const reasons = reasonList([...problemReasons(shown, language), ...leftReasons(left, language)], en);
  // Analyze names the sheet's rows; a formula only knows its range's (trial 22).
  const t = NOT_ANALYSED[language];
  return (inRange ? t.notedInRange : t.noted[rows.length === 1 ? 0 : 1])
    .replace('{rows}', () => (inRange ? rangeRows(rows, language) : listed(rows, SHOWN_ROWS, en)))
    .replace('{reasons}', () => reasons);
}

/** Each reason of rows left out with its values, and its count of rows. */
function leftReasons(left: readonly ExcludedRow[], language: Language): [string, number][] {
  return [...countByReason(left)].map(([reason, n]): [string, number] => {
    const label = exclusionLabel(reason, language);
    // A status that says what the label says ('voided') is not repeated.
    const said = (v: string) => v === '' || v.toLowerCase() === label;
    const values = left.filter((r) => r.reason === reason && !said(r.value)).map((r) => r.value);
    return [label + (SHOWS_VALUE(reason) ? valueList([...new Set(values)], language === 'en') : ''), n];
  });
}

/** Each problem of skipped rows with its values, and its count of rows. */
const problemReasons = (problems: readonly SkippedProblem[], language: Language) =>
  problems.map((p): [string, number] => [
    skippedLabel(p.column, p.problem, language) +
      valueList(
        p.values.map((v) => readAsShown(v, language)),
        language === 'en',
      ),
    p.rows,
  ]);

const READ_AS_WORDS: Localized = { en: ', read as ', 'zh-CN': '，读作 ', 'zh-TW': '，讀作 ' };

/** A value with the day it was read as (customers/skipped-problems.ts READ_AS): "05/12/2026, read as 5 December 2026". */
function readAsShown(value: string, language: Language): string {
  const at = value.indexOf(READ_AS);
  if (at < 0) return value;
  const day = Number(value.slice(at + 1));
  return value.slice(0, at) + READ_AS_WORDS[language] + formatEmailDate(day, language);
}

/** The reasons joined; each with its count when there are several. */
const reasonList = (reasons: readonly [string, number][], en: boolean): string =>
  reasons
    .map(([label, count]) => (reasons.length > 1 ? `${label}${en ? ': ' : '：'}${count}` : label))
    .join(en ? '; ' : '；');

/** Sheet rows named per customer, as a skip's detail names them (customers/rows-not-analysed.ts). */
const SHOWN_ROWS = 5;

/** "a, b, c, …" / "a、b、c…": at most `max` items, "…" when there are more. */
const listed = (items: readonly string[], max: number, en: boolean): string =>
  items.slice(0, max).join(en ? ', ' : '、') + (items.length > max ? (en ? ', …' : '…') : '');

/** " (a, b, c, …)" / "（a、b、c…）": at most three values; "" for none. */
function valueList(values: readonly string[], en: boolean): string {
  if (values.length === 0) return '';
  const list = listed(values, SHOWN_VALUES, en);
  return en ? ` (${list})` : `（${list}）`;
}

/** In Chinese a name ending in a Latin letter or digit is set off by a space ("Carol Wu 未纳入分析"); "王芳未纳入分析" is not. */
const latinBeforeChinese = (name: string, language: Language): boolean =>
  language !== 'en' && /[\p{L}\p{N}]$/u.test(name) && !/\p{Script=Han}$/u.test(name);
