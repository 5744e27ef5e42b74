/**
 * Word tables without a string per entry: words are keyed by two 32-bit hashes of their UTF-16
 * units (FNV-1a and a murmur-style mix), computed straight from UTF-8 dictionary bytes, so
 * dictionaries of hundreds of thousands of words load in tens of milliseconds. The chance that an
 * unknown word collides with both hashes of a stored one is negligible. Used by the POS and IDF tables.
 */

/** Incremental FNV-1a and murmur-style hashes over UTF-16 code units (the same as `WordSlots.slotOf` computes). */
export class PairHasher {
  h1 = 0x811c9dc5;
  h2 = 0;
  reset(length: number): void { this.h1 = 0x811c9dc5; this.h2 = 0x9e3779b9 ^ length; }
  unit(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995) ^ (this.h2 >>> 15);
  }
  /** Hashes the UTF-8 bytes `b[from, to)` as the UTF-16 units they decode to. */
  utf8(b: Uint8Array, from: number, to: number): void {
    const n = decodeUtf8Units(b, from, to, this.#units);
    this.reset(n);
    for (let k = 0; k < n; k++) this.unit(this.#units[k]!);
  }
  readonly #units: number[] = [];
}

/** Decodes the UTF-8 bytes `b[from, to)` into UTF-16 units written to `out`; returns their count. */
export function decodeUtf8Units(b: Uint8Array, from: number, to: number, out: number[]): number {
  let n = 0;
  for (let k = from; k < to;) {
    const x = b[k]!;
    let cp: number;
    if (x < 0x80) { cp = x; k += 1; } else if (x < 0xe0) { cp = ((x & 0x1f) << 6) | (b[k + 1]! & 0x3f); k += 2; } else if (x < 0xf0) {
      cp = ((x & 0x0f) << 12) | ((b[k + 1]! & 0x3f) << 6) | (b[k + 2]! & 0x3f); k += 3;
    } else { cp = ((x & 0x07) << 18) | ((b[k + 1]! & 0x3f) << 12) | ((b[k + 2]! & 0x3f) << 6) | (b[k + 3]! & 0x3f); k += 4; }
    if (cp >= 0x10000) { cp -= 0x10000; out[n++] = 0xd800 + (cp >> 10); out[n++] = 0xdc00 + (cp & 0x3ff); } else out[n++] = cp;
  }
  return n;
}

/**
 * Open-addressing slots keyed by a word's two hashes (no string kept per entry); `slotOf` gives
 * the slot of a word, `insert` the slot to write a hashed word to.
 */
export class WordSlots {
  readonly k1: Uint32Array;
  readonly k2: Uint32Array;
  readonly mask: number;
  size = 0;
  /** Room for `entries` words (at most half full), or the arrays of a saved table. */
  constructor(entries: number, saved?: { readonly k1: Uint32Array; readonly k2: Uint32Array }) {
    if (saved) {
      if (saved.k1.length !== saved.k2.length || saved.k1.length === 0 || (saved.k1.length & (saved.k1.length - 1)) !== 0) {
        throw new RangeError('word slots: saved arrays must have the same power-of-two length');
      }
      this.k1 = saved.k1;
      this.k2 = saved.k2;
      this.mask = saved.k1.length - 1;
      this.size = entries;
      return;
    }
    let cap = 1024;
    while (cap < entries * 2) cap *= 2;
    this.k1 = new Uint32Array(cap);
    this.k2 = new Uint32Array(cap);
    this.mask = cap - 1;
  }
  /** The slot for the hashed word (new or existing). */
  insert(hasher: PairHasher): number {
    const a = hasher.h1 >>> 0;
    const c = (hasher.h2 | 1) >>> 0;
    const { k1, k2, mask } = this;
    let slot = a & mask;
    while (k2[slot] !== 0 && !(k1[slot] === a && k2[slot] === c)) slot = (slot + 1) & mask;
    if (k2[slot] === 0) this.size++;
    k1[slot] = a; k2[slot] = c;
    return slot;
  }
  /** The slot holding `word`, or -1. */
  slotOf(word: string): number {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9 ^ word.length;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a >>>= 0;
    b = (b | 1) >>> 0;
    const { k1, k2, mask } = this;
    let slot = a & mask;
    while (k2[slot] !== 0) {
      if (k1[slot] === a && k2[slot] === b) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }
}

/** Number of `\n`-terminated lines (plus a last unterminated one) in each source. */
export function countLines(bytes: readonly Uint8Array[]): number {
  let lines = 0;
  for (const b of bytes) for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
  return lines + bytes.length;
}
