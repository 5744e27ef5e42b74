/**
 * jieba's word → POS and IDF tables, read from the build-time cache when it was derived from the
 * installed `@node-rs/jieba` dictionary, derived from the dictionary text otherwise. Deriving
 * them costs ~100–200 ms each; reading the cache a few milliseconds.
 */
import { createRequire } from 'node:module';
import { buildPosData, type PosData } from '../segment/pos-table.js';
import { idfTableOf, parseIdf, type IdfData, type IdfTable } from '../themes/idf-table.js';
import { TifaError } from '../errors.js';
import { WordSlots } from '../text/word-slots.js';
import { readCachedTable, writeCachedTable } from './resource-cache.js';
import { jiebaDataFile, jiebaDictionaryBytes } from '../segment/engine.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildJiebaDict, JiebaDict, JiebaDictBuilder, type JiebaDictData } from '../segment/jieba-dict.js';
import { HMM_HAN_SPAN, parseHmmModel, type HmmModel } from '../segment/jieba-hmm.js';
import { packageRoot } from './package-root.js';

const require = createRequire(import.meta.url);
const POS_FILE = 'jieba-pos.bin';
const IDF_FILE = 'jieba-idf.bin';

/** What the cached tables were derived from: the engine's version and its file's size. */
function sourceKey(what: 'dict' | 'idf'): string {
  const version = (require('@node-rs/jieba/package.json') as { version: string }).version;
  let size = -1;
  try { size = statSync(jiebaDataFile(`${what}.txt`)).size; } catch { /* no file: the key matches no cache */ }
  return `@node-rs/jieba@${version}/${what}:${size}`;
}

/** jieba's dictionary as POS data (cached or derived). */
export function jiebaPosData(): PosData {
  const cached = readCachedTable(POS_FILE, sourceKey('dict'));
  if (cached) {
    const [k1, k2, tagOf] = cached.arrays as [Uint32Array, Uint32Array, Uint8Array];
    const { size, tags } = cached.header as { size?: unknown; tags?: unknown };
    if (k1 instanceof Uint32Array && k2 instanceof Uint32Array && tagOf instanceof Uint8Array && tagOf.length === k1.length
      && typeof size === 'number' && Array.isArray(tags) && tags.every((t) => typeof t === 'string')) {
      try {
        return { slots: new WordSlots(size, { k1, k2 }), tagOf, tags: tags as string[] };
      } catch { /* damaged: derive below */ }
    }
  }
  return buildPosData(jiebaDictionaryBytes());
}

/** jieba's IDF table (`idf.txt` of `@node-rs/jieba`), parsed from its text. */
export function deriveJiebaIdf(): IdfTable & { readonly data: IdfData } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(jiebaDataFile('idf.txt'));
  } catch (cause) {
    throw new TifaError('resource_not_found', 'tifa: @node-rs/jieba/idf.txt: cannot load the default IDF table', { file: '@node-rs/jieba/idf.txt' }, { cause });
  }
  return parseIdf(bytes, '@node-rs/jieba/idf.txt');
}

/** jieba's IDF table (cached or derived). */
export function jiebaIdfTable(): IdfTable {
  const cached = readCachedTable(IDF_FILE, sourceKey('idf'));
  if (cached) {
    const [k1, k2, values] = cached.arrays as [Uint32Array, Uint32Array, Float64Array];
    const { size, median, max } = cached.header as { size?: unknown; median?: unknown; max?: unknown };
    if (k1 instanceof Uint32Array && k2 instanceof Uint32Array && values instanceof Float64Array && values.length === k1.length
      && typeof size === 'number' && typeof median === 'number' && typeof max === 'number') {
      try {
        return idfTableOf({ slots: new WordSlots(size, { k1, k2 }), values, median, max });
      } catch { /* damaged: derive below */ }
    }
  }
  return deriveJiebaIdf();
}

/** Derives both tables from the dictionary and writes them to the cache (run at build time). */
export function writeJiebaTables(dir?: string): void {
  const pos = buildPosData(jiebaDictionaryBytes());
  writeCachedTable(POS_FILE, { header: { key: sourceKey('dict'), size: pos.slots.size, tags: pos.tags }, arrays: [pos.slots.k1, pos.slots.k2, pos.tagOf] }, dir);
  const idf: IdfData = deriveJiebaIdf().data;
  writeCachedTable(IDF_FILE, { header: { key: sourceKey('idf'), size: idf.slots.size, median: idf.median, max: idf.max }, arrays: [idf.slots.k1, idf.slots.k2, idf.values] }, dir);
}

const TS_DICT_FILE = 'jieba-ts-dict.bin';

/** The cache key of the TypeScript engine's table: the dictionary's and the table layout's version. */
const tsDictKey = (): string => `${sourceKey('dict')}/ts-dict-3`;

/** jieba's dictionary as the TypeScript engine's table (cached or derived); fresh arrays each call. */
function jiebaDictData(): JiebaDictData {
  const cached = readCachedTable(TS_DICT_FILE, tsDictKey());
  if (cached) {
    const [table, freqs, tagOf, bits] = cached.arrays as [Uint32Array, Float64Array, Uint8Array, Uint32Array];
    const { words, total, tags, used } = cached.header as { words?: unknown; total?: unknown; tags?: unknown; used?: unknown };
    if (table instanceof Uint32Array && freqs instanceof Float64Array && tagOf instanceof Uint8Array && bits instanceof Uint32Array
      && typeof words === 'number' && typeof total === 'number' && typeof used === 'number' && Array.isArray(tags) && tags.every((t) => typeof t === 'string')
      && table.length === 2 * tagOf.length) {
      const present = new Int32Array(bits.buffer, bits.byteOffset, bits.length);
      return { table, freqs, tagOf, tags: tags as string[], total, words, used, present };
    }
  }
  return buildJiebaDict(jiebaDictionaryBytes());
}

/**
 * The TypeScript engine's dictionary: jieba's words, then `userText` (`word freq tag` lines) with
 * jieba's rule that a later line sets the frequency of a word listed before.
 */
export function loadTsJiebaDict(userText: string): JiebaDict {
  let data: JiebaDictData;
  try {
    data = jiebaDictData();
  } catch (cause) {
    throw new TifaError('resource_parse', `tifa: @node-rs/jieba/dict.txt: ${(cause as Error).message}`, { file: '@node-rs/jieba/dict.txt' }, { cause });
  }
  const builder = new JiebaDictBuilder(0, data);
  try {
    builder.addLines(Buffer.from(userText, 'utf8'), 'user words');
  } catch (cause) {
    throw new TifaError('resource_parse', `tifa: ${(cause as Error).message}`, { file: 'user words' }, { cause });
  }
  return new JiebaDict(builder.finish());
}

const HMM_FILE = 'jieba-hmm.bin';

function hmmModelFile(): string {
  return join(packageRoot(), 'lexicons', 'segment', 'jieba-hmm-model.utf8');
}

/** What the cached HMM was parsed from: the model file's size. */
function hmmKey(file: string): string {
  let size = -1;
  try { size = statSync(file).size; } catch { /* no file: the key matches no cache */ }
  return `hmm-model:${size}`;
}

/** Parses the HMM model file, naming it in errors. */
function parseJiebaHmm(file: string): HmmModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new TifaError('resource_not_found', `tifa: ${file}: cannot read jieba's HMM model`, { file }, { cause });
  }
  try {
    return parseHmmModel(text);
  } catch (cause) {
    throw new TifaError('resource_parse', `tifa: ${file}: ${(cause as Error).message}`, { file }, { cause });
  }
}

/** jieba's HMM model (`lexicons/segment/jieba-hmm-model.utf8`), from the cache when it was parsed from this file. */
export function loadJiebaHmm(): HmmModel {
  const file = hmmModelFile();
  const cached = readCachedTable(HMM_FILE, hmmKey(file));
  if (cached) {
    const [start, trans, emit] = cached.arrays as [Float64Array, Float64Array, Float64Array];
    if (start instanceof Float64Array && trans instanceof Float64Array && emit instanceof Float64Array
      && start.length === 4 && trans.length === 16 && emit.length === 4 * HMM_HAN_SPAN) return { start, trans, emit };
  }
  return parseJiebaHmm(file);
}

/** Parses the HMM model and writes it to the cache (run at build time). */
export function writeJiebaHmmCache(dir?: string): void {
  const file = hmmModelFile();
  const m = parseJiebaHmm(file);
  writeCachedTable(HMM_FILE, { header: { key: hmmKey(file) }, arrays: [m.start, m.trans, m.emit] }, dir);
}

/** Writes the TypeScript engine's base table to the cache (run at build time). */
export function writeTsJiebaDict(dir?: string): void {
  const d = buildJiebaDict(jiebaDictionaryBytes());
  const bits = new Uint32Array(d.present.buffer, d.present.byteOffset, d.present.length);
  writeCachedTable(TS_DICT_FILE, { header: { key: tsDictKey(), words: d.words, total: d.total, tags: d.tags, used: d.used }, arrays: [d.table, d.freqs, d.tagOf, bits] }, dir);
}
