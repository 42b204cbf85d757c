// A day refunded beyond its sales (customers/customer-history.ts OverRefund), said where its money
// went: in an analysed customer's why (CUSTOMER_WHY, CUSTOMER_INSIGHTS, Analyze's Insights, the card)
// and as a Data issues line (trial 23: "Bought once, total spent 10, average 10" after a $50 sale, and
// nothing said of the refund typed twice).
import type { OverRefund } from '../customers/customer-history';
import { rangeRows, sheetRows } from '../exports/exclusion-labels';
import { formatEmailDate } from '../followups/followup-texts';
import { currencyIn } from '../i18n/currency-in';
import { type Currency, formatMoney } from '../i18n/format-number';
import type { Language, Localized } from '../i18n/language';

const TEXTS: Localized<{ said: string; taken: string }> = {
  en: {
    said: 'Refunds of {refunds} on {date} exceed that day’s sales of {sales} ({rows})',
    taken: 'the other {beyond} is taken off their total spent',
  },
  'zh-CN': {
    said: '{date}的退款 {refunds} 超过当天的销售额 {sales}（{rows}）',
    taken: '多出的 {beyond} 已从其总消费中扣除',
  },
  'zh-TW': {
    said: '{date}的退款 {refunds} 超過當天的銷售額 {sales}（{rows}）',
    taken: '多出的 {beyond} 已從其總消費中扣除',
  },
};

/** The day's sentence in two parts, for Data issues' Problem and What was done columns. */
export function overRefundParts(
  o: OverRefund,
  language: Language,
  inRange: boolean,
  currency?: Currency,
): { said: string; taken: string } {
  const t = TEXTS[language];
  const mark = currencyIn(language, currency);
  const money = (n: number) => formatMoney(n, mark);
  const rows = inRange ? rangeRows(o.rows, language) : sheetRows(o.rows, language);
  const said = t.said
    .replace('{refunds}', () => money(o.refunds))
    .replace('{date}', () => formatEmailDate(o.day, language))
    .replace('{sales}', () => money(o.sales))
    .replace('{rows}', () => rows);
  return { said, taken: t.taken.replace('{beyond}', () => money(o.refunds - o.sales)) };
}

/**
 * The note a customer's why ends with, one sentence per such day ("" for none): " Refunds of 80.00 on
 * 1 November 2026 exceed that day’s sales of 40.00 (rows 3, 4, 5): the other 40.00 is taken off their
 * total spent." Looked up by key once the list is mapped (most logs have none: nothing is mapped).
 */
export function overRefundWhy(
  list: readonly OverRefund[] | undefined,
  language: Language,
  inRange: boolean,
  currency?: Currency,
): (key: string) => string {
  if (list === undefined || list.length === 0) return () => '';
  const byKey = new Map<string, OverRefund[]>();
  for (const o of list) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  const en = language === 'en';
  return (key) =>
    (byKey.get(key) ?? [])
      .map((o) => {
        const { said, taken } = overRefundParts(o, language, inRange, currency);
        return en ? ` ${said}: ${taken}.` : `${said}：${taken}。`;
      })
      .join('');
}
