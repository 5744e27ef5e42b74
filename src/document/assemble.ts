/**
 * assemble: pipeline state (normalized coordinates) → Document (original coordinates).
 * The only place offsets are projected: every `{ start, end }` object in every layer, however
 * deeply nested (evidence, roles, parts, speech, headline …), is mapped through the OffsetMap and
 * its `text` re-cut from the original, so `doc.text.slice(s.start, s.end) === s.text` always holds.
 * Tokens are then completed so they tile the whole original text (removed characters become `x`).
 */
import { changeEntity } from './make-entity.js';
import type { Document, DocumentMeta, Entity, Token } from './types.js';
import type { Layers, State } from '../pipeline/component.js';
import { toOriginal, type OffsetMap } from '../text/offset-map.js';

type Projectable = { start: number; end: number; text?: string };

function isProjectable(v: unknown): v is Projectable {
  return typeof v === 'object' && v !== null && typeof (v as Projectable).start === 'number' && typeof (v as Projectable).end === 'number';
}

/** Projects every span-like object inside `value` to original coordinates. */
export function projectSpans<T>(value: T, state: Pick<State, 'map' | 'original'>): T {
  // The map and text are read once: states come in many shapes, and a property read per span
  // through a megamorphic cache made projection ten times slower.
  return project(value, state.map, state.original);
}

function project<T>(value: T, map: OffsetMap, original: string): T {
  if (Array.isArray(value)) return value.map((v) => project(v, map, original)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  // An absent optional field (kept as undefined inside the pipeline, see make-entity.ts) is left out.
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = typeof v === 'object' && v !== null ? project(v, map, original) : v;
  if (isProjectable(value)) {
    const r = toOriginal(map, value.start, value.end);
    out.start = r.start;
    out.end = r.end;
    out.text = original.slice(r.start, r.end);
  }
  return out as T;
}

/** Projects tokens and fills the gaps (removed characters) so the tokens tile the original text. */
function projectTokens(tokens: readonly Token[], state: State): Token[] {
  const out: Token[] = [];
  const original = state.original;
  // Tokens are the bulk of a Document: the map's arrays are read once and each token is projected
  // inline (what `toOriginal` does for a non-empty range).
  const { sourceStart, sourceEnd, length } = state.map;
  let at = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const s = Math.max(0, Math.min(t.start, length));
    const e = Math.max(s, Math.min(t.end, length));
    if (e <= s) continue;
    const start = sourceStart[s]!;
    const end = sourceEnd[e - 1]!;
    if (end <= start || start < at) continue;
    if (start > at) out.push({ start: at, end: start, text: original.slice(at, start), pos: 'x' });
    // Most tokens read the same in the original: compared in place, such a token object is moved to
    // its original offsets and reused (the normalized layer is not read after assembly).
    if (end - start === t.text.length && original.startsWith(t.text, start)) {
      const moved = t as { start: number; end: number };
      moved.start = start;
      moved.end = end;
      out.push(t);
    } else out.push({ start, end, text: original.slice(start, end), pos: t.pos, normal: t.text });
    at = end;
  }
  if (original.length > at) out.push({ start: at, end: original.length, text: original.slice(at), pos: 'x' });
  return out;
}

/** Removes whitespace inside a surface, except a single space between two Latin words (`王 影` → 王影, `Tim Cook` stays). */
export function cleanSurface(s: string): string {
  return s.trim().replace(/\s+/g, (ws, at: number, all: string) => (/[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + ws.length] ?? '') ? ' ' : ''));
}

/** Entities keep their normalized surface as `normal` (whitespace cleaned) before projection. */
function withNormal(entities: readonly Entity[], state: State): Entity[] {
  return entities.map((e) => changeEntity(e, { normal: cleanSurface(e.normal || state.text.slice(e.start, e.end)) }));
}

/** The state's layers, an unassigned one (undefined) empty. */
function layersOf(state: State): Layers {
  return {
    articles: state.articles ?? [], sentences: state.sentences ?? [], tokens: state.tokens ?? [], entities: state.entities ?? [],
    people: state.people ?? [], places: state.places ?? [], organizations: state.organizations ?? [], times: state.times ?? [],
    themes: state.themes ?? [], keywords: state.keywords ?? [], candidates: state.candidates ?? [],
  };
}

/** Orders entities by position and renumbers them `e0…`, rewriting every mention that refers to them. */
function renumberEntities(layers: Layers): Layers {
  const sorted = [...layers.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const rename = new Map<string, string>();
  sorted.forEach((e, i) => rename.set(e.id, `e${i}`));
  if (sorted.every((e, i) => e.id === `e${i}`)) return layers;
  const remap = (ids: readonly string[]): string[] => ids.flatMap((id) => (rename.has(id) ? [rename.get(id)!] : []));
  return {
    ...layers,
    entities: sorted.map((e, i) => changeEntity(e, { id: `e${i}` })),
    people: layers.people.map((p) => ({ ...p, mentions: remap(p.mentions) })),
    places: layers.places.map((p) => ({ ...p, mentions: remap(p.mentions) })),
    organizations: layers.organizations.map((o) => ({ ...o, mentions: remap(o.mentions) })),
  };
}

/** Builds the Document from the final state. */
export function assemble(state: State, meta: DocumentMeta): Document {
  const layers = renumberEntities(layersOf(state));
  return {
    text: state.original,
    meta,
    sentences: projectSpans(layers.sentences, state),
    tokens: projectTokens(layers.tokens, state),
    entities: projectSpans(withNormal(layers.entities, state), state),
    people: projectSpans(layers.people, state),
    places: projectSpans(layers.places, state),
    organizations: projectSpans(layers.organizations, state),
    times: projectSpans(layers.times, state),
    themes: projectSpans(layers.themes, state),
    keywords: layers.keywords.map((k) => ({ word: k.word, weight: k.weight })),
    candidates: projectSpans(layers.candidates, state),
    articles: projectSpans(layers.articles, state),
  };
}
