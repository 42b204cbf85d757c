/**
 * What a slot of a sentence shows: a function of the facts the sentence is about (e.g. a lifecycle
 * reason), returning the text already formatted for the sentence's language.
 */
export type SlotValues<Facts> = Readonly<Record<string, (facts: Facts) => string>>;

const SLOT = /\{(\w+)\}/g;

/**
 * A sentence with named slots, "Bought once, {daysSinceLast} ago; …", split once into its fixed
 * text and its slots, so that writing it for each of many customers is one join: no parsing,
 * regular expression, array or object per sentence. A slot the template names but
 * `values` lacks throws here, when the sentences are set up, not while writing them.
 *
 * @example compileSentence('{n} days', { n: (d: number) => String(d) })(3) // '3 days'
 */
export function compileSentence<Facts>(
  template: string,
  values: SlotValues<Facts>,
): (facts: Facts) => string {
  const fixed: string[] = [];
  const slots: ((facts: Facts) => string)[] = [];
  let at = 0;
  for (const match of template.matchAll(SLOT)) {
    const value = values[match[1]!];
    if (value === undefined) throw new Error(`No value for {${match[1]}} in the sentence "${template}".`);
    fixed.push(template.slice(at, match.index));
    slots.push(value);
    at = match.index + match[0].length;
  }
  const count = slots.length;
  // The pieces of a sentence in one list, reused by every call, and joined: a sentence is then one
  // flat string, where a chain of `+` leaves a tree of a dozen small strings per customer — kept
  // alive with a formula's output and copied by the garbage collector (issue 13).
  const pieces: string[] = new Array(2 * count + 1);
  for (let i = 0; i < count; i++) pieces[2 * i] = fixed[i]!;
  pieces[2 * count] = template.slice(at);
  return (facts) => {
    for (let i = 0; i < count; i++) pieces[2 * i + 1] = slots[i]!(facts);
    return pieces.join('');
  };
}
