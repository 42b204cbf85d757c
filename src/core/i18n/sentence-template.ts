/**
 * What a slot of a sentence shows: a function of the facts the sentence is about (e.g. a lifecycle
 * reason), returning the text already formatted for the sentence's language.
 */
export type SlotValues<Facts> = Readonly<Record<string, (facts: Facts) => string>>;

const SLOT = /\{(\w+)\}/g;

/**
 * A sentence with named slots, "Bought once, {daysSinceLast} ago; …", split once into its fixed
 * text and its slots, so that writing it for each of many customers is a few concatenations: no
 * parsing, regular expression, array or object per sentence. A slot the template names but
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
  const last = template.slice(at);
  const count = slots.length;
  return (facts) => {
    let text = '';
    for (let i = 0; i < count; i++) text += fixed[i]! + slots[i]!(facts);
    return text + last;
  };
}
