/**
 * Properties over arbitrary Unicode (astral characters, lone surrogates, control characters, OCR-like
 * spacing): annotate never throws, every span is faithful, the output is schema-valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../src/index.js';
import { documentProblems } from './helpers/expect-valid-document.js';
import { sharedAnnotator } from './helpers/shared-annotator.js';

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const pieces = fc.oneof(
  cjk,
  fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\u3000', '，', '。', '“', '”', '（', '）', '\u200b', '\ud800', '\udc00', '😀', '１', 'Ａ', '\t', '\u0000'),
  fc.constantFrom('市委书记', '章旭升', '亩均论英雄', '城西新区', '3月23日上午', '低效工业用地整治', '本 报 讯', 'Y O N G'),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const textLike = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(textLike, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
/** Cases per property: 10k in `npm test`, `npm run fuzz` sets TIFA_FUZZ_RUNS=200000. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 10_000);

describe('properties', () => {
  it('normalize maps every unit into the original, in order', () => {
    fc.assert(fc.property(anyText, (text) => {
      const { text: norm, map, matchText } = normalize(text);
      expect(matchText.length).toBe(norm.length);
      let last = 0;
      for (let i = 0; i < norm.length; i++) {
        const r = toOriginal(map, i, i + 1);
        expect(r.start).toBeGreaterThanOrEqual(last);
        expect(r.end).toBeLessThanOrEqual(text.length);
        last = r.end;
      }
    }), { numRuns: RUNS });
  }, 600_000);

  it(`annotate never throws and returns schema-valid, offset-faithful documents (${RUNS} cases)`, () => {
    const annotator = sharedAnnotator();
    fc.assert(fc.property(anyText, (text) => {
      const doc = annotator.annotate(text);
      expect(doc.text).toBe(text);
      expect(documentProblems(doc)).toEqual([]);
      expect(doc.meta.warnings).toBeUndefined();
    }), { numRuns: RUNS });
  }, 600_000);
});
