/**
 * With the segmenter's words, a time phrase may not cut through a dictionary word: 同日本 is "with
 * Japan", not 同日; 项目前置 holds no 目前. Phrases the segmenter splits differently but that are
 * times (本年收入, 回顾过去一年, 2007年产量) stay. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/time/find-time-expressions.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const times = (text: string): string[] => sharedAnnotator().annotate(text, { date: '2024-03-05' }).times.map((t) => t.text);

describe('time phrases and word boundaries', () => {
  it.each([
    ['我国同日本的经济关系不断发展', []],
    ['减少投资项目前置审批', []],
    ['社会主义精神文明日益发展', []],
    ['按不同年限实行不同政策', []],
    ['鉴于过去年度计划的经验', []],
    ['本年收入增长百分之五', ['本年']],
    ['回顾过去一年，成绩来之不易', ['过去一年']],
    ['2007年产量达到一万吨', ['2007年']],
    ['从今年起免除农业税', ['今年']],
    // A phrase that only begins a word (a theme or a dictionary word) is no time; a plan period is.
    ['世界面临百年未有之大变局', []],
    ['孩子今年上一年级', ['今年']],
    ['为七五计划打下基础', ['七五']],
  ] as const)('%s → %j', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it('finds the phrase without the words (the plain text scan)', () => {
    expect(findTimeExpressions('减少投资项目前置审批').map((t) => t.text)).toEqual(['目前']);
  });
});
