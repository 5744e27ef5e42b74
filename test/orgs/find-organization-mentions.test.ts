import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOrganizationMentions } from '../../src/orgs/find-organization-mentions.js';
import { loadOrgLexicon } from '../../src/orgs/load-org-lexicon.js';

const lexicon = loadOrgLexicon();

/** Place spans for every occurrence of these names. */
function spans(text: string, names: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const n of names) for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) out.push({ start: at, end: at + n.length });
  return out;
}

// [text, place names, expected [name, kind, form]]
const CASES: [string, string[], [string, string, string][]][] = [
  ['3月23日上午，市委书记章旭升赴经济开发区', [], [['市委', 'party', 'full']]],
  ['胡勇春来到市矛调中心接待来访群众', [], [['市矛调中心', 'government', 'full']]],
  ['要坚持以人民为中心的发展思想', [], []],
  ['为今后建设一流社区银行打好基础', [], []],
  ['近日，永康农商银行举办了活动', ['永康'], [['永康农商银行', 'bank', 'full']]],
  ['近日，永康农商银行举办了活动', [], [['永康农商银行', 'bank', 'full']]],
  ['永康农商银行总行营业部邀请居民', ['永康'], [['永康农商银行总行营业部', 'bank', 'full']]],
  ['永康农商银行举办活动。活动中，该行工作人员', [], [['永康农商银行', 'bank', 'full'], ['该行', 'bank', 'reference']]],
  ['活动中，该行工作人员', [], []],
  ['永康农商银行表示，该行业发展良好', [], [['永康农商银行', 'bank', 'full']]],
  ['我们应该行动起来', [], []],
  ['城市委员会', [], []],
  ['中共永康市委召开会议', ['永康市'], [['中共永康市委', 'party', 'full']]],
  ['市人大常委会主任', [], [['市人大常委会', 'congress', 'full']]],
  ['市政协主席', [], [['市政协', 'cppcc', 'full']]],
  ['在农商银行办理业务', [], [['农商银行', 'bank', 'short']]],
  ['加强各地块功能布局规划研究', [], []],
  ['市委副书记、市长胡勇春', [], [['市委', 'party', 'full']]],
  ['市委宣传部部长', [], [['市委宣传部', 'party', 'full']]],
  ['西城街道办事处', ['西城街道'], [['西城街道办事处', 'government', 'full']]],
  ['永康市支行', ['永康市'], [['永康市支行', 'bank', 'full']]],
  ['浙江飞剑集团', [], [['浙江飞剑集团', 'company', 'full']]],
  ['相关集团', [], []],
  ['全市格局', [], []],
  // `classify` rows name kinds only: they find nothing in text, and a longer finding row still wins.
  ['外交部发言人表示，国务院已决定由新华社发布', [], []],
  ['推动中西部地区和东北地区发展', [], []],
  ['市国资委牵头', [], [['市国资委', 'government', 'full']]],
  ['市外经贸委主任', [], [['市外经贸委', 'government', 'full']]],
  ['宁波银行股份有限公司发布公告', [], [['宁波银行股份有限公司', 'bank', 'full']]],
  // A level character that begins a word names no level: 市场监管局 is the market regulator.
  ['永康市召开会议，市场监管局负责人参加', [], []],
  ['杭州市委召开会议', ['杭州市'], [['杭州市委', 'party', 'full']]],
];

describe('findOrganizationMentions', () => {
  it.each(CASES)('%s', (text, places, expected) => {
    const found = findOrganizationMentions(text, lexicon, spans(text, places));
    expect(found.map((m) => [m.name, m.kind, m.form])).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it('keeps the parent of a branch', () => {
    const [m] = findOrganizationMentions('永康农商银行总行营业部', lexicon);
    expect(m?.parent).toMatchObject({ name: '永康农商银行', kind: 'bank', start: 0, end: 6 });
  });

  it('marks level-relative names', () => {
    expect(findOrganizationMentions('，市政府', lexicon)[0]).toMatchObject({ name: '市政府', level: '市' });
  });

  it('never throws and returns ordered, non-overlapping, exact spans', () => {
    const alphabet = fc.constantFrom(...'市委政府该行永康农商银行总营业部中心集团县区，。、的在 \n😀\uDC00a'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((a) => a.join(''))),
      fc.array(fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }) }), { maxLength: 5 }),
      (text, places) => {
        let last = 0;
        for (const m of findOrganizationMentions(text, lexicon, places)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.name);
          last = m.end;
        }
      }), { numRuns: 500 });
  });

  // Linearity is measured by `tifa bench` (scaling section), not timed here.
  it('finds the mentions in a long unpunctuated text', () => {
    const text = '市委永康农商银行总行营业部该行市矛调中心以人民为中心'.repeat(20_000);
    expect(findOrganizationMentions(text, lexicon).length).toBeGreaterThan(50_000);
  });
});
