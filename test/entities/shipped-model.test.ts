import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEntityModel } from '../../src/entities/model-file.js';
import { recognizeEntities } from '../../src/entities/recognize-entities.js';
import { segmentWords } from '../../src/entities/train-model.js';

const dir = join(process.cwd(), 'models', 'ner');
const present = existsSync(join(dir, 'manifest.json'));

// Sentences written for this test (not from any corpus).
const CASES: [string, [string, string][]][] = [
  ['市委书记章旭升赴城西新区调研。', [['PER', '章旭升']]],
  ['昨天，李明华在北京会见了来访的客人。', [['PER', '李明华'], ['LOC', '北京']]],
  ['浙江大学的研究人员发布了新成果。', [['ORG', '浙江大学']]],
];

describe.skipIf(!present)('entities/shipped model', () => {
  const jieba = Jieba.withDict(dict);
  it('loads (its load time is reported by `tifa bench`, not timed here)', () => {
    expect(loadEntityModel(dir).manifest.labels).toEqual(expect.arrayContaining(['PER', 'LOC', 'ORG', 'TITLE']));
  });
  it.each(CASES)('finds the entities in %s', (text, expected) => {
    const model = loadEntityModel(dir);
    const found = recognizeEntities(model, text, segmentWords(jieba, text)).map((e) => [e.label, text.slice(e.start, e.end)]);
    for (const pair of expected) expect(found).toContainEqual(pair);
  });
  it('never throws on any string and returns ordered spans', () => {
    const model = loadEntityModel(dir);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      let last = 0;
      for (const e of recognizeEntities(model, text, segmentWords(jieba, text))) {
        expect(e.start).toBeGreaterThanOrEqual(last);
        expect(e.end).toBeGreaterThan(e.start);
        last = e.end;
      }
    }), { numRuns: 100 });
  });
  it('splits a composite place into parts', () => {
    const model = loadEntityModel(dir);
    const text = '他来自浙江省永康市西城街道。';
    const loc = recognizeEntities(model, text, segmentWords(jieba, text)).find((e) => e.label === 'LOC');
    expect(loc && text.slice(loc.start, loc.end)).toBe('浙江省永康市西城街道');
    expect(loc?.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['浙江省', '永康市', '西城街道']);
  });
  it.each([['市委书记章旭升赴城西新区调研。', '城西新区'], ['他在浦东新区工作。', '浦东新区']])('keeps a bare place suffix with the name before it: %s', (text, place) => {
    // The model reads 城西 and 新区 as two places; 新区 alone is no place, so they are one without parts.
    const model = loadEntityModel(dir);
    const loc = recognizeEntities(model, text, segmentWords(jieba, text)).find((e) => e.label === 'LOC');
    expect(loc && text.slice(loc.start, loc.end)).toBe(place);
    expect(loc?.parts).toBeUndefined();
  });
});
