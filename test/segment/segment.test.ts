import { describe, expect, it } from 'vitest';
import { createPosTable } from '../../src/segment/pos-table.js';
import { posOf, segment } from '../../src/segment/segment.js';
import type { SegmentEngine } from '../../src/segment/engine.js';
import { createRsJiebaEngine } from '../../src/segment/engine.js';

const table = createPosTable('市委 1964 n\n书记 100 n\n新区 145 ns\n赴 10 v\n');
const charEngine: SegmentEngine = { name: 'chars', cut: (t) => Array.from(t) };
const brokenEngine: SegmentEngine = { name: 'broken', cut: () => ['garbage'] };
const throwingEngine: SegmentEngine = { name: 'throws', cut: () => { throw new Error('boom'); } };
/** An engine answering with end offsets (as ts-jieba does) that `ends` computes from the text. */
const endsEngine = (name: string, ends: (t: string) => number[]): SegmentEngine =>
  ({ name, cut: (t) => Array.from(t), cutEnds: (t, out, tags) => { for (const e of ends(t)) { out.push(e); tags.push(undefined); } } });
const badEnds = [
  endsEngine('ends short of the text', (t) => [2, t.length - 1]),
  endsEngine('ends past the text', (t) => [2, t.length + 3]),
  endsEngine('ends going back', (t) => [4, 2, t.length]),
  endsEngine('a repeated end', (t) => [2, 2, t.length]),
  endsEngine('NaN end', (t) => [Number.NaN, t.length]),
  endsEngine('no ends', () => []),
];

describe('segment', () => {
  it.each([['市委', 'n'], ['新区', 'ns'], ['赴', 'v'], ['Tesla', 'eng'], ['2023', 'm'], ['未知词', 'x']])('tags %s as %s', (w, pos) => {
    expect(posOf(w, table)).toBe(pos);
  });

  it.each([charEngine, brokenEngine, throwingEngine])('tiles the text whatever engine $name returns', (engine) => {
    const text = '市委书记😀赴新区';
    const tokens = segment(text, engine, table);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    let at = 0;
    for (const t of tokens) { expect(t.start).toBe(at); expect(text.slice(t.start, t.end)).toBe(t.text); at = t.end; }
  });

  it.each(badEnds)('falls back to one token per code point when the engine\'s ends are wrong: $name', (engine) => {
    const text = '市委书记😀赴新区';
    expect(segment(text, engine, table).map((t) => t.text)).toEqual(Array.from(text));
  });

  it('takes good ends and their tags as they are, looking up the rest', () => {
    const engine: SegmentEngine = { name: 'tagged', cut: () => [], cutEnds: (_t, out, tags) => { out.push(2, 4, 5); tags.push('nt', undefined, undefined); } };
    expect(segment('市委书记赴', engine, table).map((t) => [t.start, t.end, t.text, t.pos])).toEqual([[0, 2, '市委', 'nt'], [2, 4, '书记', 'n'], [4, 5, '赴', 'v']]);
  });

  it('skips empty words of a foreign engine', () => {
    const engine: SegmentEngine = { name: 'empties', cut: () => ['', '市委', '', '书记'] };
    expect(segment('市委书记', engine, table).map((t) => t.text)).toEqual(['市委', '书记']);
  });

  it('keeps user-dictionary words whole', () => {
    const engine = createRsJiebaEngine([{ word: '亩均论英雄', freq: 100000, pos: 'theme' }, { word: '低效工业用地整治', freq: 100000, pos: 'theme' }]);
    const words = engine.cut('树牢亩均论英雄导向，推进低效工业用地整治工作');
    expect(words).toContain('亩均论英雄');
    expect(words).toContain('低效工业用地整治');
  });

  it('chunks huge input and still tiles it', () => {
    const text = ('市委书记赴新区调研。' + '\n').repeat(20000);
    const tokens = segment(text, charEngine, table);
    expect(tokens[tokens.length - 1]!.end).toBe(text.length);
  });
});
