/**
 * splitPassages / featureWords: how the theme-category classifier sees a text, shared by
 * training and the themes step — paragraphs cut into passages of at most 300 characters, and
 * the distinct content words (CJK, 2+ characters, no stop words) of a passage.
 */
import { STOP_WORDS } from './stop-words.js';

/** Cuts a text into passages: paragraphs, long ones cut at the first sentence end after 120 chars (≤ 300). */
export function splitPassages(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    const end = m.index + m[0].length;
    while (end - start > 300) {
      let cut = -1;
      for (let i = start + 120; i < Math.min(end, start + 300); i++) {
        if ('。！？；'.includes(text[i]!)) {
          cut = i + 1;
          break;
        }
      }
      if (cut < 0) cut = start + 300;
      out.push({ start, end: cut });
      start = cut;
    }
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Content words of a segmented passage (CJK, 2+ characters, not stop words), distinct. */
export function featureWords(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) if (w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w) && !STOP_WORDS.has(w)) out.add(w);
  return [...out];
}
