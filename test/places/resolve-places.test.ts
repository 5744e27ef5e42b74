import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../src/places/find-place-mentions.js';
import { resolvePlaces } from '../../src/places/resolve-places.js';
import { tinyPlaceLexicon } from './tiny-place-lexicon.js';

const lexicon = tinyPlaceLexicon();

/** Resolves every place found in `text`; returns name → code (undefined when unresolved) for `name`. */
function resolveIn(text: string, name: string): string | undefined {
  const hits = findPlaceMentions(text, lexicon);
  const { resolutions } = resolvePlaces(hits.map((h) => ({ name: h.name, start: h.start, candidates: h.candidates })), lexicon);
  const i = hits.map((h) => h.name).lastIndexOf(name);
  if (i < 0) throw new Error(`${name} not found in ${text}`);
  return resolutions[i]?.code;
}

// [text, name, expected code or undefined (left unresolved: no guess)]
const CASES: [string, string, string | undefined][] = [
  ['永康市西城街道', '西城街道', '330784002'],
  ['永康召开大会。西城街道作了发言。', '西城街道', '330784002'],
  ['记者赴西城街道调研。', '西城街道', undefined],
  ['义乌市委召开会议，西城街道派员参加。', '西城街道', '330784002'],
  ['北京市西城区', '西城区', '110102'],
  ['西城区', '西城区', '110102'],
  ['朝阳区', '朝阳区', undefined],
  ['北京市朝阳区', '朝阳区', '110105'],
  ['长春市朝阳区', '朝阳区', '220104'],
  ['吉林', '吉林', undefined],
  ['吉林省', '吉林省', '22'],
  ['吉林市', '吉林市', '2202'],
  ['浙江', '浙江', '33'],
  ['永康', '永康', '330784'],
  ['永康市', '永康市', '330784'],
  ['在永康，李一村的稻田', '李一村', '330784002200'],
  ['李一村的稻田', '李一村', undefined],
  ['义乌的李一村', '李一村', '330782006201'],
  ['东阳的李一村', '李一村', undefined],
  ['永康石柱镇后塘村', '后塘村', '330784105201'],
  ['后塘村', '后塘村', undefined],
  ['永康望春社区', '望春社区', '330784001008'],
  ['金华城关镇', '城关镇', undefined],
  ['永康市城关镇', '城关镇', undefined],
  ['东阳城关镇', '城关镇', '330783101'],
  ['北京西城街道', '西城街道', undefined],
  ['义乌、义乌、婺城，城西街道', '城西街道', '330782006'],
  ['婺城区、婺城区、义乌，城西街道', '城西街道', '330702003'],
  ['义乌、婺城，城西街道', '城西街道', '330782006'],
  ['城西街道', '城西街道', undefined],
  ['运城市西城街道', '西城街道', '140802003'],
  ['山西省西城街道', '西城街道', '140802003'],
];

describe('resolvePlaces', () => {
  it.each(CASES)('%s: %s → %s', (text, name, code) => {
    expect(resolveIn(text, name)).toBe(code);
  });

  it('fills parents with the enclosing divisions, outermost first', () => {
    const hits = findPlaceMentions('永康李一村', lexicon);
    const { resolutions, context } = resolvePlaces(hits.map((h) => ({ name: h.name, start: h.start, candidates: h.candidates })), lexicon);
    expect(context).toEqual({ county: '330784', city: '3307', province: '33' });
    expect(resolutions[1]?.parents).toEqual(['浙江省', '金华市', '永康市', '西城街道']);
    expect(resolutions[0]?.parents).toEqual(['浙江省', '金华市']);
  });

  it('resolves a town short form (东城) only inside the document county', () => {
    const evidence = (withContext: boolean) => [
      ...(withContext ? [{ name: '永康', start: 0, candidates: ['330784'] }] : []),
      { name: '东城', start: 5, candidates: [], contextCandidates: (lexicon.byContextName.get('东城') ?? []).map((d) => d.code) },
    ];
    expect(resolvePlaces(evidence(true), lexicon).resolutions[1]?.code).toBe('330784001');
    expect(resolvePlaces(evidence(false), lexicon).resolutions[0]?.code).toBeUndefined();
  });

  it('restricts candidates to the enclosing division given by `within`', () => {
    const west = (lexicon.byName.get('西城街道') ?? []).map((d) => d.code);
    expect(resolvePlaces([{ name: '西城街道', start: 0, candidates: west, within: '1408' }], lexicon).resolutions[0]?.code).toBe('140802003');
  });

  it('never answers when nothing is known', () => {
    expect(resolvePlaces([], lexicon)).toEqual({ context: {}, resolutions: [] });
  });
});
