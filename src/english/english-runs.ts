/**
 * English runs inside Chinese text → PER / LOC / ORG entities from `compromise`, merged into the
 * entity layer with `source: 'model:compromise'`. Only Latin-script runs of two or more words with
 * both capitals and lower case are sent to compromise (loaded on the first such run); spans never overlap an entity an
 * earlier step found, and offsets stay in normalized coordinates.
 */
import { createRequire } from 'node:module';
import { changeEntity, makeEntity } from '../document/make-entity.js';
import type { Entity, EntityLabel } from '../document/types.js';
import type { Component } from '../pipeline/component.js';

/** An English entity found in a Latin run. */
export interface EnglishEntity {
  /** Start in the text. */
  readonly start: number;
  /** End in the text. */
  readonly end: number;
  /** Label. */
  readonly label: EntityLabel;
}

// A Latin run: words of letters/digits joined by spaces and light punctuation, at most 400 units.
const RUN = /[A-Za-z][A-Za-z0-9'&.\-]*(?:[ ,]{1,2}[A-Za-z0-9][A-Za-z0-9'&.\-]*){1,60}/g;

interface CompromiseMatch { text: string; offset: { start: number; length: number } }

/**
 * Entities of recent runs, relative to the run (compromise reads each run alone, so the result
 * depends on the run's text only): mastheads, bylines and section names repeat on every page of
 * a paper, and compromise costs about a millisecond a run. Least recently used runs are dropped.
 */
const recentRuns = new Map<string, readonly EnglishEntity[]>();
const RECENT_RUNS = 256;

/** Finds English people, places and organizations in the Latin runs of `text`. */
export function findEnglishEntities(text: string): EnglishEntity[] {
  const out: EnglishEntity[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    // A run needs capitals to name anything, and lower case too: a run in capitals only (a
    // masthead such as YONGKANG DAILY, a section name, an acronym list) gives compromise no case
    // to read names from, and skipping it spares loading compromise for most pages.
    if (!/[A-Z]/.test(run) || !/[a-z]/.test(run)) continue;
    const base = m.index;
    for (const e of entitiesOfRun(run)) out.push({ start: base + e.start, end: base + e.end, label: e.label });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The entities of one run (offsets in the run), from the recent-run cache or compromise. */
function entitiesOfRun(run: string): readonly EnglishEntity[] {
  const known = recentRuns.get(run);
  if (known !== undefined) {
    recentRuns.delete(run);
    recentRuns.set(run, known);
    return known;
  }
  const found = compromiseEntities(run);
  recentRuns.set(run, found);
  if (recentRuns.size > RECENT_RUNS) recentRuns.delete(recentRuns.keys().next().value as string);
  return found;
}

type Nlp = typeof import('compromise').default;
let nlpFunction: Nlp | undefined;

/**
 * compromise, loaded on the first English run (its CommonJS build, so annotate stays synchronous):
 * loading it costs several hundred milliseconds, and most Chinese documents have no English run.
 */
function nlp(run: string): ReturnType<Nlp> {
  nlpFunction ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpFunction(run);
}

function compromiseEntities(run: string): EnglishEntity[] {
  const out: EnglishEntity[] = [];
  const doc = nlp(run);
  const groups: [EntityLabel, CompromiseMatch[]][] = [
    ['PER', doc.people().json({ offset: true }) as CompromiseMatch[]],
    ['LOC', doc.places().json({ offset: true }) as CompromiseMatch[]],
    ['ORG', doc.organizations().json({ offset: true }) as CompromiseMatch[]],
  ];
  for (const [label, matches] of groups) {
    for (const x of matches) {
      let s = x.offset.start;
      let e = s + x.offset.length;
      while (e > s && /[\s.,;:'"!?-]/.test(run[e - 1]!)) e--;
      while (s < e && /[\s'"-]/.test(run[s]!)) s++;
      if (e - s < 2 || s < 0 || e > run.length) continue;
      out.push({ start: s, end: e, label });
    }
  }
  return out;
}

/** Merges English entities into `entities` without overlapping any, renumbering ids in order. */
export function mergeEnglish(text: string, entities: readonly Entity[], english: readonly EnglishEntity[]): Entity[] {
  const taken = (s: number, e: number): boolean => entities.some((x) => x.start < e && s < x.end);
  const added: Entity[] = [];
  for (const en of english) {
    if (taken(en.start, en.end) || added.some((x) => x.start < en.end && en.start < x.end)) continue;
    const surface = text.slice(en.start, en.end);
    added.push(makeEntity({ id: '', label: en.label, start: en.start, end: en.end, text: surface, normal: surface.replace(/\s+/g, ' '), source: 'model:compromise', score: 0.6 }));
  }
  if (added.length === 0) return [...entities];
  return [...entities, ...added].sort((a, b) => a.start - b.start).map((e, i) => changeEntity(e, { id: `e${i}` }));
}

/** Creates the English-runs step. */
export function createEnglishComponent(): Component {
  return {
    name: 'english',
    requires: ['entities'],
    assigns: ['entities'],
    run: (state) => ({ entities: mergeEnglish(state.text, state.entities ?? [], findEnglishEntities(state.text)) }),
  };
}
