/**
 * compileThemes: theme definitions → one automaton holding every name, alias, pattern literal and
 * exclude phrase, built once per annotator. `matchThemes` then runs it over a text: forms and
 * pattern chains become hits, hits inside an `exclude` phrase of their theme are dropped, and
 * overlapping hits of one theme keep the leftmost-longest. Linear in the text plus the hits.
 */
import { createAutomaton, stripIgnorable, type Automaton } from './match-automaton.js';
import type { ThemeDefinition } from './theme-definition.js';

/** What one automaton pattern stands for. */
export type ThemeEntry =
  | { readonly kind: 'form'; readonly theme: number }
  | { readonly kind: 'exclude'; readonly theme: number }
  | { readonly kind: 'segment'; readonly chain: number; readonly segment: number };

/** A pattern with gaps: its segments are matched as literals and chained afterwards. */
export interface ThemeChain {
  /** Index of the theme in `definitions`. */
  readonly theme: number;
  /** Number of segments. */
  readonly segments: number;
  /** Largest gap after each segment but the last, in UTF-16 units. */
  readonly gaps: readonly number[];
}

/** The compiled taxonomy: definitions plus the matcher over all their forms. */
export interface CompiledThemes {
  /** The themes, in load order. */
  readonly definitions: readonly ThemeDefinition[];
  /** Theme by id. */
  readonly byId: ReadonlyMap<string, ThemeDefinition>;
  /** The automaton over every literal. */
  readonly automaton: Automaton;
  /** For each automaton pattern, what it stands for (several entries when shared). */
  readonly entries: readonly (readonly ThemeEntry[])[];
  /** Patterns with gaps. */
  readonly chains: readonly ThemeChain[];
  /** Every literal form (names, aliases, gap-free pattern expansions), spaces and quotes removed. */
  readonly forms: ReadonlySet<string>;
  /** Short fingerprint of the compiled set (`<count>#<hash>`), for reproducibility records. */
  readonly fingerprint: string;
}

/** One theme occurrence in a text. */
export interface ThemeMatch {
  /** Index of the theme in `definitions`. */
  readonly theme: number;
  /** First unit, inclusive. */
  readonly start: number;
  /** Last unit, exclusive. */
  readonly end: number;
}

/** Builds the matcher once; throws only on programmer faults (definitions are pre-checked). */
export function compileThemes(definitions: readonly ThemeDefinition[]): CompiledThemes {
  const literals: string[] = [];
  const entries: ThemeEntry[][] = [];
  const index = new Map<string, number>();
  const add = (literal: string, entry: ThemeEntry): void => {
    const key = stripIgnorable(literal);
    if (key.length === 0) return;
    let i = index.get(key);
    if (i === undefined) {
      i = literals.length;
      index.set(key, i);
      literals.push(key);
      entries.push([]);
    }
    const list = entries[i]!;
    if (!list.some((e) => sameEntry(e, entry))) list.push(entry);
  };
  const chains: ThemeChain[] = [];
  const forms = new Set<string>();
  definitions.forEach((def, theme) => {
    for (const form of [def.name, ...def.aliases]) {
      add(form, { kind: 'form', theme });
      forms.add(stripIgnorable(form));
    }
    for (const pattern of def.patterns) {
      if (pattern.segments.length === 1) {
        for (const literal of pattern.segments[0]!) {
          add(literal, { kind: 'form', theme });
          forms.add(stripIgnorable(literal));
        }
        continue;
      }
      const chain = chains.length;
      chains.push({ theme, segments: pattern.segments.length, gaps: pattern.gaps });
      pattern.segments.forEach((alternatives, segment) => {
        for (const literal of alternatives) add(literal, { kind: 'segment', chain, segment });
      });
    }
    for (const phrase of def.exclude) add(phrase, { kind: 'exclude', theme });
  });
  const byId = new Map(definitions.map((d) => [d.id, d]));
  let hash = 0x811c9dc5;
  for (const d of definitions) {
    for (const s of [d.id, d.name, d.category, ...d.aliases, ...d.patterns.map((p) => p.source), ...d.exclude]) {
      for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193) >>> 0;
      hash = Math.imul(hash ^ 10, 0x01000193) >>> 0;
    }
  }
  return {
    definitions,
    byId,
    automaton: createAutomaton(literals),
    entries,
    chains,
    forms,
    fingerprint: `${definitions.length}#${hash.toString(16).padStart(8, '0')}`,
  };
}

function sameEntry(a: ThemeEntry, b: ThemeEntry): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'segment' && b.kind === 'segment') return a.chain === b.chain && a.segment === b.segment;
  return (a as { theme: number }).theme === (b as { theme: number }).theme;
}

/** Units a gap may not cross: sentence ends and paragraph breaks. */
const GAP_STOPS = new Set(['。', '！', '？', '；', '!', '?', ';', '\n', '\r']);

/**
 * Every theme occurrence in `text` (use `state.matchText`: quotes and dashes unified), sorted
 * by start then theme. Never throws on any string.
 */
export function matchThemes(compiled: CompiledThemes, text: string): ThemeMatch[] {
  const raw: ThemeMatch[] = [];
  const excludes: ThemeMatch[] = [];
  const segmentHits: Array<Array<Array<{ start: number; end: number }>>> = compiled.chains.map((c) => Array.from({ length: c.segments }, () => []));
  const { entries } = compiled;
  compiled.automaton.scan(text, (pattern, start, end) => {
    for (const entry of entries[pattern]!) {
      if (entry.kind === 'form') raw.push({ theme: entry.theme, start, end });
      else if (entry.kind === 'exclude') excludes.push({ theme: entry.theme, start, end });
      else segmentHits[entry.chain]![entry.segment]!.push({ start, end });
    }
  });
  compiled.chains.forEach((chain, c) => {
    for (const m of resolveChain(text, chain, segmentHits[c]!)) raw.push({ theme: chain.theme, start: m.start, end: m.end });
  });
  return resolveOverlaps(dropExcluded(raw, excludes));
}

/** Chains segment hits left to right: each next segment starts within the gap, in one sentence. */
function resolveChain(text: string, chain: ThemeChain, hits: Array<Array<{ start: number; end: number }>>): Array<{ start: number; end: number }> {
  let current = hits[0]!.map((h) => ({ start: h.start, end: h.end }));
  for (let s = 1; s < chain.segments; s++) {
    const maxGap = chain.gaps[s - 1]!;
    const previous = [...current].sort((a, b) => a.end - b.end || a.start - b.start);
    const next = [...hits[s]!].sort((a, b) => a.start - b.start);
    const joined: Array<{ start: number; end: number }> = [];
    let p = 0;
    let best: { start: number; end: number } | undefined;
    for (const h of next) {
      while (p < previous.length && previous[p]!.end <= h.start) {
        const cand = previous[p]!;
        if (!best || cand.end > best.end || (cand.end === best.end && cand.start > best.start)) best = cand;
        p++;
      }
      if (!best || h.start - best.end > maxGap) continue;
      let clean = true;
      for (let i = best.end; i < h.start; i++) {
        if (GAP_STOPS.has(text[i]!)) {
          clean = false;
          break;
        }
      }
      if (clean) joined.push({ start: best.start, end: h.end });
    }
    current = joined;
  }
  return current;
}

/** Drops hits that lie inside an exclude phrase of their own theme. */
function dropExcluded(hits: ThemeMatch[], excludes: ThemeMatch[]): ThemeMatch[] {
  if (excludes.length === 0) return hits;
  const themes = new Set(excludes.map((e) => e.theme));
  const kept = hits.filter((h) => !themes.has(h.theme));
  for (const theme of themes) {
    const mine = hits.filter((h) => h.theme === theme).sort((a, b) => a.start - b.start);
    const ex = excludes.filter((e) => e.theme === theme).sort((a, b) => a.start - b.start);
    let e = 0;
    let reach = -1;
    for (const h of mine) {
      while (e < ex.length && ex[e]!.start <= h.start) reach = Math.max(reach, ex[e++]!.end);
      if (reach < h.end) kept.push(h);
    }
  }
  return kept;
}

/** Per theme, keeps the leftmost-longest of overlapping hits; the result is sorted by start. */
function resolveOverlaps(hits: ThemeMatch[]): ThemeMatch[] {
  hits.sort((a, b) => a.theme - b.theme || a.start - b.start || b.end - a.end);
  const out: ThemeMatch[] = [];
  let lastTheme = -1;
  let lastEnd = -1;
  for (const h of hits) {
    if (h.theme !== lastTheme) {
      lastTheme = h.theme;
      lastEnd = -1;
    }
    if (h.start < lastEnd) continue;
    out.push(h);
    lastEnd = h.end;
  }
  return out.sort((a, b) => a.start - b.start || a.theme - b.theme);
}
