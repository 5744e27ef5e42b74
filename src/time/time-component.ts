/**
 * The `time` pipeline step: normalized text + `meta.date` → `times` (offsets in normalized
 * coordinates; `document/assemble` projects them to the original text), and a TIME entity for
 * every expression that overlaps no entity an earlier step found.
 */
import { makeEntity } from '../document/make-entity.js';
import type { Entity, TimeExpression } from '../document/types.js';
import { nextEntityIds } from '../document/entity-ids.js';
import type { Component } from '../pipeline/component.js';
import { findTimeExpressions } from './find-time-expressions.js';

/** Adds TIME entities for `times` that overlap no existing entity; the list stays ordered and disjoint. */
export function withTimeEntities(entities: readonly Entity[], times: readonly TimeExpression[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const added: Entity[] = [];
  const nextId = nextEntityIds(entities);
  let k = 0;
  for (const t of times) {
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    if (k < sorted.length && sorted[k]!.start < t.end) continue;
    added.push(makeEntity({ id: nextId(), label: 'TIME', start: t.start, end: t.end, text: t.text, normal: t.text.replace(/\s+/g, ''), subtype: t.kind, source: 'rule:time' }));
  }
  return added.length ? [...sorted, ...added].sort((a, b) => a.start - b.start) : [...entities];
}

/** Create the step that finds and normalizes time expressions. */
export function createTimeComponent(): Component {
  return {
    name: 'time',
    requires: ['sentences', 'tokens', 'entities'],
    assigns: ['times', 'entities'],
    run: (state) => {
      const times = findTimeExpressions(state.text, { words: state.tokens, ...(state.meta.date !== undefined ? { refDate: state.meta.date } : {}) });
      return { times, entities: withTimeEntities(state.entities ?? [], times) };
    },
  };
}
