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
 * Where the words put their boundaries: `word[i]` is the index of the word holding unit i (-1 where
 * no word does), so a span cuts through a word exactly when its ends lie in different words and are
 * not both word edges.
 */
export interface WordGrid {
  readonly text: string;
  readonly word: Int32Array;
  readonly words: readonly GridWord[];
  /** Per unit, 1 + the index of the span holding it (0 outside every span). */
  readonly span: Int32Array;
}

/** The grid of `words` over `text` (undefined without words: then nothing is constrained). */
export function wordGrid(text: string, words: readonly GridWord[] | undefined, spans?: readonly Span[]): WordGrid | undefined {
  if (!words || words.length === 0) return undefined;
  const length = text.length;
  const word = new Int32Array(length).fill(-1);
  words.forEach((w, k) => {
    if (Number.isInteger(w.start) && Number.isInteger(w.end) && w.start >= 0 && w.end <= length) word.fill(k, w.start, w.end);
  });
  const span = new Int32Array(length);
  (spans ?? []).forEach((e, k) => {
    if (Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= length) span.fill(k + 1, e.start, e.end);
  });
  return { text, word, words, span };
}

/** Whether `[start, end)` lies inside one of the grid's spans, where the words do not constrain names. */
export function inSpan(grid: WordGrid, start: number, end: number): boolean {
  if (start < 0 || end > grid.span.length || end <= start) return false;
  const k = grid.span[start]!;
  return k !== 0 && grid.span[end - 1] === k;
}

/** Whether a word starts at `i` (or i is the end of the text or lies outside every word). */
export function isEdge(grid: WordGrid, i: number): boolean {
  if (i <= 0 || i >= grid.word.length) return true;
  const k = grid.word[i]!;
  return k < 0 || k !== grid.word[i - 1]!;
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
  const k = grid.word[start]!;
  if (k < 0 || k !== grid.word[end - 1]!) return true;
  const w = grid.words[k]!;
  return !((w.start === start || w.end === end) && PROPER.test(w.pos));
}
