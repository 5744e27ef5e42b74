import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/document/types.js';
import type { State } from '../../src/pipeline/component.js';
import { createPlacesComponent } from '../../src/places/places-component.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

const component = createPlacesComponent(tinyPlaceLexicon());
const stateOf = (text: string, entities: Entity[] = []): State => ({ original: text, text, matchText: text, meta: {}, entities } as unknown as State);
const entity = (id: string, label: Entity['label'], text: string, start: number, normal = text.slice(start)): Entity => ({
  id, label, start, end: start + normal.length, text: normal, normal, source: 'model:ner@test',
});

describe('places component', () => {
  it('declares its layers', () => {
    expect(component).toMatchObject({ name: 'places', requires: ['tokens', 'entities'], assigns: ['places', 'entities'] });
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

  it('lets a block named by its suffix replace a LOC fragment of its own name, and nothing else', () => {
    const text = '三博区块、中月区块建设';
    const out = component.run(stateOf(text, [entity('e0', 'LOC', text, 5, '中')]));
    expect(out.entities?.map((e) => [e.normal, e.source])).toEqual([['三博区块', 'lexicon:places'], ['中月区块', 'lexicon:places']]);
    expect(out.places?.map((p) => [p.name, p.kind])).toEqual([['三博区块', 'block'], ['中月区块', 'block']]);
    // A person, or a LOC reaching past the suffix name, is not a fragment: the model's span stays.
    for (const kept of [entity('e0', 'PER', text, 5, '中月'), entity('e0', 'LOC', text, 5, '中月区块建')]) {
      const r = component.run(stateOf(text, [kept]));
      expect(r.entities?.map((e) => e.normal)).toEqual(['三博区块', kept.normal]);
    }
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

describe('places component: a division written right before a place', () => {
  const part = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end), label: 'LOC' as const });

  it('narrows the place to the enclosing division, over the document\'s dominant region', () => {
    const text = '义乌、义乌、义乌，婺城区城西街道';
    const chain = { ...entity('e3', 'LOC', text, 9, '婺城区城西街道'), parts: [part(text, 9, 12), part(text, 12, 16)] };
    const model = [entity('e0', 'LOC', text, 0, '义乌'), entity('e1', 'LOC', text, 3, '义乌'), entity('e2', 'LOC', text, 6, '义乌'), chain];
    expect(component.run(stateOf(text, model)).places?.map((p) => [p.name, p.code])).toEqual([['义乌', '330782'], ['婺城区', '330702'], ['城西街道', '330702003']]);
    // The same with two adjacent entities.
    const apart = [...model.slice(0, 3), entity('e3', 'LOC', text, 9, '婺城区'), entity('e4', 'LOC', text, 12, '城西街道')];
    expect(component.run(stateOf(text, apart)).places?.map((p) => [p.name, p.code])).toEqual([['义乌', '330782'], ['婺城区', '330702'], ['城西街道', '330702003']]);
  });

  it('resolves a village written after its town, even one the suffix scan cannot see (a one-character name)', () => {
    const text = '记者在永康市西城街道华村采访';
    const chain = { ...entity('e0', 'LOC', text, 3, '永康市西城街道华村'), parts: [part(text, 3, 6), part(text, 6, 10), part(text, 10, 12)] };
    const places = component.run(stateOf(text, [chain])).places ?? [];
    expect(places.map((p) => [p.name, p.kind, p.code])).toEqual([['永康市', 'county', '330784'], ['西城街道', 'town', '330784002'], ['华村', 'village', '330784002212']]);
  });

  it('leaves such a village unresolved without its town or county', () => {
    const text = '记者在华村采访';
    expect(component.run(stateOf(text, [entity('e0', 'LOC', text, 3, '华村')])).places?.map((p) => [p.name, p.code])).toEqual([['华村', undefined]]);
  });

  it.each(['市委书记章旭升赴城西新区调研。', '市委書記章旭升赴城西新區調研。'])('reads a zone the model cuts after its name as one place: %s', (text) => {
    const doc = sharedAnnotator().annotate(text);
    expect(doc.places.map((p) => [p.name, p.kind])).toEqual([['城西新区', 'zone']]);
  });

  // 乌镇 is the full name of a town in 陕西 佳县 and the short form of 桐乡市's 乌镇镇: unique as a full
  // name, it is still no guess — it resolves only where the context says which (full pipeline).
  it.each([
    ['世界互联网大会在乌镇举行。', undefined],
    ['王纲到衢州市柯城区调研，随后赴乌镇参观。', undefined],
    ['桐乡市召开会议。乌镇的游客很多。', '330483100'],
    ['他来到浙江省桐乡市乌镇参观。', '330483100'],
    ['陕西省佳县乌镇的村民。', '610828103'],
  ])('resolves 乌镇 in %s to %s', (text, code) => {
    const doc = sharedAnnotator().annotate(text);
    expect(doc.places.find((p) => p.name === '乌镇')?.code).toBe(code);
  });

  // A name is not the place it merely ends with, and a unit written inside a division that has none of
  // that name is no namesake elsewhere (full pipeline).
  it.each([
    ['溪宁县召开全县工作会议。', '溪宁县', undefined],
    ['甘肃省宁县召开会议。', '宁县', '621026'],
    ['他来自中国浙江省永康市。', '浙江省', '33'],
    ['江苏如皋市城西乡', '城西乡', undefined],
    ['北京上海两地', '上海', '31'],
    ['永康市西城街道李一村', '李一村', '330784002200'],
    // Cities of different provinces, one each: no region, so 金川 (四川's county or 甘肃's district) stays open.
    ['攀枝花、包头和金川三大共生矿的综合利用', '金川', undefined],
  ])('%s: %s → %s', (text, name, code) => {
    const doc = sharedAnnotator().annotate(text);
    expect(doc.places.find((p) => p.name === name)?.code).toBe(code);
  });
});
