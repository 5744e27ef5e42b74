import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/text/split-sentences.js';

const TEXTS: [string, string[]][] = [
  ['他强调，要进一步强化。市领导参加活动。', ['他强调，要进一步强化。', '市领导参加活动。']],
  ['坚持“亩均论英雄”。要综合施策！真的吗？', ['坚持“亩均论英雄”。', '要综合施策！', '真的吗？']],
  ['他说：“好。”然后离开。', ['他说：“好。”', '然后离开。']],
  ['标题一行\n正文第一句。', ['标题一行', '正文第一句。']],
  ['  \n\n  ', []],
  ['没有标点的一句话', ['没有标点的一句话']],
  ['等等……然后', ['等等……', '然后']],
];

describe('split-sentences', () => {
  it.each(TEXTS)('splits %j', (text, expected) => {
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(expected);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('bounds sentences in text without punctuation', () => {
    const text = '字'.repeat(MAX_SENTENCE * 5 + 7);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThanOrEqual(5);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE + 1);
    expect(s.map((x) => x.text).join('')).toBe(text);
  });

  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE * 2);
    for (const x of splitSentences(text)) expect(x.text.length % 2).toBe(0);
  });
});
