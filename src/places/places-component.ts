/**
 * The `places` step: entities + normalized text → places (with codes where the document's own
 * region decides) and the entity list with gazetteer-found LOC mentions the model missed added
 * (`source: 'lexicon:places'`). Added entities never overlap an existing one; the list stays
 * ordered and non-overlapping. Place names inside ORG entities (永康农商银行) only inform the region.
 */
import { changeEntity, makeEntity } from '../document/make-entity.js';
import { nextEntityIds } from '../document/entity-ids.js';
import type { Entity, Place } from '../document/types.js';
import type { Component, Layers, State } from '../pipeline/component.js';
import { findPlaceMentions, type PlaceMention } from './find-place-mentions.js';
import { levelOf, type PlaceLexicon } from './place-lexicon.js';
import { provinceOfAbbreviation, provinceOfOtherName } from './province-abbreviations.js';
import { resolvePlaces, type PlaceEvidence } from './resolve-places.js';
import type { WorldPlaces } from './world-places.js';

/**
 * Text that, right after a place name, makes it the head of an organization name (永康 + 农商银行);
 * such a place is left to the organization step. Kept here because a step never imports another.
 */
const ORG_CONTINUATIONS = ['委', '政府', '人民政府', '人大', '政协', '纪委', '农商', '农村商业', '银行', '支行', '分行', '集团', '公司', '有限',
  '融媒', '日报', '广播', '电视', '中学', '小学', '学校', '大学', '学院', '医院', '法院', '检察', '公安', '商会', '协会', '中心', '局',
  '办事处', '管委会', '供电', '报社', '党委', '党工委', '人民', '中级', '卫生', '教育', '交通', '税务', '市场监管'];

/** Endings of village-level names (李一村, 望春社区). */
const VILLAGE_ENDINGS = ['村', '社区'];

/** Kinds named by a suffix that stand on their own as places. */
const SUFFIX_KINDS = new Set(['zone', 'block', 'community']);

/** Occurrences of `name` in `text`, counting up to `limit`. */
function countOccurrences(text: string, name: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < limit; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/**
 * Whether place mentions account for a name that starts at `start`: they follow each other without a
 * gap, and before the first there is nothing or a prefix of two or more characters (中国|浙江省). A
 * single character glued to the first (溪|宁县) makes it another name: 溪宁县 is not 宁县.
 */
function tiles(parts: readonly PlaceMention[], start: number): boolean {
  const lead = (parts[0]?.start ?? start) - start;
  if (lead === 1) return false;
  for (let k = 1; k < parts.length; k++) if (parts[k]!.start !== parts[k - 1]!.end) return false;
  return true;
}

/** Evidence for one LOC entity of `text` from the mentions inside it (or its name alone). */
function entityEvidence(text: string, e: Entity, inside: readonly PlaceMention[], lexicon: PlaceLexicon): PlaceEvidence & { kind: string } {
  const name = e.normal || e.text;
  // A province-level unit written by a short name the registry lacks (香港特区) is that unit; a
  // province's one-character abbreviation (京 of 京津冀) names it too, but says nothing of the region
  // the document is about: it resolves without voting.
  const otherName = provinceOfOtherName(name);
  const province = otherName ?? provinceOfAbbreviation(text, e.start, e.end);
  const division = province === undefined ? undefined : lexicon.byName.get(province);
  if (division?.length === 1) return { name, start: e.start, candidates: [division[0]!.code], kind: 'province', ...(otherName === undefined ? { votes: false } : {}) };
  const parts = inside.length > 0 ? inside : findPlaceMentions(name, lexicon);
  const last = parts[parts.length - 1];
  const lastEnds = last !== undefined && (inside.length > 0 ? last.end === e.end : last.end === name.length);
  if (last && lastEnds && tiles(parts, inside.length > 0 ? e.start : 0)) {
    const prev = parts[parts.length - 2];
    let candidates = last.candidates;
    if (prev && prev.candidates.length > 0) {
      const within = candidates.filter((c) => prev.candidates.some((p) => c.startsWith(p) && c !== p));
      if (within.length > 0) candidates = within;
    }
    return { name, start: e.start, candidates, kind: last.kind };
  }
  const divisions = lexicon.byName.get(name) ?? [];
  const context = lexicon.byContextName.get(name) ?? [];
  // A village-level name the suffix scan cannot see (a one-character X: 泽村 in 桃溪镇泽村).
  const villages = divisions.length === 0 && VILLAGE_ENDINGS.some((s) => name.endsWith(s)) ? lexicon.villages().lookup(name) : [];
  return {
    name, start: e.start,
    candidates: villages.length > 0 ? villages : divisions.map((d) => d.code),
    contextCandidates: context.map((d) => d.code),
    kind: villages.length > 0 ? (name.endsWith('社区') ? 'community' : 'village') : divisions[0]?.kind ?? 'other',
  };
}

/**
 * A place written directly after another (北京市东城区, 海南省定安县龙门镇, 天津滨海新区, as parts of one
 * entity or as adjacent entities) lies inside it: its candidates are narrowed to those strictly
 * inside one of the preceding place's candidates, when any are. The written parent outweighs the
 * document's dominant region.
 */
function withinWrittenParents<T extends PlaceEvidence & { end: number }>(evidence: readonly T[]): T[] {
  const out = [...evidence];
  const byEnd = new Map<number, T>();
  const order = evidence.map((_, i) => i).sort((a, b) => evidence[a]!.start - evidence[b]!.start);
  for (const i of order) {
    let e = evidence[i]!;
    const prev = byEnd.get(e.start);
    if (prev && e.candidates.length > 0) {
      const inside = e.candidates.filter((c) => prev.candidates.some((p) => c.length > p.length && c.startsWith(p)));
      if (inside.length > 0) {
        const within = prev.candidates.length === 1 ? prev.candidates[0] : undefined;
        e = { ...e, candidates: inside, ...(within !== undefined ? { within } : {}) };
      } else if (prev.candidates.length === 1 && e.candidates.every((c) => c.length > prev.candidates[0]!.length)) {
        // Written as a unit of a known division that holds no unit of that name (江苏如皋市城西乡, where
        // the registry has no 城西乡): no answer rather than a namesake elsewhere.
        e = { ...e, within: prev.candidates[0]! };
      }
    }
    out[i] = e;
    if (e.candidates.length > 0) byEnd.set(e.end, e);
  }
  return out;
}

/**
 * Creates the `places` component over a loaded lexicon; `world` gives the kind (country, region) of
 * a place outside China's registry (新加坡, 东南亚), which otherwise stays `other`.
 */
export function createPlacesComponent(lexicon: PlaceLexicon, world?: WorldPlaces): Component {
  return {
    name: 'places',
    requires: ['tokens', 'entities'],
    assigns: ['places', 'entities'],
    run(state: State): Partial<Layers> {
      const text = state.text;
      const entities = [...(state.entities ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
      const hits = findPlaceMentions(state.matchText && state.matchText.length === text.length ? state.matchText : text, lexicon, state.tokens, entities)
        .map((h) => ({ ...h, name: text.slice(h.start, h.end) }));

      // 1. Gazetteer hits that overlap no entity become LOC entities, unless an org name continues them.
      const nextId = nextEntityIds(entities);
      const added: Entity[] = [];
      const replaced = new Set<Entity>();
      const contextOnly: PlaceMention[] = [];
      let k = 0;
      for (const h of hits) {
        while (k < entities.length && (entities[k] as Entity).end <= h.start) k++;
        const e = entities[k];
        if (e && e.start < h.end) {
          // A zone, block or community named by its suffix replaces LOC fragments of its own name
          // (a one-character 中 of 中月区块): the suffix is stronger evidence than a piece the model cut.
          const inside: Entity[] = [];
          for (let j = k; j < entities.length && (entities[j] as Entity).start < h.end; j++) inside.push(entities[j] as Entity);
          const fragments = h.source === 'suffix' && SUFFIX_KINDS.has(h.kind) &&
            inside.every((x) => x.label === 'LOC' && x.start >= h.start && x.end <= h.end && x.end - x.start < h.end - h.start && !x.parts);
          if (!fragments) continue;
          for (const x of inside) replaced.add(x);
        }
        const after = text.slice(h.end, h.end + 4);
        if (h.source === 'gazetteer' && ORG_CONTINUATIONS.some((c) => after.startsWith(c))) continue;
        // A gazetteer hit the model did not see is kept only with support: a zone, block or community
        // named by its suffix (三博区块), or a name the document repeats (永康 … 永康农商银行). A lone hit
        // in running text (于城镇, 会理) is more often an ordinary word than a place.
        if (!(h.source === 'suffix' && SUFFIX_KINDS.has(h.kind)) && countOccurrences(text, h.name, 2) < 2) { contextOnly.push(h); continue; }
        added.push(makeEntity({ id: '', label: 'LOC', start: h.start, end: h.end, text: h.name, normal: h.name, subtype: h.kind, source: 'lexicon:places' }));
      }
      const merged = [...entities.filter((x) => !replaced.has(x)), ...added].sort((a, b) => a.start - b.start || a.end - b.end)
        .map((e) => (e.id === '' ? changeEntity(e, { id: nextId() }) : e));

      // 2. Evidence: each LOC entity, plus place names inside other entities (context only).
      const evidence: (PlaceEvidence & { kind: string; entity?: string; end: number })[] = [];
      let h = 0;
      for (const e of merged) {
        const inside: PlaceMention[] = [];
        while (h < hits.length && (hits[h] as PlaceMention).start < e.start) h++;
        for (let j = h; j < hits.length && (hits[j] as PlaceMention).start < e.end; j++) {
          const m = hits[j] as PlaceMention;
          if (m.end <= e.end) inside.push(m);
        }
        if (e.label === 'LOC' && e.parts && e.parts.length > 1) {
          // A composite (浙江省永康市西城街道, 城西新区李一村): each part is a place of its own.
          for (const part of e.parts) {
            const sub = changeEntity(e, { start: part.start, end: part.end, text: part.text, normal: part.text.replace(/\s+/g, ''), parts: undefined });
            evidence.push({ ...entityEvidence(text, sub, inside.filter((m) => m.start >= part.start && m.end <= part.end), lexicon), entity: e.id, end: part.end });
          }
        } else if (e.label === 'LOC') {
          evidence.push({ ...entityEvidence(text, e, inside, lexicon), entity: e.id, end: e.end });
        } else {
          for (const m of inside) evidence.push({ name: m.name, start: m.start, end: m.end, candidates: m.candidates, kind: m.kind, isPlace: false });
        }
      }
      // Gazetteer hits left out of the entities still tell which region the document is about.
      for (const m of contextOnly) evidence.push({ name: m.name, start: m.start, end: m.end, candidates: m.candidates, kind: m.kind, isPlace: false });
      const { resolutions } = resolvePlaces(withinWrittenParents(evidence), lexicon);

      // 3. One place per distinct name, in order of first mention.
      const byName = new Map<string, { place: { -readonly [K in keyof Place]: Place[K] }; mentions: string[] }>();
      evidence.forEach((ev, i) => {
        if (ev.isPlace === false || !ev.entity) return;
        const r = resolutions[i] ?? {};
        // An abbreviation is one place per province it names: 澳 of 港澳 (澳门) is not 澳 of 中澳.
        const key = ev.votes === false ? `${ev.name}\u0000${r.code ?? ''}` : ev.name;
        let entry = byName.get(key);
        if (!entry) {
          const mentions: string[] = [];
          entry = { place: { id: `l${byName.size}`, name: ev.name, kind: ev.kind, mentions }, mentions };
          byName.set(key, entry);
        }
        entry.mentions.push(ev.entity);
        if (r.code && entry.place.code === undefined) {
          entry.place.code = r.code;
          if (r.parents) entry.place.parents = r.parents;
          if (r.kind && (entry.place.kind === 'other' || levelOf(entry.place.kind) < 4)) entry.place.kind = r.kind;
        }
      });
      if (world) for (const { place } of byName.values()) if (place.kind === 'other' && place.code === undefined) place.kind = world.get(place.name) ?? 'other';
      const places: Place[] = [...byName.values()].map((v) => v.place);
      return { places, entities: merged };
    },
  };
}
