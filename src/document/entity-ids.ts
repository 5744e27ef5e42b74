/**
 * Entity ids inside a document are `e<n>`. A step that adds entities takes fresh ids after the
 * largest one in use; `document/assemble` renumbers them in text order at the end.
 */
import type { Entity } from './types.js';

/** Returns a generator of fresh ids after the largest `e<n>` among `entities`. */
export function nextEntityIds(entities: readonly Entity[]): () => string {
  let max = -1;
  for (const e of entities) {
    const m = /^e(\d+)$/.exec(e.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return () => `e${++max}`;
}
