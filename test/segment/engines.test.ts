/**
 * Engine equivalence: `nodejieba` (optional peer, installed by .ci/run) and `@node-rs/jieba` agree on
 * the real page; where nodejieba is absent, asking for it gives a TifaError with install advice.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createAnnotator, type TifaError } from '../../src/index.js';
import { PAGE } from '../helpers/data.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const installed = (() => { try { createRequire(import.meta.url).resolve('nodejieba'); return true; } catch { return false; } })();

describe('segment engines', () => {
  it.runIf(!installed)('asks for nodejieba with install advice when it is missing', () => {
    try {
      createAnnotator({ segmenter: 'nodejieba' });
      expect.unreachable();
    } catch (err) {
      expect((err as TifaError).code).toBe('engine_missing');
      expect((err as TifaError).message).toMatch(/npm_config_yes=true npm install nodejieba/);
    }
  });

  it.runIf(installed)('nodejieba and rs-jieba tile the page the same way (≥ 95 % of words identical)', () => {
    const a = sharedAnnotator().annotate(PAGE);
    const b = createAnnotator({ segmenter: 'nodejieba' }).annotate(PAGE);
    expectValidDocument(b);
    expect(b.meta.resources.segmenter).toMatch(/^nodejieba@/);
    const key = (t: { start: number; end: number }): string => `${t.start}:${t.end}`;
    const wordsA = new Set(a.tokens.filter((t) => t.text.trim()).map(key));
    const wordsB = b.tokens.filter((t) => t.text.trim());
    const same = wordsB.filter((t) => wordsA.has(key(t))).length;
    expect(same / wordsB.length).toBeGreaterThanOrEqual(0.95);
  });
});
