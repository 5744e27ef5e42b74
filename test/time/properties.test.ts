import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../src/document/types.js';
import { findTimeExpressions } from '../../src/time/find-time-expressions.js';

const GRAINS = new Set(['year', 'quarter', 'month', 'week', 'day', 'halfday', 'hour', 'minute']);
const KINDS = new Set(['date', 'range', 'duration', 'vague']);

/** Characters that time phrases are made of, so random strings hit the rules often. */
const PIECES = [
  '年', '月', '日', '号', '时', '点', '分', '半', '上午', '下午', '晚', '凌晨', '今', '昨', '明', '去年', '前', '后', '至', '—', '-',
  '周', '星期', '季度', '第', '每', '个', '多', '几', '近', '来', '以来', '初', '底', '旬', '十', '一', '二', '三', '〇', '廿', '两',
  '0', '1', '2', '9', '１', '２', ':', '：', '（', '）', '“', '”', '五', '四', '春节', '国庆', '十四五', ' ', '\u3000', '\ud800', '😀',
];
const timeish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

function checkInvariants(text: string, found: TimeExpression[]): void {
  let last = 0;
  for (const t of found) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(typeof t.value).toBe('string');
    expect(t.value.length).toBeGreaterThan(0);
    expect(GRAINS.has(t.grain)).toBe(true);
    expect(KINDS.has(t.kind)).toBe(true);
    last = t.end;
  }
}

const refs = fc.option(fc.constantFrom('2023-03-25', '2023-01-01', '2024-02-29', '2023-12-31', '1999-13-40', 'x'), { nil: undefined });

describe('time', () => {
  it('never throws and keeps span invariants on binary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), refs, (text, refDate) => {
      checkInvariants(text, findTimeExpressions(text, { refDate }));
    }), { numRuns: 300 });
  });

  it('never throws and keeps span invariants on full unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), refs, (text, refDate) => {
      checkInvariants(text, findTimeExpressions(text, { refDate }));
    }), { numRuns: 300 });
  });

  it('never throws and keeps span invariants on time-like strings', () => {
    fc.assert(fc.property(timeish, refs, (text, refDate) => {
      checkInvariants(text, findTimeExpressions(text, { refDate }));
    }), { numRuns: 2000 });
  });

  // Linearity is measured by `tifa bench` (scaling section), not timed here.
  it('scans a 1 MB string: ten times the text gives exactly ten times the expressions', () => {
    const unit = '2023年3月24日上午，近日，上周五下午3点，三年来，十分重要。';
    const a = findTimeExpressions(unit.repeat(2000), { refDate: '2023-03-25' });
    const b = findTimeExpressions(unit.repeat(20000), { refDate: '2023-03-25' });
    expect(a.length).toBeGreaterThan(2000);
    expect(b.length).toBe(a.length * 10);
  });

  it('survives a million characters of one repeated time character', () => {
    for (const ch of ['1', '一', '年', '上']) {
      const text = ch.repeat(1_000_000);
      expect(() => findTimeExpressions(text, { refDate: '2023-03-25' })).not.toThrow();
    }
  });
});
