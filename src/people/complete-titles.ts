/**
 * completeTitles: text + model entities → the entities with titles the model cut short made whole,
 * where a person's name follows. Two shapes, one rule: an ORG, LOC or TITLE entity, then one or two
 * uncovered characters, then a PER entity, where a lexicon title starts inside the entity's last
 * three characters and ends exactly at the name (国防部|长 → 国防部长, 美国|务卿 → 美国务卿, 副委员|长 →
 * 副委员长, 硕士|生 → 硕士生). The entity becomes a TITLE over itself and the gap (source
 * `<model source>+rule:complete-title`). Blockers (委员会) never complete. Pure; O(entities · 3).
 */
import { makeEntity } from '../document/make-entity.js';
import type { Entity } from '../document/types.js';
import { isCjk } from './char-classes.js';
import { longestTitle } from './find-titles.js';
import type { PeopleLexicon } from './load-people-lexicon.js';
import { compactName } from './compact-name.js';

/** Completes titles cut short before a name; see the file comment. Other entities are returned as they are. */
export function completeTitles(text: string, entities: readonly Entity[], lexicon: PeopleLexicon): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.map((e, i) => {
    const next = sorted[i + 1];
    if (!next || next.label !== 'PER' || (e.label !== 'ORG' && e.label !== 'LOC' && e.label !== 'TITLE')) return e;
    const gap = next.start - e.end;
    if (gap < 1 || gap > 2) return e;
    for (let p = e.end; p < next.start; p++) if (!isCjk(text[p])) return e;
    for (let x = Math.max(e.start, e.end - 3); x < e.end; x++) {
      const m = longestTitle(lexicon.titleTrie, text, x);
      if (!m || x + m.length !== next.start) continue;
      if (m.kind === '-') return e;
      const surface = text.slice(e.start, next.start);
      return makeEntity({
        id: e.id, label: 'TITLE', start: e.start, end: next.start, text: surface, normal: compactName(surface),
        source: `${e.source}+rule:complete-title`,
      });
    }
    return e;
  });
}
