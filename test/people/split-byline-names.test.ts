import { describe, expect, it } from 'vitest';
import { splitBylineNames } from '../../src/people/split-byline-names.js';
import { entitiesFor, peopleLexicon, rolePairs, runPeople } from './people-fixtures.js';

/** [case, text, the model PER, expected PER surfaces after splitting]. */
const CASES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['three + two characters before a closing bracket', '（记者张明远李华）', '张明远李华', ['张明远', '李华']],
  ['three + three characters after a second title', '（通讯员赵强记者周立新吴华明）', '周立新吴华明', ['周立新', '吴华明']],
  ['before a space', '记者张明远李华 摄', '张明远李华', ['张明远', '李华']],
  ['at the end of the text', '本报记者张明远李华', '张明远李华', ['张明远', '李华']],
  // negatives
  ['not after a media title (a transliterated name)', '主帅安东尼奥尼说，', '安东尼奥尼', ['安东尼奥尼']],
  ['not at the end of a byline', '记者张明远李华说，', '张明远李华', ['张明远李华']],
  ['the second part starts with no surname', '（记者张明远之华）', '张明远之华', ['张明远之华']],
  ['four characters are one name', '（记者欧阳明远）', '欧阳明远', ['欧阳明远']],
  ['seven characters are left alone', '（记者张明远李华明亮）', '张明远李华明亮', ['张明远李华明亮']],
  ['a name with a dot is left alone', '（记者安娜·米勒）', '安娜·米勒', ['安娜·米勒']],
];

describe('people: splitBylineNames', () => {
  it.each(CASES.map(([name, text, per, expected]) => ({ name, text, per, expected })))('splits two byline names read as one: $name', ({ text, per, expected }) => {
    const out = splitBylineNames(text, entitiesFor(text, [['PER', per]]), peopleLexicon());
    expect(out.map((e) => e.text)).toEqual(expected);
    for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('marks both parts and links the title to both', () => {
    const text = '（记者张明远李华）';
    const out = splitBylineNames(text, entitiesFor(text, [['PER', '张明远李华']]), peopleLexicon());
    expect(out.map((e) => e.source)).toEqual(['model:test+rule:split-byline-names', 'model:test+rule:split-byline-names']);
    expect(rolePairs(runPeople(text, ['张明远李华']).people)).toEqual(['张明远:记者', '李华:记者']);
  });
});

describe('people: splitSwallowedTitles', () => {
  it.each([
    ['a PER that begins with the last character of a title', '主帅安东尼奥尼说，', '帅安东尼奥尼', ['安东尼奥尼:主帅']],
    ['a Chinese-looking name is kept (国王 is a title)', '来自中国王强说，', '王强', []],
    ['a PER after no title is kept', '昨天安东尼奥尼说，', '安东尼奥尼', []],
  ] as const)('%s', (_name, text, per, expected) => {
    const { people, entities } = runPeople(text, [per]);
    expect(rolePairs(people)).toEqual(expected);
    expect(entities.filter((e) => e.label === 'PER').map((e) => e.text)).toEqual([expected.length ? expected[0]!.split(':')[0] : per]);
  });
});
