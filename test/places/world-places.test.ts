import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/document/types.js';
import type { State } from '../../src/pipeline/component.js';
import { createPlacesComponent } from '../../src/places/places-component.js';
import { loadWorldPlaces } from '../../src/places/load-world-places.js';
import { parseWorldPlaces } from '../../src/places/world-places.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

const world = loadWorldPlaces();

describe('world places', () => {
  it.each([
    ['新加坡', 'country'], ['美国', 'country'], ['苏联', 'country'], ['特立尼达和多巴哥', 'country'],
    ['美利坚合众国', 'country'], ['印尼', 'country'], ['华', 'country'], ['俄', 'country'], ['锡兰', 'country'],
    ['东南亚', 'region'], ['太平洋', 'region'], ['拉美', 'region'], ['华北', 'region'], ['长三角', 'region'],
    ['东京', 'city'], ['华盛顿', 'city'], ['布宜诺斯艾利斯', 'city'],
  ])('%s → %s', (name, kind) => {
    expect(world.get(name)).toBe(kind);
  });

  it.each([
    // Names of China's own registry, ambiguous abbreviations (苏 is 江苏 as often as 苏联, 澳 is 澳门), 中非 (also
    // China–Africa) and cities of two countries (圣地亚哥 is also San Diego, 奥克兰 also Oakland) are not listed.
    '浙江', '永康', '苏', '澳', '中非', '圣地亚哥', '奥克兰', '',
  ])('leaves %j alone', (name) => {
    expect(world.get(name)).toBeUndefined();
  });

  it('gives a place outside the registry its kind, and nothing else', () => {
    const places = createPlacesComponent(tinyPlaceLexicon(), world);
    const text = '新加坡、东南亚和永康市';
    const entities: Entity[] = [['新加坡', 0], ['东南亚', 4], ['永康市', 8]].map(([name, start], i) => ({
      id: `e${i}`, label: 'LOC', start: start as number, end: (start as number) + (name as string).length, text: name as string, normal: name as string, source: 'model:test',
    }));
    const out = places.run({ original: text, text, matchText: text, meta: {}, entities } as unknown as State);
    expect(out.places?.map((p) => [p.name, p.kind, p.code])).toEqual([['新加坡', 'country', undefined], ['东南亚', 'region', undefined], ['永康市', 'county', '330784']]);
    // Without the list the same places are `other`.
    const bare = createPlacesComponent(tinyPlaceLexicon()).run({ original: text, text, matchText: text, meta: {}, entities } as unknown as State);
    expect(bare.places?.map((p) => p.kind)).toEqual(['other', 'other', 'county']);
  });

  it('reaches the Document through the full pipeline', () => {
    const doc = sharedAnnotator().annotate('国务院总理会见来华访问的新加坡总理。');
    expect(doc.places.filter((p) => p.kind === 'country').map((p) => p.name)).toEqual(expect.arrayContaining(['新加坡']));
  });

  it.each([
    ['美国', 'line 1: expected 2 columns'],
    ['# c\n美国\tcountry\t', 'line 2: expected 2 columns'],
    ['美国\tstate', 'line 1: expected a kind'],
    ['USA\tcountry', 'line 1: expected a name of 1–16 CJK characters'],
    ['美国\tcountry\n美国\tcountry', 'line 2: "美国" is listed twice'],
  ])('rejects %j with a typed error', (text, message) => {
    expect(() => parseWorldPlaces(text)).toThrow(expect.objectContaining({ code: 'resource_parse', message: expect.stringContaining(message) }));
  });

  it('names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-world-'));
    expect(() => loadWorldPlaces(join(dir, 'none.tsv'))).toThrow(expect.objectContaining({ code: 'resource_not_found' }));
    writeFileSync(join(dir, 'ok.tsv'), '# c\n美国\tcountry\n');
    expect(loadWorldPlaces(join(dir, 'ok.tsv')).size).toBe(1);
  });
});
