/**
 * A 64-bit hash of a stream of cells and texts, as two independent 32-bit lanes: one mixes each word
 * as MurmurHash3 does (x86_32: constants 0xcc9e2d51, 0x1b873593, rotations 15 and 13), the other as
 * an xxHash32 round (primes 0x85ebca77, 0x9e3779b1, rotation 13), each from its own seed and with its
 * own finaliser. Not cryptographic: it names a sheet's own data in its own document cache, where a
 * collision would need two inputs of the same document to meet by chance (about 2^-64 per pair).
 *
 * Every value is fed with a type tag, so a Date, a number, the text "1", true and a blank cell all
 * differ; texts carry their length and rows their width, so where a value sits changes the hash too.
 * Plain 32-bit arithmetic (Math.imul): no BigInt or allocation per value.
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

// One scratch buffer reads a double's two 32-bit halves without allocating.
const scratch = new Float64Array(1);
const halves = new Uint32Array(scratch.buffer);

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function isDate(v: unknown): v is Date {
  // Dates may come from another realm (a vm context in tests): duck-type rather than instanceof.
  return typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function';
}

export class Hash64 {
  private a = 0x3c6ef372;
  private b = 0x165667b1;
  private words = 0;

  /** Mixes one 32-bit word into both lanes. */
  word(k: number): void {
    let k1 = Math.imul(k, 0xcc9e2d51);
    k1 = Math.imul(rotl(k1, 15), 0x1b873593);
    this.a = (Math.imul(rotl(this.a ^ k1, 13), 5) + 0xe6546b64) | 0;
    this.b = Math.imul(rotl((this.b + Math.imul(k, 0x85ebca77)) | 0, 13), 0x9e3779b1);
    this.words++;
  }

  private double(v: number): void {
    scratch[0] = v;
    this.word(halves[0]!);
    this.word(halves[1]!);
  }

  text(s: string): void {
    this.word(TAG.text);
    const n = s.length;
    this.word(n);
    let i = 0;
    for (; i + 1 < n; i += 2) this.word(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
    if (i < n) this.word(s.charCodeAt(i));
  }

  number(v: number): void {
    // Whole numbers (most amounts and ids) in one word; -0 and the rest by their 64 bits.
    if ((v | 0) === v && !(v === 0 && 1 / v < 0)) {
      this.word(TAG.integer);
      this.word(v);
    } else {
      this.word(TAG.float);
      this.double(v);
    }
  }

  /** One cell as a range hands it over: text, number, boolean, Date or blank (null/undefined). */
  cell(v: unknown): void {
    if (typeof v === 'string') this.text(v);
    else if (typeof v === 'number') this.number(v);
    else if (typeof v === 'boolean') this.word(v ? TAG.boolean | 0x100 : TAG.boolean);
    else if (v === null || v === undefined) this.word(TAG.blank);
    else if (isDate(v)) {
      this.word(TAG.date);
      this.double(v.getTime());
    } else {
      this.word(TAG.other);
      this.text(String(v));
    }
  }

  /** A 2-D range: every cell, each row closed by its width and the grid by its height. */
  grid(rows: readonly (readonly unknown[])[]): void {
    for (const row of rows) {
      for (let c = 0; c < row.length; c++) this.cell(row[c]);
      this.word(TAG.row);
      this.word(row.length);
    }
    this.word(TAG.grid);
    this.word(rows.length);
  }

  /** 16 hex digits: both lanes, each finalised with the word count. */
  digest(): string {
    let a = this.a ^ this.words;
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    a = Math.imul(a, 0xc2b2ae35);
    a ^= a >>> 16;
    let b = this.b ^ Math.imul(this.words, 0x27d4eb2f);
    b ^= b >>> 15;
    b = Math.imul(b, 0x2c1b3c6d);
    b ^= b >>> 12;
    b = Math.imul(b, 0x297a2d39);
    b ^= b >>> 15;
    return hex8(a) + hex8(b);
  }
}

const hex8 = (x: number) => (x >>> 0).toString(16).padStart(8, '0');

/** The 64-bit hash of one text (a checksum for what the cache hands back). */
export function hashText(s: string): string {
  const h = new Hash64();
  h.text(s);
  return h.digest();
}
