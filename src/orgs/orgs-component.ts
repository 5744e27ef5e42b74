/**
 * The `orgs` step: entities + places + normalized text → organizations (kind, parent, resolved
 * level-relative names) and the entity list with suffix-found ORG mentions the model missed added
 * (`source: 'lexicon:orgs'`, 该行 with subtype `reference`). Added entities never overlap an existing
 * one; the list stays ordered and non-overlapping. The region comes from the resolved places.
 */
import { changeEntity, makeEntity } from '../document/make-entity.js';
import { nextEntityIds } from '../document/entity-ids.js';
import type { Entity, Place } from '../document/types.js';
import type { Component, Layers, State } from '../pipeline/component.js';
import { lazyWordGrid, straddles, wordAt, type WordGrid } from '../text/word-grid.js';
import { findOrganizationMentions, type OrgMention, type PlaceSpan } from './find-organization-mentions.js';
import { linkOrganizations, type OrgLinkInput, type OrgRegion } from './link-organizations.js';
import { LEVEL_CHARS, orgKindOf, suffixOf, type OrgLexicon } from './org-kinds.js';

/** Options of the orgs step. */
export interface OrgsOptions {
  /** Name of a division by code (`placeLexicon.divisions.get(code)?.name`): names the region from place codes. */
  readonly divisionName?: (code: string) => string | undefined;
}

/**
 * The places of the group `keyOf` names most (mentions, each place at least one), then first, in
 * order; `keyOf` undefined leaves a place out.
 */
function mostNamed(places: readonly Place[], keyOf: (p: Place) => string | undefined): { key: string; members: Place[] } | undefined {
  const groups = new Map<string, { weight: number; first: number; members: Place[] }>();
  places.forEach((p, order) => {
    const key = keyOf(p);
    if (key === undefined) return;
    const g = groups.get(key) ?? { weight: 0, first: order, members: [] };
    g.weight += Math.max(1, p.mentions.length);
    g.members.push(p);
    groups.set(key, g);
  });
  let best: [string, { weight: number; first: number; members: Place[] }] | undefined;
  for (const entry of groups) {
    if (!best || entry[1].weight > best[1].weight || (entry[1].weight === best[1].weight && entry[1].first < best[1].first)) best = entry;
  }
  return best && { key: best[0], members: best[1].members };
}

/** The document's region from its resolved places: the county-level unit its places sit in most, else its prefecture city. */
export function regionOfPlaces(places: readonly Place[], divisionName?: (code: string) => string | undefined): OrgRegion {
  const best = mostNamed(places, (p) => (p.code && p.code.length >= 6 ? p.code.slice(0, 6) : undefined));
  if (!best) return cityRegion(places, divisionName);
  const t: { county?: string; city?: string; province?: string } = {};
  for (const p of best.members) {
    const parents = p.parents ?? [];
    // parents run province, [city], county, [town]: the county is the last (town) or second last (village).
    const below = p.code!.length === 6 ? -1 : p.code!.length === 9 ? 0 : 1;
    const countyAt = below < 0 ? -1 : parents.length - 1 - below;
    t.province ??= parents[0];
    if (countyAt >= 0) t.county ??= parents[countyAt];
    const cityAt = below < 0 ? parents.length - 1 : countyAt - 1;
    if (cityAt >= 1) t.city ??= parents[cityAt];
  }
  const code = best.key;
  const county = divisionName?.(code) ?? t.county;
  const city = divisionName?.(code.slice(0, 4)) ?? t.city;
  const province = divisionName?.(code.slice(0, 2)) ?? t.province;
  return { ...(county ? { county } : {}), ...(city ? { city } : {}), ...(province ? { province } : {}) };
}

/**
 * The region of a document that names no county-level unit, from its prefecture cities (杭州市 for
 * a city paper's 市委): the city named most, then first.
 */
function cityRegion(places: readonly Place[], divisionName?: (code: string) => string | undefined): OrgRegion {
  const fullName = (p: Place): string | undefined => divisionName?.(p.code!) ?? (p.name.endsWith('市') ? p.name : undefined);
  const best = mostNamed(places, (p) => (p.code?.length === 4 && p.kind === 'city' && fullName(p) ? p.code : undefined));
  if (!best) return {};
  const first = best.members[0]!;
  const province = divisionName?.(best.key.slice(0, 2)) ?? first.parents?.[0];
  return { city: fullName(first)!, ...(province ? { province } : {}) };
}

/** Whether the segmenter's word at `i` is the one character there. */
function oneCharWordAt(grid: WordGrid | undefined, i: number): boolean {
  if (!grid) return false;
  const k = wordAt(grid, i);
  const w = k >= 0 ? grid.words[k] : undefined;
  return w !== undefined && w.start === i && w.end === i + 1;
}

/** Creates the `orgs` component over a suffix lexicon. */
export function createOrgsComponent(lexicon: OrgLexicon, options: OrgsOptions = {}): Component {
  return {
    name: 'orgs',
    requires: ['tokens', 'entities', 'places'],
    assigns: ['organizations', 'entities'],
    run(state: State): Partial<Layers> {
      const text = state.text;
      const entities = [...(state.entities ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
      const places = state.places ?? [];

      // Place spans: LOC entities and every occurrence of a place name (永康 in 永康农商银行).
      const spans: PlaceSpan[] = entities.filter((e) => e.label === 'LOC').map((e) => ({ start: e.start, end: e.end }));
      for (const name of new Set(places.map((p) => p.name))) {
        if (name.length < 2) continue;
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push({ start: at, end: at + name.length });
      }
      const found = findOrganizationMentions(text, lexicon, spans);
      const spanStarts = new Set<number>();
      for (const sp of spans) spanStarts.add(sp.start);
      // Spans by start, for the spans inside one entity (their order does not matter to the finder).
      const byStart = spans.slice().sort((a, b) => a.start - b.start);

      // 1. Found mentions that overlap no entity and sit on the words (两岸分裂|局面 holds no 两岸分裂局) become ORG entities.
      const gridOf = lazyWordGrid(text, state.tokens); // built for the first mention that needs it
      const nextId = nextEntityIds(entities);
      const added: { entity: Entity; mention: OrgMention }[] = [];
      let k = 0;
      for (const m of found) {
        while (k < entities.length && (entities[k] as Entity).end <= m.start) k++;
        const e = entities[k];
        if (e && e.start < m.end) continue;
        // Without the model's support a suffix match needs more: a reference (该行) or a place written in
        // front of it (永康市委); generic names (保险公司, 县政府) stay out of the entities.
        if (m.form !== 'reference' && !spanStarts.has(m.start)) continue;
        if (straddles(gridOf(), m.start, m.end)) continue;
        added.push({
          entity: makeEntity({ id: '', label: 'ORG', start: m.start, end: m.end, text: m.name, normal: m.name, subtype: m.form === 'reference' ? 'reference' : m.kind, source: 'lexicon:orgs' }),
          mention: m,
        });
      }
      const mentionOf = new Map<Entity, OrgMention>();
      for (const a of added) mentionOf.set(a.entity, a.mention);
      const merged: Entity[] = [...entities, ...added.map((a) => a.entity)].sort((a, b) => a.start - b.start || a.end - b.end)
        .map((e) => {
          if (e.id !== '') return e;
          const withId = changeEntity(e, { id: nextId() });
          mentionOf.set(withId, mentionOf.get(e) as OrgMention);
          return withId;
        });

      // 2. Every ORG entity → a link input (model entities are described by their own name).
      const inputs: OrgLinkInput[] = [];
      for (const e of merged) {
        if (e.label !== 'ORG') continue;
        let m = mentionOf.get(e);
        if (!m) {
          const name = e.normal || e.text;
          const inside: PlaceSpan[] = [];
          let lo = 0;
          let hi = byStart.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((byStart[mid] as PlaceSpan).start < e.start) lo = mid + 1; else hi = mid;
          }
          for (let j = lo; j < byStart.length && (byStart[j] as PlaceSpan).start <= e.end; j++) {
            const sp = byStart[j] as PlaceSpan;
            if (sp.end <= e.end) inside.push({ start: sp.start - e.start, end: sp.end - e.start });
          }
          const inner = findOrganizationMentions(name, lexicon, inside);
          const whole = inner.find((x) => x.start === 0 && x.end === name.length);
          // A longer `classify` row names the kind better than the suffix that found the name (中国科学院 is no school).
          if (whole && suffixOf(name, lexicon)?.role === 'classify') m = { ...whole, kind: orgKindOf(name, lexicon) };
          else if (whole) m = whole;
          else {
            // A name the suffixes cannot parse (市自然资源和规划局: 和 stops their scan) is still relative
            // to the level character it starts with, when it has a kind and the segmenter reads that
            // character as a word of its own (not the 市 of 市场监督管理局).
            const kind = orgKindOf(name, lexicon);
            const level = name.length > 2 && LEVEL_CHARS.has(name[0] ?? '') && kind !== 'other' && oneCharWordAt(gridOf(), e.start) ? name[0] : undefined;
            m = { start: 0, end: name.length, name, kind, form: 'full', ...(level ? { level } : {}) };
          }
        }
        inputs.push({
          id: e.id, name: e.normal || m.name, kind: m.kind, start: e.start, form: m.form,
          ...(m.level ? { level: m.level } : {}),
          ...(m.parent ? { parentName: m.parent.name, parentKind: m.parent.kind } : {}),
        });
      }
      const organizations = linkOrganizations(inputs, regionOfPlaces(places, options.divisionName));
      return { organizations, entities: merged };
    },
  };
}
