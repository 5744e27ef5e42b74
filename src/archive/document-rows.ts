/**
 * documentRows: (archive record, Document) → plain row tuples for every archive table.
 * Runs in worker threads, so the Document (with its tokens) never crosses a thread boundary:
 * only these compact rows do. Column order matches `TABLES` in `store.ts`.
 */
import type { Document } from '../index.js';
import type { ArchiveRecord } from './read-archive.js';

/** A cell value: text, number, list of text or null. */
export type Cell = string | number | readonly string[] | null;
/** A row of cells in table column order. */
export type Row = readonly Cell[];

/** All rows of one document, by table. */
export interface DocumentRows {
  /** The document id. */
  readonly id: string;
  /** The content hash (skip key with `id`). */
  readonly hash: string;
  /** Rows per table name (`documents`, `entities`, `people`, `roles`, `places`, `organizations`, `themes`, `theme_speakers`, `times`, `keywords`, `terms`, `candidates`). */
  readonly tables: Readonly<Record<string, readonly Row[]>>;
}

/** Parts of speech whose words are kept as clustering terms (nouns, verbs, adjectives, idioms, names). */
const TERM_POS = /^(n|v|a|i|l|j|vn|an|nz|nr|ns|nt|eng)/;
/** At most this many terms per document are stored. */
const MAX_TERMS = 64;

/** The most frequent content words of a document: `[word, count]`, at most 64, for TF-IDF clustering. */
export function documentTerms(doc: Document): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of doc.tokens) {
    const w = t.normal ?? t.text;
    if (w.length < 2 || !TERM_POS.test(t.pos) || /^[\d\s\p{P}\p{S}]+$/u.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, MAX_TERMS);
}

/** Converts a tagged Document into rows for every archive table. */
export function documentRows(record: ArchiveRecord, doc: Document): DocumentRows {
  const id = record.id;
  const personName = new Map(doc.people.map((p) => [p.id, p]));
  const entityText = new Map(doc.entities.map((e) => [e.id, e.normal]));
  const warnings = doc.meta.warnings?.length ? doc.meta.warnings.join('; ') : null;
  const tables: Record<string, Row[]> = {
    documents: [[id, record.hash, record.date, record.dateGrain, record.title ?? null, record.source ?? null, record.origin, record.line,
      doc.text.length, doc.sentences.length, record.text, doc.meta.library, warnings]],
    entities: doc.entities.map((e) => [id, e.id, e.label, e.text, e.normal, e.subtype ?? null, e.start, e.end, e.source]),
    people: doc.people.map((p) => [id, p.id, p.name, p.mentions.length, p.speech.length, p.roles.map((r) => r.text)]),
    roles: doc.people.flatMap((p) => p.roles.map((r) => [id, p.id, p.name, r.text, r.title, r.org ?? null, r.modifiers, r.start, r.end, r.source])),
    places: doc.places.map((l) => [id, l.id, l.name, l.kind, l.code ?? null, l.mentions.length]),
    organizations: doc.organizations.map((o) => [id, o.id, o.name, o.kind, o.resolved ?? null, o.mentions.length]),
    themes: doc.themes.map((t) => [id, t.theme, t.name, t.category, t.score, t.evidence.length, t.evidence[0]?.start ?? null,
      (t.speakers ?? []).map((s) => personName.get(s)?.name ?? entityText.get(s) ?? s), t.source]),
    theme_speakers: doc.themes.flatMap((t) => [...new Set(t.speakers ?? [])].map((s) => {
      const p = personName.get(s);
      return [id, t.theme, t.name, s, p?.name ?? entityText.get(s) ?? s, p?.roles[0]?.text ?? null];
    })),
    times: doc.times.map((t) => [id, t.start, t.end, t.text, t.value, t.grain, t.kind]),
    keywords: doc.keywords.map((k) => [id, k.word, k.weight]),
    terms: documentTerms(doc).map(([w, n]) => [id, w, n]),
    candidates: doc.candidates.map((c) => [id, c.phrase, c.evidence.length, c.reason]),
  };
  return { id, hash: record.hash, tables };
}
