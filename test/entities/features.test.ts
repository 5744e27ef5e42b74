import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/entities/features.js';
import { buildLexiconTable, categoryBit } from '../../src/entities/lexicon-features.js';
import { charWords } from './toy-model.js';

/** Feature ids of each character of `text` under `lexicon`. */
function idsPerChar(text: string, lexicon: ReturnType<typeof buildLexiconTable>): Set<number>[] {
  const f = extractFeatures(text, charWords(text), lexicon, 20);
  return [...text].map((_, i) => new Set(f.ids.subarray(f.offsets[i]!, f.offsets[i + 1]!)));
}

/** Ids in `a` and not in `b`. */
const extra = (a: Set<number>, b: Set<number>): number[] => [...a].filter((x) => !b.has(x));

describe('entities/extractFeatures — lexicon words beside a character', () => {
  const empty = buildLexiconTable([]);
  const titles = buildLexiconTable([['市长', categoryBit('title')]]);
  const text = '市长张三说';
  const plain = idsPerChar(text, empty);
  const lexical = idsPerChar(text, titles);

  it('marks the characters of the word itself', () => {
    expect(extra(lexical[0]!, plain[0]!)).toHaveLength(1);
    expect(extra(lexical[1]!, plain[1]!)).toHaveLength(1);
  });
  it('tells the character right after a title that one ends before it', () => {
    const added = extra(lexical[2]!, plain[2]!);
    expect(added).toHaveLength(1);
    // Not the same feature as being inside the title.
    expect(lexical[1]!.has(added[0]!)).toBe(false);
  });
  it('adds nothing two characters away', () => {
    expect(extra(lexical[3]!, plain[3]!)).toEqual([]);
    expect(extra(lexical[4]!, plain[4]!)).toEqual([]);
  });
  it('tells the character right before a word that one begins after it', () => {
    const before = '副市长';
    const withWord = idsPerChar(before, titles);
    const without = idsPerChar(before, empty);
    expect(extra(withWord[0]!, without[0]!)).toHaveLength(1);
  });
  it('writes the same ids whether or not the buffer is copied', () => {
    const a = extractFeatures(text, charWords(text), titles, 20);
    const b = extractFeatures(text, charWords(text), titles, 20, 0, text.length, undefined, false);
    expect([...b.ids]).toEqual([...a.ids]);
  });
});
