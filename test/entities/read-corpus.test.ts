import { describe, expect, it } from 'vitest';
import { parseBioCorpus, parseClueNerCorpus, parseCorpusSpec, parsePeoplesDailyCorpus } from '../../src/entities/read-corpus.js';
import { isTifaError } from '../../src/errors.js';

function errorOf(fn: () => unknown): { code: string; details: Record<string, unknown>; message: string } {
  try { fn(); } catch (error) {
    if (isTifaError(error)) return { code: error.code, details: { ...error.details }, message: error.message };
    throw error;
  }
  throw new Error('expected a TifaError');
}

describe('entities/read-corpus bio', () => {
  it('reads BIO sentences with spans and folds width', () => {
    const { sentences } = parseBioCorpus('王\tB-PER\n五\tI-PER\n在\tO\n１\tO\n\n北\tB-LOC\n京\tI-LOC\n', { file: 'x.bio' });
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.text).toBe('王五在1');
    expect(sentences[0]!.spans).toEqual([{ start: 0, end: 2, label: 'PER' }]);
    expect(sentences[1]!.spans).toEqual([{ start: 0, end: 2, label: 'LOC' }]);
    expect(sentences[0]!.annotated).toEqual(['PER', 'LOC']);
  });
  it('accepts space separators, BIOES tags and an I- that starts a span', () => {
    const { sentences } = parseBioCorpus('甲 S-ORG\n乙 I-LOC\n丙 E-LOC\n丁 O\n');
    expect(sentences[0]!.spans).toEqual([{ start: 0, end: 1, label: 'ORG' }, { start: 1, end: 3, label: 'LOC' }]);
  });
  it('names file and line of a malformed line', () => {
    const e = errorOf(() => parseBioCorpus('甲\tO\n乙\n', { file: 'bad.bio' }));
    expect(e.code).toBe('resource_parse');
    expect(e.details).toMatchObject({ file: 'bad.bio', line: 2 });
    expect(e.message).toContain('bad.bio line 2');
  });
  it('rejects an unknown label', () => {
    expect(errorOf(() => parseBioCorpus('甲\tB-FOO\n')).code).toBe('resource_parse');
  });
  it('skips bad sentences with skipBad and counts them', () => {
    const { sentences, skipped } = parseBioCorpus('甲\tO\n乙\n\n丙\tB-PER\n', { skipBad: true });
    expect(skipped).toBe(1);
    expect(sentences.map((s) => s.text)).toEqual(['丙']);
  });
});

describe('entities/read-corpus cluener', () => {
  const line = JSON.stringify({ text: '某某银行副行长甲乙丙在乙市', label: { company: { 某某银行: [[0, 3]] }, position: { 副行长: [[4, 6]] }, name: { 甲乙丙: [[7, 9]] }, address: { 乙市: [[11, 12]] }, book: { 银行: [[2, 3]] } } });
  it('maps CLUENER labels', () => {
    const { sentences } = parseClueNerCorpus(`${line}\n`);
    expect(sentences[0]!.spans).toEqual([
      { start: 0, end: 4, label: 'ORG', subtype: 'company' },
      { start: 4, end: 7, label: 'TITLE' },
      { start: 7, end: 10, label: 'PER' },
      { start: 11, end: 13, label: 'LOC', subtype: 'address', composite: true },
    ]);
    expect(sentences[0]!.annotated).toEqual(['PER', 'LOC', 'ORG', 'TITLE']);
  });
  it.each([
    ['not json', '{"text": '],
    ['offset mismatch', JSON.stringify({ text: 'abc', label: { name: { x: [[0, 0]] } } })],
    ['out of range', JSON.stringify({ text: 'abc', label: { name: { abc: [[0, 5]] } } })],
    ['unknown type', JSON.stringify({ text: 'abc', label: { foo: { a: [[0, 0]] } } })],
  ])('rejects %s with file and line', (_name, bad) => {
    const e = errorOf(() => parseClueNerCorpus(`${line}\n${bad}\n`, { file: 'c.json' }));
    expect(e.code).toBe('resource_parse');
    expect(e.details).toMatchObject({ file: 'c.json', line: 2 });
  });
  it('counts skipped lines', () => {
    expect(parseClueNerCorpus(`${line}\n{oops\n${line}\n`, { skipBad: true })).toMatchObject({ skipped: 1 });
  });
});

describe('entities/read-corpus pd', () => {
  const para = '19980101-01-001-002/m  甲乙/nt  书记/n  、/w  丙/nr  丁戊/nr  到/v  [己/ns  庚/n]ns  。/w  [辛/n  壬/n]nt  看/v  ，/w  癸/ns\r';
  it('merges nr, reads brackets and splits sentences', () => {
    const { sentences } = parsePeoplesDailyCorpus(`${para}\n`);
    expect(sentences.map((s) => s.text)).toEqual(['甲乙书记、丙丁戊到己庚。', '辛壬看，癸']);
    expect(sentences[0]!.spans).toEqual([
      { start: 0, end: 2, label: 'ORG' }, { start: 5, end: 8, label: 'PER' }, { start: 9, end: 11, label: 'LOC' },
    ]);
    expect(sentences[1]!.spans).toEqual([{ start: 0, end: 2, label: 'ORG' }, { start: 4, end: 5, label: 'LOC' }]);
    expect(sentences[0]!.annotated).toEqual(['PER', 'LOC', 'ORG']);
  });
  it('names file and line of a token without a tag', () => {
    const e = errorOf(() => parsePeoplesDailyCorpus(`${para}\n甲/n  乙\n`, { file: 'p.txt' }));
    expect(e.details).toMatchObject({ file: 'p.txt', line: 2 });
  });
  it('rejects an unclosed bracket', () => {
    expect(errorOf(() => parsePeoplesDailyCorpus('[甲/n  乙/n\n')).code).toBe('resource_parse');
  });
});

describe('entities/read-corpus spec', () => {
  it('parses FORMAT:PATH#FROM-TO', () => {
    expect(parseCorpusSpec('bio:a/b.bio#95-100')).toEqual({ format: 'bio', path: 'a/b.bio', from: 95, to: 100 });
    expect(parseCorpusSpec('pd:x.txt')).toEqual({ format: 'pd', path: 'x.txt', from: 0, to: 100 });
    expect(errorOf(() => parseCorpusSpec('xml:a')).code).toBe('invalid_option');
  });
});
