/**
 * jieba's default cut (with HMM) in TypeScript, working on UTF-16 text without copying it:
 *
 * 1. The text splits into blocks of "word" characters (CJK ideographs, ASCII letters and digits,
 *    `+#&._%-`) and everything else; outside blocks each character is a word, except that `\r\n`
 *    stays one.
 * 2. In a block, the most probable path through the dictionary's word graph is found right to left:
 *    from each character the fragment grows one character at a time while the dictionary says a
 *    longer word continues it; each word scores ln(freq) − ln(total) plus the best score after it
 *    (ties to the longer word); a character that starts no word scores as frequency 1.
 * 3. Runs of one-character steps go to the HMM, unless the run is itself a dictionary word (then it
 *    stays as single characters) or one character long.
 *
 * This reproduces `@node-rs/jieba`'s `cut(text, true)` word for word on the same dictionary; a
 * test compares the two on the corpora. Offsets are UTF-16; a surrogate pair is one character and
 * a lone surrogate is a word of its own.
 */
import { CONTINUES, HASH2_BITS, HASH_SEEDS, type JiebaDict, mix1, mix2, PRESENT_BITS, UNKNOWN, WORD } from './jieba-dict.js';
import { HmmDecoder, isHmmHan, type HmmModel } from './jieba-hmm.js';
import { shapeOfUnit } from './segment.js';

/** Block characters of the Basic Multilingual Plane. */
const BLOCK = (() => {
  const t = new Uint8Array(0x10000);
  const range = (a: number, b: number): void => { t.fill(1, a, b + 1); };
  range(0x3400, 0x4dbf); range(0x4e00, 0x9fff); range(0xf900, 0xfaff);
  range(0x61, 0x7a); range(0x41, 0x5a); range(0x30, 0x39);
  for (const ch of '+#&._%-') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** Whether the astral code point is in a CJK extension block jieba treats as word characters. */
function astralBlock(cp: number): boolean {
  return (cp >= 0x20000 && cp <= 0x2a6df) || (cp >= 0x2a700 && cp <= 0x2ebef) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

/** UTF-16 length of the block character at `i` (1 or 2), or 0 when it is not one. */
function blockCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (BLOCK[c] === 1) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff && astralBlock(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00))) return 2;
  }
  return 0;
}

/** UTF-16 length of the code point at `i`. */
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const SKIP = /[a-zA-Z0-9]+(?:.\d+)?%?/gu;

/** A cutter over one dictionary and HMM; reentrant within a thread (no state survives a call). */
export class JiebaCutter {
  private score = new Float64Array(1024);
  private next = new Int32Array(1024);
  private slotAt = new Int32Array(1024);
  private readonly hmm: HmmDecoder;

  constructor(readonly dict: JiebaDict, hmm: HmmModel) {
    this.hmm = new HmmDecoder(hmm);
  }

  /** Words of `text`, concatenating back to it. */
  cut(text: string): string[] {
    const ends: number[] = [];
    this.cutEnds(text, ends);
    const words = new Array<string>(ends.length);
    let at = 0;
    for (let k = 0; k < ends.length; k++) { words[k] = text.slice(at, ends[k]); at = ends[k]!; }
    return words;
  }

  /**
   * Pushes the end offset of each word of `text` to `ends` (words tile the text) and, when `tags`
   * is given, the word's dictionary tag, or undefined where the word did not come from the
   * dictionary (HMM words, characters outside blocks).
   */
  cutEnds(text: string, ends: number[], tags?: (string | undefined)[]): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let len = blockCharAt(text, i);
      if (len > 0) {
        let j = i + len;
        while (j < n && (len = blockCharAt(text, j)) > 0) j += len;
        this.block(text, i, j, ends, tags);
        i = j;
      } else {
        const c = text.charCodeAt(i);
        const len1 = c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : charLength(text, i);
        i += len1;
        ends.push(i);
        // A one-unit word: the dictionary's tag, or its shape when the dictionary lacks it.
        if (tags) tags.push(len1 === 1 ? this.unitTag(c) : undefined);
      }
    }
  }

  private block(text: string, s: number, e: number, ends: number[], tags: (string | undefined)[] | undefined): void {
    const size = e - s + 1;
    if (this.score.length < size) {
      let cap = this.score.length;
      while (cap < size) cap *= 2;
      this.score = new Float64Array(cap);
      this.next = new Int32Array(cap);
      this.slotAt = new Int32Array(cap);
    }
    const { score, next, slotAt, dict } = this;
    const { table, logOf, logTotal, mask, first, firstKey, present } = dict;
    score[e - s] = 0;
    // Right to left over code-point starts.
    for (let p = e - 1; p >= s; p--) {
      const lo = text.charCodeAt(p);
      if (lo >= 0xdc00 && lo <= 0xdfff && p > s) {
        const hi = text.charCodeAt(p - 1);
        if (hi >= 0xd800 && hi <= 0xdbff) continue; // second half of a pair
      }
      let best = -Infinity;
      let bestEnd = -1;
      let bestSlot = -1;
      // The first character's slot comes from a direct table; a pair starts by hashing.
      let h1: number = mix1(HASH_SEEDS.h1, lo);
      let h2: number = mix2(HASH_SEEDS.h2, lo);
      let q = p + 1;
      let slot = first[lo]!;
      if (slot === UNKNOWN) slot = dict.firstSlot(lo);
      let k2 = firstKey[lo]!;
      if (lo >= 0xd800 && lo <= 0xdbff && q < e) {
        const d = text.charCodeAt(q);
        if (d >= 0xdc00 && d <= 0xdfff) {
          q++; h1 = mix1(h1, d); h2 = mix2(h2, d); slot = dict.find(h1, h2);
          k2 = slot >= 0 ? table[2 * slot + 1]! : 0;
        }
      }
      while (slot >= 0) {
        if ((k2 & WORD) !== 0) {
          const sc = logOf[(k2 >>> 2) & 0xffff]! - logTotal + score[q - s]!;
          if (sc >= best) { best = sc; bestEnd = q; bestSlot = slot; }
        }
        if ((k2 & CONTINUES) === 0 || q >= e) break;
        const c = text.charCodeAt(q++);
        h1 = mix1(h1, c);
        h2 = mix2(h2, c);
        if (c >= 0xd800 && c <= 0xdbff && q < e) {
          const d = text.charCodeAt(q);
          if (d >= 0xdc00 && d <= 0xdfff) { q++; h1 = mix1(h1, d); h2 = mix2(h2, d); }
        }
        // Filter, then probe (inline JiebaDict.find): one 8-byte slot per step.
        const a = h1 >>> 0;
        const bit = a & (PRESENT_BITS - 1);
        if ((present[bit >>> 5]! & (1 << (bit & 31))) === 0) break;
        const b = h2 & HASH2_BITS;
        slot = a & mask;
        let k = table[2 * slot + 1]!;
        while (k !== 0 && ((k & HASH2_BITS) !== b || table[2 * slot] !== a)) { slot = (slot + 1) & mask; k = table[2 * slot + 1]!; }
        if (k === 0) slot = -1;
        k2 = k;
      }
      if (bestEnd < 0) {
        bestEnd = p + charLength(text, p);
        best = 0 - logTotal + score[bestEnd - s]!;
      }
      score[p - s] = best;
      next[p - s] = bestEnd;
      slotAt[p - s] = bestSlot;
    }
    let x = s;
    let left = -1;
    while (x < e) {
      const y = next[x - s]!;
      if (y - x === 1 || (y - x === 2 && charLength(text, x) === 2)) {
        if (left < 0) left = x;
      } else {
        if (left >= 0) { this.flush(text, s, left, x, ends, tags); left = -1; }
        ends.push(y);
        tags?.push(this.slotTag(slotAt[x - s]!));
      }
      x = y;
    }
    if (left >= 0) this.flush(text, s, left, e, ends, tags);
  }

  /** The tag of the word a slot holds, or undefined for no slot (-1). */
  private slotTag(slot: number): string | undefined {
    return slot >= 0 ? this.dict.tag(slot) : undefined;
  }

  /** The POS tag of the one-unit word `c` (what posOf gives it). */
  private unitTag(c: number): string {
    const { dict } = this;
    const slot = dict.firstSlot(c);
    return slot >= 0 && (dict.flags(slot) & WORD) !== 0 ? dict.tag(slot) : shapeOfUnit(c);
  }

  /** A run `[a, b)` of one-character steps in the block that starts at `s`. */
  private flush(text: string, s: number, a: number, b: number, ends: number[], tags: (string | undefined)[] | undefined): void {
    const { slotAt } = this;
    if (a + charLength(text, a) === b) {
      ends.push(b);
      tags?.push(this.slotTag(slotAt[a - s]!));
      return;
    }
    if (this.dict.isWord(text, a, b)) {
      for (let k = a; k < b;) {
        tags?.push(this.slotTag(slotAt[k - s]!));
        k += charLength(text, k);
        ends.push(k);
      }
      return;
    }
    const before = ends.length;
    // HMM: runs of U+4E00–U+9FD5 are decoded; other pieces split on letter/number runs.
    let k = a;
    while (k < b) {
      let j = k;
      if (isHmmHan(text.charCodeAt(k))) {
        while (j < b && isHmmHan(text.charCodeAt(j))) j++;
        if (j - k > 1) this.hmm.cutHan(text, k, j, ends);
        else ends.push(j);
      } else {
        while (j < b && !isHmmHan(text.charCodeAt(j))) j++;
        const piece = text.slice(k, j);
        SKIP.lastIndex = 0;
        let last = 0;
        for (let m = SKIP.exec(piece); m !== null; m = SKIP.exec(piece)) {
          if (m.index > last) ends.push(k + m.index);
          ends.push(k + m.index + m[0].length);
          last = m.index + m[0].length;
        }
        if (last < piece.length) ends.push(j);
      }
      k = j;
    }
    if (tags) for (let w = before; w < ends.length; w++) tags.push(undefined);
  }
}
