import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../src/archive/index.js';

describe('generateArticles', () => {
  it('is deterministic per seed and dates articles within the years asked', () => {
    const a = [...generateArticles(50, { seed: 3, fromYear: 2020, toYear: 2021 })];
    expect([...generateArticles(50, { seed: 3, fromYear: 2020, toYear: 2021 })]).toEqual(a);
    expect(a.map((x) => x.id)).toEqual(a.map((_, i) => `g${String(i + 1).padStart(6, '0')}`));
    for (const x of a) expect(Number(x.date.slice(0, 4))).toBeGreaterThanOrEqual(2020);
    for (const x of a) expect(Number(x.date.slice(0, 4))).toBeLessThanOrEqual(2021);
    expect([...generateArticles(50, { seed: 4 })]).not.toEqual(a);
  });

  it('writes more paragraphs on request, the first as the short item would be', () => {
    const [short] = [...generateArticles(1, { seed: 9 })];
    const long = [...generateArticles(20, { seed: 9, paragraphs: 8 })];
    expect(long[0]!.text.split('\n\n')[0]).toBe(short!.text);
    for (const article of long) {
      const paras = article.text.split('\n\n');
      expect(paras).toHaveLength(8);
      for (const p of paras.slice(1)) expect(p.startsWith('又讯 ')).toBe(true);
    }
    const mean = long.reduce((s, x) => s + x.text.length, 0) / long.length;
    expect(mean).toBeGreaterThan(900);
    expect(mean).toBeLessThan(1300);
  });
});
