/**
 * Hand-built Documents and archive records for the archive tests: tiny, typed, no annotator.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Document, type ThemeHit } from '../../src/index.js';
import { contentHash, type ArchiveRecord } from '../../src/archive/index.js';

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tifa-archive-test-'));
}

/** A theme hit with `n` evidence spans (offsets are dummies inside the text). */
export function theme(theme: string, name: string, category: string, n = 1, speakers?: string[]): ThemeHit {
  return { theme, name, category, score: 0.5, evidence: Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x' })), source: 'lexicon:themes', ...(speakers ? { speakers } : {}) };
}

/** Options of `fixture`. */
export interface FixtureSpec {
  /** Id. */
  id: string;
  /** Date YYYY-MM-DD. */
  date: string;
  /** Text (default: 100 characters). */
  text?: string;
  /** Themes. */
  themes?: ThemeHit[];
  /** People `[id, name, role?]`. */
  people?: [string, string, string?][];
  /** Candidate phrases. */
  candidates?: string[];
  /** Words used as tokens (pos n). */
  words?: string[];
}

/** A record and a Document built by hand. */
export function fixture(spec: FixtureSpec): { record: ArchiveRecord; doc: Document } {
  const text = spec.text ?? '溪'.repeat(100);
  const record: ArchiveRecord = { id: spec.id, date: spec.date, dateGrain: 'day', text, origin: 'fixture.jsonl', line: 1, hash: contentHash(spec.date, undefined, text) };
  let at = 0;
  const doc: Document = {
    text,
    meta: { id: spec.id, date: spec.date, schemaVersion: '1.0', library: 'tifa@test', resources: { segmenter: 'test', model: 'none', lexicons: {} } },
    sentences: [{ start: 0, end: text.length, text }],
    tokens: (spec.words ?? []).map((w) => { const t = { start: at, end: at + w.length, text: w, pos: 'n' }; at += w.length; return t; }),
    entities: (spec.people ?? []).map(([, name], i) => ({ id: `e${i}`, label: 'PER' as const, start: 0, end: name.length, text: name, normal: name, source: 'test' })),
    people: (spec.people ?? []).map(([id, name, role], i) => ({
      id, name, mentions: [`e${i}`], speech: [{ start: 0, end: 1, text: 'x' }],
      roles: role ? [{ text: role, title: role.slice(-2), modifiers: [], start: 0, end: role.length, source: 'test' }] : [],
    })),
    places: [], organizations: [], times: [],
    themes: spec.themes ?? [],
    keywords: [],
    candidates: (spec.candidates ?? []).map((phrase) => ({ phrase, evidence: [{ start: 0, end: 1, text: 'x' }], reason: 'quoted' })),
    articles: [],
  };
  return { record, doc };
}
