import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, composeOffsetMaps, identityOffsetMap, toNormalized, toOriginal } from '../../src/text/offset-map.js';

describe('offset-map', () => {
  // original "a\n\nbc": normalized "abc" drops the two newlines.
  const b = new OffsetMapBuilder(5);
  b.push(0, 1); b.push(3, 4); b.push(4, 5);
  const map = b.build();

  it.each([
    [0, 1, 0, 1], [0, 2, 0, 4], [1, 3, 3, 5], [0, 3, 0, 5], [2, 2, 4, 4], [3, 3, 5, 5], [-5, 99, 0, 5], [2, 1, 4, 4],
  ])('projects normalized [%i, %i) to original [%i, %i)', (s, e, os, oe) => {
    expect(toOriginal(map, s, e)).toEqual({ start: os, end: oe });
  });

  it('finds the normalized unit of an original offset', () => {
    expect(toNormalized(map, 0)).toBe(0);
    expect(toNormalized(map, 1)).toBe(1);
    expect(toNormalized(map, 3)).toBe(1);
    expect(toNormalized(map, 5)).toBe(3);
  });

  it('grows past its initial capacity', () => {
    const g = new OffsetMapBuilder(100, 1);
    for (let i = 0; i < 100; i++) g.push(i, i + 1);
    expect(g.build().length).toBe(100);
  });

  it('composes maps', () => {
    const composed = composeOffsetMaps(map, identityOffsetMap(3));
    expect(toOriginal(composed, 1, 3)).toEqual({ start: 3, end: 5 });
    expect(toOriginal(identityOffsetMap(0), 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
