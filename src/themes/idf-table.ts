/**
 * parseIdf: an IDF table (`word weight` per line, jieba's idf.txt format) →
 * word → inverse document frequency, plus the median used for unknown words (as jieba does).
 * An archive can supply its own table in the same format.
 */
import { TifaError } from '../errors.js';
import { countLines, PairHasher, WordSlots } from '../text/word-slots.js';

/** Inverse document frequencies. */
export interface IdfTable {
  /** IDF of `word`, or undefined when the table lacks it. */
  get(word: string): number | undefined;
  /** Median IDF, used for words not in the table. */
  readonly median: number;
  /** Largest IDF in the table (0 when empty). */
  readonly max: number;
  /** Number of words. */
  readonly size: number;
}

const SPACE = (c: number): boolean => c === 32 || c === 9 || c === 13;

/** A plain decimal (`12.5`, `3`) from ASCII bytes; NaN for anything else (then `Number` decides). */
function decimal(b: Uint8Array, from: number, to: number): number {
  let v = 0;
  let i = from;
  while (i < to && b[i]! >= 48 && b[i]! <= 57) v = v * 10 + (b[i++]! - 48);
  if (i === from) return Number.NaN;
  if (i < to && b[i] === 46) {
    i++;
    let scale = 0.1;
    const fracStart = i;
    while (i < to && b[i]! >= 48 && b[i]! <= 57) { v += (b[i++]! - 48) * scale; scale /= 10; }
    if (i === fracStart) return Number.NaN;
  }
  return i === to ? v : Number.NaN;
}

/**
 * Parses `word weight` lines (text or UTF-8 bytes); blank lines and `#` comments are skipped; `file`
 * names errors. Words are kept as hashes (no string per entry), so jieba's 270k-word table loads in
 * tens of milliseconds; later lines win.
 */
export function parseIdf(source: string | Uint8Array, file: string): IdfTable & { readonly data: IdfData } {
  const b = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const slots = new WordSlots(countLines([b]));
  const values = new Float64Array(slots.mask + 1);
  const hasher = new PairHasher();
  const n = b.length;
  let line = 0;
  for (let i = 0; i < n;) {
    let e = b.indexOf(10, i);
    if (e < 0) e = n;
    line++;
    let s = i;
    let end = e;
    while (s < end && SPACE(b[s]!)) s++;
    while (end > s && SPACE(b[end - 1]!)) end--;
    i = e + 1;
    if (s === end || b[s] === 35) continue;
    let cut = end - 1;
    while (cut > s && b[cut] !== 32) cut--;
    let value = cut > s ? decimal(b, cut + 1, end) : Number.NaN;
    if (Number.isNaN(value) && cut > s) value = Number(Buffer.from(b.subarray(cut + 1, end)).toString('latin1'));
    if (cut <= s || !Number.isFinite(value) || value < 0) {
      const text = Buffer.from(b.subarray(s, end)).toString('utf8');
      throw new TifaError('resource_parse', `tifa: ${file} line ${line}: expected "word weight" with a non-negative number, found "${text.slice(0, 40)}"`, { file, line });
    }
    let wEnd = cut;
    while (wEnd > s && SPACE(b[wEnd - 1]!)) wEnd--;
    hasher.utf8(b, s, wEnd);
    values[slots.insert(hasher)] = value;
  }
  const kept = new Float64Array(slots.size);
  let k = 0;
  for (let slot = 0; slot <= slots.mask; slot++) if (slots.k2[slot] !== 0) kept[k++] = values[slot]!;
  kept.sort();
  const median = kept.length === 0 ? 10 : kept[Math.floor(kept.length / 2)]!;
  const max = kept.length === 0 ? 0 : kept[kept.length - 1]!;
  return idfTableOf({ slots, values, median, max });
}

/** The arrays behind an IdfTable (what the build-time cache stores). */
export interface IdfData {
  /** Hashed words. */
  readonly slots: WordSlots;
  /** IDF per slot. */
  readonly values: Float64Array;
  /** Median IDF. */
  readonly median: number;
  /** Largest IDF. */
  readonly max: number;
}

/** The table over its arrays; `data` gives them back for caching. */
export function idfTableOf(data: IdfData): IdfTable & { readonly data: IdfData } {
  const { slots, values, median, max } = data;
  return {
    median, max, size: slots.size, data,
    get(word: string): number | undefined {
      const slot = slots.slotOf(word);
      return slot < 0 ? undefined : values[slot];
    },
  };
}
