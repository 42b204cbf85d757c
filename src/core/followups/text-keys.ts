// Sheets the add-on writes in the owner's language and reads back in any (the Contact log's and the
// Templates sheet's headers, the template purposes): which key a text stands for. One lookup per
// table, built on first use (nothing runs when the script loads: Apps Script loads it for every
// call) and kept while the table lives (one texts file per execution, src/gas/texts-file.ts).
import { LANGUAGES, type Localized } from '../i18n/language';
import { cleanText } from '../input/text';

const lookups = new WeakMap<object, ReadonlyMap<string, string>>();

/** Each text of `table`, in every language, cleaned and in lower case → its key. */
export function keysOfTexts<K extends string>(table: Localized<Record<K, string>>): ReadonlyMap<string, K> {
  let lookup = lookups.get(table);
  if (lookup === undefined) {
    const built = new Map<string, string>();
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries<string>(table[language]))
        built.set(cleanText(text).toLowerCase(), key);
    }
    lookups.set(table, built);
    lookup = built;
  }
  return lookup as ReadonlyMap<string, K>;
}
