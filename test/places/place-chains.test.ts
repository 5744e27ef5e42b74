import { describe, expect, it } from 'vitest';
import { findAdministrativeChains, stripChainPrefixes } from '../../src/places/place-chains.js';
import { evaluateDocumentResolution, scoreResolutionCases, type ResolutionAnnotate } from '../../src/places/evaluate-resolution.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

const lexicon = tinyPlaceLexicon();

/** [chain as written, last unit, gold code, level, ambiguous] of every chain found in `text`. */
const chains = (text: string): [string, string, string, string, boolean][] =>
  findAdministrativeChains(text, lexicon).map((c) => [text.slice(c.start, c.end), c.units[c.units.length - 1]!.name, c.code, c.level, c.ambiguous]);

describe('findAdministrativeChains', () => {
  it.each([
    // A full chain; a chain skipping the city level; short forms before the last unit.
    ['他来自浙江省金华市永康市西城街道。', [['浙江省金华市永康市西城街道', '西城街道', '330784002', 'town', true]]],
    ['他来自浙江省永康市。', [['浙江省永康市', '永康市', '330784', 'county', false]]],
    ['浙江永康西城街道的农民', [['浙江永康西城街道', '西城街道', '330784002', 'town', true]]],
    ['北京市朝阳区和长春市朝阳区', [['北京市朝阳区', '朝阳区', '110105', 'county', true], ['长春市朝阳区', '朝阳区', '220104', 'county', true]]],
    // Village-level units after their county or town.
    ['永康市西城街道华村的田', [['永康市西城街道华村', '华村', '330784002212', 'village', true]]],
    ['永康市石柱镇后塘村', [['永康市石柱镇后塘村', '后塘村', '330784105201', 'village', false]]],
  ] as const)('%s', (text, expected) => {
    expect(chains(text)).toEqual(expected);
  });

  it.each([
    '西城街道和朝阳区', // no chain: single units
    '北京市、朝阳区', // not adjacent
    '北京市西城街道', // not nested: 西城街道 is not inside 北京市 in the registry
    '浙江永康', // the last unit must be written in full
    '金华市城关镇', // still ambiguous inside the chain (义乌, 东阳): no gold
  ])('finds no gold in %s', (text) => {
    expect(chains(text)).toEqual([]);
  });

  it('gives every unit its code under the chain, outermost first', () => {
    const [c] = findAdministrativeChains('在浙江永康市西城街道', lexicon);
    expect(c?.units.map((u) => [u.name, u.code, u.start, u.end])).toEqual([['浙江', '33', 1, 3], ['永康市', '330784', 3, 6], ['西城街道', '330784002', 6, 10]]);
  });

  it('never throws and finds nothing in empty or odd text', () => {
    for (const t of ['', '北', '\uD800北京市', '😀永康市西城街道😀']) expect(() => findAdministrativeChains(t, lexicon)).not.toThrow();
    expect(findAdministrativeChains('😀永康市西城街道😀', lexicon).map((c) => c.code)).toEqual(['330784002']);
  });
});

describe('stripChainPrefixes', () => {
  it('removes each chain prefix, keeps every other character and says where each last unit now starts', () => {
    const text = '甲北京市朝阳区乙长春市朝阳区丙';
    const s = stripChainPrefixes(text, findAdministrativeChains(text, lexicon));
    expect(s.text).toBe('甲朝阳区乙朝阳区丙');
    expect(s.starts.map((i) => s.text.slice(i, i + 3))).toEqual(['朝阳区', '朝阳区']);
  });
});

describe('evaluateDocumentResolution', () => {
  /** A fake annotator: every 朝阳区 is one LOC place with the code given for the text. */
  const fake = (code: (text: string) => string | undefined): ResolutionAnnotate => (text) => {
    const entities = [...text.matchAll(/朝阳区/g)].map((m, i) => ({ id: `e${i}`, label: 'LOC' as const, start: m.index, end: m.index + 3, text: '朝阳区', normal: '朝阳区', source: 'test' }));
    const c = code(text);
    return { entities, places: entities.length === 0 ? [] : [{ id: 'l0', name: '朝阳区', kind: 'county', ...(c ? { code: c } : {}), mentions: entities.map((e) => e.id) }] };
  };

  it('scores the document as written and with the prefix removed', () => {
    const doc = { id: 'd', text: '记者来到北京市朝阳区。' };
    const cases = evaluateDocumentResolution(doc, fake((t) => (t.includes('北京') ? '110105' : '220104')), lexicon);
    expect(cases.map((c) => [c.test, c.outcome, c.code])).toEqual([['written', 'correct', '110105'], ['stripped', 'wrong', '220104']]);
    const s = scoreResolutionCases(cases);
    expect([s.correct, s.wrong, s.precision, s.coverage]).toEqual([1, 1, 0.5, 1]);
  });

  it('counts a place without a code as unresolved and a unit no place covers as missing', () => {
    const doc = { id: 'd', text: '北京市朝阳区' };
    expect(evaluateDocumentResolution(doc, fake(() => undefined), lexicon).map((c) => c.outcome)).toEqual(['unresolved', 'unresolved']);
    const none: ResolutionAnnotate = () => ({ entities: [], places: [] });
    const cases = evaluateDocumentResolution(doc, none, lexicon);
    expect(cases.map((c) => [c.outcome, c.covering])).toEqual([['missing', 'none'], ['missing', 'none']]);
    expect(scoreResolutionCases(cases).coverage).toBe(0);
  });
});
