/**
 * Texts longer than one cache value, kept as numbered parts. The value under the key itself starts
 * with a header naming the number of parts and a 64-bit checksum of the whole text; parts 2… sit
 * under `key:2`, `key:3`…. Reading gives the text back only when every part is there and the
 * checksum matches: a cache that lost a part (it may evict any entry at any time) or mixes parts of
 * two writes gives nothing, never a wrong text.
 */
import { hashText } from './hash64';

const MAGIC = 'regulars-parts-1';
/**
 * Characters per part: at most 3 UTF-8 bytes each (4 per surrogate pair), so a part stays under the
 * cache's 100 KB per value (https://developers.google.com/apps-script/reference/cache/cache).
 */
const PART_CHARS = 30_000;

const partKey = (key: string, n: number) => `${key}:${n}`;

/** The values to put: the key's own (header and first part) and one per further part. */
export function splitIntoParts(key: string, text: string, partChars = PART_CHARS): Record<string, string> {
  const chunks: string[] = [];
  for (let at = 0; at < text.length || chunks.length === 0; ) {
    let end = Math.min(text.length, at + partChars);
    // Never cut between the two halves of a surrogate pair.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > at && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(at, end));
    at = end;
  }
  const values: Record<string, string> = {
    [key]: `${MAGIC} ${chunks.length} ${hashText(text)}\n${chunks[0]}`,
  };
  for (let n = 2; n <= chunks.length; n++) values[partKey(key, n)] = chunks[n - 1]!;
  return values;
}

/** The text saved under `key`, or undefined when it is missing, incomplete or does not match its checksum. */
export function readParts(
  key: string,
  read: (keys: string[]) => { [key: string]: string | undefined },
): string | undefined {
  const head = read([key])[key];
  if (typeof head !== 'string') return undefined;
  const newline = head.indexOf('\n');
  const header = (newline < 0 ? '' : head.slice(0, newline)).split(' ');
  const count = Number(header[1]);
  if (header.length !== 3 || header[0] !== MAGIC || !Number.isInteger(count) || count < 1 || count > 1000) {
    return undefined;
  }
  let text = head.slice(newline + 1);
  if (count > 1) {
    const keys: string[] = [];
    for (let n = 2; n <= count; n++) keys.push(partKey(key, n));
    const parts = read(keys);
    for (const k of keys) {
      const part = parts[k];
      if (typeof part !== 'string') return undefined;
      text += part;
    }
  }
  return hashText(text) === header[2] ? text : undefined;
}
