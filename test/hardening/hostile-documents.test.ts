/**
 * Hostile documents: huge inputs, a million characters without punctuation, pathological
 * repetition, control characters. Each finishes (the test timeout is the bound) with a valid
 * document; the linear-time check over sizes lives in `tifa bench` (no timings in unit tests).
 */
import { describe, expect, it } from 'vitest';
import { documentProblems } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';
import { PAGE } from '../helpers/data.js';

function randomCjk(n: number, seed = 7): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; s += String.fromCharCode(0x4e00 + (x % 0x5000)); }
  return s;
}

const CASES: [string, () => string][] = [
  ['a million CJK characters without punctuation', () => randomCjk(1_000_000)],
  ['200k of one character', () => '年'.repeat(200_000)],
  ['200k spaces and newlines', () => ' \n'.repeat(100_000)],
  ['100k letter-spaced characters', () => '字 '.repeat(100_000)],
  ['50k astral characters', () => '𠀀😀'.repeat(25_000)],
  ['50k lone surrogates', () => '\ud800x\udc00'.repeat(16_000)],
  ['control characters', () => Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 32)).join('')],
  ['200 copies of the front page', () => PAGE.repeat(200)],
  ['a 1 MB line of one quote', () => '“'.repeat(1_000_000)],
];

describe('hostile documents', () => {
  it.each(CASES)('annotates %s', (_name, make) => {
    const text = make();
    const doc = sharedAnnotator().annotate(text);
    expect(doc.text.length).toBe(text.length);
    expect(documentProblems(doc)).toEqual([]);
    expect(doc.meta.warnings).toBeUndefined();
  }, 300_000);
});
