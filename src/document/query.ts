/**
 * Small readers over a Document, kept apart from the data (wink-nlp's its/as idea): the data stays
 * plain JSON, these functions answer common questions about it.
 */
import type { Document, Entity, EntityLabel, Person, Token } from './types.js';

/** Entities with one of `labels` (all when empty). */
export function entitiesOf(doc: Document, ...labels: EntityLabel[]): Entity[] {
  return labels.length === 0 ? [...doc.entities] : doc.entities.filter((e) => labels.includes(e.label));
}

/** How `tokensIn` treats tokens that straddle the range (spaCy's alignment modes). */
export type AlignmentMode = 'strict' | 'contract' | 'expand';

/**
 * Tokens of `doc` inside [start, end): `contract` keeps tokens wholly inside, `expand` also those
 * that overlap, `strict` returns undefined unless the range starts and ends on token boundaries.
 */
export function tokensIn(doc: Document, start: number, end: number, mode: AlignmentMode = 'expand'): Token[] | undefined {
  const inside = doc.tokens.filter((t) => (mode === 'expand' ? t.end > start && t.start < end : t.start >= start && t.end <= end));
  if (mode === 'strict') {
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (!first || !last || first.start !== start || last.end !== end) return undefined;
  }
  return inside;
}

/** The person named `name` (exact canonical name). */
export function personByName(doc: Document, name: string): Person | undefined {
  return doc.people.find((p) => p.name === name);
}
