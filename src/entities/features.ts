/**
 * Feature extraction for the character tagger: text + the segmenter's words + lexicon matches →
 * hashed feature ids per character (CSR layout: `offsets[i]..offsets[i+1]` index into `ids`).
 * Templates: character uni/bi/tri-grams in a ±2 window, character classes, the containing word's
 * boundary, POS and identity, neighbouring POS, and lexicon (category × B/M/E/S) bits.
 */
import { LEXICON_CATEGORIES, matchLexicon, type LexiconMatches, type LexiconTable } from './lexicon-features.js';

/** Version of the feature templates; a model trained with another version is incompatible. */
export const FEATURE_TEMPLATE_VERSION = 3;

/** A word from the segmenter, offsets relative to the text given to `extractFeatures`. */
export interface WordSpan {
  /** First code unit, inclusive. */
  readonly start: number;
  /** Last code unit, exclusive. */
  readonly end: number;
  /** Part of speech. */
  readonly pos: string;
}

/** Hashed features of one text. */
export interface SentenceFeatures {
  /** Number of characters. */
  readonly length: number;
  /** CSR offsets, length + 1. */
  readonly offsets: Int32Array;
  /** Feature bucket ids. */
  readonly ids: Uint32Array;
  /** Lexicon matches per character (absent on derived copies). */
  readonly matches?: LexiconMatches;
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function fin(h: number, mask: number): number {
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) & mask;
}

const BOS = 1;
const EOS = 2;

function normChar(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

const CN_NUMERALS = new Set([...'零〇一二三四五六七八九十百千万亿两'].map((c) => c.charCodeAt(0)));

function charClass(c: number): number {
  if (c === BOS || c === EOS) return 0;
  if (c >= 0x4e00 && c <= 0x9fff) return CN_NUMERALS.has(c) ? 4 : 1;
  if (c >= 0x30 && c <= 0x39) return 2;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 3;
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000) return 6;
  if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)
    || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) return 5;
  if (c >= 0x3400 && c <= 0x4dbf) return 1;
  return 7;
}

function posCode(pos: string): number {
  let h = 7;
  for (let i = 0; i < pos.length; i++) h = Math.imul(h ^ pos.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const POS_CACHE = new Map<string, number>();
function posId(pos: string): number {
  let v = POS_CACHE.get(pos);
  if (v === undefined) {
    v = posCode(pos);
    if (POS_CACHE.size < 1000) POS_CACHE.set(pos, v);
  }
  return v;
}

const NO_WORD = 0x5a5a5a5a;

/** Bits 0, 2, 4 … over the lexicon categories (one per category in a `be` / `ms` word). */
const EVEN_BITS = 0x55555555 >>> (32 - 2 * LEXICON_CATEGORIES.length);

/** An id buffer shared across calls to avoid reallocation (grown by `reserve`). */
export class FeatureBuffer {
  /** Ids written so far. */
  ids = new Uint32Array(4096);
  /** Count of ids written. */
  size = 0;
  /** Make room for `count` ids (contents are not kept). */
  reserve(count: number): void {
    if (this.ids.length < count) this.ids = new Uint32Array(Math.max(count, this.ids.length * 2));
  }
}

/**
 * Extract hashed features of `text[from, to)`. `words` must use offsets of `text`; characters not
 * covered by any word get a "no word" feature. `bits` = log2 of the bucket count. With `copy`
 * false the ids are a view into `buffer`, valid until its next use (decoding reads them at once).
 */
export function extractFeatures(
  text: string, words: readonly WordSpan[], lexicon: LexiconTable, bits: number,
  from = 0, to = text.length, buffer = new FeatureBuffer(), copy = true,
): SentenceFeatures {
  const n = to - from;
  const mask = (1 << bits) - 1;
  const codes = new Int32Array(n + 4);
  codes[0] = BOS; codes[1] = BOS; codes[n + 2] = EOS; codes[n + 3] = EOS;
  for (let i = 0; i < n; i++) codes[i + 2] = normChar(text.charCodeAt(from + i));
  const classes = new Int32Array(n + 2);
  classes[0] = 0; classes[n + 1] = 0;
  for (let i = 0; i < n; i++) classes[i + 1] = charClass(codes[i + 2]!);
  // Word layer: POS id, position in word (0 B, 1 M, 2 E, 3 S), word hash, length, neighbour POS.
  const wPos = new Int32Array(n).fill(NO_WORD);
  const wPlace = new Int32Array(n).fill(4);
  const wHash = new Int32Array(n);
  const wLen = new Int32Array(n);
  const wPrev = new Int32Array(n).fill(NO_WORD);
  const wNext = new Int32Array(n).fill(NO_WORD);
  const wPrevWord = new Int32Array(n).fill(BOS);
  const wNextWord = new Int32Array(n).fill(EOS);
  const hashes = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    let h = 0x3c6ef372;
    const s = Math.max(w.start, from) - from;
    const e = Math.min(w.end, to) - from;
    for (let i = s; i < e; i++) h = Math.imul(h ^ codes[i + 2]!, 0x01000193);
    hashes[k] = h;
  }
  let prevPos = BOS;
  let prevWord = BOS;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const s = Math.max(w.start, from) - from;
    const e = Math.min(w.end, to) - from;
    if (e <= s) continue;
    const p = posId(w.pos);
    const h = hashes[k]!;
    const next = k + 1 < words.length ? posId(words[k + 1]!.pos) : EOS;
    const nextWord = k + 1 < words.length ? hashes[k + 1]! : EOS;
    for (let i = s; i < e; i++) {
      wPos[i] = p;
      wPlace[i] = e - s === 1 ? 3 : i === s ? 0 : i === e - 1 ? 2 : 1;
      wHash[i] = h;
      wLen[i] = e - s;
      wPrev[i] = prevPos;
      wNext[i] = next;
      wPrevWord[i] = prevWord;
      wNextWord[i] = nextWord;
    }
    prevPos = p;
    prevWord = h;
  }
  const lex = matchLexicon(lexicon, text, from, to);
  const offsets = new Int32Array(n + 1);
  const categories = LEXICON_CATEGORIES.length;
  // At most 24 templates + two per lexicon category per character: reserve once, write directly.
  buffer.reserve(n * (24 + 2 * categories));
  const { be: lexBe, ms: lexMs } = lex;
  const ids = buffer.ids;
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const c = i + 2;
    const m2 = codes[c - 2]!, m1 = codes[c - 1]!, c0 = codes[c]!, p1 = codes[c + 1]!, p2 = codes[c + 2]!;
    ids[k++] = fin(mix(1, m2), mask);
    ids[k++] = fin(mix(2, m1), mask);
    ids[k++] = fin(mix(3, c0), mask);
    ids[k++] = fin(mix(4, p1), mask);
    ids[k++] = fin(mix(5, p2), mask);
    ids[k++] = fin(mix(mix(6, m2), m1), mask);
    ids[k++] = fin(mix(mix(7, m1), c0), mask);
    ids[k++] = fin(mix(mix(8, c0), p1), mask);
    ids[k++] = fin(mix(mix(9, p1), p2), mask);
    ids[k++] = fin(mix(mix(mix(10, m1), c0), p1), mask);
    ids[k++] = fin(mix(mix(mix(11, m2), m1), c0), mask);
    ids[k++] = fin(mix(mix(mix(12, c0), p1), p2), mask);
    ids[k++] = fin(mix(13, classes[i]! * 64 + classes[i + 1]! * 8 + classes[i + 2]!), mask);
    const place = wPlace[i]!;
    ids[k++] = fin(mix(mix(14, place), wPos[i]!), mask);
    if (wLen[i]! >= 2) ids[k++] = fin(mix(mix(15, place), wHash[i]!), mask);
    ids[k++] = fin(mix(mix(16, wPrev[i]!), wPos[i]!), mask);
    ids[k++] = fin(mix(mix(17, wPos[i]!), wNext[i]!), mask);
    ids[k++] = fin(mix(mix(18, place), Math.min(wLen[i]!, 6)), mask);
    ids[k++] = fin(mix(mix(19, c0), place), mask);
    ids[k++] = fin(mix(21, 0), mask);
    ids[k++] = fin(mix(mix(22, wPrevWord[i]!), place), mask);
    ids[k++] = fin(mix(mix(23, wNextWord[i]!), place), mask);
    ids[k++] = fin(mix(mix(24, m1), p1), mask);
    const be = lex.be[i]!;
    const ms = lex.ms[i]!;
    if (be !== 0 || ms !== 0) {
      for (let g = 0; g < categories; g++) {
        const b = (be >>> (2 * g)) & 3;
        const s = (ms >>> (2 * g)) & 3;
        if (b === 0 && s === 0) continue;
        // One feature per category with its (B, E, M, S) combination.
        ids[k++] = fin(mix(mix(20, g), b * 4 + s), mask);
      }
    }
    // Words right beside the character: one of category g ends just before it (or is the one
    // character before it), or begins just after it (or is the one character after it). A title
    // ending before a surname, or an organization suffix beginning after a name, is seen here.
    const prevEnd = i > 0 ? ((lexBe[i - 1]! >>> 1) & EVEN_BITS) | (((lexMs[i - 1]! >>> 1) & EVEN_BITS) << 1) : 0;
    const nextBegin = i + 1 < n ? (lexBe[i + 1]! & EVEN_BITS) | (((lexMs[i + 1]! >>> 1) & EVEN_BITS) << 1) : 0;
    if (prevEnd !== 0 || nextBegin !== 0) {
      for (let g = 0; g < categories; g++) {
        const code = ((prevEnd >>> (2 * g)) & 3) | (((nextBegin >>> (2 * g)) & 3) << 2);
        if (code !== 0) ids[k++] = fin(mix(mix(25, g), code), mask);
      }
    }
  }
  offsets[n] = k;
  buffer.size = k;
  return { length: n, offsets, ids: copy ? ids.slice(0, k) : ids.subarray(0, k), matches: lex };
}

/** The bucket of feature bucket `g`'s copy for training domain `domain` (easy domain adaptation). */
export function domainBucket(g: number, domain: number, bits: number): number {
  return fin(mix(mix(0x5bd1e995, g), 101 + domain), (1 << bits) - 1);
}

/** Features plus a domain-specific copy of each (the domain copies are folded away at export). */
export function withDomainCopies(features: SentenceFeatures, domain: number, bits: number): SentenceFeatures {
  const { length: n, offsets, ids } = features;
  const out = new Uint32Array(ids.length * 2);
  const outOffsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    outOffsets[i] = k;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      out[k++] = ids[j]!;
      out[k++] = domainBucket(ids[j]!, domain, bits);
    }
  }
  outOffsets[n] = k;
  return { length: n, offsets: outOffsets, ids: out };
}
