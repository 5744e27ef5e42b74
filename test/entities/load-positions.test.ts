import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPositionWords } from '../../src/entities/load-positions.js';
import { parseClueNerCorpus } from '../../src/entities/read-corpus.js';
import { DATA, HAS_DATA } from '../helpers/data.js';

describe('entities/loadPositionWords', () => {
  it('reads the shipped list: position nouns with a reliability in (0.5, 1]', () => {
    const words = loadPositionWords();
    expect(words.size).toBeGreaterThan(100);
    expect(words.get('董事长')).toBeGreaterThanOrEqual(0.5);
    for (const [word, r] of words) {
      expect(word).toMatch(/^[\u4e00-\u9fff]{2,6}$/u);
      expect(r).toBeGreaterThanOrEqual(0.5);
      expect(r).toBeLessThanOrEqual(1);
    }
  });
  it.runIf(HAS_DATA)('holds no string CLUENER marks as a name anywhere in train.json', () => {
    const { sentences } = parseClueNerCorpus(readFileSync(join(DATA, 'ner/cluener2020/train.json'), 'utf8'));
    const names = new Set(sentences.flatMap((s) => s.spans.filter((g) => g.label === 'PER').map((g) => s.text.slice(g.start, g.end))));
    expect([...loadPositionWords().keys()].filter((w) => names.has(w))).toEqual([]);
  });
  it('names file and line for a broken line, and refuses a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-pos-'));
    const file = join(dir, 'positions.tsv');
    writeFileSync(file, '# ok\n专家\t0.8\t3\n选手\tx\t2\n');
    expect(() => loadPositionWords(file)).toThrow(/positions\.tsv line 3: expected "word<TAB>reliability/);
    expect(() => loadPositionWords(join(dir, 'none.tsv'))).toThrow(/cannot read the position nouns/);
  });
});
