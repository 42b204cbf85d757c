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
 * UTF-8 bytes per part: the cache takes at most 100 KB per value
 * (https://developers.google.com/apps-script/reference/cache/cache); 96,000 leaves room for the
 * header (under 40 bytes) whether a KB is read as 1,000 or 1,024 bytes. Counted in bytes, not
 * characters, so a text of plain ASCII (the shared analysis's JSON, mostly) fills a part three
 * times fuller than a limit in characters sized for 3-byte characters would.
 */
export const PART_BYTES = 96_000;

const partKey = (key: string, n: number) => `${key}:${n}`;

/** Any character of more than one UTF-8 byte. */
const WIDE = /[^\0-\x7f]/g;

/**
 * Where each part of `text` ends: greedy cuts of at most `partBytes` UTF-8 bytes, never inside a
 * surrogate pair. Runs of ASCII (one byte each: nearly all of a shared analysis's JSON) are found by
 * the pattern and cut by arithmetic; only the wider characters are sized one by one. A loop over
 * every character cost a miss ~10 ms cold on CDNOW, twice (the part count, then the parts).
 */
function partEnds(text: string, partBytes: number): number[] {
  const ends: number[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    WIDE.lastIndex = i;
    const wide = WIDE.exec(text)?.index ?? text.length;
    // The ASCII run [i, wide): fill the part, cutting where it is full.
    while (i < wide) {
      if (bytes >= partBytes) {
        ends.push(i);
        bytes = 0;
      }
      const take = Math.min(wide - i, partBytes - bytes);
      i += take;
      bytes += take;
    }
    if (i === text.length) break;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const size = c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > partBytes && bytes > 0) {
      ends.push(i);
      bytes = 0;
    }
    bytes += size;
    i += pair ? 2 : 1;
  }
  ends.push(text.length);
  return ends;
}

/** How many cache values `text` takes (one per part). */
export function partCount(text: string, partBytes = PART_BYTES): number {
  return partEnds(text, partBytes).length;
}

/** The values to put: the key's own (header and first part) and one per further part. */
export function splitIntoParts(key: string, text: string, partBytes = PART_BYTES): Record<string, string> {
  const ends = partEnds(text, partBytes);
  const values: Record<string, string> = {
    [key]: `${MAGIC} ${ends.length} ${hashText(text)}\n${text.slice(0, ends[0])}`,
  };
  for (let n = 2; n <= ends.length; n++) values[partKey(key, n)] = text.slice(ends[n - 2], ends[n - 1]);
  return values;
}

/**
 * The text saved under `key`, or undefined when it is missing, incomplete, made of more than
 * `maxParts` parts or does not match its checksum.
 */
export function readParts(
  key: string,
  read: (keys: string[]) => { [key: string]: string | undefined },
  maxParts = 1000,
): string | undefined {
  const head = read([key])[key];
  if (typeof head !== 'string') return undefined;
  const newline = head.indexOf('\n');
  const header = (newline < 0 ? '' : head.slice(0, newline)).split(' ');
  const count = Number(header[1]);
  if (
    header.length !== 3 ||
    header[0] !== MAGIC ||
    !Number.isInteger(count) ||
    count < 1 ||
    count > maxParts
  ) {
    return undefined;
  }
  const chunks = [head.slice(newline + 1)];
  if (count > 1) {
    const keys: string[] = [];
    for (let n = 2; n <= count; n++) keys.push(partKey(key, n));
    const parts = read(keys);
    for (const k of keys) {
      const part = parts[k];
      if (typeof part !== 'string') return undefined;
      chunks.push(part);
    }
  }
  const text = chunks.join('');
  return hashText(text) === header[2] ? text : undefined;
}
