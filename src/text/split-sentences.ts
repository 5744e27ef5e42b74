/**
 * splitSentences: normalized text → sentence ranges, in order, non-overlapping, trimmed of
 * surrounding whitespace. A sentence ends at 。！？!? or …… (with the closing quotes and brackets
 * that follow), at a line end, or after MAX_SENTENCE units so no step ever sees an unbounded run.
 */
import type { Sentence } from '../document/types.js';

/** Longest sentence handed to later steps. */
export const MAX_SENTENCE = 1000;

/** Character classes by code unit: 1 ends a sentence, 2 closes one (quotes, brackets). */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of '。！？!?') t[c.charCodeAt(0)] = 1;
  for (const c of '”’」』）)》】"\'') t[c.charCodeAt(0)] = 2;
  return t;
})();
const ENDER = 1;
const CLOSER = 2;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0x0b || c === 0x0c;

/** Splits `text` into sentences (offsets into `text`). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  const emit = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let end = -1;
    if (c === 0x0a) end = i;
    else if (CLASS[c] === ENDER || (c === 0x2026 && text.charCodeAt(i + 1) === 0x2026)) {
      let j = i + 1;
      while (j < n && (CLASS[text.charCodeAt(j)] === ENDER || text.charCodeAt(j) === 0x2026)) j++;
      while (j < n && CLASS[text.charCodeAt(j)] === CLOSER) j++;
      end = j;
      i = j - 1;
    } else if (i - start >= MAX_SENTENCE) {
      // Cut a run without punctuation at a space if one is near, never inside a surrogate pair.
      let cut = i;
      for (let k = i; k > i - 100 && k > start; k--) if (isSpace(text.charCodeAt(k))) { cut = k; break; }
      if (cut === i && c >= 0xdc00 && c <= 0xdfff) cut = i - 1;
      end = cut;
      i = cut - 1;
    }
    if (end >= 0) { emit(start, end); start = end; }
  }
  emit(start, n);
  return out;
}
