// Whether a customer's {{name}} is a name to greet them by. A log without a name column names each
// customer by its key, and the customer sheet's Name column may be blank: the key then stood in as
// the name, and emails went out as "Dear C225330," or "Dear 07700 900123," (trial 24).
//
// Decisions (tests in test/unit/followups/greeting-name.test.ts):
// - Not a name: anything holding an email address ("ann@example.com", "Leo <leo@x.com>",
//   "ann @ example.com", two addresses); text without a letter (digits, a phone number, punctuation);
//   text with a digit anywhere (C225330, a hex or uuid key, "Customer 12"): people's names have none.
// - Everything else is a name as typed: 林秀英, "Mr. Lee", "O'Donnell", "Anne-Marie", "Ng". A key of
//   letters alone ("ABCD") cannot be told from a name and stays one.
// - campaign.ts greets a customer without a name by the template's fallback (`{{name|there}}`), else
//   by the neutral word of the email's language (FollowUpServerTexts.unnamedGreeting), and the
//   preview lists those customers.

/** An `@` between two words, spaced or not: an address (or meant as one), even beside a name. */
const ADDRESS = /\S\s*@\s*\S/;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** Whether `text` is a name to greet a customer by (see the rules at the top). */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (ADDRESS.test(t)) return false;
  return LETTER.test(t) && !DIGIT.test(t);
}
