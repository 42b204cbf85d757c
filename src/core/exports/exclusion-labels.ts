// Why rows were left out, counted: a short label per reason (exclusion-texts.ts has the sentence per
// row for Data issues), for CUSTOMER_MODEL's counts and a per-customer formula's answer for a customer
// whose every row was left out. zh-TW says 列 for a sheet row.
import type { Language, Localized } from '../i18n/language';
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
};
const SHORT: Localized = {
  en:
    'not paid yet|cancelled|voided|refunded in full|payment failed|not a sale|stored-value top-up|' +
    'earlier copy of an order|walk-in or anonymous|another currency|your ignore rule|total or subtotal row|section heading',
  'zh-CN':
    '尚未付款|已取消|已作废|全额退款|付款失败|不是销售|储值充值|订单的较早副本|散客或匿名|其他币种|您的忽略规则|合计或小计行|分段标题',
  'zh-TW':
    '尚未付款|已取消|已作廢|全額退款|付款失敗|不是銷售|儲值加值|訂單的較早副本|散客或匿名|其他幣別|您的忽略規則|合計或小計列|分段標題',
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

// Says only what is known: the rows left out and that none was analysed (others may have been
// skipped as unreadable, so not "all of them").
const NOT_ANALYSED: Localized<{ one: string; many: string }> = {
  en: {
    one: '{name} was not analysed; 1 row left out: {reasons}',
    many: '{name} was not analysed; {n} rows left out: {reasons}',
  },
  'zh-CN': {
    one: '{name}未纳入分析；排除了 1 行：{reasons}',
    many: '{name}未纳入分析；排除了 {n} 行：{reasons}',
  },
  'zh-TW': {
    one: '{name}未納入分析；排除了 1 列：{reasons}',
    many: '{name}未納入分析；排除了 {n} 列：{reasons}',
  },
};

// The order number of a duplicate and the walk-in's own name say nothing more than the label.
const SHOWS_VALUE = (reason: ExclusionReason) => reason !== 'duplicate' && reason !== 'anonymous';

/**
 * What a per-customer formula answers for a customer none of whose rows was analysed, some left out:
 * "Carol Wu was not analysed; 3 rows left out: another currency (¥)"; with several reasons, each
 * with its count ("cancelled (trash): 2; another currency (¥): 1"). At most three values per reason.
 */
export function notAnalysedText(name: string, rows: readonly ExcludedRow[], language: Language): string {
  const counts = countByReason(rows);
  const en = language === 'en';
  const parts = [...counts].map(([reason, n]) => {
    const label = exclusionLabel(reason, language);
    // A status that says what the label says ('voided') is not repeated.
    const said = (v: string) => v === '' || v.toLowerCase() === label;
    const values = [
      ...new Set(rows.filter((r) => r.reason === reason && !said(r.value)).map((r) => r.value)),
    ];
    const list = values.slice(0, 3).join(en ? ', ' : '、') + (values.length > 3 ? (en ? ', …' : '…') : '');
    const shown = SHOWS_VALUE(reason) && values.length > 0 ? (en ? ` (${list})` : `（${list}）`) : '';
    return counts.size > 1 ? `${label}${shown}${en ? ': ' : '：'}${n}` : label + shown;
  });
  const t = NOT_ANALYSED[language];
  return (rows.length === 1 ? t.one : t.many)
    .replace('{n}', String(rows.length))
    .replace('{name}', () => (latinBeforeChinese(name, language) ? `${name} ` : name))
    .replace('{reasons}', () => parts.join(en ? '; ' : '；'));
}

/** In Chinese a name ending in a Latin letter or digit is set off by a space ("Carol Wu 未纳入分析"); "王芳未纳入分析" is not. */
const latinBeforeChinese = (name: string, language: Language): boolean =>
  language !== 'en' && /[\p{L}\p{N}]$/u.test(name) && !/\p{Script=Han}$/u.test(name);
