// The sheet's currency as a sentence of one language writes it. zh-TW writes its whole sentence in
// Traditional characters, the currency's mark included (a `[$人民币]` number format is 人民幣 there).
// The reasons and the why converted the mark with the texts' own table, which holds none of a
// currency name's characters, and the over-refund sentence did not convert it at all (leftovers 29):
// every sentence that writes money now takes its mark from here.
import type { Currency } from './format-number';
import { type Language, traditional } from './language';

// The Simplified characters of the currency names an amount may carry (input/parse-amount.ts:
// 人民币, 港币, 澳门币, 欧元, 英镑, 韩元, 日圆), and their Traditional forms.
const SIMPLIFIED = '币门欧镑韩圆';
const TRADITIONAL = '幣門歐鎊韓圓';
const SIMPLIFIED_CHAR = new RegExp(`[${SIMPLIFIED}]`, 'g');

/** `currency` as sentences of `language` write it; undefined stays undefined (no guessed mark). */
export function currencyIn(language: Language, currency: Currency | undefined): Currency | undefined {
  if (currency === undefined || language !== 'zh-TW') return currency;
  const symbol = traditional(currency.symbol).replace(
    SIMPLIFIED_CHAR,
    (c) => TRADITIONAL[SIMPLIFIED.indexOf(c)]!,
  );
  return { symbol, after: currency.after };
}
