import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../src/people/parse-title.js';
import { peopleLexicon } from './people-fixtures.js';

/** [written title, title, org, modifiers]. */
const TITLES: readonly (readonly [string, string, string | undefined, readonly string[]])[] = [
  ['市委书记', '书记', '市委', []],
  ['市委副书记', '书记', '市委', ['副']],
  ['常务副市长', '市长', undefined, ['常务', '副']],
  ['县委常委', '常委', '县委', []],
  ['宣传部部长', '部长', '宣传部', []],
  ['党组书记', '书记', '党组', []],
  ['董事长', '董事长', undefined, []],
  ['行长', '行长', undefined, []],
  ['首席记者', '记者', undefined, ['首席']],
  ['融媒首席记者', '记者', '融媒', ['首席']],
  ['融媒记者', '记者', '融媒', []],
  ['通讯员', '通讯员', undefined, []],
  ['稻农', '稻农', undefined, []],
  ['市领导', '领导', '市', []],
  ['永康农商银行行长', '行长', '永康农商银行', []],
  ['原市委书记', '书记', '市委', ['原']],
  ['副总经理', '总经理', undefined, ['副']],
  ['书记员', '书记员', undefined, []],
  ['主任医师', '主任医师', undefined, []],
  ['副主任医师', '主任医师', undefined, ['副']],
  ['市人大常委会主任', '主任', '市人大常委会', []],
  ['国务院总理', '总理', '国务院', []],
  ['代市长', '市长', undefined, ['代']],
  ['名誉会长', '会长', undefined, ['名誉']],
  ['本报记者', '记者', '本报', []],
  ['融媒 首席记者', '记者', '融媒', ['首席']],
  ['仙游县委', '仙游县委', undefined, []],
];

describe('people', () => {
  it.each(TITLES)('parses the title %s', (text, title, org, modifiers) => {
    const parsed = parseTitle(text, peopleLexicon());
    expect(parsed).toEqual(org === undefined ? { title, modifiers } : { title, org, modifiers });
  });

  it('never returns an empty title', () => {
    for (const text of ['', ' ', '副', '市委', '常务副']) {
      expect(parseTitle(text, peopleLexicon()).title.length).toBeGreaterThanOrEqual(text.trim() ? 1 : 0);
    }
  });
});
