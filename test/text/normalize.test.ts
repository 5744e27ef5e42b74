import { describe, expect, it } from 'vitest';
import { foldForMatching, foldWidth, normalize, toOriginal } from '../../src/index.js';
import { PAGE } from '../helpers/data.js';

/** A hard-wrapped column: every line ~16 characters, a blank line after each, as on the real page. */
const column = (lines: string[]): string => lines.join('\n\n');

// [input, expected normalized text]
const CASES: [string, string][] = [
  ['２０２３年３月２４日', '2023年3月24日'],
  ['ＡＢＣ　ｄｅｆ', 'ABC def'],
  ['市委书记，调研！', '市委书记，调研！'], // Chinese punctuation stays full-width
  ['（融媒首席记者）', '（融媒首席记者）'],
  ['本 报 讯（通 讯 员 王 影）', '本报讯（通讯员王影）'],
  ['Y O N G K A N G  D A I L Y', 'YONGKANG DAILY'],
  ['亩 均 英 雄 贷', '亩均英雄贷'],
  ['融媒记者 杨成栋 摄', '融媒记者 杨成栋 摄'], // a byline keeps its word gaps
  ['掌上永康 客户端', '掌上永康 客户端'],
  ['世界五金之都 品质活力永康', '世界五金之都 品质活力永康'],
  ['a\r\nb', 'a\nb'],
  ['零\u200b宽', '零宽'],
  ['\ud800孤', '\ufffd孤'],
  ['孤\udc00', '孤\ufffd'],
  ['😀表情', '😀表情'],
  ['', ''],
  ['第一段。\n\n\n第二段。', '第一段。\n第二段。'],
  // Hard-wrapped column lines re-join inside words and sentences; paragraph ends survive.
  [column(['本报讯（融媒首席记者 陈晓苏）3月', '23日上午，市委书记章旭升赴经济开发', '区、西城街道、城西新区等地调研低效', '工业用地整治工作。他强调，要进一步',
    '强化节约集约用地意识，发扬斗争精', '神，主动担当作为。', '章旭升指出，空间资源是最宝贵的', '资源，树牢“亩均论英雄”导向，分清轻重']),
  '本报讯（融媒首席记者 陈晓苏）3月23日上午，市委书记章旭升赴经济开发区、西城街道、城西新区等地调研低效工业用地整治工作。他强调，要进一步强化节约集约用地意识，发扬斗争精神，主动担当作为。\n章旭升指出，空间资源是最宝贵的资源，树牢“亩均论英雄”导向，分清轻重'],
  // Ordinary text with one paragraph per line is left alone.
  ['第一段很长很长很长很长很长很长很长很长很长，没有句号\n第二段', '第一段很长很长很长很长很长很长很长很长很长，没有句号\n第二段'],
];

describe('normalize', () => {
  it.each(CASES)('normalizes %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each(CASES)('maps every normalized unit of %j back into the original', (input) => {
    const { text, map } = normalize(input);
    expect(map.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      const r = toOriginal(map, i, i + 1);
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(input.length);
      expect(r.end).toBeGreaterThan(r.start);
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual(toOriginal(map, i - 1, i).end);
    }
  });

  it('re-joins the real page: words broken across lines become whole', () => {
    const { text } = normalize(PAGE);
    for (const phrase of ['节约集约用地', '亩均论英雄', '低效工业用地整治', '经济开发区', '李浩锋、胡文建', '三博区块、烈桥区块', '践行新发展理念', '本报讯（通讯员王影）近日']) {
      expect(text).toContain(phrase);
    }
  });

  it('keeps the real page paragraph and headline ends', () => {
    const lines = normalize(PAGE).text.split('\n').map((l) => l.trim());
    expect(lines).toContain('章旭升在调研低效工业用地整治工作时强调');
    expect(lines).toContain('主动担当作为 勇于攻坚突破');
    expect(lines).toContain('以更大决心加快盘活低效工业用地');
    expect(lines).toContain('永康农商银行：');
    expect(lines).toContain('你翻耕');
    expect(lines).toContain('融媒记者 杨成栋 摄');
    expect(lines.some((l) => l.startsWith('章旭升指出，空间资源是最宝贵的资源，'))).toBe(true);
    expect(lines.some((l) => l.startsWith('永康农商银行总行营业部邀请望春社区居民'))).toBe(true);
  });

  it('projects a word broken across lines to the original range that covers the break', () => {
    const { text, map } = normalize(PAGE);
    const at = text.indexOf('亩均论英雄');
    const r = toOriginal(map, at, at + 5);
    expect(PAGE.slice(r.start, r.end).replace(/\s+/g, '')).toBe('亩均论英雄');
  });

  it('converts Traditional to Simplified while keeping offsets', async () => {
    const { createTraditionalConverter } = await import('../../src/text/script.js');
    const src = '發展經濟，實現鄉村振興。';
    const { text, map } = normalize(src, { toSimplified: createTraditionalConverter() });
    expect(text).toBe('发展经济，实现乡村振兴。');
    const at = text.indexOf('乡村振兴');
    const r = toOriginal(map, at, at + 4);
    expect(src.slice(r.start, r.end)).toBe('鄉村振興');
  });

  it('folds width and matching variants without changing length', () => {
    expect(foldWidth('１２ａ％')).toBe('12a%');
    expect(foldForMatching('“亩均论英雄”——「一盘棋」')).toBe('"亩均论英雄"--"一盘棋"');
    expect(normalize('“亩均论英雄”').matchText).toBe('"亩均论英雄"');
  });
});
