// What a purchase log's notes column (Notes, Remarks, Comment, 备注, 說明…) says about its row. A
// hand-kept ledger writes a return as another row with the price and 备注 = 退货; read as a sale,
// that return was a second purchase a week later (trial 24).
//
// Decisions (tests in test/unit/input/note-words.test.ts):
// - The rule is whole-cell: a note read as a return is made only of return or refund words (the ones
//   statuses.ts reads as refunds: return, returned, refund, refunded, 退货, 退款, 退單…), with spaces
//   and punctuation between them ('Return', 'Returned - refunded', '退货退款'). Its row is a return:
//   a positive amount is taken off (as a negative amount always was), and Data issues says so, row
//   by row.
// - Made only of cancel words (with or without return words: 'Cancelled', '已取消', 'Cancelled,
//   refunded'), the row is no sale: it is left out as cancelled, as a status saying so would be.
// - A note that mentions a return among other words ('customer returned 1 of 3', '退货一件') is not a
//   return of the row: it stays a sale, and Data issues says the note was seen and the sale counted,
//   for the owner to make the return a negative amount if it was one.
// - Any other note says nothing: most notes are gift wrap, 赠品, table numbers.
import { cleanText } from './text';

export type NoteMeaning = 'return' | 'cancelled' | 'mention';

const RETURN_WORDS =
  'returned|returns|return|refunded|refunds|refund|已退货|已退貨|已退款|全额退款|全額退款|退货|退貨|退款|退单|退單|退回';
const CANCEL_WORDS = 'cancelled|canceled|cancel|voided|void|已取消|取消|已作废|已作廢|作废|作廢';

const ONLY_RETURNS = new RegExp(`^(?:${RETURN_WORDS})+$`);
const ONLY_CANCEL_OR_RETURN = new RegExp(`^(?:${CANCEL_WORDS}|${RETURN_WORDS})+$`);
const HAS_CANCEL = new RegExp(CANCEL_WORDS);
/** A return word as a whole English word ('returning customer' is none), or a Chinese one anywhere. */
const MENTION =
  /\b(?:return(?:ed|s)?|refund(?:ed|s)?|cancel(?:l?ed)?|void(?:ed)?)\b|退货|退貨|退款|退单|退單|取消|作废|作廢/;

/** Lower case, spaces and punctuation removed ('Returned - refunded' → 'returnedrefunded'). */
function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_\-,，、.。:：;；/!！()（）]+/g, '');
}

/** What a note cell says of its row (see the rules at the top); undefined for most notes. */
export function noteMeaning(cell: unknown): NoteMeaning | undefined {
  if (typeof cell !== 'string' || cell === '') return undefined;
  const text = cleanText(cell).toLowerCase();
  if (!MENTION.test(text)) return undefined;
  const squashed = squash(text);
  if (ONLY_RETURNS.test(squashed)) return 'return';
  if (ONLY_CANCEL_OR_RETURN.test(squashed) && HAS_CANCEL.test(squashed)) return 'cancelled';
  return 'mention';
}
