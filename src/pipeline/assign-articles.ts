/**
 * The `page-items` step (last, page layout only): every person, place, organization, theme and
 * time learns the page items it occurs in (`articles`: indices into `Document.articles`), and
 * nothing found inside a banner or an advertisement counts as article content — such entities,
 * times, theme evidence and the people, places and organizations left without mentions are
 * dropped, and entity ids are renumbered so every reference stays valid.
 */
import { changeEntity } from '../document/make-entity.js';
import type { Article, Entity } from '../document/types.js';
import type { Component, Layers, State } from './component.js';

type Range = { start: number; end: number };

function itemIndex(items: readonly Article[], r: Range): number {
  for (let i = 0; i < items.length; i++) if (r.start >= items[i]!.start && r.end <= items[i]!.end) return i;
  return -1;
}

const uniq = (xs: number[]): number[] => [...new Set(xs.filter((x) => x >= 0))].sort((a, b) => a - b);

/** Creates the step that ties layers to page items. */
export function createAssignArticlesComponent(): Component {
  return {
    name: 'page-items',
    requires: ['articles'],
    assigns: ['entities', 'people', 'places', 'organizations', 'times', 'themes', 'candidates'],
    run(state: State): Partial<Layers> {
      const items = state.articles ?? [];
      if (items.length === 0) return {};
      const noise = (r: Range): boolean => { const i = itemIndex(items, r); return i >= 0 && (items[i]!.kind === 'banner' || items[i]!.kind === 'ad'); };
      const rename = new Map<string, string>();
      const entities: Entity[] = [];
      const itemOf = new Map<string, number>();
      for (const e of state.entities ?? []) {
        if (noise(e)) continue;
        const id = `e${entities.length}`;
        rename.set(e.id, id);
        itemOf.set(id, itemIndex(items, e));
        entities.push(changeEntity(e, { id }));
      }
      const mentions = (ids: readonly string[]): string[] => ids.flatMap((m) => (rename.has(m) ? [rename.get(m)!] : []));
      const articlesOf = (ids: readonly string[]): number[] => uniq(ids.map((m) => itemOf.get(m) ?? -1));
      const people = (state.people ?? []).flatMap((p) => {
        const m = mentions(p.mentions);
        const roles = p.roles.filter((r) => !noise(r));
        if (m.length === 0) return [];
        return [{ ...p, mentions: m, roles, speech: p.speech.filter((s) => !noise(s)), articles: articlesOf(m) }];
      });
      const keepPeople = new Set(people.map((p) => p.id));
      const places = (state.places ?? []).flatMap((p) => { const m = mentions(p.mentions); return m.length ? [{ ...p, mentions: m, articles: articlesOf(m) }] : []; });
      const organizations = (state.organizations ?? []).flatMap((o) => { const m = mentions(o.mentions); return m.length ? [{ ...o, mentions: m, articles: articlesOf(m) }] : []; });
      const times = (state.times ?? []).filter((t) => !noise(t)).map((t) => ({ ...t, article: itemIndex(items, t) })).map(({ article, ...t }) => (article >= 0 ? { ...t, article } : t));
      const themes = (state.themes ?? []).flatMap((t) => {
        const evidence = t.evidence.filter((e) => !noise(e));
        if (evidence.length === 0 && t.evidence.length > 0) return [];
        const speakers = t.speakers?.filter((s) => keepPeople.has(s));
        return [{ ...t, evidence, ...(speakers ? { speakers } : {}), articles: uniq(evidence.map((e) => itemIndex(items, e))) }];
      });
      const candidates = (state.candidates ?? []).flatMap((c) => { const evidence = c.evidence.filter((e) => !noise(e)); return evidence.length ? [{ ...c, evidence }] : []; });
      return { entities, people, places, organizations, times, themes, candidates };
    },
  };
}
