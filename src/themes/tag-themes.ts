/**
 * tagThemes: (compiled taxonomy, text, context) → one `ThemeHit` per theme found, with its
 * evidence spans, a salience score and the people whose reported speech contains the evidence.
 * Offsets are those of the given text (normalized coordinates inside the pipeline);
 * `evidence[i].text === text.slice(start, end)` always. Scores lie in [0.5, 1): explicit evidence
 * always outranks the category classifier (≤ 0.35). Never throws on any string.
 */
import type { Span, ThemeHit } from '../document/types.js';
import { matchThemes, type CompiledThemes, type ThemeMatch } from './compile-themes.js';

/** A half-open range. */
export interface Range {
  /** First unit, inclusive. */
  readonly start: number;
  /** Last unit, exclusive. */
  readonly end: number;
}

/** A span of reported speech and who said it. */
export interface SpeechSpan extends Range {
  /** Person id (`p0` …). */
  readonly person: string;
}

/** What `tagThemes` may know about the text besides its characters. */
export interface ThemeContext {
  /** Text to match in, same length as `text` (quotes and dashes unified); defaults to `text`. */
  readonly matchText?: string;
  /** Headline ranges: evidence there weighs double. */
  readonly headlines?: readonly Range[];
  /** Lead ranges (first sentences of an article): evidence there weighs 1.5×. */
  readonly leads?: readonly Range[];
  /** Reported speech with its speaker. */
  readonly speech?: readonly SpeechSpan[];
}

/** Source tag of explicit (taxonomy) hits. */
export const LEXICON_SOURCE = 'lexicon:themes';

/** Weight of one piece of evidence in a headline, a lead, or elsewhere. */
const HEADLINE_WEIGHT = 2;
const LEAD_WEIGHT = 1.5;

/** Finds, scores and attributes the themes of `text`. */
export function tagThemes(compiled: CompiledThemes, text: string, context: ThemeContext = {}): ThemeHit[] {
  const matchText = context.matchText !== undefined && context.matchText.length === text.length ? context.matchText : text;
  const matches = matchThemes(compiled, matchText);
  return buildHits(compiled, text, matches, context);
}

/** Turns raw matches into scored, attributed hits (exported for callers that matched already). */
export function buildHits(compiled: CompiledThemes, text: string, matches: readonly ThemeMatch[], context: ThemeContext = {}): ThemeHit[] {
  const byTheme = new Map<number, ThemeMatch[]>();
  for (const m of matches) {
    let list = byTheme.get(m.theme);
    if (!list) byTheme.set(m.theme, (list = []));
    list.push(m);
  }
  const headlines = sortRanges(context.headlines ?? []);
  const leads = sortRanges(context.leads ?? []);
  const speech = prepareSpeech(context.speech ?? []);
  const length = Math.max(text.length, 200);
  const hits: ThemeHit[] = [];
  for (const [theme, list] of byTheme) {
    const def = compiled.definitions[theme]!;
    let weight = 0;
    const speakers = new Set<string>();
    const evidence: Span[] = list.map((m) => {
      weight += inside(headlines, m) ? HEADLINE_WEIGHT : inside(leads, m) ? LEAD_WEIGHT : 1;
      for (const p of speakersOf(speech, m)) speakers.add(p);
      return { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
    });
    const countScore = 1 - Math.exp(-weight / 2);
    const density = (list.length * 1000) / length;
    const densityScore = 1 - Math.exp(-density / 2);
    const score = Math.round((0.5 + 0.35 * countScore + 0.15 * densityScore) * 1000) / 1000;
    hits.push({
      theme: def.id,
      name: def.name,
      category: def.category,
      score: Math.min(score, 0.999),
      evidence,
      ...(speakers.size > 0 ? { speakers: [...speakers].sort() } : {}),
      source: LEXICON_SOURCE,
    });
  }
  return hits.sort((a, b) => b.score - a.score || a.evidence[0]!.start - b.evidence[0]!.start);
}

function sortRanges(ranges: readonly Range[]): Range[] {
  return ranges.filter((r) => r.end > r.start).slice().sort((a, b) => a.start - b.start);
}

/** True when `m` lies inside one of the sorted, possibly overlapping `ranges`. */
function inside(ranges: readonly Range[], m: Range): boolean {
  for (const r of ranges) {
    if (r.start > m.start) break;
    if (r.end >= m.end) return true;
  }
  return false;
}

/** Speech spans sorted by start with the running maximum end, for containment queries. */
interface PreparedSpeech {
  readonly spans: readonly SpeechSpan[];
  readonly maxEnd: Int32Array;
}

function prepareSpeech(speech: readonly SpeechSpan[]): PreparedSpeech {
  const spans = speech.filter((s) => s.end > s.start).slice().sort((a, b) => a.start - b.start);
  const maxEnd = new Int32Array(spans.length);
  let running = -1;
  spans.forEach((s, i) => {
    running = Math.max(running, s.end);
    maxEnd[i] = running;
  });
  return { spans, maxEnd };
}

/** People whose speech contains `m`: binary search, then walk back while a span can reach. */
function speakersOf(prepared: PreparedSpeech, m: Range): string[] {
  const { spans, maxEnd } = prepared;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo - 1; i >= 0 && maxEnd[i]! >= m.end; i--) {
    if (spans[i]!.end >= m.end) out.push(spans[i]!.person);
  }
  return out;
}
