// The words for a return, a refund and a cancellation: one table, read by a status column
// (exports/statuses.ts) and by a notes column (note-words.ts). Two lists disagreed in trial 25:
// 'Return' and 退货 were a return in a note but an unknown status (so a purchase) under Status.
//
// Decisions (tests in test/unit/input/return-words.test.ts):
// - A return or refund word names a row that gives money back ('Return', 退货, 退款): as a status it
//   is a refund row netted against the customer, as a note it makes the row a return.
// - A word saying the order was given back ('returned', 'refunded', 已退款) is, as a status, an order
//   left out like 'refunded'; as a note it makes the row a return, as the words above do.
// - A return followed by a cancel word ('return cancelled', 退货已取消, 'refund voided'), or 取消 put
//   before a return as its verb (取消退货, 已取消退款), cancels the return, not the sale: the sale stands,
//   under a Status column as in a note. 'Cancelled, refunded' is an order cancelled and refunded.

/** A row that gives money back. */
const RETURN_ROW = [
  'return',
  'returns',
  'refund',
  'refunds',
  'payment refund',
  '退货',
  '退貨',
  '退款',
  '退单',
  '退單',
  '退回',
  '退款单',
  '退款單',
];
/** An order given back whole. */
const RETURNED = [
  'returned',
  'refunded',
  'fully refunded',
  '已退货',
  '已退貨',
  '已退款',
  '全额退款',
  '全額退款',
  '退款成功',
  '退款完成',
];
const CANCEL = ['cancelled', 'canceled', 'cancel', '已取消', '取消', '交易取消'];
const VOID = ['voided', 'void', '作废', '已作废', '作廢', '已作廢'];

export const RETURN_WORDS = {
  returnRow: RETURN_ROW,
  returned: RETURNED,
  cancel: CANCEL,
  void: VOID,
} as const;

/** Lower case, spaces and punctuation removed ('Returned - refunded' → 'returnedrefunded'). */
function squashWords(text: string): string {
  return text.toLowerCase().replace(/[\s_\-,，、.。:：;；/!！()（）]+/g, '');
}

/** Alternatives of a regular expression, longest first (the words hold no special characters). */
function alternatives(words: readonly string[]): string {
  return [...new Set(words.map(squashWords))].sort((a, b) => b.length - a.length).join('|');
}

const RETURN_ANY = alternatives([...RETURN_ROW, ...RETURNED]);
const CANCEL_ANY = alternatives([...CANCEL, ...VOID]);
const ONLY_RETURNS = new RegExp(`^(?:${RETURN_ANY})+$`);
const ONLY_CANCEL_OR_RETURN = new RegExp(`^(?:${CANCEL_ANY}|${RETURN_ANY})+$`);
const RETURN_THEN_CANCEL = new RegExp(`^(?:${RETURN_ANY})+(?:${CANCEL_ANY})+$`);
/** 取消 as the verb of a return: nothing, not even a comma, between them. */
const CANCEL_A_RETURN = /^已?取消(?:退货|退貨|退款|退单|退單|退回)+$/;
const HAS_RETURNED = new RegExp(alternatives(RETURNED));

/** What a cell made only of these words says; undefined when it holds any other word. */
export type ReturnWordsMeaning = 'return' | 'returned' | 'cancelled' | 'return_cancelled';

/** The whole-cell reading (see the rules at the top), for a status and a note alike. */
export function returnWordsMeaning(text: string): ReturnWordsMeaning | undefined {
  const squashed = squashWords(text);
  if (squashed === '') return undefined;
  if (ONLY_RETURNS.test(squashed)) return HAS_RETURNED.test(squashed) ? 'returned' : 'return';
  if (RETURN_THEN_CANCEL.test(squashed)) return 'return_cancelled';
  if (CANCEL_A_RETURN.test(text.replace(/\s+/g, ''))) return 'return_cancelled';
  if (ONLY_CANCEL_OR_RETURN.test(squashed)) return 'cancelled';
  return undefined;
}

/** A return or cancel word in a longer text: a whole English word, a Chinese one anywhere. */
export const MENTIONS_RETURN = new RegExp(
  [...RETURN_ROW, ...RETURNED, ...CANCEL, ...VOID]
    .filter((w) => !w.includes(' '))
    .map((w) => (/^[a-z]+$/.test(w) ? `\\b${w}\\b` : w))
    .join('|'),
);
