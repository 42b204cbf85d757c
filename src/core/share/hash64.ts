/**
 * A 64-bit hash of a stream of cells and texts, as two independent 32-bit lanes: one mixes each word
 * as MurmurHash3 does (x86_32: constants 0xcc9e2d51, 0x1b873593, rotations 15 and 13), the other as
 * an xxHash32 round (primes 0x85ebca77, 0x9e3779b1, rotation 13), each from its own seed and with its
 * own finaliser. Not cryptographic: it names a sheet's own data in its own document cache, where a
 * collision would need two inputs of the same document to meet by chance (about 2^-64 per pair).
 *
 * Every value is fed with a type tag, so a Date, a number, the text "1", true and a blank cell all
 * differ; texts carry their length and rows their width, so where a value sits changes the hash too.
 *
 * Speed: a formula call hashes its whole range cold, once. Values are first written as 32-bit words
 * into a buffer and the buffer is mixed in one tight loop (which V8 optimises within the first call),
 * rather than one function call per word; plain 32-bit arithmetic (Math.imul), no BigInt.
 */

const TAG = {
  blank: 1,
  text: 2,
  integer: 3,
  float: 4,
  boolean: 5,
  date: 6,
  other: 7,
  row: 8,
  grid: 9,
} as const;

const BUFFER_WORDS = 4096;
/** The most words one value other than a text writes (tag and a double's two halves). */
const MAX_VALUE_WORDS = 3;

// One scratch buffer reads a double's two 32-bit halves without allocating.
const scratch = new Float64Array(1);
const halves = new Int32Array(scratch.buffer);

function isDate(v: unknown): v is Date {
  // Dates may come from another realm (a vm context in tests): duck-type rather than instanceof.
  return typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function';
}

export class Hash64 {
  private a = SEED_A;
  private b = SEED_B;
  private words = 0;
  private readonly buffer = new Int32Array(BUFFER_WORDS);
  private used = 0;

  /** Mixes the buffered words into both lanes. */
  private flush(): void {
    const w = this.buffer;
    const n = this.used;
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < n; i++) {
      const k = w[i]!;
      let k1 = Math.imul(k, 0xcc9e2d51);
      k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
      a ^= k1;
      a = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe6546b64) | 0;
      b = (b + Math.imul(k, 0x85ebca77)) | 0;
      b = Math.imul((b << 13) | (b >>> 19), 0x9e3779b1);
    }
    this.a = a;
    this.b = b;
    this.words += n;
    this.used = 0;
  }

  /** Room for `count` more words. */
  private room(count: number): void {
    if (this.used + count > BUFFER_WORDS) this.flush();
  }

  word(k: number): void {
    this.room(1);
    this.buffer[this.used++] = k;
  }

  text(s: string): void {
    const n = s.length;
    // Tag, length and two UTF-16 code units per word.
    if (this.used + 2 + ((n + 1) >> 1) > BUFFER_WORDS) this.flush();
    const w = this.buffer;
    let u = this.used;
    w[u++] = TAG.text;
    w[u++] = n;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      if (u === BUFFER_WORDS) {
        this.used = u;
        this.flush();
        u = 0;
      }
      w[u++] = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    }
    if (i < n) {
      if (u === BUFFER_WORDS) {
        this.used = u;
        this.flush();
        u = 0;
      }
      w[u++] = s.charCodeAt(i);
    }
    this.used = u;
  }

  /** One value other than a text, into the buffer, which has room for MAX_VALUE_WORDS. */
  private value(v: unknown): void {
    const w = this.buffer;
    let u = this.used;
    if (typeof v === 'number') {
      // Whole numbers (most amounts and ids) in one word; -0 and the rest by their 64 bits.
      if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
        w[u++] = TAG.integer;
        w[u++] = v;
      } else {
        scratch[0] = v;
        w[u++] = TAG.float;
        w[u++] = halves[0]!;
        w[u++] = halves[1]!;
      }
    } else if (v instanceof Date || isDate(v)) {
      scratch[0] = v.getTime();
      w[u++] = TAG.date;
      w[u++] = halves[0]!;
      w[u++] = halves[1]!;
    } else if (typeof v === 'boolean') w[u++] = v ? TAG.boolean | 0x100 : TAG.boolean;
    else if (v === null || v === undefined) w[u++] = TAG.blank;
    else {
      this.used = u;
      this.word(TAG.other);
      this.text(String(v));
      return;
    }
    this.used = u;
  }

  /** One cell as a range hands it over: text, number, boolean, Date or blank (null/undefined). */
  cell(v: unknown): void {
    if (typeof v === 'string') {
      this.text(v);
    } else {
      if (this.used + MAX_VALUE_WORDS > BUFFER_WORDS) this.flush();
      this.value(v);
    }
  }

  number(v: number): void {
    this.cell(v);
  }

  /** A 2-D range: every cell, each row closed by its width and the grid by its height. */
  grid(rows: readonly (readonly unknown[])[]): void {
    const w = this.buffer;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const width = row.length;
      for (let c = 0; c < width; c++) {
        const v = row[c];
        if (typeof v === 'string') this.text(v);
        else {
          if (this.used + MAX_VALUE_WORDS > BUFFER_WORDS) this.flush();
          this.value(v);
        }
      }
      if (this.used + 2 > BUFFER_WORDS) this.flush();
      w[this.used++] = TAG.row;
      w[this.used++] = width;
    }
    this.room(2);
    w[this.used++] = TAG.grid;
    w[this.used++] = rows.length;
  }

  /** 16 hex digits: both lanes, each finalised with the word count. */
  digest(): string {
    this.flush();
    return finalDigest(this.a, this.b, this.words);
  }
}

const SEED_A = 0x3c6ef372;
const SEED_B = 0x165667b1;

function finalDigest(laneA: number, laneB: number, words: number): string {
  let a = laneA ^ words;
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  let b = laneB ^ Math.imul(words, 0x27d4eb2f);
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  b = Math.imul(b, 0x297a2d39);
  b ^= b >>> 15;
  return hex8(a) + hex8(b);
}

const hex8 = (x: number) => (x >>> 0).toString(16).padStart(8, '0');

/**
 * The 64-bit hash of one text (a checksum for what the cache hands back): the same value as
 * `new Hash64().text(s).digest()`, mixed in one loop without the buffer, since a shared analysis
 * is megabytes of text and its checksum is on every hit's path.
 */
export function hashText(s: string): string {
  const n = s.length;
  let a = SEED_A;
  let b = SEED_B;
  // The tag and the length, as Hash64.text writes them first (i = -4, -2), then two UTF-16 units
  // per word, and the last alone when n is odd. The pairs are tested for first: the loop runs
  // ~1M times on a CDNOW analysis, mostly before the engine has optimised it.
  const pairs = n & ~1;
  for (let i = -4; i <= pairs; i += 2) {
    let k: number;
    if (i >= 0 && i < pairs) k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    else if (i < 0) k = i === -4 ? TAG.text : n;
    else if (pairs < n) k = s.charCodeAt(pairs);
    else break;
    let k1 = Math.imul(k, 0xcc9e2d51);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
    a ^= k1;
    a = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe6546b64) | 0;
    b = (b + Math.imul(k, 0x85ebca77)) | 0;
    b = Math.imul((b << 13) | (b >>> 19), 0x9e3779b1);
  }
  return finalDigest(a, b, 2 + ((n + 1) >> 1));
}
