import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Organization, Place } from '../../src/document/types.js';
import { loadOrgLexicon } from '../../src/orgs/load-org-lexicon.js';
import { createOrgsComponent } from '../../src/orgs/orgs-component.js';
import type { State } from '../../src/pipeline/component.js';
import { loadPlaceLexicon } from '../../src/places/load-place-lexicon.js';
import { createPlacesComponent } from '../../src/places/places-component.js';
import { packageRoot } from '../../src/resources/package-root.js';

// The real front page, line breaks removed (as the normalizer will), with the few spans a model gives
// that the gazetteer alone does not add (a single mention of a town, a village, two organizations); the
// rest comes from the gazetteer and suffix finders. The end-to-end golden test lives in test/golden/.
const MODEL_SPANS: [string, 'LOC' | 'ORG'][] = [['西城街道', 'LOC'], ['李一村', 'LOC'], ['市矛调中心', 'ORG'], ['市委', 'ORG']];
let places: readonly Place[] = [];
let organizations: readonly Organization[] = [];
let entities: readonly Entity[] = [];

beforeAll(() => {
  const placeLexicon = loadPlaceLexicon();
  const text = readFileSync(join(packageRoot(), 'examples/articles/yongkang-daily-page1.txt'), 'utf8').replace(/\n/g, '');
  const model: Entity[] = MODEL_SPANS.flatMap(([name, label]) => {
    const out: Entity[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      out.push({ id: '', label, start: at, end: at + name.length, text: name, normal: name, source: 'model:test' });
    }
    return out;
  }).sort((a, b) => a.start - b.start).map((e, i) => ({ ...e, id: `e${i}` }));
  const state = { original: text, text, matchText: text, meta: {}, entities: model } as unknown as State;
  const p = createPlacesComponent(placeLexicon).run(state);
  const o = createOrgsComponent(loadOrgLexicon(), { divisionName: (c) => placeLexicon.divisions.get(c)?.name }).run({ ...state, ...p } as State);
  places = p.places ?? [];
  organizations = o.organizations ?? [];
  entities = o.entities ?? [];
});

const place = (name: string): Place | undefined => places.find((p) => p.name === name);
const org = (name: string): Organization | undefined => organizations.find((o) => o.name === name);

describe('front page: places', () => {
  it.each([
    ['永康', 'county', '330784'],
    ['经济开发区', 'zone', undefined],
    ['西城街道', 'town', '330784002'],
    ['城西新区', 'zone', undefined],
    ['三博区块', 'block', undefined],
    ['烈桥区块', 'block', undefined],
    ['中月区块', 'block', undefined],
    ['飞鹰区块', 'block', undefined],
    ['望春社区', 'community', '330784001008'],
    ['李一村', 'village', '330784002200'],
  ])('%s: %s, code %s', (name, kind, code) => {
    expect(place(name)).toMatchObject({ name, kind });
    expect(place(name)?.code).toBe(code);
  });

  it('gives the parents of resolved places', () => {
    expect(place('西城街道')?.parents).toEqual(['浙江省', '金华市', '永康市']);
    expect(place('李一村')?.parents).toEqual(['浙江省', '金华市', '永康市', '西城街道']);
  });

  it('finds no other places', () => {
    expect(places.map((p) => p.name).sort()).toEqual(['三博区块', '中月区块', '城西新区', '望春社区', '李一村', '永康', '烈桥区块', '经济开发区', '西城街道', '飞鹰区块'].sort());
  });
});

describe('front page: organizations', () => {
  it('永康农商银行 is a bank, with 该行 linked to it', () => {
    const bank = org('永康农商银行');
    expect(bank?.kind).toBe('bank');
    const refs = entities.filter((e) => e.normal === '该行').map((e) => e.id);
    expect(refs.length).toBe(2);
    for (const id of refs) expect(bank?.mentions).toContain(id);
  });

  it('永康农商银行总行营业部 keeps the bank as parent', () => {
    expect(org('永康农商银行总行营业部')).toMatchObject({ kind: 'bank', parent: org('永康农商银行')?.id });
  });

  it('市矛调中心 is government, 市委 is the party committee of 永康', () => {
    expect(org('市矛调中心')).toMatchObject({ kind: 'government', resolved: '永康市矛调中心' });
    expect(org('市委')).toMatchObject({ kind: 'party', resolved: '中共永康市委' });
    expect(org('市委')?.mentions.length).toBe(2);
  });

  it('returns ordered, non-overlapping entities with unique ids pointing at the text', () => {
    const ids = new Set(entities.map((e) => e.id));
    expect(ids.size).toBe(entities.length);
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
    for (const p of places) for (const id of p.mentions) expect(ids.has(id)).toBe(true);
    for (const o of organizations) for (const id of o.mentions) expect(ids.has(id)).toBe(true);
  });
});
