/**
 * PosTable: word → part-of-speech tag, built from jieba's `word freq tag` dictionary text.
 * Open addressing over two 32-bit hashes (no string per entry is kept), so 349k words load in tens
 * of milliseconds; the chance that an unknown word collides with both hashes is negligible.
 */

/** A compact word → POS lookup. */
export interface PosTable {
  /** Tag of `word`, or undefined when the word is not in the dictionary. */
  get(word: string): string | undefined;
  /** Number of words. */
  readonly size: number;
}

/** Incremental FNV-1a and murmur-style hashes over UTF-16 code units (the same as `get` computes). */
class PairHasher {
  h1 = 0x811c9dc5;
  h2 = 0;
  reset(length: number): void { this.h1 = 0x811c9dc5; this.h2 = 0x9e3779b9 ^ length; }
  unit(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995) ^ (this.h2 >>> 15);
  }
}

/** Counts UTF-16 units of UTF-8 bytes [from, to). */
function utf16Length(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const x = b[i]!;
    if ((x & 0xc0) !== 0x80) n += x >= 0xf0 ? 2 : 1;
  }
  return n;
}

/**
 * Builds a PosTable from dictionary text (`word freq tag` lines; freq and tag optional, missing tag
 * → `x`), given as strings or UTF-8 bytes (bytes skip decoding a 5 MB dictionary); later lines win.
 */
export function createPosTable(...sources: readonly (string | Uint8Array)[]): PosTable {
  const bytes = sources.map((s) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s));
  let lines = 0;
  for (const b of bytes) for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
  let cap = 1024;
  while (cap < (lines + bytes.length) * 2) cap *= 2;
  const k1 = new Uint32Array(cap);
  const k2 = new Uint32Array(cap);
  const tagOf = new Uint8Array(cap);
  const tags: string[] = [];
  const tagIds = new Map<number, number>();
  const mask = cap - 1;
  const hasher = new PairHasher();
  let size = 0;
  for (const b of bytes) {
    const n = b.length;
    let i = 0;
    while (i < n) {
      let e = b.indexOf(10, i);
      if (e < 0) e = n;
      let end = e;
      if (end > i && b[end - 1] === 13) end--;
      let wEnd = i;
      while (wEnd < end && b[wEnd] !== 32) wEnd++;
      if (wEnd > i) {
        let lastSpace = end - 1;
        while (lastSpace > wEnd && b[lastSpace] !== 32) lastSpace--;
        // Tags are short ASCII: key them by their bytes, decode each distinct tag once.
        let key = 0;
        let digits = true;
        const tagStart = lastSpace > wEnd ? lastSpace + 1 : end;
        for (let k = tagStart; k < end; k++) { key = key * 131 + b[k]!; if (b[k]! < 48 || b[k]! > 57) digits = false; }
        if (digits) key = -1;
        let id = tagIds.get(key);
        if (id === undefined) {
          id = tags.length;
          tags.push(key === -1 ? 'x' : Buffer.from(b.subarray(tagStart, end)).toString('latin1'));
          tagIds.set(key, id);
        }
        // Hash the word's UTF-16 units, decoding UTF-8 on the fly.
        hasher.reset(utf16Length(b, i, wEnd));
        for (let k = i; k < wEnd;) {
          const x = b[k]!;
          let cp: number;
          if (x < 0x80) { cp = x; k += 1; } else if (x < 0xe0) { cp = ((x & 0x1f) << 6) | (b[k + 1]! & 0x3f); k += 2; } else if (x < 0xf0) {
            cp = ((x & 0x0f) << 12) | ((b[k + 1]! & 0x3f) << 6) | (b[k + 2]! & 0x3f); k += 3;
          } else { cp = ((x & 0x07) << 18) | ((b[k + 1]! & 0x3f) << 12) | ((b[k + 2]! & 0x3f) << 6) | (b[k + 3]! & 0x3f); k += 4; }
          if (cp >= 0x10000) { cp -= 0x10000; hasher.unit(0xd800 + (cp >> 10)); hasher.unit(0xdc00 + (cp & 0x3ff)); } else hasher.unit(cp);
        }
        const a = hasher.h1 >>> 0;
        const c = (hasher.h2 | 1) >>> 0;
        let slot = a & mask;
        while (k2[slot] !== 0 && !(k1[slot] === a && k2[slot] === c)) slot = (slot + 1) & mask;
        if (k2[slot] === 0) size++;
        k1[slot] = a; k2[slot] = c; tagOf[slot] = id;
      }
      i = e + 1;
    }
  }
  return {
    size,
    get(word: string): string | undefined {
      // hash1 and hash2 in one pass over the word.
      let a = 0x811c9dc5;
      let b = 0x9e3779b9 ^ word.length;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
      }
      a >>>= 0;
      b = (b | 1) >>> 0;
      let slot = a & mask;
      while (k2[slot] !== 0) {
        if (k1[slot] === a && k2[slot] === b) return tags[tagOf[slot]!];
        slot = (slot + 1) & mask;
      }
      return undefined;
    },
  };
}
