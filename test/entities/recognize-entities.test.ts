import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText, MAX_CHUNK, orgSubtype, recognizeEntities } from '../../src/entities/recognize-entities.js';
import { createEntitiesComponent } from '../../src/entities/entities-component.js';
import { charWords, trainToyModel } from './toy-model.js';

const model = trainToyModel();

function expectValid(text: string, entities: readonly { start: number; end: number; score: number; parts?: readonly { start: number; end: number }[] }[]): void {
  let last = 0;
  for (const e of entities) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(1);
    for (const p of e.parts ?? []) { expect(p.start).toBeGreaterThanOrEqual(e.start); expect(p.end).toBeLessThanOrEqual(e.end); }
    last = e.end;
  }
}

describe('entities/recognizeEntities', () => {
  it('never throws and returns ordered, valid spans on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, withWords) => {
      const found = recognizeEntities(model, text, withWords ? charWords(text) : []);
      expectValid(text, found);
    }), { numRuns: 300 });
  });
  it('tolerates words that do not tile the text', () => {
    const text = '张三丰在永康市工作。';
    const words = [{ start: 5, end: 2, pos: 'n' }, { start: -1, end: 3, pos: 'x' }, { start: 0, end: 999, pos: 'v' }, { start: 3, end: 4, pos: 'p' }];
    expectValid(text, recognizeEntities(model, text, words));
  });
  it('chunks a million characters without punctuation into bounded chunks', () => {
    const text = '张'.repeat(1_000_000);
    const chunks = chunkText(text);
    expect(chunks.every(([s, e]) => e - s <= MAX_CHUNK)).toBe(true);
    expect(chunks[chunks.length - 1]![1]).toBe(text.length);
    expectValid(text, recognizeEntities(model, text.slice(0, 50_000), []));
  });
  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(600);
    for (const [s, e] of chunkText(text)) { expect(s % 2).toBe(0); expect(e % 2).toBe(0); }
  });
  it('adds a position noun the segmenter keeps whole as TITLE where the model found nothing', () => {
    // The toy model knows 工作 only as O: as a listed position word it becomes a TITLE.
    const text = '王五在杭州市工作。';
    const words = [...charWords(text).slice(0, 6), { start: 6, end: 8, pos: 'n' }, { start: 8, end: 9, pos: 'x' }];
    const positions = new Map([['工作', 0.75], ['杭州', 0.9]]);
    const found = recognizeEntities(model, text, words, positions);
    expectValid(text, found);
    expect(found.map((e) => [text.slice(e.start, e.end), e.label, e.source, e.score])).toEqual([
      ['王五', 'PER', 'model:toy@0.0', 1], ['杭州市', 'LOC', 'model:toy@0.0', 1], ['工作', 'TITLE', 'lexicon:positions', 0.6]]);
    // Not a whole word (the segmenter splits it), or inside a model entity (杭州): never added.
    expect(recognizeEntities(model, text, charWords(text), positions).some((e) => e.label === 'TITLE')).toBe(false);
  });
  it.each([['永康农商银行', 'company'], ['永康市人民政府', 'government'], ['中国科学院', 'organization']])('ORG subtype of %s is %s', (name, kind) => {
    expect(orgSubtype(name)).toBe(kind);
  });
});

describe('entities/createEntitiesComponent', () => {
  it('builds Entity objects per sentence in normalized coordinates', () => {
    const component = createEntitiesComponent(model);
    expect(component).toMatchObject({ name: 'entities', requires: ['sentences', 'tokens'], assigns: ['entities'] });
    const text = '王五在杭州市工作。李四在金华市工作。';
    const tokens = charWords(text).map((w) => ({ ...w, text: text.slice(w.start, w.end) }));
    const sentences = [{ start: 0, end: 9, text: text.slice(0, 9) }, { start: 9, end: text.length, text: text.slice(9) }];
    const { entities } = component.run({ original: text, text, matchText: text, map: {} as never, meta: {}, sentences, tokens });
    expect(entities!.map((e) => [e.id, e.label, e.text, e.start])).toEqual([['e0', 'PER', '王五', 0], ['e1', 'LOC', '杭州市', 3], ['e2', 'PER', '李四', 9], ['e3', 'LOC', '金华市', 12]]);
    for (const e of entities!) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
