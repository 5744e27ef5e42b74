/**
 * segment: normalized text → tokens { start, end, text, pos } that tile the text in order.
 * The engine is called on chunks of at most CHUNK units cut at line ends (or, in a line without
 * one, at a code-point boundary), so memory stays bounded on huge inputs; a chunk whose words do
 * not concatenate back to it (an engine fault) falls back to one token per code point.
 */
import type { Token } from '../document/types.js';
import type { SegmentEngine } from './engine.js';
import type { PosTable } from './pos-table.js';

const CHUNK = 1 << 16;

/** POS of a word: the dictionary's, else a shape class (eng, m, x). */
export function posOf(word: string, table: PosTable): string {
  const tag = table.get(word);
  return tag ?? shapeOf(word);
}

/** The shape class of a one-unit word missing from the dictionary: `eng` for a Latin letter, `m` for a digit, `.`, `,` or `%`, else `x`. */
export function shapeOfUnit(c: number): string {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'eng';
  if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c || c === 0x25) return 'm';
  return 'x';
}

/** The shape class of a word missing from the dictionary (eng, m, x). */
function shapeOf(word: string): string {
  // Most words missing from the dictionary are punctuation: the first unit decides before a regex.
  const first = shapeOfUnit(word.charCodeAt(0));
  if (first === 'x' || word.length === 1) return first;
  return (first === 'eng' ? /^[A-Za-z][A-Za-z.'-]*$/ : /^[0-9.,%]+$/).test(word) ? first : 'x';
}

function chunkEnd(text: string, start: number): number {
  const limit = start + CHUNK;
  if (limit >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', limit);
  if (nl > start) return nl + 1;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Segments normalized `text` into tokens (normalized coordinates). */
export function segment(text: string, engine: SegmentEngine, table: PosTable): Token[] {
  const tokens: Token[] = [];
  const ends: number[] = [];
  const tags: (string | undefined)[] = [];
  for (let start = 0; start < text.length;) {
    const end = chunkEnd(text, start);
    const chunk = text.slice(start, end);
    ends.length = 0;
    tags.length = 0;
    try {
      if (engine.cutEnds) engine.cutEnds(chunk, ends, tags);
      else endsOfWords(chunk, engine.cut(chunk), ends);
    } catch { ends.length = 0; }
    if (!validEnds(ends, chunk.length)) { ends.length = 0; tags.length = 0; unitEnds(chunk, ends); }
    if (tags.length !== ends.length) tags.length = 0;
    let at = 0;
    for (let k = 0; k < ends.length; k++) {
      const e = ends[k]!;
      const w = chunk.slice(at, e);
      // The engine's dictionary tag is the POS table's (both take the user words over jieba's).
      tokens.push({ start: start + at, end: start + e, text: w, pos: tags[k] ?? posOf(w, table) });
      at = e;
    }
    start = end;
  }
  return tokens;
}

/** Pushes the end of each word of a foreign engine; stops (leaving invalid ends) at a word that does not continue the chunk. */
function endsOfWords(chunk: string, words: readonly string[], ends: number[]): void {
  let total = 0;
  for (const w of words) {
    // The words must concatenate back to the chunk: checked word by word (no joined copy).
    if (typeof w !== 'string' || !chunk.startsWith(w, total)) { ends.push(-1); return; }
    if (w.length === 0) continue;
    total += w.length;
    ends.push(total);
  }
}

/** Whether `ends` rise strictly and the last is `length` (an empty chunk has no words). */
function validEnds(ends: readonly number[], length: number): boolean {
  let at = 0;
  for (let k = 0; k < ends.length; k++) {
    const e = ends[k]!;
    if (!(e > at)) return false;
    at = e;
  }
  return at === length;
}

/** One word per code point (a lone surrogate is one): the fallback when an engine fails. */
function unitEnds(chunk: string, ends: number[]): void {
  let at = 0;
  for (const ch of chunk) ends.push(at += ch.length);
}
