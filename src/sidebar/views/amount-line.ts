// Column setup says what it reads as the amount of a log that is no known export, when that is more
// than one cell per purchase (core/exports/line-amounts.ts `amountReading`): price × quantity per
// line, a line's amount added up per order, or the order's total counted once.
import type { Language, Localized } from '../../core/i18n/language';
import { h } from '../dom';

/** core/exports/line-amounts.ts `AmountReading`, as the server sends it. */
export type AmountReading = {
  how: 'price' | 'line' | 'order';
  amount: string;
  quantity: string;
  order: string;
};

const TEXTS: Localized<{
  price: string;
  priceRows: string;
  line: string;
  order: string;
}> = {
  en: {
    price: "Amount: '{quantity}' × '{amount}' for each line; the lines of one '{order}' are added up.",
    priceRows: "Amount: '{quantity}' × '{amount}' for each row.",
    line: "Amount: '{amount}' is each line's amount; the lines of one '{order}' are added up.",
    order:
      "Amount: '{amount}' is the order's total, counted once per '{order}'; where it differs between an order's lines, it is each line's and they are added up.",
  },
  'zh-CN': {
    price: '金额：每行的“{quantity}”×“{amount}”；同一“{order}”的各行相加。',
    priceRows: '金额：每行的“{quantity}”×“{amount}”。',
    line: '金额：“{amount}”是每一行的金额；同一“{order}”的各行相加。',
    order:
      '金额：“{amount}”是订单总额，每个“{order}”只计一次；如果同一订单各行的“{amount}”不同，它就是每一行的金额，各行相加。',
  },
  'zh-TW': {
    price: '金額：每列的「{quantity}」×「{amount}」；同一「{order}」的各列相加。',
    priceRows: '金額：每列的「{quantity}」×「{amount}」。',
    line: '金額：「{amount}」是每一列的金額；同一「{order}」的各列相加。',
    order:
      '金額：「{amount}」是訂單總額，每個「{order}」只計一次；如果同一訂單各列的「{amount}」不同，它就是每一列的金額，各列相加。',
  },
};

/** The sentence saying how the amount is read. */
export function amountText(language: Language, reading: AmountReading): string {
  const t = TEXTS[language];
  const text = reading.how === 'price' && reading.order === '' ? t.priceRows : t[reading.how];
  return text
    .replace(/\{amount\}/g, () => reading.amount)
    .replace('{quantity}', () => reading.quantity)
    .replace('{order}', () => reading.order);
}

/** The line saying how the amount is read; null for a plain log or a known export. */
export function amountLine(language: Language, reading: AmountReading | undefined): HTMLElement | null {
  if (reading === undefined) return null;
  return h('p', { attrs: { 'data-amount-reading': reading.how } }, amountText(language, reading));
}
