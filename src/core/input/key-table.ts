// Customer keys to what the reader knows of them, for logs of hundreds of thousands of customers.
//
// A `Map` keyed by text cost most of a million-row read (issue 13, round 7: ≈ 0.7 µs a new
// customer): its chains of entries are followed through each key's string to compare, one cache
// miss after another in a table of tens of megabytes, and every doubling leaves the old table to the
// collector. Here each slot holds a key's 32-bit hash beside its entry's number in one `Int32Array`,
// so a probe compares hashes in place and reads a key's text only when the hashes agree.

/** Slots start here and double while at most half of them are taken. */
const FIRST_SLOTS = 1024;

/**
 * Keys numbered in the order they were first met. Fields are set in the constructor, not
 * initialised where declared, which the bundle would compile to a helper call per field.
 */
export class KeyTable {
  /** Per slot: the key's hash, then its number + 1 (0: the slot is free). */
  declare private slots: Int32Array;
  declare private mask: number;
  /** Each key at its number. */
  declare readonly keys: string[];

  constructor() {
    this.slots = new Int32Array(2 * FIRST_SLOTS);
    this.mask = FIRST_SLOTS - 1;
    this.keys = [];
  }

  /** The number of `key`: its place in `keys`, where it is added when new. */
  numberOf(key: string): number {
    const hash = hashOf(key);
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry === 0) {
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = this.keys.push(key);
        if (2 * this.keys.length > this.mask) this.grow();
        return this.keys.length - 1;
      }
      if (slots[2 * slot] === hash && this.keys[entry - 1] === key) return entry - 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    const mask = 2 * this.mask + 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[from]!;
      slots[2 * slot + 1] = old[from + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * FNV-1a over the key's UTF-16 code units, its high bits folded into the low ones the slots are
 * read by (a product's low bits see only the low bits of what was multiplied).
 */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 16);
}
