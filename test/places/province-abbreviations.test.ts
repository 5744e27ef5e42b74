import { describe, expect, it } from 'vitest';
import { provinceOfAbbreviation, provinceOfOtherName } from '../../src/places/province-abbreviations.js';
import { resolvePlaces } from '../../src/places/resolve-places.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

/** The province the character `char` abbreviates at its first occurrence in `text`. */
function at(text: string, char: string): string | undefined {
  const i = text.indexOf(char);
  if (i < 0) throw new Error(`fixture: ${char} not in ${text}`);
  return provinceOfAbbreviation(text, i, i + 1);
}

// [text, character, the province it names, or undefined]
const CASES: [string, string, string | undefined][] = [
  ['京津冀协同发展', '京', '北京市'], ['京津冀协同发展', '津', '天津市'], ['京津冀协同发展', '冀', '河北省'],
  ['港澳台同胞', '港', '香港特别行政区'], ['港澳台同胞', '澳', '澳门特别行政区'], ['港澳台同胞', '台', '台湾省'],
  ['援藏干部', '藏', '西藏自治区'], ['返京', '京', '北京市'], ['川渝合作', '渝', '重庆市'], ['闽台交流', '闽', '福建省'],
  // 苏, 澳, 蒙, 新 only beside a firm abbreviation (also across 、).
  ['苏浙沪三地', '苏', '江苏省'], ['浙、苏两省', '苏', '江苏省'], ['晋陕蒙', '蒙', '内蒙古自治区'], ['甘青新', '新', '新疆维吾尔自治区'],
  ['中苏关系', '苏', undefined], ['中澳贸易', '澳', undefined], ['中蒙边境', '蒙', undefined], ['中新合作', '新', undefined],
  ['苏', '苏', undefined], ['苏、澳', '苏', undefined],
  // 宁 is 宁夏 or 南京: never; other characters are not abbreviations.
  ['沪宁高速', '宁', undefined], ['中美关系', '美', undefined],
];

describe('provinceOfAbbreviation', () => {
  it.each(CASES)('%s: %s → %s', (text, char, province) => {
    expect(at(text, char)).toBe(province);
  });

  it('takes one character only', () => {
    expect(provinceOfAbbreviation('京津', 0, 2)).toBeUndefined();
    expect(provinceOfAbbreviation('', 0, 1)).toBeUndefined();
  });
});

describe('provinceOfOtherName', () => {
  it.each([['香港特区', '香港特别行政区'], ['澳门特区', '澳门特别行政区'], ['内蒙', '内蒙古自治区'], ['香港', undefined], ['特区', undefined], ['constructor', undefined], ['toString', undefined]])('%s → %s', (name, province) => {
    expect(provinceOfOtherName(name)).toBe(province);
  });

  it('resolves 香港特区 in Traditional text to 81 (full pipeline)', () => {
    const doc = sharedAnnotator().annotate('香港特區政府行政長官今日在立法會發表施政報告。');
    expect(doc.places.find((p) => p.name === '香港特区')).toMatchObject({ kind: 'province', code: '81' });
  });
});

describe('abbreviations in the places step', () => {
  it('resolve to their province without voting for the document region', () => {
    const lexicon = tinyPlaceLexicon();
    // The same evidence, voting, would make 浙江 the document's province (and so decide ambiguous names inside it).
    const zj = lexicon.byName.get('浙江省')?.[0]?.code;
    expect(zj).toBe('33');
    const evidence = [{ name: '浙', start: 0, candidates: ['33'], votes: false }, { name: '吉林', start: 2, candidates: (lexicon.byName.get('吉林') ?? []).map((d) => d.code) }];
    const { context, resolutions } = resolvePlaces(evidence, lexicon);
    expect(resolutions[0]?.code).toBe('33');
    expect(context).toEqual({});
    const voting = resolvePlaces([{ ...evidence[0]!, votes: true }, evidence[1]!], lexicon);
    expect(voting.context).toEqual({ province: '33' });
  });

  it('keep one place per province: 澳 of 港澳 is not 澳 of 中澳 (full pipeline)', () => {
    const doc = sharedAnnotator().annotate('深化内地与港澳台交流合作，中澳贸易继续增长。');
    const byName = doc.places.filter((p) => p.name === '港' || p.name === '澳').map((p) => [p.name, p.kind, p.code]);
    expect(byName).toContainEqual(['港', 'province', '81']);
    expect(byName).toContainEqual(['澳', 'province', '82']);
    for (const p of doc.places.filter((x) => x.name === '澳' && x.code === '82')) {
      for (const id of p.mentions) expect(doc.entities.find((e) => e.id === id)?.start).toBeLessThan(doc.text.indexOf('中澳'));
    }
  });
});
