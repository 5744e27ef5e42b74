import { describe, expect, it } from 'vitest';
import type { EntityLabel } from '../../src/document/types.js';
import { completeTitles } from '../../src/people/complete-titles.js';
import { entitiesFor, peopleLexicon, rolePairs, runPeople } from './people-fixtures.js';

/** [case, text, model entities, expected entities after completion as `LABEL:text`]. */
type Case = readonly [string, string, readonly (readonly [EntityLabel, string])[], readonly string[]];

const CASES: readonly Case[] = [
  // an ORG or LOC that swallowed the head of a title, then a name
  ['ORG swallowed 部 of 部长', '财政部长张明出席会议。', [['ORG', '财政部'], ['PER', '张明']], ['TITLE:财政部长', 'PER:张明']],
  ['ORG with a country prefix', '俄国防部长彼得罗夫表示，', [['ORG', '俄国防部'], ['PER', '彼得罗夫']], ['TITLE:俄国防部长', 'PER:彼得罗夫']],
  ['LOC swallowed 国 of 国务卿', '美国务卿史密斯说，', [['LOC', '美国'], ['PER', '史密斯']], ['TITLE:美国务卿', 'PER:史密斯']],
  ['LOC swallowed 市 of 市长', '北京市长王强说，', [['LOC', '北京市'], ['PER', '王强']], ['TITLE:北京市长', 'PER:王强']],
  // a TITLE cut short before the name
  ['TITLE cut before 长', '全国人大副委员长李华指出，', [['TITLE', '副委员'], ['PER', '李华']], ['TITLE:副委员长', 'PER:李华']],
  ['TITLE cut before 生', '硕士生赵敏告诉记者', [['TITLE', '硕士'], ['PER', '赵敏']], ['TITLE:硕士生', 'PER:赵敏']],
  // negatives
  ['no name after: 国防部 stays an ORG', '国防部长期以来坚持改革。', [['ORG', '国防部']], ['ORG:国防部']],
  ['a place, not a title, before a place', '江阴市长泾镇召开会议。', [['LOC', '江阴市']], ['LOC:江阴市']],
  ['a blocker (委员会) never completes', '委员会李明说，', [['TITLE', '委员'], ['PER', '李明']], ['TITLE:委员', 'PER:李明']],
  ['a gap of three characters is too long', '国防部发言人张明说，', [['ORG', '国防部'], ['PER', '张明']], ['ORG:国防部', 'PER:张明']],
  ['a gap that is no title', '国防部称张明说，', [['ORG', '国防部'], ['PER', '张明']], ['ORG:国防部', 'PER:张明']],
  ['a space in the gap', '国防部 长张明', [['ORG', '国防部'], ['PER', '张明']], ['ORG:国防部', 'PER:张明']],
  ['a complete TITLE is left alone', '副市长谢纯参加接访。', [['TITLE', '副市长'], ['PER', '谢纯']], ['TITLE:副市长', 'PER:谢纯']],
];

describe('people: completeTitles', () => {
  it.each(CASES.map(([name, text, entities, expected]) => ({ name, text, entities, expected })))(
    'completes titles cut short before a name: $name',
    ({ text, entities, expected }) => {
      const out = completeTitles(text, entitiesFor(text, entities), peopleLexicon());
      expect(out.map((e) => `${e.label}:${e.text}`)).toEqual(expected);
      for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.text);
    },
  );

  it('marks a completed title with its rule and keeps the entity id', () => {
    const text = '财政部长张明出席会议。';
    const [title] = completeTitles(text, entitiesFor(text, [['ORG', '财政部'], ['PER', '张明']]), peopleLexicon());
    expect(title).toMatchObject({ id: 'm0', label: 'TITLE', start: 0, end: 4, source: 'model:test+rule:complete-title' });
  });

  it.each([
    ['财政部长张明出席会议。', ['张明'], [['ORG', '财政部']], ['张明:财政部长']],
    ['美国务卿史密斯说，', ['史密斯'], [['LOC', '美国']], ['史密斯:美国务卿']],
    ['全国人大副委员长李华指出，', ['李华'], [['TITLE', '副委员']], ['李华:全国人大副委员长']],
    ['国防部长期以来坚持改革。', [], [['ORG', '国防部']], []],
  ] as const)('links the completed title: %s', (text, names, others, expected) => {
    expect(rolePairs(runPeople(text, names, others).people)).toEqual(expected);
  });
});
