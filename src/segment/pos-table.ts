/**
 * PosTable: word → part-of-speech tag, built from jieba's `word freq tag` dictionary text.
 * Open addressing over two 32-bit hashes (no string per entry is kept), so 349k words load in tens
 * of milliseconds; the chance that an unknown word collides with both hashes is negligible.
 */
import { countLines, PairHasher, WordSlots } from '../text/word-slots.js';

/** A compact word → POS lookup. */
export interface PosTable {
  /** Tag of `word`, or undefined when the word is not in the dictionary. */
  get(word: string): string | undefined;
  /** Number of words. */
  readonly size: number;
}

/** The arrays behind a PosTable (what the build-time cache stores). */
export interface PosData {
  /** Hashed words. */
  readonly slots: WordSlots;
  /** Tag id per slot. */
  readonly tagOf: Uint8Array;
  /** Tags by id. */
  readonly tags: readonly string[];
}

/**
 * Reads dictionary text (`word freq tag` lines; freq and tag optional, missing tag → `x`), given as
 * strings or UTF-8 bytes (bytes skip decoding a 5 MB dictionary); later lines win.
 */
export function buildPosData(...sources: readonly (string | Uint8Array)[]): PosData {
  const bytes = sources.map((s) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s));
  const slots = new WordSlots(countLines(bytes));
  const tagOf = new Uint8Array(slots.mask + 1);
  const tags: string[] = [];
  const tagIds = new Map<number, number>();
  const hasher = new PairHasher();
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
        hasher.utf8(b, i, wEnd);
        tagOf[slots.insert(hasher)] = id;
      }
      i = e + 1;
    }
  }
  return { slots, tagOf, tags };
}

const MEMO_WORDS = 1 << 16;

/** A PosTable over layers: the first layer holding a word gives its tag (put overrides first). */
export function posTableOf(layers: readonly PosData[]): PosTable {
  let size = 0;
  for (const l of layers) size += l.slots.size;
  const lookup = (word: string): string | undefined => {
    for (const { slots, tagOf, tags } of layers) {
      const slot = slots.slotOf(word);
      if (slot >= 0) return tags[tagOf[slot]!];
    }
    return undefined;
  };
  // Words recur (Zipf): a bounded memo answers most lookups from V8's cached string hash instead of
  // hashing the word's units twice in JavaScript. Cleared when full, so memory stays bounded.
  let memo = new Map<string, string | undefined>();
  return {
    size,
    get(word: string): string | undefined {
      let tag = memo.get(word);
      if (tag === undefined && !memo.has(word)) {
        tag = lookup(word);
        if (memo.size >= MEMO_WORDS) memo = new Map();
        memo.set(word, tag);
      }
      return tag;
    },
  };
}

/** A PosTable built by `build` on its first lookup (an engine with its own tags may never ask). */
export function lazyPosTable(build: () => PosTable): PosTable {
  let table: PosTable | undefined;
  return {
    get size() { return (table ??= build()).size; },
    get: (word) => (table ??= build()).get(word),
  };
}

/** Builds a PosTable from dictionary sources (see `buildPosData`); later lines win. */
export function createPosTable(...sources: readonly (string | Uint8Array)[]): PosTable {
  return posTableOf([buildPosData(...sources)]);
}
