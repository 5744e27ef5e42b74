import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../src/people/find-speakers.js';
import { runPeople } from './people-fixtures.js';

/** [case, text, PER names, expected speech per person name]. */
const SPEECH: readonly (readonly [string, string, readonly string[], Readonly<Record<string, readonly string[]>>])[] = [
  ['指出 with a comma', '章旭升指出，空间资源是最宝贵的资源。', ['章旭升'], { 章旭升: ['空间资源是最宝贵的资源。'] }],
  ['强调 without punctuation', '章旭升强调要抓落实。', ['章旭升'], { 章旭升: ['要抓落实。'] }],
  ['表示 with a colon and quote', '王影表示：“要做好服务。”', ['王影'], { 王影: ['要做好服务。”'] }],
  ['说 needs punctuation', '李明说，要加油。\n李明说明了情况。', ['李明', '李明'], { 李明: ['要加油。'] }],
  ['up to the end of the paragraph', '章旭升指出，要抓落实。要见成效。\n新的段落。', ['章旭升'], { 章旭升: ['要抓落实。要见成效。'] }],
  ['up to the next speaker', '章旭升指出，要抓落实。胡勇春强调，要见成效。', ['章旭升', '胡勇春'], { 章旭升: ['要抓落实。'], 胡勇春: ['要见成效。'] }],
  ['adverb before the cue', '胡勇春还要求，要跟踪督办。', ['胡勇春'], { 胡勇春: ['要跟踪督办。'] }],
  ['在…时 clause', '胡勇春在接待来访群众时强调，要维护群众合法权益。', ['胡勇春'], { 胡勇春: ['要维护群众合法权益。'] }],
  ['cue at the end of a headline line has no speech', '胡勇春在接待来访群众时强调\n坚持以人民为中心', ['胡勇春'], { 胡勇春: [] }],
  ['title after the name', '胡勇春市长指出，要做好信访工作。', ['胡勇春'], { 胡勇春: ['要做好信访工作。'] }],
  ['pronoun goes to the last person', '市委书记章旭升赴西城调研。他强调，要强化意识。', ['章旭升'], { 章旭升: ['要强化意识。'] }],
  ['他们 is not a speaker', '章旭升来到西城。他们表示，很高兴。', ['章旭升'], { 章旭升: [] }],
  ['a role with no name ends the speech', '章旭升指出，要抓落实。相关负责人表示，将做好服务。', ['章旭升'], { 章旭升: ['要抓落实。'] }],
  ['认为', '专家张伟认为，市场将回暖。', ['张伟'], { 张伟: ['市场将回暖。'] }],
  ['no cue, no speech', '章旭升来到三博区块。', ['章旭升'], { 章旭升: [] }],
];

describe('people', () => {
  it.each(SPEECH)('finds speech: %s', (_name, text, names, expected) => {
    const { people } = runPeople(text, names);
    const got = Object.fromEntries(people.map((p) => [p.name, p.speech.map((s) => s.text)]));
    expect(got).toEqual(expected);
    for (const p of people) for (const s of p.speech) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns cue offsets', () => {
    const text = '章旭升指出，要抓落实。';
    expect(findSpeakers(text, [{ start: 0, end: 3, person: 0 }])).toEqual([{ person: 0, start: 6, end: 11, cueStart: 3, cueEnd: 5 }]);
  });
});
