/**
 * parseIdf / loadDefaultIdf: an IDF table (`word weight` per line, jieba's idf.txt format) →
 * word → inverse document frequency, plus the median used for unknown words (as jieba does).
 * An archive can supply its own table in the same format.
 */
import { createRequire } from 'node:module';
import { TifaError } from '../errors.js';

/** Inverse document frequencies. */
export interface IdfTable {
  /** Word → IDF. */
  readonly weights: ReadonlyMap<string, number>;
  /** Median IDF, used for words not in the table. */
  readonly median: number;
}

/** Parses `word weight` lines; blank lines and `#` comments are skipped; `file` names errors. */
export function parseIdf(source: string, file: string): IdfTable {
  const weights = new Map<string, number>();
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    const value = cut > 0 ? Number(line.slice(cut + 1)) : Number.NaN;
    if (cut <= 0 || !Number.isFinite(value) || value < 0) {
      throw new TifaError('resource_parse', `tifa: ${file} line ${i + 1}: expected "word weight" with a non-negative number, found "${line.slice(0, 40)}"`, { file, line: i + 1 });
    }
    weights.set(line.slice(0, cut).trim(), value);
  }
  const sorted = [...weights.values()].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 10 : sorted[Math.floor(sorted.length / 2)]!;
  return { weights, median };
}

/** jieba's IDF table (`idf` from `@node-rs/jieba/dict`); parse it once per annotator. */
export function loadDefaultIdf(): IdfTable {
  const require = createRequire(import.meta.url);
  let bytes: Uint8Array;
  try {
    bytes = (require('@node-rs/jieba/dict') as { idf: Uint8Array }).idf;
  } catch (cause) {
    throw new TifaError('resource_not_found', 'tifa: @node-rs/jieba/dict: cannot load the default IDF table', { file: '@node-rs/jieba/idf.txt' }, { cause });
  }
  return parseIdf(new TextDecoder().decode(bytes), '@node-rs/jieba/idf.txt');
}
