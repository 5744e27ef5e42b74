import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactName } from '../../src/people/compact-name.js';

describe('compactName', () => {
  it.each([
    ['王 影', '王影'], ['融媒首席\n记者', '融媒首席记者'], ['Tim Cook', 'Tim Cook'], ['Tim \n Cook', 'Tim Cook'],
    ['CEO 库克', 'CEO库克'], ['库克 Cook', '库克Cook'], [' 王影 ', '王影'], ['G 20', 'G 20'], ['', ''],
  ])('%j → %j', (s, expected) => {
    expect(compactName(s)).toBe(expected);
  });

  it('leaves no whitespace but single spaces between Latin words, and drops no other character', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      const out = compactName(s);
      expect(out.replace(/ /g, '')).toBe(s.replace(/\s+/gu, ''));
      expect(/\s\s|[^\S ]/u.test(out)).toBe(false);
    }), { numRuns: 2000 });
  });
});
