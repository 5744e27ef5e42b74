import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../src/places/find-place-mentions.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

const lexicon = tinyPlaceLexicon();

// [text, expected [name, kind] in order]
const CASES: [string, [string, string][]][] = [
  ['赴经济开发区、西城街道、城西新区等地调研', [['经济开发区', 'zone'], ['西城街道', 'town'], ['城西新区', 'zone']]],
  ['先后来到三博区块、烈桥区块、中月区块、飞鹰区块等地', [['三博区块', 'block'], ['烈桥区块', 'block'], ['中月区块', 'block'], ['飞鹰区块', 'block']]],
  ['这些区块都曾有不俗的业绩', []],
  ['因为配套落后，部分区块发展趋缓', []],
  ['国家级经济开发区', []],
  ['为今后建设一流社区银行打好基础', []],
  ['社区工作人员', []],
  ['营业部邀请望春社区居民', [['望春社区', 'community']]],
  ['在城西新区李一村附近的田野上', [['城西新区', 'zone'], ['李一村', 'village']]],
  ['美丽乡村建设和新农村', []],
  ['浙江省永康市', [['浙江省', 'province'], ['永康市', 'county']]],
  ['品质活力永康', [['永康', 'county']]],
  ['东城和西城', []],
  ['朝阳产业', []],
  ['未来科技城', []],
  ['杭州未来科技城', [['杭州未来科技城', 'zone']]],
  ['永康经济开发区', [['永康', 'county'], ['经济开发区', 'zone']]],
  ['石柱镇', [['石柱镇', 'town']]],
  ['新区', []],
  ['金华开发区', [['金华', 'city']]],
];

describe('findPlaceMentions', () => {
  it.each(CASES)('%s', (text, expected) => {
    const found = findPlaceMentions(text, lexicon);
    expect(found.map((m) => [m.name, m.kind])).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it('gives every candidate of an ambiguous name', () => {
    const [m] = findPlaceMentions('西城街道', lexicon);
    expect(m?.candidates).toEqual(['140802003', '330784002']);
  });

  it('never throws and returns ordered, non-overlapping, exact spans', () => {
    const alphabet = fc.constantFrom(...'永康市西城街道新区块社村李一望春经济开发区，。、的在赴东阳城关镇 \n😀\uD800a1'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((a) => a.join(''))), (text) => {
      const found = findPlaceMentions(text, lexicon);
      let last = 0;
      for (const m of found) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.name);
        last = m.end;
      }
    }), { numRuns: 500 });
  });

  // Linearity is measured by `tifa bench` (scaling section), not timed here.
  it('finds every mention in a long unpunctuated text', () => {
    const text = '永康西城街道三博区块李一村'.repeat(40_000);
    const found = findPlaceMentions(text, lexicon);
    expect(found.length).toBeGreaterThan(100_000);
  });
});
