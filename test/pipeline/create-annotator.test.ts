import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAnnotator, isTifaError, TifaError } from '../../src/index.js';
import { checkPipeline } from '../../src/pipeline/check-pipeline.js';
import type { Component } from '../../src/pipeline/component.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const step = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({ name, requires, assigns, run: () => ({}) });

describe('pipeline', () => {
  it('accepts components in dependency order', () => {
    expect(() => checkPipeline([step('a', [], ['sentences']), step('b', ['sentences'], ['tokens'])])).not.toThrow();
  });

  it('rejects a component that reads a layer nobody assigned before it', () => {
    try {
      checkPipeline([step('b', ['sentences'], ['tokens']), step('a', [], ['sentences'])]);
      expect.unreachable();
    } catch (err) {
      expect(isTifaError(err)).toBe(true);
      expect((err as TifaError).code).toBe('pipeline_order');
      expect((err as TifaError).message).toMatch(/"b" requires layer "sentences"/);
    }
  });

  it('rejects duplicate component names', () => {
    expect(() => checkPipeline([step('a', [], ['sentences']), step('a', [], ['tokens'])])).toThrow(/appears twice/);
  });

  it('annotates: meta carries id, date, versions', () => {
    const doc = sharedAnnotator().annotate('市委书记章旭升赴城西新区调研。', { id: 'a', date: '2023-03-25' });
    expect(doc.meta.id).toBe('a');
    expect(doc.meta.date).toBe('2023-03-25');
    expect(doc.meta.schemaVersion).toBe('1.0');
    expect(doc.meta.library).toMatch(/^tifa@\d/);
    expect(doc.meta.resources.segmenter).toMatch(/^ts-jieba@/);
    expectValidDocument(doc);
  });

  it.each([
    ['', 0], [' ', 1], ['\n\n', 1], ['😀', 1],
  ])('annotates edge text %j', (text, minTokens) => {
    const doc = sharedAnnotator().annotate(text);
    expect(doc.tokens.length).toBeGreaterThanOrEqual(minTokens);
    expectValidDocument(doc);
  });

  it.each([
    [null, /expected text to be a string, found null/],
    [42, /found number/],
  ])('refuses non-string text %j with a typed error', (value, message) => {
    expect(() => sharedAnnotator().annotate(value as unknown as string)).toThrow(message);
    try { sharedAnnotator().annotate(value as unknown as string); } catch (err) { expect((err as TifaError).code).toBe('invalid_input'); }
  });

  it('refuses a malformed date', () => {
    expect(() => sharedAnnotator().annotate('今天', { date: '2023/3/25' })).toThrow(/meta.date: expected YYYY-MM-DD/);
  });

  it('annotateMany keeps order and ids', () => {
    const docs = [...sharedAnnotator().annotateMany([{ text: '甲。', meta: { id: '1' } }, '乙。', { text: '丙。', meta: { id: '3' } }])];
    expect(docs.map((d) => d.text)).toEqual(['甲。', '乙。', '丙。']);
    expect(docs.map((d) => d.meta.id)).toEqual(['1', undefined, '3']);
  });

  it('is reentrant: the same input gives the same document', () => {
    const a = sharedAnnotator().annotate('市长胡勇春来到市矛调中心接待来访群众。');
    sharedAnnotator().annotate('别的文字');
    expect(sharedAnnotator().annotate('市长胡勇春来到市矛调中心接待来访群众。')).toEqual(a);
  });

  it('refuses an unknown segmenter or script option', () => {
    expect(() => createAnnotator({ segmenter: 'nope' as 'rs-jieba' })).toThrow(/segmenter: expected/);
    expect(() => createAnnotator({ script: 'klingon' as 'auto' })).toThrow(/script: expected/);
  });

  it('profile reports a time per step', () => {
    const { timings } = sharedAnnotator().profile('市委书记章旭升赴城西新区调研。');
    expect(Object.keys(timings)).toEqual(expect.arrayContaining(['normalize', 'sentences', 'segment', 'assemble']));
  });
});

describe('tokensOnly', () => {
  const page = readFileSync(new URL('../../examples/articles/yongkang-daily-page1.txt', import.meta.url), 'utf8');
  const tokenizer = createAnnotator({ tokensOnly: true });

  it('gives the same sentences, tokens and page items as the full pipeline, and no other layer', () => {
    const full = sharedAnnotator().annotate(page);
    const doc = tokenizer.annotate(page, { id: 'p' });
    expectValidDocument(doc);
    expect(doc.tokens).toEqual(full.tokens);
    expect(doc.sentences).toEqual(full.sentences);
    expect(doc.articles).toEqual(full.articles);
    expect(full.entities.length).toBeGreaterThan(0);
    for (const layer of ['entities', 'people', 'places', 'organizations', 'times', 'themes', 'keywords', 'candidates'] as const) expect(doc[layer]).toEqual([]);
    expect(doc.meta.resources.model).toBe('none');
    expect(tokenizer.pipeline).toEqual(['layout', 'sentences', 'segment']);
  });

  it('keeps lexicon words whole (they are compiled into the segmenter as in the full annotator)', () => {
    const words = tokenizer.annotate('市委书记章旭升强调亩均论英雄。').tokens.map((t) => t.text);
    expect(words).toContain('亩均论英雄');
    expect(words).toContain('市委书记');
  });

  it('rejects a non-boolean value with a typed error', () => {
    expect(() => createAnnotator({ tokensOnly: 'yes' as unknown as boolean })).toThrow(TifaError);
  });
});
