/**
 * JiebaDict: jieba's prefix dictionary for the TypeScript engine. Every word and every proper
 * prefix of a word is one slot of an open-addressing table keyed by hashes of its UTF-16 units (no
 * string is kept per entry). A slot says whether it is a word (with its frequency and POS tag) and
 * whether longer words continue it, which is all the word graph needs: from each character the cut
 * extends a fragment one character at a time while the table says longer words continue it.
 *
 * A slot is 8 bytes (the table is 8 MB for jieba's 500k words and prefixes, so more of it stays in
 * cache): hash 1 (32 bits), then 14 bits of hash 2, a frequency id (16 bits) and two flags. A
 * fragment is thus matched on 46 hash bits. Frequencies are few (about 5,000 distinct values in
 * jieba's dictionary), so the id indexes a small table of ln(frequency).
 *
 * Built from jieba's `word freq tag` lines followed by user words, with jieba's rules: a word listed
 * again takes the later frequency (and here the later tag, as the POS table does); the total is the
 * sum over distinct words.
 */

import { countLines, decodeUtf8Units } from '../text/word-slots.js';

/** Slot flag: the fragment is a word. */
export const WORD = 1;
/** Slot flag: a longer word starts with the fragment. */
export const CONTINUES = 2;
/** The bits of a slot's second word that hold hash 2 (the rest: frequency id and flags). */
export const HASH2_BITS = ~0x3ffff;
const FLAG_BITS = 3;
const ID_SHIFT = 2;
const ID_MASK = 0xffff;
/** Size of the presence filter in bits. */
export const PRESENT_BITS = 1 << 22;
/** `JiebaDict.first` of a character not looked up yet. */
export const UNKNOWN = -2;

const H1_SEED = 0x811c9dc5;
const H2_SEED = 0x9e3779b9;

/** Hash seeds, for callers that hash fragments incrementally. */
export const HASH_SEEDS = { h1: H1_SEED, h2: H2_SEED } as const;

/** FNV-1a step (first hash). */
export function mix1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Murmur-style step (second hash). */
export function mix2(h: number, c: number): number {
  return Math.imul(h ^ c, 0x5bd1e995) ^ (h >>> 15);
}

/** The frequency id of a slot's second word. */
export function freqIdOf(k2: number): number {
  return (k2 >>> ID_SHIFT) & ID_MASK;
}

/** The arrays of a dictionary (what the build-time cache stores). */
export interface JiebaDictData {
  /** Two 32-bit words per slot: hash 1, then hash 2's high bits | frequency id << 2 | flags (0 = empty). */
  readonly table: Uint32Array;
  /** Frequency by id. */
  readonly freqs: Float64Array;
  /** POS tag id per slot. */
  readonly tagOf: Uint8Array;
  /** Tags by id. */
  readonly tags: readonly string[];
  /** Sum of the frequencies of distinct words. */
  readonly total: number;
  /** Number of distinct words. */
  readonly words: number;
  /** Number of occupied slots. */
  readonly used: number;
  /** The presence filter (see JiebaDict.present), `PRESENT_BITS / 32` words. */
  readonly present: Int32Array;
}

/** The slot holding the hashed fragment, or the empty slot where it would go (linear probing). */
function probe(table: Uint32Array, mask: number, h1: number, h2: number): number {
  const a = h1 >>> 0;
  const b = h2 & HASH2_BITS;
  let slot = a & mask;
  for (;;) {
    const k2 = table[2 * slot + 1]!;
    if (k2 === 0 || ((k2 & HASH2_BITS) === b && table[2 * slot] === a)) return slot;
    slot = (slot + 1) & mask;
  }
}

function checkShape(data: Pick<JiebaDictData, 'table' | 'tagOf' | 'present'>): number {
  const slots = data.tagOf.length;
  if (slots === 0 || (slots & (slots - 1)) !== 0 || data.table.length !== 2 * slots || data.present.length !== PRESENT_BITS >>> 5) {
    throw new RangeError('jieba dictionary: arrays must describe the same power-of-two number of slots');
  }
  return slots;
}

/** A loaded dictionary: lookups by hash or by text range. */
export class JiebaDict {
  /** The slot table (see JiebaDictData.table). */
  readonly table: Uint32Array;
  /** ln(frequency) by frequency id. */
  readonly logOf: Float64Array;
  readonly tagOf: Uint8Array;
  readonly tags: readonly string[];
  readonly mask: number;
  readonly total: number;
  readonly logTotal: number;
  readonly words: number;
  /**
   * The slot of each one-unit fragment (a BMP character), -1 when absent, UNKNOWN until first
   * asked: saves the first probe from each position.
   */
  readonly first: Int32Array;
  /** The slot word (flags and frequency id) of each `first` slot, filled with it: the first step reads no table line. */
  readonly firstKey: Uint32Array;
  /**
   * One bit per value of hash 1's low bits, set for every stored fragment: a clear bit proves a
   * fragment absent without touching the table (512 KB, so it stays in cache).
   */
  readonly present: Int32Array;

  constructor(data: JiebaDictData) {
    const slots = checkShape(data);
    this.table = data.table;
    this.logOf = data.freqs.map((f) => Math.log(f));
    this.tagOf = data.tagOf;
    this.tags = data.tags;
    this.mask = slots - 1;
    this.total = data.total;
    this.logTotal = Math.log(data.total);
    this.words = data.words;
    this.present = data.present;
    this.first = new Int32Array(0x10000).fill(UNKNOWN);
    this.firstKey = new Uint32Array(0x10000);
  }

  /** The slot of the one-unit fragment `c` (filled into `first` on first use), or -1. */
  firstSlot(c: number): number {
    let slot = this.first[c]!;
    if (slot === UNKNOWN) {
      slot = this.first[c] = this.find(mix1(H1_SEED, c), mix2(H2_SEED, c));
      this.firstKey[c] = slot >= 0 ? this.table[2 * slot + 1]! : 0;
    }
    return slot;
  }

  /** The slot of the hashed fragment, or -1. */
  find(h1: number, h2: number): number {
    const slot = probe(this.table, this.mask, h1, h2);
    return this.table[2 * slot + 1] === 0 ? -1 : slot;
  }

  /** WORD | CONTINUES of a slot. */
  flags(slot: number): number {
    return this.table[2 * slot + 1]! & FLAG_BITS;
  }

  /** ln(frequency) of a word slot. */
  logFreq(slot: number): number {
    return this.logOf[freqIdOf(this.table[2 * slot + 1]!)]!;
  }

  /** The slot of `text[start, end)`, or -1. */
  slotOf(text: string, start: number, end: number): number {
    let h1 = H1_SEED;
    let h2 = H2_SEED;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h1 = mix1(h1, c);
      h2 = mix2(h2, c);
    }
    return this.find(h1, h2);
  }

  /** Whether `text[start, end)` is a word. */
  isWord(text: string, start: number, end: number): boolean {
    const slot = this.slotOf(text, start, end);
    return slot >= 0 && (this.flags(slot) & WORD) !== 0;
  }

  /** The POS tag of `word`, or undefined when it is not a word of the dictionary. */
  tagOfWord(word: string): string | undefined {
    const slot = this.slotOf(word, 0, word.length);
    return slot >= 0 && (this.flags(slot) & WORD) !== 0 ? this.tag(slot) : undefined;
  }

  /** The POS tag of a word slot. */
  tag(slot: number): string {
    return this.tags[this.tagOf[slot]!]!;
  }
}

/** A table being filled: starts empty or from saved data, grows (rehashing) past 3/4 full. */
export class JiebaDictBuilder {
  table: Uint32Array;
  tagOf: Uint8Array;
  readonly present: Int32Array;
  freqs: number[];
  readonly #freqIds = new Map<number, number>();
  readonly tags: string[];
  readonly #tagIds = new Map<string, number>();
  mask: number;
  used = 0;
  words = 0;
  total = 0;
  /** Flags of the slot `mark` last returned, before it set its flag (0 for a new slot). */
  private before = 0;

  /** Room for `entries` fragments, or the arrays of `from` (taken over, not copied). */
  constructor(entries: number, from?: JiebaDictData) {
    if (from) {
      const slots = checkShape(from);
      this.table = from.table;
      this.tagOf = from.tagOf;
      this.present = from.present;
      this.freqs = [...from.freqs];
      this.freqs.forEach((f, i) => this.#freqIds.set(f, i));
      this.tags = [...from.tags];
      this.tags.forEach((t, i) => this.#tagIds.set(t, i));
      this.mask = slots - 1;
      this.used = from.used;
      this.words = from.words;
      this.total = from.total;
      return;
    }
    let cap = 1024;
    while (cap * 0.6 < entries) cap *= 2;
    this.table = new Uint32Array(2 * cap);
    this.tagOf = new Uint8Array(cap);
    this.present = new Int32Array(PRESENT_BITS >>> 5);
    this.freqs = [];
    this.tags = [];
    this.mask = cap - 1;
  }

  /** The slot of the hashed fragment (added when new) with `flag` set. */
  private mark(h1: number, h2: number, flag: number): number {
    if (this.used + 1 > this.tagOf.length * 0.75) this.grow();
    const { table } = this;
    const slot = probe(table, this.mask, h1, h2);
    const k2 = table[2 * slot + 1]!;
    if (k2 !== 0) {
      this.before = k2 & FLAG_BITS;
      table[2 * slot + 1] = k2 | flag;
      return slot;
    }
    const a = h1 >>> 0;
    table[2 * slot] = a;
    table[2 * slot + 1] = (h2 & HASH2_BITS) | flag;
    this.used++;
    const bit = a & (PRESENT_BITS - 1);
    this.present[bit >>> 5]! |= 1 << (bit & 31);
    this.before = 0;
    return slot;
  }

  private grow(): void {
    const { table, tagOf } = this;
    const cap = tagOf.length * 2;
    this.table = new Uint32Array(2 * cap);
    this.tagOf = new Uint8Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < tagOf.length; s++) {
      if (table[2 * s + 1] === 0) continue;
      const t = probe(this.table, this.mask, table[2 * s]!, table[2 * s + 1]!);
      this.table[2 * t] = table[2 * s]!;
      this.table[2 * t + 1] = table[2 * s + 1]!;
      this.tagOf[t] = tagOf[s]!;
    }
  }

  private freqId(freq: number): number {
    let id = this.#freqIds.get(freq);
    if (id === undefined) {
      if (this.freqs.length > ID_MASK) throw new RangeError(`jieba dictionary: more than ${ID_MASK + 1} distinct frequencies`);
      id = this.freqs.length;
      this.freqs.push(freq);
      this.#freqIds.set(freq, id);
    }
    return id;
  }

  private tagId(b: Uint8Array, from: number, to: number): number {
    // A missing or numeric tag is `x`, as in the POS table.
    let tag = from < to ? Buffer.from(b.subarray(from, to)).toString('latin1') : 'x';
    if (/^[0-9]*$/.test(tag)) tag = 'x';
    let id = this.#tagIds.get(tag);
    if (id === undefined) {
      if (this.tags.length === 256) throw new RangeError('jieba dictionary: more than 256 distinct tags');
      id = this.tags.length;
      this.tags.push(tag);
      this.#tagIds.set(tag, id);
    }
    return id;
  }

  /**
   * Adds `word freq tag` lines (UTF-8 bytes; fields split on spaces and tabs, the frequency optional
   * as in jieba, where a missing one counts 0). A word listed again takes the later frequency and
   * tag. A frequency that is not a whole number throws, naming `name` and the line.
   */
  addLines(b: Uint8Array, name: string): void {
    const units: number[] = [];
    const n = b.length;
    let line = 0;
    let lastTag = -1;
    let lastFrom = 0;
    let lastTo = 0;
    for (let i = 0; i < n;) {
      let e = b.indexOf(10, i);
      if (e < 0) e = n;
      line++;
      let p = i;
      while (p < e && isSpace(b[p]!)) p++;
      let wEnd = p;
      while (wEnd < e && !isSpace(b[wEnd]!)) wEnd++;
      if (wEnd > p) {
        let q = wEnd;
        while (q < e && isSpace(b[q]!)) q++;
        let fEnd = q;
        while (fEnd < e && !isSpace(b[fEnd]!)) fEnd++;
        let freq = 0;
        for (let k = q; k < fEnd; k++) {
          const d = b[k]! - 48;
          if (d < 0 || d > 9) throw new RangeError(`${name}, line ${line}: frequency is not a whole number`);
          freq = freq * 10 + d;
        }
        let t = fEnd;
        while (t < e && isSpace(b[t]!)) t++;
        let tEnd = t;
        while (tEnd < e && !isSpace(b[tEnd]!)) tEnd++;
        // Tags repeat: reuse the id when the bytes match the previous line's tag.
        let tag: number;
        if (lastTag >= 0 && tEnd - t === lastTo - lastFrom && sameBytes(b, lastFrom, t, tEnd - t)) tag = lastTag;
        else { tag = this.tagId(b, t, tEnd); lastTag = tag; lastFrom = t; lastTo = tEnd; }
        const len = decodeUtf8Units(b, p, wEnd, units);
        let h1 = H1_SEED;
        let h2 = H2_SEED;
        for (let k = 0; k < len; k++) {
          const c = units[k]!;
          h1 = mix1(h1, c);
          h2 = mix2(h2, c);
          if (k < len - 1) {
            // Prefixes end on code-point boundaries only (a high surrogate continues).
            if (c < 0xd800 || c > 0xdbff) this.mark(h1, h2, CONTINUES);
            continue;
          }
          const slot = this.mark(h1, h2, WORD);
          const k2 = this.table[2 * slot + 1]!;
          if ((this.before & WORD) === 0) this.words++;
          else this.total -= this.freqs[freqIdOf(k2)]!;
          this.table[2 * slot + 1] = (k2 & ~(ID_MASK << ID_SHIFT)) | (this.freqId(freq) << ID_SHIFT);
          this.tagOf[slot] = tag;
          this.total += freq;
        }
      }
      i = e + 1;
    }
  }

  /** The dictionary's arrays as they stand. */
  finish(): JiebaDictData {
    return {
      table: this.table, freqs: Float64Array.from(this.freqs), tagOf: this.tagOf, tags: this.tags,
      total: this.total, words: this.words, used: this.used, present: this.present,
    };
  }
}

function sameBytes(b: Uint8Array, x: number, y: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (b[x + k] !== b[y + k]) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/** Builds a dictionary from `word freq tag` sources (UTF-8), later sources overriding frequencies and tags. */
export function buildJiebaDict(...sources: readonly Uint8Array[]): JiebaDictData {
  // Words plus prefixes: about 1.5 entries per line in jieba's dictionary.
  const builder = new JiebaDictBuilder(Math.ceil(countLines(sources) * 1.5));
  sources.forEach((b, k) => builder.addLines(b, `dictionary source ${k + 1}`));
  return builder.finish();
}
