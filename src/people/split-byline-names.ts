/**
 * splitBylineNames: text + model entities → the entities with two byline names the model read as
 * one split apart. A PER of five or six CJK characters right after a media title (记者, 通讯员 …)
 * and before the byline's end (a closing bracket, a space, 、 or the end) is two names written
 * without a separator (记者张明远李华 → 张明远, 李华) when it splits into a three- and a two- or
 * three-character part that each begin with a common surname; both parts keep the model's source
 * plus `+rule:split-byline-names`. Other entities are returned as they are. Pure.
 */
import { changeEntity } from '../document/make-entity.js';
import type { Entity } from '../document/types.js';
import { isCjk } from './char-classes.js';
import type { PeopleLexicon } from './load-people-lexicon.js';

const BYLINE_END = new Set(['）', ')', '、', '，', ',', '；', ']', '】', ' ', '\u3000']);

/** Splits two byline names read as one; see the file comment. */
export function splitBylineNames(text: string, entities: readonly Entity[], lexicon: PeopleLexicon): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const cut = e.label === 'PER' ? splitPoint(text, e, lexicon) : 0;
    if (!cut) { out.push(e); continue; }
    out.push(part(text, e, e.id, e.start, cut), part(text, e, `${e.id}b`, cut, e.end));
  }
  return out;
}

function splitPoint(text: string, e: Entity, lexicon: PeopleLexicon): number {
  const length = e.end - e.start;
  if (length < 5 || length > 6) return 0;
  for (let i = e.start; i < e.end; i++) if (!isCjk(text[i])) return 0;
  if (e.end < text.length && !BYLINE_END.has(text[e.end] as string)) return 0;
  let media = false;
  for (let k = Math.min(lexicon.maxTitleLength, e.start); k >= 2 && !media; k--) media = lexicon.titles.get(text.slice(e.start - k, e.start)) === 'media';
  if (!media) return 0;
  const surnameAt = (at: number): boolean => lexicon.surnames.has(text[at] as string);
  const first = e.start + 3;
  return surnameAt(e.start) && surnameAt(first) && e.end - first >= 2 ? first : 0;
}

function part(text: string, e: Entity, id: string, start: number, end: number): Entity {
  const surface = text.slice(start, end);
  return changeEntity(e, { id, start, end, text: surface, normal: surface, source: `${e.source}+rule:split-byline-names` });
}
