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

function hash1(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function hash2(s: string, from: number, to: number): number {
  let h = 0x9e3779b9 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995) ^ (h >>> 15);
  return (h | 1) >>> 0; // never 0: 0 marks an empty slot
}

/** Builds a PosTable from dictionary lines `word freq tag` (freq and tag optional; missing tag → `x`); later lines win. */
export function createPosTable(...sources: readonly string[]): PosTable {
  let lines = 0;
  for (const s of sources) for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++;
  let cap = 1024;
  while (cap < (lines + sources.length) * 2) cap *= 2;
  const k1 = new Uint32Array(cap);
  const k2 = new Uint32Array(cap);
  const tagOf = new Uint8Array(cap);
  const tags: string[] = [];
  const tagIds = new Map<string, number>();
  let size = 0;
  const mask = cap - 1;
  for (const src of sources) {
    const n = src.length;
    let i = 0;
    while (i < n) {
      let e = src.indexOf('\n', i);
      if (e < 0) e = n;
      let end = e;
      if (end > i && src.charCodeAt(end - 1) === 13) end--;
      let wEnd = src.indexOf(' ', i);
      if (wEnd < 0 || wEnd > end) wEnd = end;
      if (wEnd > i) {
        const lastSpace = src.lastIndexOf(' ', end - 1);
        let tag = lastSpace > wEnd ? src.slice(lastSpace + 1, end) : 'x';
        if (/^\d+$/.test(tag)) tag = 'x';
        let id = tagIds.get(tag);
        if (id === undefined) { id = tags.length; tags.push(tag); tagIds.set(tag, id); }
        const a = hash1(src, i, wEnd);
        const b = hash2(src, i, wEnd);
        let slot = a & mask;
        while (k2[slot] !== 0 && !(k1[slot] === a && k2[slot] === b)) slot = (slot + 1) & mask;
        if (k2[slot] === 0) size++;
        k1[slot] = a; k2[slot] = b; tagOf[slot] = id;
      }
      i = e + 1;
    }
  }
  return {
    size,
    get(word: string): string | undefined {
      const a = hash1(word, 0, word.length);
      const b = hash2(word, 0, word.length);
      let slot = a & mask;
      while (k2[slot] !== 0) {
        if (k1[slot] === a && k2[slot] === b) return tags[tagOf[slot]!];
        slot = (slot + 1) & mask;
      }
      return undefined;
    },
  };
}
