/**
 * Entity recognition: text + the segmenter's words → PER / LOC / ORG / TITLE mentions with scores.
 * The text is cut into chunks (sentence ends, at most 500 code units) so time stays linear; each
 * chunk is decoded with constrained Viterbi, then fused with the model's gazetteer (agreement
 * raises a score; a place hit alone is added only where the model is unsure) and adjacent places
 * become one composite with `parts`. Output is ordered and non-overlapping; never throws on text.
 */
import type { EntityLabel } from '../document/types.js';
import { isEdge, lazyWordGrid, wordAt, type WordGrid } from '../text/word-grid.js';
import { scoreEmissions, type EntityModel } from './entity-model.js';
import { extractFeatures, FeatureBuffer, type WordSpan } from './features.js';
import { categoryBit, GENERIC_TOWN_NAME, LEXICON_CATEGORIES, lookupWord } from './lexicon-features.js';
import { pathMargins, spansOfPath, viterbi, ViterbiWorkspace } from './viterbi.js';

/** A part of a composite entity. */
export interface RecognizedPart {
  /** Start, inclusive. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** Label. */
  readonly label: EntityLabel;
}

/** An entity found by `recognizeEntities`, offsets into the text given. */
export interface RecognizedEntity {
  /** Start, inclusive. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** Label. */
  readonly label: EntityLabel;
  /** Finer kind (ORG: government, company, organization). */
  readonly subtype?: string;
  /** Parts of a composite place. */
  readonly parts?: readonly RecognizedPart[];
  /** What produced it (`model:ner@1.0`, `lexicon:places`). */
  readonly source: string;
  /** Confidence in [0, 1]. */
  readonly score: number;
}

/** Longest chunk decoded at once. */
export const MAX_CHUNK = 500;
const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a, 0xff1b, 0x3b]);
const SOFT_BREAK = new Set([0x20, 0x09, 0xff0c, 0x2c, 0x3001, 0x3000]);

/** Chunks `[start, end)` covering `text`: cut after sentence ends, and below `MAX_CHUNK` at a soft break. */
export function chunkText(text: string, max = MAX_CHUNK): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  let soft = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SENTENCE_END.has(c)) { chunks.push([from, i + 1]); from = i + 1; soft = -1; continue; }
    if (SOFT_BREAK.has(c)) soft = i + 1;
    if (i + 1 - from >= max) {
      let cut = soft > from + max / 2 ? soft : i + 1;
      // Never cut inside a surrogate pair.
      const before = text.charCodeAt(cut - 1);
      if (before >= 0xd800 && before <= 0xdbff && cut < text.length) cut = cut > from + 1 ? cut - 1 : cut + 1;
      chunks.push([from, cut]);
      from = cut;
      soft = -1;
      i = cut - 1;
    }
  }
  if (from < text.length) chunks.push([from, text.length]);
  return chunks;
}

const PLACE_SUFFIX = /(?:省|市|县|区|镇|乡|村|州|旗|盟|街道|社区|自治区|特别行政区|地区|新区|开发区|岛|港|湾|山|河|江|湖)$/;
/** Words that are only a place kind, never a part of their own (城西新区 is not 城西 + 新区). */
const GENERIC_PLACE = /^(?:新区|街道|社区|地区|开发区|高新区|自治区|自治州|自治县|特别行政区|城区|郊区|市区|县城|林区|矿区|景区|园区|山区|老区|边区|省|市|县|区)$/;
const ZONE_SUFFIX = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区|工业园区|产业园区|园区|区块|片区|社区)/;
const ADMIN_SUFFIX = /(?:省|市|县|区|镇|乡|村|街道|社区|旗|盟)$/;
const COMPANY = /(?:公司|集团|银行|企业|酒店|商场|工厂|厂|店|超市|证券|保险|基金|控股|科技|实业|股份)$/;
const GOVERNMENT = /(?:政府|国务院|部|厅|局|委|委员会|办公室|办|署|法院|检察院|海关|税务|公安|军区|部队|人大|政协|管委会|中央|省委|市委|县委|党委)$/;

/** ORG subtype from its surface: company, government or organization. */
export function orgSubtype(surface: string): string {
  if (COMPANY.test(surface)) return 'company';
  if (GOVERNMENT.test(surface)) return 'government';
  return 'organization';
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Split a place into administrative parts (浙江省永康市西城街道 → 浙江省 / 永康市 / 西城街道) using
 * the lexicon and place suffixes; returns null unless the parts tile the whole span (≥ 2 parts).
 */
export function splitPlace(model: EntityModel, text: string, start: number, end: number): RecognizedPart[] | null {
  const place = categoryBit('place') | categoryBit('ns');
  const parts: RecognizedPart[] = [];
  let p = start;
  while (p < end) {
    let best = 0;
    for (let len = Math.min(end - p, model.lexicon.maxLength); len >= 2; len--) {
      const word = text.slice(p, p + len);
      const bits = lookupWord(model.lexicon, word);
      if ((bits & place) !== 0 && !GENERIC_PLACE.test(word)) { best = len; break; }
    }
    if (best === 0) {
      // The rest may be a name + administrative suffix not in the gazetteer (城西乡): accept it as the last part.
      const rest = text.slice(p, end);
      if (parts.length > 0 && rest.length >= 2 && rest.length <= 6 && ADMIN_SUFFIX.test(rest)) best = end - p;
      else return null;
    }
    // A zone or block suffix belongs to the name before it (城西 + 新区 → 城西新区), never stands alone.
    const zone = ZONE_SUFFIX.exec(text.slice(p + best, end));
    if (zone) best += zone[0].length;
    parts.push({ start: p, end: p + best, label: 'LOC' });
    p += best;
  }
  return parts.length >= 2 ? parts : null;
}

// Reusable buffers: recognition is synchronous and calls no user code, so sharing them is safe.
const scratch = { ws: new ViterbiWorkspace(), buffer: new FeatureBuffer(), emit: new Float64Array(0) };

interface Raw { start: number; end: number; label: EntityLabel; score: number; source: string; parts?: RecognizedPart[] }

/** Words added as TITLE where the model finds nothing: word → how reliably the training data marks it. */
export type PositionWords = ReadonlyMap<string, number>;

/**
 * Recognise entities in `text` given the segmenter's `words` (offsets into `text`, tiling it);
 * `positions` are position nouns added as TITLE where the model tagged a whole word O.
 */
export function recognizeEntities(model: EntityModel, text: string, words: readonly WordSpan[], positions?: PositionWords): RecognizedEntity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const clean = cleanWords(words, text.length);
  const labels = model.tagSet.labels as readonly EntityLabel[];
  const T = model.tagSet.size;
  const temperature = model.manifest.temperature > 0 ? model.manifest.temperature : 1;
  const bias = Number.isFinite(model.manifest.scoreBias) ? model.manifest.scoreBias! : 0;
  const ws = scratch.ws;
  const buffer = scratch.buffer;
  const raw: Raw[] = [];
  // The words as a grid, built for the first gazetteer candidate (most texts have none).
  const gridOf = lazyWordGrid(text, clean);
  let w0 = 0;
  for (const [from, to] of chunkText(text)) {
    if (text.slice(from, to).trim() === '') continue;
    while (w0 < clean.length && clean[w0]!.end <= from) w0++;
    let w1 = w0;
    while (w1 < clean.length && clean[w1]!.start < to) w1++;
    const features = extractFeatures(text, clean.slice(w0, w1), model.lexicon, model.bits, from, to, buffer, false);
    const n = features.length;
    if (scratch.emit.length < n * T) scratch.emit = new Float64Array(n * T * 2);
    const emit = scoreEmissions(model, features, scratch.emit);
    const path = new Uint8Array(n);
    if (!viterbi(model.tagSet, emit, n, model, path, null, ws)) continue;
    const margins = new Float64Array(n);
    pathMargins(model.tagSet, emit, n, model, path, ws, margins);
    const spans = spansOfPath(path, n);
    for (const [s, e, l] of spans) {
      let m = Number.POSITIVE_INFINITY;
      for (let i = s; i < e; i++) m = Math.min(m, margins[i]!);
      raw.push({ start: from + s, end: from + e, label: labels[l]!, score: sigmoid((m - bias) / temperature), source: model.source });
    }
    addGazetteerPlaces(model, text, from, n, path, margins, temperature, features.matches?.be, gridOf, raw);
    if (positions && positions.size > 0) addPositionWords(text, from, clean, w0, w1, path, positions, raw);
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  return finish(model, text, raw);
}

function cleanWords(words: readonly WordSpan[], length: number): WordSpan[] {
  const out: WordSpan[] = [];
  if (!Array.isArray(words)) return out;
  let sorted = true;
  for (const w of words) {
    if (!w || !Number.isInteger(w.start) || !Number.isInteger(w.end) || w.start < 0 || w.end > length || w.end <= w.start) continue;
    if (out.length > 0 && w.start < out[out.length - 1]!.end) sorted = false;
    out.push({ start: w.start, end: w.end, pos: typeof w.pos === 'string' ? w.pos : 'x' });
  }
  if (!sorted) {
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: WordSpan[] = [];
    for (const w of out) if (kept.length === 0 || w.start >= kept[kept.length - 1]!.end) kept.push(w);
    return kept;
  }
  return out;
}

/** Parts of speech of function words: prepositions, conjunctions, particles, adverbs, pronouns, locatives, verbs. */
const FUNCTION_POS = /^(?:p|c|u|d|r|f|v)/;

/** Whether a name may start at `i`: a word edge where no one-character function word starts (快于|城镇 is no town 于城镇). */
function nameMayStartAt(grid: WordGrid, i: number): boolean {
  if (!isEdge(grid, i)) return false;
  const w = grid.words[wordAt(grid, i)];
  return !(w && w.start === i && w.end - w.start === 1 && FUNCTION_POS.test(w.pos));
}

/**
 * A full place name from the gazetteer where the model said O without confidence, and where it sits on
 * the segmenter's words (提高|城镇化 holds no 高城镇).
 */
function addGazetteerPlaces(
  model: EntityModel, text: string, from: number, n: number, path: Uint8Array, margins: Float64Array, temperature: number,
  begins: Uint32Array | undefined, gridOf: () => WordGrid | undefined, raw: Raw[],
): void {
  if (!begins) return;
  const placeBit = categoryBit('place');
  const beginBit = 1 << (2 * LEXICON_CATEGORIES.indexOf('place'));
  const maxLen = Math.min(model.lexicon.maxLength, 8);
  for (let i = 0; i < n; i++) {
    if (path[i] !== 0 || (begins[i]! & beginBit) === 0) continue;
    const grid = gridOf();
    if (grid && !nameMayStartAt(grid, from + i)) continue;
    for (let len = Math.min(maxLen, n - i); len >= 3; len--) {
      if (grid && !isEdge(grid, from + i + len)) continue;
      let allO = true;
      let peak = 0;
      for (let k = i; k < i + len; k++) {
        if (path[k] !== 0) { allO = false; break; }
        peak = Math.max(peak, margins[k]!);
      }
      if (!allO) continue;
      const word = text.slice(from + i, from + i + len);
      if ((lookupWord(model.lexicon, word) & placeBit) === 0 || !PLACE_SUFFIX.test(word) || GENERIC_TOWN_NAME.test(word)) continue;
      // Only where the model was unsure that these characters are O.
      if (peak < temperature) {
        raw.push({ start: from + i, end: from + i + len, label: 'LOC', score: 0.5 * (1 - sigmoid(peak / temperature)) + 0.1, source: 'lexicon:places' });
        i += len - 1;
      }
      break;
    }
  }
}

/**
 * A position noun the segmenter keeps whole, over characters the model tagged O. The model is
 * rarely unsure there (CLUENER marks many of these words only some of the time, which teaches it
 * O), so the word's own reliability — how often the training data marks it — decides and scores it.
 */
function addPositionWords(
  text: string, from: number, words: readonly WordSpan[], w0: number, w1: number, path: Uint8Array,
  positions: PositionWords, raw: Raw[],
): void {
  for (let k = w0; k < w1; k++) {
    const w = words[k]!;
    if (w.start < from || w.end - from > path.length || w.end - w.start < 2) continue;
    const reliability = positions.get(text.slice(w.start, w.end));
    if (reliability === undefined) continue;
    let allO = true;
    for (let i = w.start - from; i < w.end - from; i++) if (path[i] !== 0) { allO = false; break; }
    if (allO) raw.push({ start: w.start, end: w.end, label: 'TITLE', score: round(0.8 * reliability), source: 'lexicon:positions' });
  }
}

function finish(model: EntityModel, text: string, raw: Raw[]): RecognizedEntity[] {
  const placeBit = categoryBit('place') | categoryBit('ns');
  const suffixBit = categoryBit('placesuf');
  const out: RecognizedEntity[] = [];
  let lastEnd = 0;
  for (let k = 0; k < raw.length; k++) {
    let r = raw[k]!;
    if (r.start < lastEnd) continue;
    if (r.label === 'LOC') {
      // Adjacent places form one composite (江苏 + 如皋市 + 城西乡).
      const parts: RecognizedPart[] = [{ start: r.start, end: r.end, label: 'LOC' }];
      let score = r.score;
      let source = r.source;
      while (k + 1 < raw.length && raw[k + 1]!.label === 'LOC' && raw[k + 1]!.start === parts[parts.length - 1]!.end) {
        const next = raw[++k]!;
        // A bare place suffix (新区, 开发区, 街道) is no place of its own: it ends the piece before it (城西 + 新区 → 城西新区).
        const last = parts[parts.length - 1]!;
        if (next.end - next.start >= 2 && (lookupWord(model.lexicon, text.slice(next.start, next.end)) & suffixBit) !== 0) parts[parts.length - 1] = { ...last, end: next.end };
        else parts.push({ start: next.start, end: next.end, label: 'LOC' });
        score = Math.min(score, next.score);
        if (next.source !== source) source = model.source;
      }
      const start = parts[0]!.start;
      const end = parts[parts.length - 1]!.end;
      // Each piece may itself be an administrative composite (永康市西城街道 → 永康市 / 西城街道).
      const pieces = parts.flatMap((p) => splitPlace(model, text, p.start, p.end) ?? [p]);
      const split = pieces.length >= 2 ? pieces : null;
      const agrees = parts.every((p) => (lookupWord(model.lexicon, text.slice(p.start, p.end)) & placeBit) !== 0);
      if (agrees && source === model.source) score = 1 - (1 - score) * 0.5;
      r = { start, end, label: 'LOC', score, source, ...(split ? { parts: split } : {}) };
    } else if (r.label === 'ORG') {
      out.push({ start: r.start, end: r.end, label: 'ORG', subtype: orgSubtype(text.slice(r.start, r.end)), source: r.source, score: round(r.score) });
      lastEnd = r.end;
      continue;
    }
    out.push({ start: r.start, end: r.end, label: r.label, ...(r.parts ? { parts: r.parts } : {}), source: r.source, score: round(r.score) });
    lastEnd = r.end;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
