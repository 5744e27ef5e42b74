import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/people/merge-mentions.js';
import { peopleLexicon, rolePairs, runPeople } from './people-fixtures.js';

const at = (text: string, names: readonly string[]): { start: number; end: number; text: string }[] => {
  let from = 0;
  return names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return { start, end: start + n.length, text: n };
  });
};

/** [case, text, mentions in order, expected groups as names of their members]. */
const MERGES: readonly (readonly [string, string, readonly string[], readonly (readonly string[])[]])[] = [
  ['same full name', '章旭升赴西城。章旭升一行来到三博区块。', ['章旭升', '章旭升'], [['章旭升', '章旭升']]],
  ['letter-spaced name', '王 影说。王影表示。', ['王 影', '王影'], [['王 影', '王影']]],
  ['surname joins the full name before it', '章旭升赴西城。章书记强调。', ['章旭升', '章'], [['章旭升', '章']]],
  ['surname joins the nearest earlier full name', '章一鸣说。章旭升说。章书记强调。', ['章一鸣', '章旭升', '章'], [['章一鸣'], ['章旭升', '章']]],
  ['surname with no earlier name joins a later one', '章书记强调。章旭升说。', ['章', '章旭升'], [['章', '章旭升']]],
  ['lone surname stays alone', '王书记说。', ['王'], [['王']]],
  ['different names stay apart', '李浩锋、胡文建参加。', ['李浩锋', '胡文建'], [['李浩锋'], ['胡文建']]],
  ['foreign name and its last part', '贝拉克·奥巴马说。奥巴马表示。', ['贝拉克·奥巴马', '奥巴马'], [['贝拉克·奥巴马', '奥巴马']]],
  ['Latin name and its last word, either order', 'Tim Cook表示。Cook还说。Cook称，Tim Cook认为。', ['Tim Cook', 'Cook', 'Cook', 'Tim Cook'], [['Tim Cook', 'Cook', 'Cook', 'Tim Cook']]],
  ['Latin names that share no last word stay apart', 'Tim Cook与Jeff Bezos会面。', ['Tim Cook', 'Jeff Bezos'], [['Tim Cook'], ['Jeff Bezos']]],
];

describe('people', () => {
  it.each(MERGES)('merges mentions: %s', (_name, text, names, expected) => {
    const mentions = at(text, names);
    const groups = mergeMentions(mentions, peopleLexicon().surnames);
    expect(groups.map((g) => g.members.map((i) => mentions[i]?.text))).toEqual(expected);
  });

  it('keeps one space between Latin words in a name, and none between Chinese characters', () => {
    const mentions = at('Tim  Cook说。王 影说。', ['Tim  Cook', '王 影']);
    expect(mergeMentions(mentions, peopleLexicon().surnames).map((g) => g.name)).toEqual(['Tim Cook', '王影']);
  });

  it('names a person by the longest full mention', () => {
    const mentions = at('贝拉克·奥巴马说。奥巴马表示。', ['贝拉克·奥巴马', '奥巴马']);
    expect(mergeMentions(mentions, peopleLexicon().surnames).map((g) => g.name)).toEqual(['贝拉克·奥巴马']);
  });

  it('makes 章旭升 … 章旭升一行 … 章书记 one person with every mention and role', () => {
    const text = '市委书记章旭升赴经济开发区调研。章旭升一行先后来到三博区块。章书记强调，要抓落实。';
    const { people, entities } = runPeople(text, ['章旭升', '章旭升']);
    expect(people).toHaveLength(1);
    const person = people[0]!;
    expect(person.name).toBe('章旭升');
    expect(person.mentions.map((id) => entities.find((e) => e.id === id)?.text)).toEqual(['章旭升', '章旭升', '章']);
    expect(rolePairs(people)).toEqual(['章旭升:书记', '章旭升:市委书记']);
    expect(person.speech.map((s) => s.text)).toEqual(['要抓落实。']);
  });
});
