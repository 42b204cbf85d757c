// Whether a customer's {{name}} is a name to greet them by. A log without a name column names each
// customer by its key, and the customer sheet's Name column may be blank: the key then stood in as
// the name, and emails went out as "Dear C225330," or "Dear 07700 900123," (trial 24).
//
// Decisions (tests in test/unit/followups/greeting-name.test.ts):
// - Not a name: anything holding an email address ("ann@example.com", "Leo <leo@x.com>",
//   "ann @ example.com", two addresses); text without a letter (digits, a phone number, punctuation).
// - Text with a digit is a name only when it reads as a name with a small number beside it, the way
//   owners tell two customers apart ("Mary 2", "Li 3rd", "Table 4 Anna", "张伟2"): one word holds a
//   digit and is a number of at most three digits (an ordinal too), and some other word is not one
//   that only says what the row is ("Customer 12", "Guest 3", "会员 5"). A word
//   mixing letters and digits (C225330, a hex or uuid key) or a longer number (a phone, "Anna 2024",
//   an id beside a name) makes it no name: greeting by it would print the id. Before, any digit
//   made it no name, and "Mary 2" was greeted as "friend".
// - Everything else is a name as typed: 林秀英, "Mr. Lee", "O'Donnell", "Anne-Marie", "Ng". A key of
//   letters alone ("ABCD") cannot be told from a name and stays one.
// - campaign.ts greets a customer without a name by the template's fallback (`{{name|there}}`), else
//   by the neutral word of the email's language (FollowUpServerTexts.unnamedGreeting), and the
//   preview lists those customers.

/** An `@` between two words, spaced or not: an address (or meant as one), even beside a name. */
const ADDRESS = /\S\s*@\s*\S/;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
/** Words: split at spaces, and where Han characters meet digits (Chinese writes "张伟2" unspaced). */
const WORD_BREAK = /\s+|(?<=\p{Script=Han})(?=\p{Nd})/u;
/** A number told apart from a name: "2", "#4", "(3)", "3rd", "No.5"'s "5". Four digits is a year or an id. */
const SMALL_NUMBER = /^[#№(]?\p{Nd}{1,3}(?:st|nd|rd|th)?[).,]?$/iu;
/** Words that say what a row is, not who: "Customer 12" names nobody. Compared lower-cased, letters only. */
const ROW_WORDS = new Set([
  'customer',
  'client',
  'guest',
  'user',
  'member',
  'buyer',
  'shopper',
  'visitor',
  'order',
  'table',
  'account',
  'id',
  'no',
  'number',
  'anonymous',
  'unknown',
  '顾客',
  '顧客',
  '客户',
  '客戶',
  '客人',
  '会员',
  '會員',
  '用户',
  '用戶',
  '买家',
  '買家',
  '订单',
  '訂單',
  '桌',
  '号',
  '號',
]);

const isNameWord = (word: string): boolean =>
  LETTER.test(word) && !ROW_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));

/** Whether `text` is a name to greet a customer by (see the rules at the top). */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (ADDRESS.test(t) || !LETTER.test(t)) return false;
  if (!DIGIT.test(t)) return true;
  const words = t.split(WORD_BREAK);
  const numbered = words.filter((w) => DIGIT.test(w));
  // One number only: "Anna 12 34" may be a phone split in groups.
  return (
    numbered.length === 1 &&
    SMALL_NUMBER.test(numbered[0]!) &&
    words.some((w) => !DIGIT.test(w) && isNameWord(w))
  );
}
