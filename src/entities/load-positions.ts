/**
 * loadPositionWords: `lexicons/ner/positions.tsv` (`word<TAB>reliability<TAB>count`, built from
 * CLUENER's training part by scripts/build-positions.ts) → word → reliability. A broken line
 * throws TifaError('resource_parse') naming file and line; a missing file 'resource_not_found'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TifaError } from '../errors.js';
import { packageRoot } from '../resources/package-root.js';
import type { PositionWords } from './recognize-entities.js';

/** Reads the position nouns (the shipped list, or `path`). */
export function loadPositionWords(path: string = join(packageRoot(), 'lexicons', 'ner', 'positions.tsv')): PositionWords {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new TifaError('resource_not_found', `tifa: ${path}: cannot read the position nouns`, { file: path }, { cause });
  }
  const words = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [word = '', reliability = '', count = ''] = line.split('\t');
    const r = Number(reliability);
    if (!/^\S{2,}$/u.test(word) || !(r > 0 && r <= 1) || !/^\d+$/.test(count.trim())) {
      throw new TifaError('resource_parse', `tifa: ${path} line ${i + 1}: expected "word<TAB>reliability in (0, 1]<TAB>count", found "${line.slice(0, 40)}"`, { file: path, line: i + 1 });
    }
    words.set(word, r);
  });
  return words;
}
