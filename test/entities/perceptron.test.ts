import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/entities/recognize-entities.js';
import { buildMask, titleWindow } from '../../src/entities/train-model.js';
import { buildLexiconTable, categoryBit, matchLexicon } from '../../src/entities/lexicon-features.js';
import { createTagSet, tagOf } from '../../src/entities/viterbi.js';
import { MODEL_LABELS } from '../../src/entities/read-corpus.js';
import { charWords, trainToyModel } from './toy-model.js';

describe('entities/perceptron', () => {
  it('learns a toy pattern of names and places', () => {
    const model = trainToyModel();
    const text = '王五在杭州市工作。';
    const found = recognizeEntities(model, text, charWords(text)).map((e) => [e.label, text.slice(e.start, e.end)]);
    expect(found).toEqual([['PER', '王五'], ['LOC', '杭州市']]);
  });
  it('is deterministic', () => {
    const a = trainToyModel(3);
    const b = trainToyModel(3);
    expect(Buffer.from(a.rows.buffer).equals(Buffer.from(b.rows.buffer))).toBe(true);
  });
});

describe('entities/buildMask', () => {
  const tagSet = createTagSet(MODEL_LABELS);
  it('leaves labels the corpus does not annotate latent outside gold spans', () => {
    const mask = buildMask(tagSet, { text: '甲乙丙', spans: [{ start: 0, end: 1, label: 'PER' }], annotated: ['PER', 'LOC', 'ORG'], origin: 't' });
    expect(mask[0]).toBe(1 << tagOf(0, 3));
    const title = MODEL_LABELS.indexOf('TITLE');
    expect(mask[1]! & 1).toBe(1);
    expect(mask[1]! & (1 << tagOf(title, 0))).not.toBe(0);
    expect(mask[1]! & (1 << tagOf(0, 0))).toBe(0);
  });
  it('lets a composite span split into parts after an administrative suffix only', () => {
    const mask = buildMask(tagSet, { text: '甲省乙市', spans: [{ start: 0, end: 4, label: 'LOC', composite: true }], annotated: MODEL_LABELS, origin: 't' });
    const loc = MODEL_LABELS.indexOf('LOC');
    const [B, I, E] = [0, 1, 2].map((k) => 1 << tagOf(loc, k)) as [number, number, number];
    expect([...mask]).toEqual([B, I | E, B | I, E]);
  });
  it('allows a latent TITLE only near a title word', () => {
    const lexicon = buildLexiconTable([['书记', categoryBit('title')]]);
    const text = '今天市委副书记张三来了';
    const where = titleWindow(matchLexicon(lexicon, text), text.length);
    expect([...where]).toEqual([0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
    const mask = buildMask(tagSet, { text, spans: [], annotated: ['PER', 'LOC', 'ORG'], origin: 't' }, { TITLE: where });
    const title = MODEL_LABELS.indexOf('TITLE');
    expect(mask[0]! & (1 << tagOf(title, 0))).toBe(0);
    expect(mask[3]! & (1 << tagOf(title, 0))).not.toBe(0);
  });
});
