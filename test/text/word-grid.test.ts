import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWordAfter, inSpan, isEdge, lazyWordGrid, straddles, wordAt, wordGrid } from '../../src/text/word-grid.js';

/** Words tiling `parts.join('')`, each `[text, pos]`. */
function words(parts: [string, string][]): { text: string; words: { start: number; end: number; pos: string }[] } {
  let at = 0;
  const out = parts.map(([w, pos]) => ({ start: at, end: (at += w.length), pos }));
  return { text: parts.map(([w]) => w).join(''), words: out };
}

describe('word grid', () => {
  const { text, words: ws } = words([['防范', 'v'], ['中小', 'j'], ['金融机构', 'n'], ['，', 'x'], ['党和政府', 'nt'], ['海南自由贸易港', 'nz']]);
  const grid = wordGrid(text, ws);
  const at = (s: string): [number, number] => { const i = text.indexOf(s); return [i, i + s.length]; };

  it.each([
    ['小金', true], // cuts 中小|金融
    ['中小', false], // one word
    ['中小金融机构', false], // two whole words
    ['和政', true], // the middle of an ordinary word
    ['党和', false], // the start of a proper-noun word (nt)
    ['海南', false], // the start of a proper-noun word (nz)
    ['贸易港', false], // its end
    ['自由', true], // its middle
  ] as const)('%s straddles: %s', (name, expected) => {
    const [s, e] = at(name);
    expect(straddles(grid, s, e)).toBe(expected);
  });

  it('lifts the constraint inside a given span, and constrains nothing without words', () => {
    const [s, e] = at('小金');
    const withSpan = wordGrid(text, ws, [{ start: s - 1, end: e + 1 }]);
    expect(straddles(withSpan, s, e)).toBe(false);
    expect(inSpan(withSpan!, s, e)).toBe(true);
    expect(straddles(wordGrid(text, []), s, e)).toBe(false);
    expect(straddles(undefined, s, e)).toBe(false);
  });

  it('finds a name inside a span that holds a smaller one, and words with gaps between them', () => {
    const g = wordGrid('甲乙丙丁戊己', [{ start: 0, end: 2, pos: 'n' }, { start: 4, end: 6, pos: 'n' }], [{ start: 0, end: 6 }, { start: 1, end: 2 }])!;
    expect(inSpan(g, 2, 5)).toBe(true);
    expect(inSpan(g, 1, 2)).toBe(true);
    expect(wordAt(g, 3)).toBe(-1);
    expect(firstWordAfter(g, 3)).toBe(1);
    expect(isEdge(g, 3)).toBe(true);
  });

  it('a span whose ends are word edges never straddles; edges are the word starts and the ends of the text', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (lengths, a, b) => {
      const parts = lengths.map((n, k) => ['字'.repeat(n), k % 2 === 0 ? 'n' : 'v'] as [string, string]);
      const { text: t, words: w } = words(parts);
      const g = wordGrid(t, w)!;
      const edges = [0, ...w.map((x) => x.end)];
      for (let i = 0; i <= t.length; i++) expect(isEdge(g, i)).toBe(edges.includes(i));
      for (let i = 0; i < t.length; i++) {
        const k = w.findIndex((x) => x.start <= i && i < x.end);
        expect(wordAt(g, i)).toBe(k);
        expect(firstWordAfter(g, i)).toBe(k);
      }
      expect(firstWordAfter(g, t.length)).toBe(w.length);
      const s = edges[a % edges.length]!;
      const e = edges[b % edges.length]!;
      if (e > s) expect(straddles(g, s, e)).toBe(false);
    }), { numRuns: 300 });
  });

  it('lazyWordGrid builds the grid on the first call and returns the same one after', () => {
    const { text, words: ws } = words([['中小', 'j'], ['金融', 'n']]);
    const gridOf = lazyWordGrid(text, ws);
    const g = gridOf();
    expect(g).toEqual(wordGrid(text, ws));
    expect(gridOf()).toBe(g);
    expect(lazyWordGrid(text, undefined)()).toBeUndefined();
  });
});
