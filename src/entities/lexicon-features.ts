/**
 * Lexicon features: which dictionary words begin, continue, end or cover each character.
 * The lexicon is a compact open-addressing hash table (32-bit fingerprints → category bits) built
 * at training time and stored inside the model file, so nothing else is read at run time.
 * Matching is linear: at most `maxLength` lookups per character.
 */

/** Lexicon categories, in bit order. */
export const LEXICON_CATEGORIES = [
  'nr', 'ns', 'nt', 'nz', 'n', 'v', 'word', 'place', 'surname', 'title', 'orgsuf', 'placesuf',
] as const;
/** One of `LEXICON_CATEGORIES`. */
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** The lexicon table. */
export interface LexiconTable {
  /** Slot fingerprints (0 = empty); length is a power of two. */
  readonly keys: Uint32Array;
  /** Category bits per slot. */
  readonly cats: Uint16Array;
  /** Longest word stored, in code units. */
  readonly maxLength: number;
  /** Bit set over prefix hashes: set when some longer word starts with that prefix (lets matching stop early). */
  readonly prefixes: Uint32Array;
}

/** Bits in the prefix set. */
export const PREFIX_BITS = 22;

function prefixBit(h1: number, len: number): number {
  return fmix(h1 + Math.imul(len, 0x9e3779b1)) & ((1 << PREFIX_BITS) - 1);
}

/** Per-character lexicon bits: `be` holds (category × {B,E}), `ms` holds (category × {M,S}). */
export interface LexiconMatches {
  /** Bit `2c` = a word of category c begins here (length ≥ 2), bit `2c+1` = one ends here. */
  readonly be: Uint32Array;
  /** Bit `2c` = inside a word of category c (not first or last), bit `2c+1` = a one-char word of c. */
  readonly ms: Uint32Array;
}

const SEED1 = 0x811c9dc5;
const SEED2 = 0x2545f491;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Build a table from words and their categories (words longer than `maxLength` are dropped). */
export function buildLexiconTable(entries: Iterable<readonly [string, number]>, maxLength = 10): LexiconTable {
  const merged = new Map<string, number>();
  for (const [word, bits] of entries) {
    if (word.length === 0 || word.length > maxLength || bits === 0) continue;
    merged.set(word, (merged.get(word) ?? 0) | bits);
  }
  let size = 1024;
  while (size < merged.size * 2) size *= 2;
  const keys = new Uint32Array(size);
  const cats = new Uint16Array(size);
  const mask = size - 1;
  const prefixes = new Uint32Array(1 << (PREFIX_BITS - 5));
  let longest = 1;
  for (const [word, bits] of merged) {
    let h1 = SEED1;
    let h2 = SEED2;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
      if (i + 1 < word.length) {
        const b = prefixBit(h1, i + 1);
        prefixes[b >>> 5]! |= 1 << (b & 31);
      }
    }
    const fp = (fmix(h2 + word.length) | 1) >>> 0;
    let slot = fmix(h1) & mask;
    while (keys[slot] !== 0 && keys[slot] !== fp) slot = (slot + 1) & mask;
    keys[slot] = fp;
    cats[slot]! |= bits;
    if (word.length > longest) longest = word.length;
  }
  return { keys, cats, maxLength: longest, prefixes };
}

/** Category bits of `word` in the table (0 when absent). */
export function lookupWord(table: LexiconTable, word: string): number {
  const { keys, cats } = table;
  const mask = keys.length - 1;
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const fp = (fmix(h2 + word.length) | 1) >>> 0;
  let slot = fmix(h1) & mask;
  while (keys[slot] !== 0) {
    if (keys[slot] === fp) return cats[slot]!;
    slot = (slot + 1) & mask;
  }
  return 0;
}

/** Mark every lexicon word occurring in `text[from, to)`. */
export function matchLexicon(table: LexiconTable, text: string, from = 0, to = text.length): LexiconMatches {
  const n = to - from;
  const be = new Uint32Array(n);
  const ms = new Uint32Array(n);
  const { keys, cats, maxLength, prefixes } = table;
  const mask = keys.length - 1;
  for (let i = 0; i < n; i++) {
    let h1 = SEED1;
    let h2 = SEED2;
    const limit = Math.min(maxLength, n - i);
    for (let len = 1; len <= limit; len++) {
      const c = text.charCodeAt(from + i + len - 1);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
      const fp = (fmix(h2 + len) | 1) >>> 0;
      let slot = fmix(h1) & mask;
      let bits = 0;
      while (keys[slot] !== 0) {
        if (keys[slot] === fp) { bits = cats[slot]!; break; }
        slot = (slot + 1) & mask;
      }
      const pb = prefixBit(h1, len);
      const longer = (prefixes[pb >>> 5]! & (1 << (pb & 31))) !== 0;
      if (bits === 0) {
        if (!longer) break;
        continue;
      }
      for (let c2 = 0; c2 < LEXICON_CATEGORIES.length; c2++) {
        if ((bits & (1 << c2)) === 0) continue;
        if (len === 1) { ms[i]! |= 1 << (2 * c2 + 1); continue; }
        be[i]! |= 1 << (2 * c2);
        be[i + len - 1]! |= 1 << (2 * c2 + 1);
        for (let k = i + 1; k < i + len - 1; k++) ms[k]! |= 1 << (2 * c2);
      }
      if (!longer) break;
    }
  }
  return { be, ms };
}

/** Bit mask of a category. */
export function categoryBit(category: LexiconCategory): number {
  return 1 << LEXICON_CATEGORIES.indexOf(category);
}

/**
 * Town names made of a size, age, number or function character and a unit word (小城镇, 于城镇, 新城镇:
 * 小城镇建设, 快于城镇居民, 新城镇建设): registered somewhere, but in running text ordinary words. A
 * direction (西城镇, 南村镇) names a place. Used by the place lexicon's build and the gazetteer fusion.
 */
export const GENERIC_TOWN_NAME = /^[小大中于和与及在新老旧两三四五六七八九十各全每本该](?:城镇|乡镇|村镇|城乡)$/;
