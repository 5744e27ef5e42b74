/**
 * extractKeywords: (tokens, IDF table, whole phrases) → the document's keywords by TF-IDF.
 * Stop words, punctuation, numbers and function-word parts of speech are removed; entities and
 * themes found in the document (`wholes`) are kept whole, so their pieces never count alone.
 * Linear in the tokens (one Map lookup each) plus IDF look-ups for the few words that can rank.
 */
import type { Keyword, Token } from '../document/types.js';
import type { IdfTable } from './idf-table.js';
import { isStopWord, tagTest } from './stop-words.js';

/** A phrase counted as one keyword wherever it occurs (an entity's normal form, a theme name). */
export interface WholePhrase {
  /** First unit, inclusive. */
  readonly start: number;
  /** Last unit, exclusive. */
  readonly end: number;
  /** The keyword to count for it. */
  readonly word: string;
}

/** Options of `extractKeywords`. */
export interface KeywordOptions {
  /** Phrases kept whole. */
  readonly wholes?: readonly WholePhrase[];
  /** How many keywords to return (default 20). */
  readonly limit?: number;
}

/** jieba POS tags that never make a keyword: numerals, quantifiers, pronouns, function words, punctuation. */
const isDroppedPos = tagTest(
  ['m', 'mq', 'q', 'r', 'rr', 'rz', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'uv', 'ud', 'ug', 'd', 'e', 'y', 'o', 'f', 'x', 'w', 'zg', 't', 'tg', 'h', 'k', 'b'],
);

/** A word must contain a CJK ideograph or a Latin letter (`[\u3400-\u9fff\uf900-\ufaffA-Za-z]`). */
function hasContent(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

/** Largest weight of each IDF map, computed once per table. */

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/** Min-heap of numbers (the `limit` best weights seen so far). */
function heapPush(heap: number[], x: number, size: number): void {
  if (heap.length < size) {
    let i = heap.length;
    heap.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= x) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = x;
    return;
  }
  if (x <= heap[0]!) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const c = r < size && heap[r]! < heap[l]! ? r : l;
    if (heap[c]! >= x) break;
    heap[i] = heap[c]!;
    i = c;
  }
  heap[i] = x;
}

/**
 * TF-IDF keywords, heaviest first (ties by word); weights rounded to 4 decimals.
 * Words are scored by descending count and scoring stops once no remaining count can reach the
 * `limit`-th weight even with the largest IDF, so only a few hundred IDF look-ups are made.
 */
export function extractKeywords(tokens: readonly Token[], idf: IdfTable, options: KeywordOptions = {}): Keyword[] {
  const wholes = mergeWholes(options.wholes ?? []);
  const counts = new Map<string, number>();
  // Token texts inside each whole phrase: its IDF, when the table lacks the phrase, is their largest.
  const wholeTokens = new Map<string, string[]>();
  let total = 0;
  let w = 0;
  let counted = -1;
  for (const token of tokens) {
    while (w < wholes.length && wholes[w]!.end <= token.start) w++;
    const whole = wholes[w];
    if (whole && whole.start < token.end) {
      // The token is part of a whole phrase: count the phrase once, at its first token.
      let inside = wholeTokens.get(whole.word);
      if (!inside) wholeTokens.set(whole.word, (inside = []));
      inside.push(token.text);
      if (w !== counted) {
        counted = w;
        counts.set(whole.word, (counts.get(whole.word) ?? 0) + 1);
        total++;
      }
      continue;
    }
    const word = token.text;
    if (word.length < 2 || isStopWord(word) || isDroppedPos(token.pos) || !hasContent(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    total++;
  }
  if (total === 0) return [];
  const limit = options.limit ?? 20;
  const score = (word: string, count: number): Keyword => {
    let weight = idf.get(word);
    if (weight === undefined) {
      const inside = wholeTokens.get(word);
      if (inside !== undefined) {
        weight = 0;
        for (const t of inside) weight = Math.max(weight, idf.get(t) ?? idf.median);
      } else {
        weight = idf.median;
      }
    }
    return { word, weight: round4((count / total) * weight) };
  };
  const scored: Keyword[] = [];
  if (Number.isInteger(limit) && limit > 0 && limit < counts.size) {
    // Words by count (insertion order kept within a count), highest count first.
    let maxCount = 0;
    for (const c of counts.values()) if (c > maxCount) maxCount = c;
    const byCount: string[][] = [];
    for (const [word, c] of counts) (byCount[c] ??= []).push(word);
    const top = Math.max(idf.max, idf.median);
    const best: number[] = [];
    for (let c = maxCount; c >= 1; c--) {
      const words = byCount[c];
      if (words === undefined) continue;
      // No word of this count (or less) can beat the limit-th weight so far: the rest cannot rank.
      if (best.length === limit && round4((c / total) * top) < best[0]!) break;
      for (const word of words) {
        const k = score(word, c);
        scored.push(k);
        heapPush(best, k.weight, limit);
      }
    }
  } else {
    for (const [word, count] of counts) scored.push(score(word, count));
  }
  scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return scored.slice(0, limit);
}

/** Sorted, non-overlapping copies of the wholes (the longer wins an overlap). */
function mergeWholes(wholes: readonly WholePhrase[]): WholePhrase[] {
  const sorted = wholes.filter((p) => p.end > p.start && p.word.length > 0).slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: WholePhrase[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    out.push({ start: p.start, end: p.end, word: p.word });
  }
  return out;
}
