import { describe, expect, it } from 'vitest';
import { findEnglishEntities, mergeEnglish } from '../../src/english/english-runs.js';
import type { Entity } from '../../src/index.js';

const found = (text: string): [string, string][] => findEnglishEntities(text).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('english runs', () => {
  it.each([
    ['苹果公司CEO Tim Cook 访问上海。', ['PER', 'Tim Cook']],
    ['他在 Apple CEO Tim Cook visited Shanghai 时说。', ['LOC', 'Shanghai']],
    ['世界银行（the World Bank）发布报告。', ['ORG', 'World Bank']],
  ])('finds entities in %j', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  it.each(['纯中文没有英文。', 'app and api in lower case', '', 'A', '永康日报 YONGKANG DAILY 第1版'])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('merges without overlapping model entities and renumbers ids', () => {
    const text = '市长 Tim Cook 在 Shanghai';
    const model: Entity[] = [{ id: 'e0', label: 'TITLE', start: 0, end: 2, text: '市长', normal: '市长', source: 'model:ner' },
      { id: 'e1', label: 'LOC', start: 15, end: 23, text: 'Shanghai', normal: 'Shanghai', source: 'model:ner' }];
    const merged = mergeEnglish(text, model, findEnglishEntities(text));
    expect(merged.map((e) => [e.id, e.label, e.text, e.source])).toEqual([
      ['e0', 'TITLE', '市长', 'model:ner'], ['e1', 'PER', 'Tim Cook', 'model:compromise'], ['e2', 'LOC', 'Shanghai', 'model:ner']]);
  });
});
