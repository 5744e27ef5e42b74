/**
 * loadResources: annotator options → every resource the steps need, loaded from disk once
 * (the only file-system use of the core besides the loaders it calls). Missing or broken files
 * throw a TifaError naming the file.
 */
import type { UserWord } from '../segment/engine.js';
import { jiebaDictionaryText } from '../segment/engine.js';
import { createPosTable, type PosTable } from '../segment/pos-table.js';
import { userDictionaryText } from '../segment/engine.js';

/** Everything the components need, loaded once per annotator. */
export interface Resources {
  /** Word → POS for tokens (jieba's dictionary plus user words). */
  readonly posTable: PosTable;
  /** Words compiled into the segmenter so they are never split. */
  readonly userWords: readonly UserWord[];
  /** Entity model version, or `none`. */
  readonly modelVersion: string;
  /** Lexicon versions by name. */
  readonly lexiconVersions: Readonly<Record<string, string>>;
}

/** Options that select resources. */
export interface ResourceOptions {
  /** Directory of another entity model. */
  readonly model?: string;
  /** Extra theme files. */
  readonly themes?: readonly string[];
  /** Use only `themes`. */
  readonly replaceThemes?: boolean;
}

/** Loads all resources. */
export function loadResources(_options: ResourceOptions): Resources {
  const userWords: UserWord[] = [];
  const posTable = createPosTable(jiebaDictionaryText(), userDictionaryText(userWords));
  return { posTable, userWords, modelVersion: 'none', lexiconVersions: {} };
}
