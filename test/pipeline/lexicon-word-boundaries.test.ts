/**
 * Names found by the lexicons in running text sit on the segmenter's words: a registered place name
 * that cuts through words (中小|金融 → 小金, 创新|和 → 新和), sits inside an ordinary word (党和政府 →
 * 和政) or is an ordinary word itself (新建, 平原) is no place, and an organization suffix inside a word
 * (局面, 委托) makes no organization. The sentences are written for this test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/types.js';
import { findPlaceMentions } from '../../src/places/find-place-mentions.js';
import { loadPlaceLexicon } from '../../src/places/load-place-lexicon.js';
import { DATA } from '../helpers/data.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const annotate = (text: string): Document => {
  const doc = sharedAnnotator().annotate(text);
  expectValidDocument(doc);
  return doc;
};

// Sentences holding a registered name as part of other words: no place at all.
const NO_PLACE = [
  '防范化解中小金融机构风险', // 小金(县)
  '坚持创新和完善基层治理', // 新和(县)
  '认真办理人大代表建议和政协委员提案', // 和政(县)
  '在党和政府的领导下', // 和政, inside the word 党和政府
  '人民币汇率在合理均衡水平上基本稳定', // 衡水
  '坚持伟大理论的指导', // 大理
  '新建一批重大项目', // 新建(区), a verb
  '实施科教兴国战略', // 兴国(县)
  '落实各项惠农政策', // 惠农(区)
  '促进大中小城市和小城镇协调发展', // 小城镇, a town name elsewhere
  '农民收入增长快于城镇居民', // 于城镇
  '提高城镇化水平，推进新城乡建设', // 高城镇, 新城乡 (the model's own gazetteer)
  '推进城乡社区治理', // 城乡社区
  '推动开发区改革创新', // a verb is no zone name
  '全面清理各类开发区', // nor a verb and a pronoun
  '统筹城市和农村发展', // 和农村, a registered village name
];

describe('place names and word boundaries', () => {
  it.each(NO_PLACE)('%s: no place', (sentence) => {
    // Twice, as a long report repeats its phrases: a repeated gazetteer name is otherwise kept.
    const doc = annotate(`${sentence}。${sentence}。`);
    expect(doc.places.map((p) => p.name)).toEqual([]);
    expect(doc.entities.filter((e) => e.label === 'LOC').map((e) => e.text)).toEqual([]);
  });

  it('keeps a zone after a verb, without the verb', () => {
    const doc = annotate('进一步提高综合保税区发展水平');
    expect(doc.places.map((p) => p.name)).toEqual(['综合保税区']);
  });

  it('keeps the places inside one word the model marks as a place', () => {
    // 上海浦东新区 is one word of the segmenter; the model's LOC still resolves through its parts.
    const doc = annotate('继续办好上海浦东新区');
    expect(doc.places.find((p) => p.name.endsWith('浦东新区'))?.code).toBe('310115');
  });

  it('still finds a place name written on word boundaries', () => {
    // A gazetteer name the model did not mark is kept when the document repeats it.
    const doc = annotate('包头、宝鸡两地的钢铁企业增产。包头和宝鸡都在西部。');
    expect(doc.places.map((p) => p.name)).toEqual(expect.arrayContaining(['包头', '宝鸡']));
  });

  it('finds names cutting through words when it is not given the words', () => {
    // Without the segmenter's words the scan is the plain lexicon match (the chain finder relies on it).
    const lexicon = loadPlaceLexicon();
    const text = '防范化解中小金融机构风险';
    expect(findPlaceMentions(text, lexicon).map((m) => m.name)).toEqual(['小金']);
    const words = [[0, 2], [2, 4], [4, 6], [6, 8], [8, 10], [10, 12]].map(([start, end]) => ({ start: start!, end: end!, pos: 'n' }));
    expect(findPlaceMentions(text, lexicon, words)).toEqual([]);
    // A span the model marked lifts the constraint inside it.
    expect(findPlaceMentions(text, lexicon, words, [{ start: 4, end: 8 }]).map((m) => m.name)).toEqual(['小金']);
  });

  it('makes no organization of a suffix inside a word', () => {
    // 两岸 is a place here, so 两岸 + 分裂 + 局 would read as an organization named after a place.
    const doc = annotate('推动两岸关系和平发展，促进两岸同胞交流。为了早日结束两岸分裂局面，实现统一。');
    expect(doc.entities.filter((e) => e.label === 'LOC').map((e) => e.text)).toContain('两岸');
    expect(doc.entities.filter((e) => e.label === 'ORG').map((e) => e.text)).toEqual([]);
  });

  it('still adds an organization named by its suffix after a place', () => {
    const doc = annotate('永康市人民政府发布通知。永康市人民政府要求各地落实。');
    expect(doc.organizations.map((o) => o.name)).toContain('永康市人民政府');
  });

  const REPORTS = join(DATA, 'gov-reports');
  it.skipIf(!existsSync(REPORTS))('adds no gazetteer place that cuts through a word in five government work reports (needs ../shared/data)', () => {
    for (const year of [1978, 2004, 2015, 2021, 2024]) {
      const doc = annotate(readFileSync(join(REPORTS, `${year}.txt`), 'utf8'));
      const starts = new Set(doc.tokens.map((t) => t.start));
      const ends = new Set(doc.tokens.map((t) => t.end));
      for (const e of doc.entities.filter((x) => x.source === 'lexicon:places')) {
        // A name may begin or end one proper-noun word (海南 of 海南自由贸易港); otherwise it starts and ends on words.
        const heads = doc.tokens.some((t) => t.start <= e.start && t.end >= e.end && (t.start === e.start || t.end === e.end) && /^n[stz]/.test(t.pos));
        expect(heads || (starts.has(e.start) && ends.has(e.end)), `${year}: ${e.text} at ${e.start}`).toBe(true);
      }
      expect(doc.places.map((p) => p.name)).not.toEqual(expect.arrayContaining(['小金', '新和', '和政', '新建']));
    }
  });
});
