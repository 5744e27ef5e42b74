/**
 * `tifa bench` scaling section: the generated news-like texts have the asked UTF-8 size and grow by
 * prefix, and `scaling` reports one point per size with ms/KB and the largest/smallest ratio.
 * Shape only: timings are reported by the bench, never asserted in unit tests.
 */
import { describe, expect, it } from 'vitest';
import { newsLikeText, scaling, SCALING_SIZES_MB } from '../../src/cli/bench-command.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

describe('cli/bench scaling', () => {
  it.each([[1_000], [20_000], [250_000]])('newsLikeText(%i) is that many UTF-8 bytes, at most 2 short', (bytes) => {
    const text = newsLikeText(bytes);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(bytes);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(bytes - 2);
    expect(text).toMatch(/本报讯|县委|。/);
  });

  it('makes the smaller texts prefixes of the larger (the same text at every size)', () => {
    expect(newsLikeText(400_000).startsWith(newsLikeText(100_000))).toBe(true);
  });

  it('reports one point per size, smallest first, and the ratio of the last to the first', () => {
    const { points, ratio } = scaling(sharedAnnotator(), [0.02, 0.01]);
    expect(points.map((p) => p.mb)).toEqual([0.01, 0.02]);
    for (const p of points) {
      expect(p.chars).toBe(newsLikeText(p.mb * 1e6).length);
      expect(p.msPerKb).toBeCloseTo(p.ms / (p.chars / 1024), 9);
    }
    expect(ratio).toBeCloseTo(points[1]!.msPerKb / points[0]!.msPerKb, 9);
    expect(SCALING_SIZES_MB).toEqual([0.25, 0.5, 1, 2]);
  });
});
