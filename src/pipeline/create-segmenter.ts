/**
 * createSegmenter: a jieba segmenter on its own (jieba's dictionary plus `userWords`), without an
 * annotator around it: `ts-jieba` (default, the TypeScript engine), `rs-jieba` or `nodejieba`.
 */
import { loadJiebaHmm, loadTsJiebaDict } from '../resources/jieba-tables.js';
import { createEngine, type EngineName, type SegmentEngine, type UserWord } from '../segment/engine.js';

/** A segmenter over jieba's dictionary plus `userWords` (none by default). */
export function createSegmenter(engine: EngineName = 'ts-jieba', userWords: readonly UserWord[] = []): SegmentEngine {
  return createEngine(engine, userWords, (userText) => ({ dict: loadTsJiebaDict(userText), hmm: loadJiebaHmm() }));
}
