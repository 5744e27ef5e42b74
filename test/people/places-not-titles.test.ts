import { describe, expect, it } from 'vitest';
import type { EntityLabel } from '../../src/document/types.js';
import { placesNotTitles } from '../../src/people/places-not-titles.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';
import { entitiesFor, rolePairs, runPeople } from './people-fixtures.js';

/** [case, text, model entities, expected entities as `LABEL:text`]. */
type Case = readonly [string, string, readonly (readonly [EntityLabel, string])[], readonly string[]];

const CASES: readonly Case[] = [
  ['市长 + 泾镇 after a LOC', '调研组来到江阴市长泾镇。', [['LOC', '江阴'], ['TITLE', '市长'], ['PER', '泾镇']], ['LOC:江阴市', 'LOC:长泾镇']],
  ['区长 + 丰村 with no LOC before', '虹口区长丰村1号', [['TITLE', '区长'], ['PER', '丰村']], ['LOC:长丰村']],
  ['县长 + a street', '住在某县长安路', [['TITLE', '县长'], ['PER', '安路']], ['LOC:长安路']],
  ['a three-character "name"', '江阴市长寿新村', [['LOC', '江阴'], ['TITLE', '市长'], ['PER', '寿新村']], ['LOC:江阴市', 'LOC:长寿新村']],
  // negatives: people stay people
  ['a name that ends in no settlement suffix', '杭州市长王强说，', [['LOC', '杭州'], ['TITLE', '市长'], ['PER', '王强']], ['LOC:杭州', 'TITLE:市长', 'PER:王强']],
  ['副市长 is more than 市长', '副市长谢村说，', [['TITLE', '副市长'], ['PER', '谢村']], ['TITLE:副市长', 'PER:谢村']],
  ['a title at the start of the text', '市长丰村说，', [['TITLE', '市长'], ['PER', '丰村']], ['TITLE:市长', 'PER:丰村']],
  ['a title after punctuation', '，市长丰村说', [['TITLE', '市长'], ['PER', '丰村']], ['TITLE:市长', 'PER:丰村']],
  ['a gap between title and name', '江阴市长 泾镇', [['LOC', '江阴'], ['TITLE', '市长'], ['PER', '泾镇']], ['LOC:江阴', 'TITLE:市长', 'PER:泾镇']],
  ['a one-character "name"', '江阴市长镇', [['LOC', '江阴'], ['TITLE', '市长'], ['PER', '镇']], ['LOC:江阴', 'TITLE:市长', 'PER:镇']],
  ['a four-character "name"', '江阴市长泾大桥镇', [['LOC', '江阴'], ['TITLE', '市长'], ['PER', '泾大桥镇']], ['LOC:江阴', 'TITLE:市长', 'PER:泾大桥镇']],
  ['not a place-level title', '公司董事长李村说', [['TITLE', '董事长'], ['PER', '李村']], ['TITLE:董事长', 'PER:李村']],
];

describe('people: placesNotTitles', () => {
  it.each(CASES.map(([name, text, entities, expected]) => ({ name, text, entities, expected })))(
    'reads a place misread as title + name as places: $name',
    ({ text, entities, expected }) => {
      const out = placesNotTitles(text, entitiesFor(text, entities));
      expect(out.map((e) => `${e.label}:${e.text}`)).toEqual(expected);
      for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.text);
    },
  );

  it('marks the places with the rule, keeping ids', () => {
    const text = '调研组来到江阴市长泾镇。';
    const out = placesNotTitles(text, entitiesFor(text, [['LOC', '江阴'], ['TITLE', '市长'], ['PER', '泾镇']]));
    expect(out).toMatchObject([
      { id: 'm0', label: 'LOC', start: 5, end: 8, source: 'model:test+rule:place-not-title' },
      { id: 'm1', label: 'LOC', start: 8, end: 11, source: 'rule:place-not-title' },
    ]);
  });

  it('links no role in the people step', () => {
    expect(rolePairs(runPeople('调研组来到江阴市长泾镇。', ['泾镇'], [['LOC', '江阴'], ['TITLE', '市长']]).people)).toEqual([]);
    expect(rolePairs(runPeople('杭州市长王强说，', ['王强'], [['LOC', '杭州'], ['TITLE', '市长']]).people)).toEqual(['王强:杭州市长']);
  });

  it('gives no person and resolves the town in the full pipeline (江阴市长泾镇)', () => {
    const doc = sharedAnnotator().annotate('近日，调研组来到江阴市长泾镇。');
    expect(doc.people).toEqual([]);
    expect(doc.places.map((p) => [p.name, p.code])).toEqual([['江阴市', '320281'], ['长泾镇', '320281110']]);
  });
});
