// Customer keys to what the reader knows of them, for logs of hundreds of thousands of customers.
//
// A `Map` keyed by text cost most of a million-row read (issue 13, round 7: ≈ 0.7 µs a new
// customer): its chains of entries are followed through each key's string to compare, one cache
// miss after another in a table of tens of megabytes, and every doubling leaves the old table to the
// collector. Past MAP_KEYS keys each slot holds a key's 32-bit hash beside its number in one
// `Int32Array`, so a probe compares hashes in place and reads a key's text only when they agree.
// Below, the Map stays: its table fits the caches, and its hashing is native where this one runs
// in code the engine has not yet optimised (CDNOW's 23,570 keys: ≈ 45 M instructions more).

/** Keys kept in a Map up to here; then slots for four times as many, doubled while half are taken. */
const MAP_KEYS = 1 << 16;

/**
 * Keys numbered in the order they were first met: `numberOf(key)` is the key's place in `keys`,
 * where it is added when new. Fields are set in the constructor, not initialised where declared,
 * which the bundle would compile to a helper call per field. `place` puts an entry (a number + 1;
 * 0 is skipped) with its hash in the first free slot from its own. (The methods' notes are here,
 * where the bundle leaves them out.)
 */
export class KeyTable {
  /** Each key's number while there are at most MAP_KEYS keys; then undefined. */
  declare private byKey: Map<string, number> | undefined;
  /** Per slot: the key's hash, then its number + 1 (0: the slot is free). */
  declare private slots: Int32Array;
  declare private mask: number;
  /** Each key at its number. */
  declare readonly keys: string[];

  constructor() {
    this.byKey = new Map();
    this.slots = new Int32Array(0);
    this.mask = 0;
    this.keys = [];
  }

  numberOf(key: string): number {
    const byKey = this.byKey;
    if (byKey !== undefined) {
      let number = byKey.get(key);
      if (number === undefined) {
        number = this.keys.push(key) - 1;
        if (number < MAP_KEYS) byKey.set(key, number);
        else {
          this.byKey = undefined;
          this.mask = 4 * MAP_KEYS - 1;
          this.slots = new Int32Array(2 * (this.mask + 1));
          for (let n = 0; n < this.keys.length; n++) this.place(hashOf(this.keys[n]!), n + 1);
        }
      }
      return number;
    }
    const hash = hashOf(key);
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry === 0) {
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = this.keys.push(key);
        if (2 * this.keys.length > this.mask) {
          const old = slots;
          this.mask = 2 * this.mask + 1;
          this.slots = new Int32Array(2 * (this.mask + 1));
          for (let from = 0; from < old.length; from += 2) this.place(old[from]!, old[from + 1]!);
        }
        return this.keys.length - 1;
      }
      if (slots[2 * slot] === hash && this.keys[entry - 1] === key) return entry - 1;
    }
  }

  private place(hash: number, entry: number): void {
    if (entry === 0) return;
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = entry;
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
