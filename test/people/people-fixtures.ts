/**
 * Fixtures for the people tests: the shipped people lexicon (loaded once), entities built from
 * surfaces, and a compact view of the people a run produced (`name:roleText` pairs).
 */
import type { Entity, EntityLabel, Person } from '../../src/document/types.js';
import { annotatePeople, type PeopleResult } from '../../src/people/annotate-people.js';
import { loadPeopleLexicon, type PeopleLexicon } from '../../src/people/load-people-lexicon.js';

let cached: PeopleLexicon | undefined;

/** The shipped people lexicon. */
export function peopleLexicon(): PeopleLexicon {
  return (cached ??= loadPeopleLexicon());
}

/** Entities for `text`: each `[label, surface]` takes the next occurrence of `surface` not yet used. */
export function entitiesFor(text: string, specs: readonly (readonly [EntityLabel, string])[]): Entity[] {
  const from = new Map<string, number>();
  const out: Entity[] = [];
  for (const [label, surface] of specs) {
    const start = text.indexOf(surface, from.get(surface) ?? 0);
    if (start < 0) throw new Error(`fixture: '${surface}' not in '${text}'`);
    from.set(surface, start + surface.length);
    out.push({ id: `m${out.length}`, label, start, end: start + surface.length, text: surface, normal: surface.replace(/\s+/gu, ''), source: 'model:test' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Runs the people step over `text` with model PER spans for `names`. */
export function runPeople(text: string, names: readonly string[] = [], others: readonly (readonly [EntityLabel, string])[] = []): PeopleResult {
  return annotatePeople(text, entitiesFor(text, [...names.map((n) => ['PER', n] as const), ...others]), [], peopleLexicon());
}

/** `name:roleText` for every role of every person, sorted. */
export function rolePairs(people: readonly Person[]): string[] {
  return people.flatMap((p) => p.roles.map((r) => `${p.name}:${r.text}`)).sort();
}
