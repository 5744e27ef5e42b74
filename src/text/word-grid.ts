/**
 * Whether a span found by a lexicon sits on the segmenter's words: a name that cuts through words
 * (中小|金融 holds no 小金, 两岸分裂|局面 no 两岸分裂局) or lies inside an ordinary word (党和政府 holds
 * no 和政) is not a name. Spans the model already marked lift the constraint inside them.
 */

/** A segmenter word over the same text (tokens tile it). */
export interface GridWord {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** A span of the text (an entity already found). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The words (and spans) over a text, sorted by start, looked up by binary search: nothing is
 * allocated per unit of text, so a step that checks a few names pays for a few look-ups.
 */
export interface WordGrid {
  readonly text: string;
  /** Words in order, non-overlapping. */
  readonly words: readonly GridWord[];
  /** Spans in order of start. */
  readonly spans: readonly Span[];
}

const valid = (length: number) => (x: Span): boolean =>
  Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= length && x.end > x.start;

/** The grid of `words` over `text` (undefined without words: then nothing is constrained). */
export function wordGrid(text: string, words: readonly GridWord[] | undefined, spans?: readonly Span[]): WordGrid | undefined {
  if (!words || words.length === 0) return undefined;
  const ok = valid(text.length);
  // The segmenter's tokens are valid and in order: used as they are, without a copy.
  let sorted = words;
  let end = 0;
  for (const w of words) {
    if (!ok(w) || w.start < end) { sorted = inOrder(words.filter(ok)); break; }
    end = w.end;
  }
  const inOrderSpans = (spans ?? []).filter(ok).sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, words: sorted, spans: inOrderSpans };
}

/** `wordGrid`, built on the first call and kept: for a step where most texts never ask for it. */
export function lazyWordGrid(text: string, words: readonly GridWord[] | undefined, spans?: readonly Span[]): () => WordGrid | undefined {
  let grid: WordGrid | undefined | null = null;
  return () => (grid === null ? (grid = wordGrid(text, words, spans)) : grid);
}

/** Words sorted by start, keeping the earliest of overlapping ones. */
function inOrder(words: readonly GridWord[]): GridWord[] {
  const kept: GridWord[] = [];
  for (const w of [...words].sort((a, b) => a.start - b.start || a.end - b.end)) if (kept.length === 0 || w.start >= kept[kept.length - 1]!.end) kept.push(w);
  return kept;
}

/** Index of the last item starting at or before `i`, or -1. */
function lastStartingBy(items: readonly Span[], i: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start <= i) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/** Index of the word holding unit `i`, or -1 when no word does. */
export function wordAt(grid: WordGrid, i: number): number {
  const k = lastStartingBy(grid.words, i);
  return k >= 0 && grid.words[k]!.end > i ? k : -1;
}

/** Whether `[start, end)` lies inside one of the grid's spans, where the words do not constrain names. */
export function inSpan(grid: WordGrid, start: number, end: number): boolean {
  if (end <= start) return false;
  // Entities do not overlap, so the last span starting by `start` decides; a few more are looked at in case some nest.
  for (let k = lastStartingBy(grid.spans, start), n = 0; k >= 0 && n < 4; k--, n++) if (grid.spans[k]!.end >= end) return true;
  return false;
}

/** Index of the first word that ends after unit `i` (`words.length` when none does). */
export function firstWordAfter(grid: WordGrid, i: number): number {
  const k = lastStartingBy(grid.words, i);
  return k >= 0 && grid.words[k]!.end > i ? k : k + 1;
}

/** Whether a word starts at `i` (or i is the end of the text or lies outside every word). */
export function isEdge(grid: WordGrid, i: number): boolean {
  if (i <= 0 || i >= grid.text.length) return true;
  const k = wordAt(grid, i);
  return k < 0 || grid.words[k]!.start === i;
}

/** Parts of speech of proper nouns: places, organizations, other proper nouns. */
const PROPER = /^n[stz]/;

/**
 * Whether `[start, end)` does not sit on the words: its ends are not both word edges, unless it begins
 * or ends one proper-noun word (海南 of 海南自由贸易港, 永康 of 品质活力永康). Inside an ordinary word
 * (山下乡 of 上山下乡, 大理 of 大理石) or in the middle of one (和政 of 党和政府) it is not a name.
 */
export function straddles(grid: WordGrid | undefined, start: number, end: number): boolean {
  if (!grid || end <= start || inSpan(grid, start, end)) return false;
  if (isEdge(grid, start) && isEdge(grid, end)) return false;
  const k = wordAt(grid, start);
  if (k < 0 || k !== wordAt(grid, end - 1)) return true;
  const w = grid.words[k]!;
  return !((w.start === start || w.end === end) && PROPER.test(w.pos));
}
