import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person, Sentence, Token } from '../../src/document/types.js';
import type { State } from '../../src/pipeline/component.js';
import { compileThemes } from '../../src/themes/compile-themes.js';
import { discoverCandidates } from '../../src/themes/discover-candidates.js';
import { extractKeywords } from '../../src/themes/extract-keywords.js';
import { parseIdf } from '../../src/themes/idf-table.js';
import { deriveJiebaIdf } from '../../src/resources/jieba-tables.js';
import { defaultThemePaths, loadThemes } from '../../src/themes/load-themes.js';
import { classifyCategory, loadThemeCategoryModel, parseThemeCategoryModel } from '../../src/themes/theme-category-model.js';
import { createThemesComponent } from '../../src/themes/themes-component.js';
import { ROOT } from '../helpers/data.js';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);

/** Tokens with offsets from jieba's tagger (the segment step's job in the pipeline). */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    out.push({ start, end: start + word.length, text: word, pos: tag });
    at = start + word.length;
  }
  return out;
}

function sentencesOf(text: string): Sentence[] {
  return [...text.matchAll(/[^。！？\n]+[。！？]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function stateOf(text: string, extra: Partial<State> = {}): State {
  return { original: text, text, matchText: text.replace(/[“”‘’「」『』]/g, '"'), map: undefined as never, meta: {}, sentences: sentencesOf(text), tokens: tokenize(text), ...extra };
}

const compiled = compileThemes(loadThemes(defaultThemePaths()));
const idf = deriveJiebaIdf();
const model = loadThemeCategoryModel();
const component = createThemesComponent({ themes: compiled, idf, categoryModel: model });

describe('themes component', () => {
  it('declares its layers', () => {
    expect(component).toMatchObject({ name: 'themes', requires: ['sentences', 'tokens'], assigns: ['themes', 'keywords', 'candidates'] });
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   ', '\ud800\udfff\ud800', '😀'.repeat(50), '。'.repeat(100), 'a'.repeat(5000)]) {
      const out = component.run(stateOf(text));
      expect(out.themes).toBeDefined();
      expect(out.keywords).toBeDefined();
      expect(out.candidates).toBeDefined();
    }
  });

  it('annotates the front page with speakers, keywords and candidates', () => {
    const page = readFileSync(join(ROOT, 'examples/articles/yongkang-daily-page1.txt'), 'utf8').replace(/\n/g, '');
    const from = page.indexOf('章旭升指出');
    const to = page.indexOf('章旭升在调研');
    const people: Person[] = [{ id: 'p0', name: '章旭升', mentions: [], roles: [], speech: [{ start: from + 5, end: to, text: page.slice(from + 5, to) }] }];
    const out = component.run(stateOf(page, { people }));
    const themes = out.themes!;
    for (const id of ['mu-jun-lun-ying-xiong', 'di-xiao-gong-ye-yong-di-zheng-zhi', 'jie-yue-ji-yue-yong-di', 'gao-zhi-liang-fa-zhan', 'xin-fang-gong-zuo', 'gong-tong-fu-yu']) {
      expect(themes.map((t) => t.theme)).toContain(id);
    }
    expect(themes.find((t) => t.theme === 'mu-jun-lun-ying-xiong')?.speakers).toEqual(['p0']);
    for (const t of themes) for (const e of t.evidence) expect(page.slice(e.start, e.end)).toBe(e.text);
    const words = out.keywords!.map((k) => k.word);
    expect(words).toContain('低效工业用地整治');
    expect(words).not.toContain('的');
    const phrases = out.candidates!.map((c) => c.phrase);
    expect(phrases).toContain('低散乱污危');
    expect(phrases).toContain('一盘棋');
    expect(phrases).not.toContain('亩均论英雄');
    for (const c of out.candidates!) for (const e of c.evidence) expect(page.slice(e.start, e.end)).toBe(e.text);
  });

  it('labels a passage with no slogan by the category model, below explicit scores', () => {
    const text = '稳定粮食播种面积，提高种粮农民收益，加强农田水利设施建设，推广良种良法，健全农技推广服务体系，保障化肥农药等农资供应，让农民种粮有钱赚。';
    const out = component.run(stateOf(text));
    const modelHits = out.themes!.filter((t) => t.source === 'model:theme-category');
    expect(modelHits.map((h) => h.name)).toEqual(['三农与乡村振兴']);
    expect(modelHits[0]?.evidence[0]?.text).toBe(text);
    for (const h of modelHits) {
      expect(h.score).toBeLessThanOrEqual(0.35);
      expect(h.theme).toMatch(/^category-[a-z-]+$/);
    }
    expect(out.themes!.filter((t) => t.source === 'lexicon:themes').every((t) => t.score >= 0.5)).toBe(true);
  });
});

describe('themes keywords', () => {
  it('ranks by TF-IDF, drops stop words and keeps wholes whole', () => {
    const text = '推进低效工业用地整治，低效工业用地整治要见效。永康市推进工作。';
    const tokens = tokenize(text);
    const keywords = extractKeywords(tokens, idf, { wholes: [{ start: 2, end: 10, word: '低效工业用地整治' }, { start: 11, end: 19, word: '低效工业用地整治' }] });
    expect(keywords[0]?.word).toBe('低效工业用地整治');
    expect(keywords.map((k) => k.word)).not.toContain('低效');
    expect(keywords.map((k) => k.word)).not.toContain('推进');
  });

  it('uses a supplied IDF table and rejects a malformed one with its line', () => {
    const table = parseIdf('# archive idf\n甲乙 1.5\n丙丁 9\n', 'archive.idf');
    expect(table.get('丙丁')).toBe(9);
    expect(() => parseIdf('甲乙 1\n丙丁 x\n', 'archive.idf')).toThrow('tifa: archive.idf line 2: expected "word weight"');
  });
});

describe('themes candidates', () => {
  /** [text, phrase, reason]. */
  const FOUND: Array<[string, string, string]> = [
    ['加快“低散乱污危”企业整治', '低散乱污危', 'quoted'],
    ['全面落实三个一批要求', '三个一批', 'numbered-formula'],
    ['统筹推进六稳六保工作', '六稳六保', 'numbered-formula'],
  ];
  it.each(FOUND)('finds a candidate in %j', (text, phrase, reason) => {
    const found = discoverCandidates(compiled, text, { tokens: tokenize(text) });
    expect(found.find((c) => c.phrase === phrase)).toMatchObject({ reason });
  });

  it('leaves out known themes, counting phrases and idioms', () => {
    const text = '坚持“八八战略”，千方百计用好两个方面，推进“亩均论英雄”改革';
    const phrases = discoverCandidates(compiled, text, { tokens: tokenize(text), themeRanges: [{ start: 3, end: 7 }, { start: 26, end: 31 }] }).map((c) => c.phrase);
    expect(phrases).not.toContain('八八战略');
    expect(phrases).not.toContain('亩均论英雄');
    expect(phrases).not.toContain('千方百计');
    expect(phrases).not.toContain('两个方面');
  });
});

describe('themes category model', () => {
  it('loads the shipped model and gives normalized probabilities', () => {
    const scores = classifyCategory(model, ['耕地', '粮食', '农民', '农村', '种粮']);
    expect(scores[0]?.label.name).toBe('三农与乡村振兴');
    expect(scores.reduce((a, s) => a + s.probability, 0)).toBeCloseTo(1, 6);
    expect(classifyCategory(model, ['不存在的词'])).toEqual([]);
  });

  it('rejects an incompatible model file', () => {
    expect(() => parseThemeCategoryModel({ format: 'other' }, 'm.json')).toThrow(expect.objectContaining({ code: 'model_incompatible' }));
    expect(() => parseThemeCategoryModel(null, 'm.json')).toThrow('tifa: m.json: expected a JSON object');
  });
});
