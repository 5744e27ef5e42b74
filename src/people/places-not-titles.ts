/**
 * placesNotTitles: text + model entities → the entities with a place misread as "place-level title +
 * name" put right. In 江阴市长泾镇 the model may read 市长 as a TITLE and 泾镇 as a PER; in
 * 虹口区长丰村, 区长 and 丰村. The shape: a TITLE of an administrative character and 长 (市长, 区长,
 * 县长 …) right after a Chinese character, directly followed by a PER of two or three characters
 * that ends in a settlement suffix (镇, 乡, 村, 街, 路, 巷). The administrative character then ends
 * the place before it (an adjacent LOC grows to take it: 江阴 → 江阴市) and 长 starts a LOC up to the
 * end of the "name" (长泾镇), with source `rule:place-not-title`. Pure; O(entities).
 */
import { makeEntity } from '../document/make-entity.js';
import type { Entity } from '../document/types.js';
import { isCjk } from './char-classes.js';
import { isAdminChar } from './propose-name.js';

/** Suffixes of settlements and streets, which end place names and almost never a person's name. */
const SETTLEMENT_SUFFIXES: ReadonlySet<string> = new Set(['镇', '乡', '村', '街', '路', '巷']);

const SOURCE = 'rule:place-not-title';

/** Puts places misread as a title and a name right; see the file comment. Other entities are returned as they are. */
export function placesNotTitles(text: string, entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Entity[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i] as Entity;
    const p = sorted[i + 1];
    const misread = p !== undefined && t.label === 'TITLE' && p.label === 'PER' && p.start === t.end
      && t.end - t.start === 2 && isAdminChar(text[t.start]) && text[t.start + 1] === '长' && isCjk(text[t.start - 1])
      && p.end - p.start >= 2 && p.end - p.start <= 3 && SETTLEMENT_SUFFIXES.has(text[p.end - 1] as string);
    if (!misread) { out.push(t); continue; }
    const before = out[out.length - 1];
    if (before && before.label === 'LOC' && before.end === t.start) {
      out[out.length - 1] = loc(text, before.start, t.start + 1, before.id, `${before.source}+${SOURCE}`);
    }
    out.push(loc(text, t.start + 1, p.end, t.id, SOURCE));
    i++; // the PER is part of the new place
  }
  return out;
}

function loc(text: string, start: number, end: number, id: string, source: string): Entity {
  const surface = text.slice(start, end);
  return makeEntity({ id, label: 'LOC', start, end, text: surface, normal: surface, source });
}
