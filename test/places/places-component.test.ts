import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/document/types.js';
import type { State } from '../../src/pipeline/component.js';
import { createPlacesComponent } from '../../src/places/places-component.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

const component = createPlacesComponent(tinyPlaceLexicon());
const stateOf = (text: string, entities: Entity[] = []): State => ({ original: text, text, matchText: text, meta: {}, entities } as unknown as State);
const entity = (id: string, label: Entity['label'], text: string, start: number, normal = text.slice(start)): Entity => ({
  id, label, start, end: start + normal.length, text: normal, normal, source: 'model:ner@test',
});

describe('places component', () => {
  it('declares its layers', () => {
    expect(component).toMatchObject({ name: 'places', requires: ['entities'], assigns: ['places', 'entities'] });
  });

  it('adds gazetteer places the model missed, with fresh ids, never overlapping model entities', () => {
    const text = '永康市西城街道和石柱镇，石柱镇';
    const model = [entity('e0', 'LOC', text, 0, '永康市西城街道')];
    const out = component.run(stateOf(text, model));
    expect(out.entities?.map((e) => [e.id, e.normal, e.source])).toEqual([['e0', '永康市西城街道', 'model:ner@test'], ['e1', '石柱镇', 'lexicon:places'], ['e2', '石柱镇', 'lexicon:places']]);
    expect(out.places).toEqual([
      { id: 'l0', name: '永康市西城街道', kind: 'town', code: '330784002', parents: ['浙江省', '金华市', '永康市'], mentions: ['e0'] },
      { id: 'l1', name: '石柱镇', kind: 'town', code: '330784105', parents: ['浙江省', '金华市', '永康市'], mentions: ['e1', 'e2'] },
    ]);
  });

  it('adds a lone gazetteer hit only when a suffix names a zone, block or community', () => {
    const text = '永康市西城街道和石柱镇的三博区块';
    const out = component.run(stateOf(text, [entity('e0', 'LOC', text, 0, '永康市西城街道')]));
    expect(out.entities?.map((e) => e.normal)).toEqual(['永康市西城街道', '三博区块']);
  });

  it('uses place names inside organizations as context only', () => {
    const text = '永康农商银行在西城街道';
    const out = component.run(stateOf(text, [entity('e0', 'ORG', text, 0, '永康农商银行'), entity('e1', 'LOC', text, 7, '西城街道')]));
    expect(out.places?.map((p) => [p.name, p.code])).toEqual([['西城街道', '330784002']]);
  });

  it('leaves a place that heads an organization name to the orgs step', () => {
    expect(component.run(stateOf('永康农商银行')).entities).toEqual([]);
  });

  it('resolves a model LOC of a town short form inside the document county, else not', () => {
    const text = '永康市东城';
    expect(component.run(stateOf(text, [entity('e0', 'LOC', text, 3, '东城')])).places?.find((p) => p.name === '东城')?.code).toBe('330784001');
    expect(component.run(stateOf('东城', [entity('e0', 'LOC', '东城', 0, '东城')])).places?.[0]).toMatchObject({ name: '东城', kind: 'other' });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const out = component.run(stateOf(text));
      for (const e of out.entities ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    }), { numRuns: 200 });
  });
});
