// A customer cell that names a total or subtotal row ('小计', 'Total:', 'March total'), even on a row
// with a date and an amount: owners write a day's subtotal on that day's date, and the row read as a
// customer "小计" who outspent everyone (trial 22). exports/row-kinds.ts finds total words in any label
// cell, but only on rows that could not be read as a purchase; this looks at the customer key alone,
// once per key (read-purchases.ts keeps it on the customer's entry), so it costs nothing per row.
//
// Stricter than row-kinds.ts, since here a match drops a row that reads as a sale: the whole cell,
// a trailing colon aside, must be a total word, alone or after one word or date ('March total',
// '2026-03-01 subtotal', '3月小计', '本日合计') and before a few nouns ('Total sales', '合计金额').
// 'Sum' counts only alone: it is a surname too ('Sum Wai Man'). README "Total rows with a date"
// lists the words.

const EN =
  /^(?:[\p{L}\p{N}][\p{L}\p{N}./-]* )?(?:sub ?-?total|grand total|total)s?(?: (?:sales|amount|revenue|spent|paid))?$/u;
const ZH =
  /^[\p{N}\s年月日周週本当當今上下./-]*(?:合计|合計|小计|小計|总计|總計|汇总|匯總|累计|累計)(?:金额|金額|销售额|銷售額)?$/u;

/** Whether a character code ends an English word of EN or 'sum' (l s m t d e), or is ':'. */
const mayEnd = (c: number) =>
  c === 108 || c === 115 || c === 109 || c === 116 || c === 100 || c === 101 || c === 58;

/**
 * Whether a customer key (customer-key.ts: cleaned, full-width folded, lower-cased) is a total or
 * subtotal word. Read once per customer key: an ASCII key ending otherwise (an id, a phone, most
 * names) is answered by its last character, the rest by 'total', 'sum' or a non-ASCII character.
 */
export function isTotalKey(key: string): boolean {
  const last = key.charCodeAt(key.length - 1);
  if (last < 127 && !mayEnd(last)) return false;
  const word = last === 58 ? key.slice(0, -1).trimEnd() : key;
  if (word === 'sum') return true;
  if (word.includes('total')) return EN.test(word);
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 126) return ZH.test(word);
  return false;
}
