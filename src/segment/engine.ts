/**
 * Segmentation engines: `@node-rs/jieba` (default, prebuilt) and `nodejieba` (optional peer,
 * loaded on demand). An engine cuts a string into words whose concatenation is the string; the
 * user dictionary (themes, titles, places) is compiled in so those words are never split.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Jieba as JiebaClass } from '@node-rs/jieba';
import { TifaError } from '../errors.js';
import { JiebaCutter } from './jieba-cut.js';
import type { JiebaDict } from './jieba-dict.js';
import type { HmmModel } from './jieba-hmm.js';
import type { PosTable } from './pos-table.js';

/** A word the engine must keep whole. */
export interface UserWord {
  /** The word. */
  readonly word: string;
  /** Frequency for the engine's DP (higher keeps it whole against its parts). */
  readonly freq: number;
  /** POS tag. */
  readonly pos: string;
}

/** Engine names. */
export type EngineName = 'ts-jieba' | 'rs-jieba' | 'nodejieba';

/** A segmentation engine. */
export interface SegmentEngine {
  /** `rs-jieba@2.0.3` … */
  readonly name: string;
  /** Cuts text into words that concatenate back to the text. */
  cut(text: string): string[];
  /**
   * The same words as end offsets pushed to `ends` (increasing, the last one `text.length`: the
   * caller checks that), with the dictionary's tag of each word pushed to `tags` (undefined where
   * the word is not from the dictionary): saves a string per word, a POS lookup and a comparison.
   */
  cutEnds?(text: string, ends: number[], tags: (string | undefined)[]): void;
  /** Word → POS from the engine's own dictionary (jieba's plus the user words: the shared POS table's tags). */
  readonly posTable?: PosTable;
}

const require = createRequire(import.meta.url);

/** A data file of `@node-rs/jieba` (`dict.txt`, `idf.txt`). */
export function jiebaDataFile(name: 'dict.txt' | 'idf.txt'): string {
  return join(dirname(require.resolve('@node-rs/jieba/package.json')), name);
}

let dictBytes: Uint8Array | undefined;

/**
 * jieba's default dictionary bytes, read on first use (nothing loads at import time). Read directly
 * rather than through `@node-rs/jieba/dict`, which also reads the 6 MB IDF file.
 */
function jiebaDict(): Uint8Array {
  dictBytes ??= readFileSync(jiebaDataFile('dict.txt'));
  return dictBytes;
}

function packageVersion(pkg: string): string {
  try { return (require(`${pkg}/package.json`) as { version: string }).version; } catch { return 'unknown'; }
}

/** Serializes user words as jieba dictionary lines. */
export function userDictionaryText(words: readonly UserWord[]): string {
  let out = '';
  for (const w of words) if (w.word && !/\s/.test(w.word)) out += `${w.word} ${Math.max(1, Math.round(w.freq))} ${w.pos}\n`;
  return out;
}

/** What the TypeScript engine needs: the dictionary with the user words compiled in, and the HMM. */
export interface TsJiebaResources {
  readonly dict: JiebaDict;
  readonly hmm: HmmModel;
}

/**
 * The default engine: jieba's algorithm in TypeScript (`jieba-cut.ts`) over `@node-rs/jieba`'s
 * dictionary plus the user words and jieba's HMM; it cuts exactly as `@node-rs/jieba` does.
 */
export function createTsJiebaEngine(resources: TsJiebaResources): SegmentEngine {
  const cutter = new JiebaCutter(resources.dict, resources.hmm);
  return {
    name: `ts-jieba@${packageVersion('@node-rs/jieba')}`,
    cut: (text) => cutter.cut(text),
    cutEnds: (text, ends, tags) => cutter.cutEnds(text, ends, tags),
    posTable: { size: resources.dict.words, get: (word) => resources.dict.tagOfWord(word) },
  };
}

/** `@node-rs/jieba` with its dictionary plus `userWords`. */
export function createRsJiebaEngine(userWords: readonly UserWord[]): SegmentEngine {
  const { Jieba } = require('@node-rs/jieba') as { Jieba: typeof JiebaClass };
  // One dictionary build: jieba's lines, then the user words (later lines win, as with loadDict).
  const dict = jiebaDict();
  const user = userDictionaryText(userWords);
  const jieba = Jieba.withDict(user ? Buffer.concat([dict, dict[dict.length - 1] === 10 ? new Uint8Array(0) : Buffer.from('\n'), Buffer.from(user)]) : dict);
  return { name: `rs-jieba@${packageVersion('@node-rs/jieba')}`, cut: (text) => jieba.cut(text, true) };
}

interface NodeJieba {
  load(options: { userDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
}

/** The optional `nodejieba` engine (install with `npm_config_yes=true npm install nodejieba`). */
export function createNodejiebaEngine(userWords: readonly UserWord[]): SegmentEngine {
  let nodejieba: NodeJieba;
  try {
    nodejieba = require('nodejieba') as NodeJieba;
  } catch (cause) {
    throw new TifaError('engine_missing',
      'segmenter "nodejieba" is not installed: run `npm_config_yes=true npm install nodejieba` (its install script runs npx), or use the default segmenter "rs-jieba"',
      { engine: 'nodejieba' }, { cause });
  }
  const user = userDictionaryText(userWords);
  if (user) {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-'));
    const file = join(dir, 'user.dict.utf8');
    try {
      writeFileSync(file, user);
      nodejieba.load({ userDict: file });
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }
  return { name: `nodejieba@${packageVersion('nodejieba')}`, cut: (text) => nodejieba.cut(text, true) };
}

/**
 * Creates the named engine; `loadTsJieba` loads the TypeScript engine's resources (the default
 * engine's, loaded only when it is chosen).
 */
export function createEngine(name: EngineName, userWords: readonly UserWord[], loadTsJieba: (userText: string) => TsJiebaResources): SegmentEngine {
  if (name === 'ts-jieba') return createTsJiebaEngine(loadTsJieba(userDictionaryText(userWords)));
  if (name === 'rs-jieba') return createRsJiebaEngine(userWords);
  if (name === 'nodejieba') return createNodejiebaEngine(userWords);
  throw new TifaError('invalid_option', `segmenter: expected "ts-jieba", "rs-jieba" or "nodejieba", found ${JSON.stringify(name)}`, { option: 'segmenter' });
}

/** jieba's dictionary as UTF-8 bytes (`word freq tag` lines), for POS lookup and lexicon features. */
export function jiebaDictionaryBytes(): Uint8Array {
  return jiebaDict();
}
