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
// - A note that mentions a return among other words ('customer returned 1 of 3', '退货一件') is not a
//   return of the row: it stays a sale, and Data issues says the note was seen and the sale counted,
//   for the owner to make the return a negative amount if it was one.
// - Any other note says nothing: most notes are gift wrap, 赠品, table numbers.
import { MENTIONS_RETURN, returnWordsMeaning } from './return-words';
import { cleanText } from './text';

export type NoteMeaning = 'return' | 'returned' | 'cancelled' | 'return_cancelled' | 'mention';

/** What a note cell says of its row (see the rules at the top); undefined for most notes. */
export function noteMeaning(cell: unknown): NoteMeaning | undefined {
  if (typeof cell !== 'string' || cell === '') return undefined;
  const text = cleanText(cell).toLowerCase();
  if (!MENTIONS_RETURN.test(text)) return undefined;
  const words = returnWordsMeaning(text);
  if (words === 'return' || words === 'returned') return words;
  if (words === 'cancelled' || words === 'return_cancelled') return words;
  return 'mention';
}
