/**
 * makeEntity / changeEntity: every Entity the pipeline builds is made here, so all of them share
 * one object shape — the ten fields in one order, an absent optional field present as `undefined`
 * (JSON output and the schema do not see it).
 *
 * Why: entities used to come from twenty literals and spreads with six key orders and sets, and a
 * shape made by spreading can be dropped by the collector and made afresh. The steps that read
 * entities kept meeting shapes their optimized code had not seen: V8 threw that code away and
 * compiled it again, still several times every five seconds after half a minute, on V8's compiler
 * threads — CPU that two archive workers on two cores do not have to spare (`scripts/jit-warmup.ts`).
 */
import type { Entity } from './types.js';

/** Builds an entity with the shared shape. */
export function makeEntity(f: Entity): Entity {
  return {
    id: f.id, label: f.label, start: f.start, end: f.end, text: f.text, normal: f.normal,
    subtype: f.subtype, parts: f.parts, source: f.source, score: f.score,
  };
}

/** A copy of `e` with the fields of `change` replaced (an optional field named with `undefined` is cleared). */
export function changeEntity(e: Entity, change: Partial<Entity>): Entity {
  return {
    id: change.id ?? e.id,
    label: change.label ?? e.label,
    start: change.start ?? e.start,
    end: change.end ?? e.end,
    text: change.text ?? e.text,
    normal: change.normal ?? e.normal,
    subtype: 'subtype' in change ? change.subtype : e.subtype,
    parts: 'parts' in change ? change.parts : e.parts,
    source: change.source ?? e.source,
    score: 'score' in change ? change.score : e.score,
  };
}
