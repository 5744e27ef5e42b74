/**
 * The `entities` pipeline step: sentences + tokens (normalized coordinates) → Entity objects.
 * Runs the model sentence by sentence (the recognizer chunks long sentences itself), so time is
 * linear and nothing throws on odd text; ids are `e0`, `e1` … in text order.
 */
import { makeEntity } from '../document/make-entity.js';
import type { Entity, EntityPart } from '../document/types.js';
import type { Component, Layers, State } from '../pipeline/component.js';
import type { EntityModel } from './entity-model.js';
import type { WordSpan } from './features.js';
import { recognizeEntities, type PositionWords, type RecognizedEntity } from './recognize-entities.js';

/** Entities of the whole normalized text, given its sentences and tokens. */
export function findEntities(
  model: EntityModel, text: string,
  sentences: readonly { start: number; end: number }[] | undefined,
  tokens: readonly { start: number; end: number; pos: string }[] | undefined,
  positions?: PositionWords,
): RecognizedEntity[] {
  const ranges = sentences && sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const words = tokens ?? [];
  const out: RecognizedEntity[] = [];
  let w = 0;
  for (const range of ranges) {
    const start = Math.max(0, range.start);
    const end = Math.min(text.length, range.end);
    if (end <= start) continue;
    while (w < words.length && words[w]!.end <= start) w++;
    const local: WordSpan[] = [];
    for (let k = w; k < words.length && words[k]!.start < end; k++) {
      const t = words[k]!;
      if (t.start >= start && t.end <= end) local.push({ start: t.start - start, end: t.end - start, pos: t.pos });
    }
    for (const e of recognizeEntities(model, text.slice(start, end), local, positions)) {
      if (out.length > 0 && e.start + start < out[out.length - 1]!.end) continue;
      out.push({
        ...e,
        start: e.start + start,
        end: e.end + start,
        ...(e.parts ? { parts: e.parts.map((p) => ({ ...p, start: p.start + start, end: p.end + start })) } : {}),
      });
    }
  }
  return out;
}

/** Build the `entities` component around a loaded model. */
export function createEntitiesComponent(model: EntityModel, positions?: PositionWords): Component {
  return {
    name: 'entities',
    requires: ['sentences', 'tokens'],
    assigns: ['entities'],
    run(state: State): Partial<Layers> {
      const text = state.text;
      const found = findEntities(model, text, state.sentences, state.tokens, positions);
      const entities: Entity[] = found.map((e, i) => {
        const surface = text.slice(e.start, e.end);
        const parts: EntityPart[] | undefined = e.parts?.map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end), label: p.label }));
        return makeEntity({
          id: `e${i}`, label: e.label, start: e.start, end: e.end, text: surface, normal: surface.replace(/\s+/g, ''),
          subtype: e.subtype || undefined, parts, source: e.source, score: e.score,
        });
      });
      return { entities };
    },
  };
}
