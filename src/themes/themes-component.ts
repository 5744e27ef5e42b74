/**
 * The themes step: (normalized text, sentences, tokens; people, entities and articles when
 * present) → `themes` (taxonomy hits with evidence, scores and speakers, then classifier hits for
 * passages with no explicit slogan), `keywords` (TF-IDF, entities and themes whole) and
 * `candidates` (phrases that look like new 提法). All offsets are normalized coordinates and every
 * evidence span satisfies `state.text.slice(start, end) === text`. Nothing is compiled per document.
 */
import type { Sentence, Span, ThemeHit, Token } from '../document/types.js';
import type { Component, Layers, State } from '../pipeline/component.js';
import type { CompiledThemes } from './compile-themes.js';
import { discoverCandidates } from './discover-candidates.js';
import { extractKeywords, type WholePhrase } from './extract-keywords.js';
import type { IdfTable } from './idf-table.js';
import { tagThemes, type Range, type SpeechSpan } from './tag-themes.js';
import { bestCategory, CONFIDENT, MODEL_SOURCE, type ThemeCategoryModel } from './theme-category-model.js';
import { splitPassages } from './split-passages.js';
import { isStopWord } from './stop-words.js';

/** What the step needs, loaded once per annotator. */
export interface ThemesResources {
  /** The compiled taxonomy. */
  readonly themes: CompiledThemes;
  /** IDF table for keywords. */
  readonly idf: IdfTable;
  /** Optional category classifier for passages with no explicit theme. */
  readonly categoryModel?: ThemeCategoryModel;
}

/** Highest score a classifier hit can get (explicit hits start at 0.5). */
const MODEL_MAX_SCORE = 0.35;
/** Shortest passage the classifier looks at, in characters. */
const MIN_PASSAGE = 40;

/** Creates the `themes` component. */
export function createThemesComponent(resources: ThemesResources): Component {
  return {
    name: 'themes',
    requires: ['sentences', 'tokens'],
    assigns: ['themes', 'keywords', 'candidates'],
    run(state: State): Partial<Layers> {
      const { text } = state;
      const sentences = state.sentences ?? [];
      const tokens = state.tokens ?? [];
      const { headlines, leads } = positions(state, sentences);
      const speech: SpeechSpan[] = (state.people ?? []).flatMap((p) => (p.speech ?? []).map((s) => ({ start: s.start, end: s.end, person: p.id })));
      const explicit = tagThemes(resources.themes, text, { matchText: state.matchText, headlines, leads, speech });
      const themeRanges: Range[] = explicit.flatMap((h) => h.evidence.map((e) => ({ start: e.start, end: e.end })));
      const modelHits = resources.categoryModel ? classifyPassages(resources.categoryModel, text, tokens, themeRanges) : [];
      const entities = (state.entities ?? []).filter((e) => e.label === 'PER' || e.label === 'LOC' || e.label === 'ORG');
      const wholes: WholePhrase[] = [
        ...entities.map((e) => ({ start: e.start, end: e.end, word: e.normal || e.text })),
        ...explicit.flatMap((h) => h.evidence.map((e) => ({ start: e.start, end: e.end, word: h.name }))),
      ];
      const keywords = extractKeywords(tokens, resources.idf, { wholes });
      const candidates = discoverCandidates(resources.themes, text, {
        tokens,
        themeRanges,
        entityRanges: entities.map((e) => ({ start: e.start, end: e.end })),
      });
      return { themes: [...explicit, ...modelHits], keywords, candidates };
    },
  };
}

/** Headline and lead ranges: from page articles when present, else the text's opening. */
function positions(state: State, sentences: readonly Sentence[]): { headlines: Range[]; leads: Range[] } {
  const articles = (state.articles ?? []).filter((a) => a.kind === 'article');
  if (articles.length > 0) {
    const headlines = articles.flatMap((a) => (a.headline ? [a.headline] : []));
    const leads = articles.map((a) => {
      const first = sentences.find((s) => s.start >= a.start && s.end <= a.end && !(a.headline && s.start >= a.headline.start && s.end <= a.headline.end));
      const start = first?.start ?? a.start;
      return { start, end: Math.min(a.end, Math.max(first?.end ?? start, start + Math.ceil((a.end - a.start) / 10))) };
    });
    return { headlines, leads };
  }
  const text = state.text;
  const headlines: Range[] = [];
  let leadStart = 0;
  const first = sentences[0];
  if (first && text.length > 200 && first.end - first.start <= 40 && !/[。！？!?]$/.test(first.text.trim())) {
    headlines.push({ start: first.start, end: first.end });
    leadStart = first.end;
  }
  const leadEnd = Math.max(leadStart + Math.ceil(text.length / 10), sentences.find((s) => s.start >= leadStart)?.end ?? 0);
  return { headlines, leads: [{ start: leadStart, end: Math.min(text.length, leadEnd) }] };
}

/** `featureWords`' test: CJK only (`/^[\u3400-\u9fff]+$/`), 2+ characters, not a stop word. */
function isFeatureWord(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return !isStopWord(w);
}

/** Per model, a stamp per feature (distinct features of one passage without a Set). */
const featureStamps = new WeakMap<ThemeCategoryModel, { stamps: Int32Array; generation: number }>();

/** Classifier hits: one per category over passages that hold no explicit theme. */
function classifyPassages(model: ThemeCategoryModel, text: string, tokens: readonly Token[], themeRanges: readonly Range[]): ThemeHit[] {
  const byCategory = new Map<string, { id: string; probabilities: number[]; evidence: Span[] }>();
  const sortedThemes = [...themeRanges].sort((a, b) => a.start - b.start);
  let seen = featureStamps.get(model);
  if (!seen) featureStamps.set(model, (seen = { stamps: new Int32Array(model.vocabulary.size === 0 ? 1 : Math.max(...model.vocabulary.values()) + 1), generation: 0 }));
  const { stamps } = seen;
  const features: number[] = [];
  let t = 0;
  let h = 0;
  for (const passage of splitPassages(text)) {
    while (h < sortedThemes.length && sortedThemes[h]!.end <= passage.start) h++;
    const hasTheme = h < sortedThemes.length && sortedThemes[h]!.start < passage.end;
    while (t < tokens.length && tokens[t]!.end <= passage.start) t++;
    if (hasTheme || text.slice(passage.start, passage.end).trim().length < MIN_PASSAGE) continue;
    // The passage's distinct known feature words, in order of first occurrence (featureWords + vocabulary).
    if (++seen.generation === 0x7fffffff) { stamps.fill(0); seen.generation = 1; }
    const generation = seen.generation;
    features.length = 0;
    for (let k = t; k < tokens.length && tokens[k]!.start < passage.end; k++) {
      const w = tokens[k]!.text;
      if (!isFeatureWord(w)) continue;
      const f = model.vocabulary.get(w);
      if (f === undefined || stamps[f] === generation) continue;
      stamps[f] = generation;
      features.push(f);
    }
    const best = bestCategory(model, features);
    if (!best || best.probability < CONFIDENT) continue;
    let entry = byCategory.get(best.label.name);
    if (!entry) byCategory.set(best.label.name, (entry = { id: best.label.id, probabilities: [], evidence: [] }));
    entry.probabilities.push(best.probability);
    if (entry.evidence.length < 10) entry.evidence.push({ start: passage.start, end: passage.end, text: text.slice(passage.start, passage.end) });
  }
  const hits: ThemeHit[] = [];
  for (const [name, entry] of byCategory) {
    const n = entry.probabilities.length;
    const score = Math.round(MODEL_MAX_SCORE * (1 - Math.exp(-n / 2)) * 1000) / 1000;
    hits.push({ theme: `category-${entry.id}`, name, category: name, score, evidence: entry.evidence, source: MODEL_SOURCE });
  }
  return hits.sort((a, b) => b.score - a.score || a.evidence[0]!.start - b.evidence[0]!.start);
}
