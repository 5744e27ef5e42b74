/**
 * extractKeywords: (tokens, IDF table, whole phrases) → the document's keywords by TF-IDF.
 * Stop words, punctuation, numbers and function-word parts of speech are removed; entities and
 * themes found in the document (`wholes`) are kept whole, so their pieces never count alone.
 * Linear in the tokens (one Map lookup each) plus a sort of the distinct words.
 */
import type { Keyword, Token } from '../document/types.js';
import type { IdfTable } from './idf-table.js';
import { STOP_WORDS } from './stop-words.js';

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
const DROPPED_POS = /^(m|mq|q|r|rr|rz|p|c|u|uj|ul|uz|uv|ud|ug|d|e|y|o|f|x|w|zg|t|tg|h|k|b)$/;
/** A word must contain a CJK ideograph or a Latin letter. */
const CONTENT = /[\u3400-\u9fff\uf900-\ufaffA-Za-z]/;

/** TF-IDF keywords, heaviest first (ties by word); weights rounded to 4 decimals. */
export function extractKeywords(tokens: readonly Token[], idf: IdfTable, options: KeywordOptions = {}): Keyword[] {
  const wholes = mergeWholes(options.wholes ?? []);
  const counts = new Map<string, number>();
  const wholeIdf = new Map<string, number>();
  let total = 0;
  let w = 0;
  let counted = -1;
  for (const token of tokens) {
    while (w < wholes.length && wholes[w]!.end <= token.start) w++;
    const whole = wholes[w];
    if (whole && whole.start < token.end) {
      // The token is part of a whole phrase: count the phrase once, at its first token.
      wholeIdf.set(whole.word, Math.max(wholeIdf.get(whole.word) ?? 0, idf.weights.get(token.text) ?? idf.median));
      if (w !== counted) {
        counted = w;
        counts.set(whole.word, (counts.get(whole.word) ?? 0) + 1);
        total++;
      }
      continue;
    }
    const word = token.text;
    if (word.length < 2 || STOP_WORDS.has(word) || DROPPED_POS.test(token.pos) || !CONTENT.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    total++;
  }
  if (total === 0) return [];
  const scored: Keyword[] = [];
  for (const [word, count] of counts) {
    const weight = idf.weights.get(word) ?? wholeIdf.get(word) ?? idf.median;
    scored.push({ word, weight: Math.round(((count / total) * weight) * 10000) / 10000 });
  }
  scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return scored.slice(0, options.limit ?? 20);
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
