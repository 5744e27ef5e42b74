import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/document/types.js';
import { regionOfPlaces } from '../../src/orgs/orgs-component.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const place = (name: string, kind: string, code: string, parents: string[], mentions = 1): Place =>
  ({ id: `l-${name}`, name, kind, code, parents, mentions: Array.from({ length: mentions }, (_, i) => `e-${name}-${i}`) });

describe('regionOfPlaces', () => {
  it('takes the county-level unit the places sit in most', () => {
    const places = [place('金华市', 'city', '3307', ['浙江省']), place('西城街道', 'town', '330784002', ['浙江省', '金华市', '永康市'], 2)];
    expect(regionOfPlaces(places)).toEqual({ county: '永康市', city: '金华市', province: '浙江省' });
  });

  it('falls back to the prefecture city named most when no county-level unit is named', () => {
    const places = [place('宁波市', 'city', '3302', ['浙江省']), place('杭州市', 'city', '3301', ['浙江省'], 2), place('浙江省', 'province', '33', [])];
    expect(regionOfPlaces(places)).toEqual({ city: '杭州市', province: '浙江省' });
  });

  it('names no region from a province alone or a short city name it cannot complete', () => {
    expect(regionOfPlaces([place('浙江省', 'province', '33', [])])).toEqual({});
    expect(regionOfPlaces([place('杭州', 'city', '3301', ['浙江省'])])).toEqual({});
    expect(regionOfPlaces([place('杭州', 'city', '3301', ['浙江省'])], (code) => (code === '3301' ? '杭州市' : code === '33' ? '浙江省' : undefined))).toEqual({ city: '杭州市', province: '浙江省' });
  });

  it("resolves a city paper's 市委 to the city (full pipeline)", () => {
    const doc = sharedAnnotator().annotate('杭州市召开全市大会。市委副书记、市长出席会议，市统计局发布数据。');
    expect(doc.organizations.map((o) => [o.name, o.kind, o.resolved])).toEqual(expect.arrayContaining([['市委', 'party', '中共杭州市委'], ['市统计局', 'government', '杭州市统计局']]));
  });

  it('resolves a model-found name the suffixes cannot parse by its level character, but not the 市 of 市场 (full pipeline)', () => {
    const doc = sharedAnnotator().annotate('义乌市召开会议。市自然资源和规划局、市场监督管理局负责人参加。');
    const resolved = new Map(doc.organizations.map((o) => [o.name, o.resolved]));
    expect(resolved.get('市自然资源和规划局')).toBe('义乌市自然资源和规划局');
    expect(resolved.get('市场监督管理局')).toBeUndefined();
  });
});
