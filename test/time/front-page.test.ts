import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/time/find-time-expressions.js';

const PAGE = fileURLToPath(new URL('../../examples/articles/yongkang-daily-page1.txt', import.meta.url));
const present = existsSync(PAGE);

describe('time', () => {
  if (!present) it.skip(`reads the Yongkang Daily front page (missing ${PAGE})`, () => {});
  else {
    // The normalizer re-joins wrapped OCR lines before this step runs; removing every line break
    // simulates that, so 3月\n\n23日上午 reaches the time step as 3月23日上午.
    const text = readFileSync(PAGE, 'utf8').replace(/\r?\n/g, '');
    const found = findTimeExpressions(text, { refDate: '2023-03-25' });
    const byText = (t: string) => found.filter((e) => e.text.replace(/\s/g, '') === t);

    it('resolves 3月23日上午 to the morning of 2023-03-23', () => {
      expect(byText('3月23日上午').map((e) => [e.value, e.grain, e.kind]))
        .toEqual([['2023-03-23T00:00/2023-03-23T12:00', 'halfday', 'date']]);
    });

    it('resolves 3月24日下午 to the afternoon of 2023-03-24', () => {
      expect(byText('3月24日下午').map((e) => [e.value, e.grain, e.kind]))
        .toEqual([['2023-03-24T12:00/2023-03-24T18:00', 'halfday', 'date']]);
    });

    it('resolves the caption date 3月24日 to 2023-03-24', () => {
      expect(byText('3月24日').map((e) => [e.value, e.grain, e.kind])).toEqual([['2023-03-24', 'day', 'date']]);
    });

    it('marks 近日 and 近年来 vague', () => {
      expect(byText('近日').map((e) => [e.value, e.grain, e.kind])).toEqual([['2023-03-25', 'day', 'vague']]);
      expect(byText('近年来').map((e) => [e.value, e.grain, e.kind])).toEqual([['2023', 'year', 'vague']]);
    });

    it('reads no time in 三博区块 or 一时无法解决', () => {
      expect(found.some((e) => e.text.includes('三博') || e.text.includes('一时'))).toBe(false);
    });

    it('gives spans that slice the text', () => {
      for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  }
});
