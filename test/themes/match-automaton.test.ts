import AhoCorasick from 'modern-ahocorasick';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileThemes } from '../../src/themes/compile-themes.js';
import { defaultThemePaths, loadThemes, parseThemes } from '../../src/themes/load-themes.js';
import { createAutomaton } from '../../src/themes/match-automaton.js';
import { tagThemes } from '../../src/themes/tag-themes.js';

const collect = (patterns: string[], text: string): string[] => {
  const out: string[] = [];
  createAutomaton(patterns).scan(text, (p, s, e) => out.push(`${p}:${s}:${e}`));
  return out.sort();
};

describe('themes automaton', () => {
  it('finds overlapping and nested occurrences', () => {
    expect(collect(['he', 'she', 'hers'], 'ushers')).toEqual(['0:2:4', '1:1:4', '2:2:6']);
  });

  it('skips whitespace and quotes inside a phrase but reports ranges into the text', () => {
    expect(collect(['亩均论英雄'], '“亩均论\n\n英雄”')).toEqual(['0:1:8']);
  });

  it('agrees with modern-ahocorasick on texts without spaces or quotes', () => {
    const alphabet = fc.constantFrom('发', '展', '新', '理', '念', '创', 'a', 'b', '😀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (patterns, text) => {
        const theirs = new AhoCorasick(patterns).search(text).map((m) => `${m.patternIndex}:${m.start}:${m.end}`).sort();
        expect(collect(patterns, text)).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on a hostile text and hostile patterns', () => {
    const patterns = Array.from({ length: 30 }, (_, i) => 'a'.repeat(i + 1));
    const automaton = createAutomaton(patterns);
    let count = 0;
    automaton.scan('a'.repeat(100_000), () => count++);
    expect(count).toBe(30 * 100_000 - (29 * 30) / 2);
  });
});

const shipped = compileThemes(loadThemes(defaultThemePaths()));
const gaps = compileThemes(parseThemes('themes:\n  - id: g\n    name: 甲乙丙\n    category: c\n    scope: local\n    patterns: ["甲…乙…{3}丙"]\n', 'g.yaml'));

describe('themes properties', () => {
  it('never throws and keeps every evidence span valid on any string', () => {
    const chars = fc.constantFrom('新', '发展', '理念', '创', '高质量', '低效', '工业', '用地', '"', '“', '”', '\n', ' ', '。', '甲', '乙', '丙', '\ud800', '😀', 'a');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(chars, { maxLength: 80 }).map((a) => a.join(''))), (text) => {
        for (const compiled of [shipped, gaps]) {
          for (const hit of tagThemes(compiled, text)) {
            expect(hit.score).toBeGreaterThan(0);
            expect(hit.score).toBeLessThanOrEqual(1);
            for (const e of hit.evidence) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeLessThanOrEqual(text.length);
              expect(e.start).toBeLessThan(e.end);
              expect(text.slice(e.start, e.end)).toBe(e.text);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('matches a gap pattern once on a hostile text (100,000 openings, one close)', () => {
    const text = '甲乙'.repeat(50_000) + '丙';
    const hits = tagThemes(gaps, text);
    expect(hits[0]?.evidence.length).toBe(1);
  });
});
