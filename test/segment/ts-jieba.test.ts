/**
 * The TypeScript engine (`ts-jieba`, the default) cuts exactly as `@node-rs/jieba` does with the
 * same dictionary and user words: word for word on the real page, the government reports and
 * CLUENER sentences, and on generated strings of CJK, ASCII, whitespace and astral characters.
 * Plus its own rules: dictionary frequencies, the HMM on unknown words, damaged resources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotator, TifaError } from '../../src/index.js';
import { createSegmenter } from '../../src/tools.js';
import { loadJiebaHmm, loadTsJiebaDict } from '../../src/resources/jieba-tables.js';
import { loadSegmentResources } from '../../src/resources/load-resources.js';
import { createEngine, createRsJiebaEngine, createTsJiebaEngine, jiebaDictionaryBytes, userDictionaryText } from '../../src/segment/engine.js';
import { JiebaCutter } from '../../src/segment/jieba-cut.js';
import { buildJiebaDict, JiebaDict, JiebaDictBuilder } from '../../src/segment/jieba-dict.js';
import { parseHmmModel } from '../../src/segment/jieba-hmm.js';
import { DATA, HAS_DATA, PAGE } from '../helpers/data.js';

const { userWords } = loadSegmentResources({});
const ts = createEngine('ts-jieba', userWords, (userText) => ({ dict: loadTsJiebaDict(userText), hmm: loadJiebaHmm() }));
const rs = createRsJiebaEngine(userWords);

/** Lines whose cuts differ, with the first differing words. */
function differences(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const a = rs.cut(line);
    const b = ts.cut(line);
    if (a.join('\u0001') === b.join('\u0001')) continue;
    let k = 0;
    while (a[k] === b[k]) k++;
    out.push(`${JSON.stringify(a.slice(k, k + 3))} ≠ ${JSON.stringify(b.slice(k, k + 3))} in ${JSON.stringify(line.slice(0, 60))}`);
  }
  return out;
}

describe('ts-jieba: the same words as @node-rs/jieba', () => {
  it('on every line of the real front page', () => {
    expect(differences(PAGE.split('\n'))).toEqual([]);
    expect(differences([PAGE])).toEqual([]);
  });

  it.runIf(HAS_DATA)('on the government work reports and CLUENER sentences', () => {
    const dir = join(DATA, 'gov-reports');
    const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    for (const file of ['train.json', 'test.json']) {
      for (const row of readFileSync(join(DATA, 'ner', 'cluener2020', file), 'utf8').split('\n')) if (row) lines.push((JSON.parse(row) as { text: string }).text);
    }
    expect(lines.length).toBeGreaterThan(10000);
    expect(differences(lines)).toEqual([]);
  });

  it.runIf(HAS_DATA)('tokens of a tokens-only annotator: the same spans and POS tags as with rs-jieba', () => {
    const dir = join(DATA, 'gov-reports');
    const texts = [PAGE, ...readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 12).map((f) => readFileSync(join(dir, f), 'utf8'))];
    const a = createAnnotator({ tokensOnly: true });
    const b = createAnnotator({ tokensOnly: true, segmenter: 'rs-jieba' });
    for (const text of texts) {
      const key = (t: { start: number; end: number; pos: string }): string => `${t.start}:${t.end}:${t.pos}`;
      const ta = a.annotate(text).tokens.map(key);
      const tb = b.annotate(text).tokens.map(key);
      expect(ta.length).toBe(tb.length);
      expect(ta.filter((k, i) => k !== tb[i]).slice(0, 5)).toEqual([]);
    }
  });

  it('through tifa/tools createSegmenter, without tifa\'s user words too', () => {
    const own = createSegmenter();
    const native = createSegmenter('rs-jieba');
    expect(own.name).toMatch(/^ts-jieba@/);
    for (const line of PAGE.split('\n')) expect(own.cut(line)).toEqual(native.cut(line));
  });

  it('on generated text: ideographs, letters, digits, symbols, whitespace, \\r\\n, astral and compatibility characters', () => {
    const pieces = [...'中华人民共和国市委书记章旭升赴城西新区调研亩均论英雄的了是在一个我们他来到网易杭研大厦',
      ...'abcXYZ0123456789+#&._%- \t\r\n\u3000\u00a0，。、！？“”《》（）：；—…·ａｂ１２',
      '\u3400', '\u4dbf', '\u9fd5', '\u9fd6', '\u9fff', '\uf900', '\ufaff', '𠀀', '𪜀', '𫝀', '😀', '\u{2f800}', '\u{2a6e0}',
      '\r\n', '3.5%', 'COVID-19', '2024年', '亩均论英雄', '低效工业用地整治'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(ts.cut(text)).toEqual(rs.cut(text));
    }), { numRuns: 3000 });
  });
});

describe('ts-jieba: its own rules', () => {
  const hmm = loadJiebaHmm();
  const dictOf = (text: string): JiebaDict => new JiebaDict(buildJiebaDict(Buffer.from(text)));

  it('cuts jieba\'s documented examples as jieba does, the HMM finding 杭研', () => {
    const cutter = new JiebaCutter(new JiebaDict(buildJiebaDict(jiebaDictionaryBytes())), hmm);
    expect(cutter.cut('我来到北京清华大学')).toEqual(['我', '来到', '北京', '清华大学']);
    expect(cutter.cut('他来到了网易杭研大厦')).toEqual(['他', '来到', '了', '网易', '杭研', '大厦']);
  });

  it('follows the dictionary\'s frequencies, a later line overriding an earlier one', () => {
    expect(new JiebaCutter(dictOf('ab 10\nbc 1000\na 1\nc 1\n'), hmm).cut('abc')).toEqual(['a', 'bc']);
    expect(new JiebaCutter(dictOf('ab 10\nbc 1000\na 1\nc 1\nab 100000\n'), hmm).cut('abc')).toEqual(['ab', 'c']);
    const d = buildJiebaDict(Buffer.from('ab 10\nbc 1000\nab 5\n'));
    expect(d.words).toBe(2);
    expect(d.total).toBe(1005);
  });

  it('keeps user words whole, in the annotator\'s tokens too', () => {
    const engine = createTsJiebaEngine({ dict: loadTsJiebaDict(userDictionaryText([{ word: '城西新区块链', freq: 1e6, pos: 'nz' }])), hmm });
    expect(engine.cut('走进城西新区块链产业园')).toContain('城西新区块链');
    const doc = createAnnotator({ tokensOnly: true }).annotate('树牢亩均论英雄导向，推进低效工业用地整治工作');
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['亩均论英雄', '低效工业用地整治']));
    expect(doc.meta.resources.segmenter).toMatch(/^ts-jieba@/);
  });

  it('grows its table past three quarters full and still finds every word', () => {
    const builder = new JiebaDictBuilder(4);
    let lines = '';
    for (let i = 0; i < 5000; i++) lines += `词${i.toString(36)} ${i + 1} n\n`;
    builder.addLines(Buffer.from(lines), 'generated');
    const dict = new JiebaDict(builder.finish());
    expect(dict.words).toBe(5000);
    for (let i = 0; i < 5000; i += 97) { const w = `词${i.toString(36)}`; expect(dict.isWord(w, 0, w.length)).toBe(true); }
    expect(dict.isWord('词', 0, 1)).toBe(false);
  });

  it('gives every lone surrogate a word of its own and tiles any string', () => {
    const cutter = new JiebaCutter(new JiebaDict(buildJiebaDict(Buffer.from('市委 10 n\n'))), hmm);
    const words = cutter.cut('市委\ud800书记\udc00');
    expect(words.slice(0, 2)).toEqual(['市委', '\ud800']);
    expect(words.at(-1)).toBe('\udc00');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(cutter.cut(text).join('')).toBe(text);
    }), { numRuns: 500 });
  });

  it('keeps frequencies by id: a word listed again changes the total by the difference; more than 65,536 distinct frequencies is refused', () => {
    const d = new JiebaDict(buildJiebaDict(Buffer.from('ab 10 n\nbc 1000 v\n'), Buffer.from('ab 30 nz\n')));
    expect(d.total).toBe(1030);
    expect(d.words).toBe(2);
    const slot = d.slotOf('ab', 0, 2);
    expect(d.logFreq(slot)).toBe(Math.log(30));
    expect(d.tag(slot)).toBe('nz');
    let lines = '';
    for (let i = 0; i <= 65536; i++) lines += `w${i} ${i + 1} n\n`;
    expect(() => buildJiebaDict(Buffer.from(lines))).toThrow(/more than 65536 distinct frequencies/);
  });

  it('refuses a damaged HMM model or a frequency that is not a number, naming the line', () => {
    expect(() => parseHmmModel('#only comments\n')).toThrow(/expected 9 data lines/);
    expect(() => buildJiebaDict(Buffer.from('市委 10 n\n书记 ten n\n'))).toThrow(/line 2: frequency is not a whole number/);
    expect(() => loadTsJiebaDict('书记 ten n\n')).toThrow(TifaError);
  });
});
