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
// - Made only of words saying the sale was given back ('Returned', 'Refunded', 已退款: return-words.ts
//   `returned`), the row's own sale is undone: it is left out as refunded in full, as under a Status
//   column, and listed so — not taken off the customer's other purchases (trials 25 and 27, review
//   25: Bob's Tee noted 'returned' took 20 off his other purchases, silently). A return word
//   ('Return', 退货) names a row that is itself the return, as above.
// - Made only of cancel words (with or without return words: 'Cancelled', '已取消', 'Cancelled,
//   refunded'), the row is no sale: it is left out as cancelled, as a status saying so would be.
// - A cancelled return ('return cancelled', 退货已取消, 取消退货) is no return: the sale stands, and
//   Data issues says so (counted, not a problem). The words are return-words.ts's, the same a
//   Status column reads.
// - Return or refund words and one number ('refund 5.00', 'refunded 1', 退款10元, '退货1件'): a refund
//   of some of the sale, or of a quantity, or of all of it; which is not known ('refunded 1' is $1 or
//   one item). The note is not applied: the whole sale is counted, and Data issues lists the row as a
//   problem saying so, for the owner to add the refund as its own row (leftovers 29: counted in full,
//   said only as a note that "mentions a return").
// - A note that mentions a return among other words ('customer returned 1 of 3', '退货一件') is not a
//   return of the row: it stays a sale, and Data issues says the note was seen and the sale counted,
//   for the owner to make the return a negative amount if it was one.
// - Any other note says nothing: most notes are gift wrap, 赠品, table numbers.
import type { IssueProblem } from './purchase';
import { MENTIONS_RETURN, returnWordsMeaning } from './return-words';
import { cleanText } from './text';

export type NoteMeaning = 'return' | 'returned' | 'cancelled' | 'return_cancelled' | 'refund_of' | 'mention';

/** The Data issues problem of a note kept on a sale (a note leaving its row out is an exclusion instead). */
export const NOTE_PROBLEMS = {
  return: 'note_return',
  return_cancelled: 'note_return_cancelled',
  refund_of: 'note_refund_of',
  mention: 'note_mention',
} as const satisfies Record<Exclude<NoteMeaning, 'cancelled' | 'returned'>, IssueProblem>;

/** A number, with a currency mark or unit: '5.00', '¥10', '10元', '1件', '2 pcs'. */
const COUNT = /(?:[$¥￥€£]\s*)?\d+(?:[.,]\d+)*(?:\s*(?:元|块|塊|件|个|個|pcs|pc|rmb|yuan))?/gu;

/** What a note cell says of its row (see the rules at the top); undefined for most notes. */
export function noteMeaning(cell: unknown): NoteMeaning | undefined {
  if (typeof cell !== 'string' || cell === '') return undefined;
  const text = cleanText(cell).toLowerCase();
  if (!MENTIONS_RETURN.test(text)) return undefined;
  const words = returnWordsMeaning(text);
  if (words === 'return' || words === 'returned') return words;
  if (refundOfSome(text)) return 'refund_of';
  if (words === 'cancelled' || words === 'return_cancelled') return words;
  return 'mention';
}

/** Return or refund words and exactly one number ('refund 5.00', 退款10元): see the rules at the top. */
function refundOfSome(text: string): boolean {
  const counts = text.match(COUNT);
  if (counts?.length !== 1) return false;
  const words = returnWordsMeaning(text.replace(COUNT, ' '));
  return words === 'return' || words === 'returned';
}
