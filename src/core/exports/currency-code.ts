// The money sign for the currency an export names in its currency column (`USD`, `CNY`) or its
// platform implies (Youzan: CNY). Amount cells of an export are plain numbers with no format, so
// without this an owner's Shopify or Youzan totals were shown with no currency at all (issue 12).
// Symbols are the ones written at home (a Canadian shop writes `$`, a Taiwanese one `NT$`); a code
// not listed is shown as the code, after the number (`1,234.50 SEK`), never as a guessed sign.
import type { Currency } from '../i18n/format-number';

// One string, not an object: Code.js has a size budget.
const SIGNS =
  'USD:$ CAD:$ AUD:$ NZD:$ MXN:$ SGD:S$ HKD:HK$ TWD:NT$ CNY:¥ RMB:¥ JPY:¥ EUR:€ GBP:£ KRW:₩ INR:₹ RUB:₽ THB:฿ ILS:₪ PHP:₱ MYR:RM BRL:R$';

/** The currency as sentences show it, from the log's currency (an ISO code, or a mark as typed). */
export function currencyOfCode(code: string | undefined): Currency | undefined {
  if (code === undefined || code.trim() === '') return undefined;
  const upper = code.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) {
    const sign = new RegExp(`${upper}:(\\S+)`).exec(SIGNS)?.[1];
    // A three-letter code we do not know: written out, after the number.
    return sign === undefined ? { symbol: upper, after: true } : { symbol: sign, after: false };
  }
  // A mark from the amounts themselves (a plain log in mixed currencies): as it was typed.
  return { symbol: code.trim(), after: code.trim() === '元' || code.trim() === '円' };
}
