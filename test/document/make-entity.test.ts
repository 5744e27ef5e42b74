import { describe, expect, it } from 'vitest';
import { changeEntity, makeEntity } from '../../src/document/make-entity.js';
import type { Entity } from '../../src/document/types.js';

const KEYS = ['id', 'label', 'start', 'end', 'text', 'normal', 'subtype', 'parts', 'source', 'score'];

const base: Entity = { id: 'e0', label: 'LOC', start: 3, end: 9, text: '浙江省永康市', normal: '浙江省永康市', source: 'model:ner@1.0', score: 0.9,
  parts: [{ start: 3, end: 6, text: '浙江省', label: 'LOC' }, { start: 6, end: 9, text: '永康市', label: 'LOC' }] };

describe('makeEntity', () => {
  it('gives every entity the same keys in the same order, absent optional fields as undefined', () => {
    const a = makeEntity({ id: 'e1', label: 'PER', start: 0, end: 3, text: '章旭升', normal: '章旭升', source: 'model:ner@1.0' });
    const b = makeEntity({ label: 'ORG', subtype: 'government', score: 0.5, source: 'lexicon:orgs', id: 'e2', start: 0, end: 2, text: '市委', normal: '市委' });
    expect(Object.keys(a)).toEqual(KEYS);
    expect(Object.keys(b)).toEqual(KEYS);
    expect(a.subtype).toBeUndefined();
    expect(b).toMatchObject({ label: 'ORG', subtype: 'government', score: 0.5 });
    // JSON output never shows the absent fields.
    expect(JSON.parse(JSON.stringify(a))).toEqual({ id: 'e1', label: 'PER', start: 0, end: 3, text: '章旭升', normal: '章旭升', source: 'model:ner@1.0' });
  });
});

describe('changeEntity', () => {
  it('replaces the named fields and keeps the others', () => {
    const c = changeEntity(base, { id: 'e7', start: 4, text: '江省永康市' });
    expect(Object.keys(c)).toEqual(KEYS);
    expect(c).toMatchObject({ id: 'e7', start: 4, end: 9, text: '江省永康市', normal: '浙江省永康市', score: 0.9, source: 'model:ner@1.0' });
    expect(c.parts).toBe(base.parts);
    expect(base.id).toBe('e0');
  });

  it('clears an optional field named with undefined, and only then', () => {
    expect(changeEntity(base, { parts: undefined }).parts).toBeUndefined();
    expect(changeEntity(base, { score: undefined }).score).toBeUndefined();
    expect(changeEntity(base, {}).parts).toBe(base.parts);
    expect(changeEntity(base, { subtype: 'address' }).subtype).toBe('address');
  });
});
