import { describe, expect, it } from 'vitest';
import type { State } from '../../src/pipeline/component.js';
import { createPeopleComponent } from '../../src/people/people-component.js';
import { entitiesFor, peopleLexicon } from './people-fixtures.js';

describe('people', () => {
  it('declares its layers', () => {
    const c = createPeopleComponent(peopleLexicon());
    expect(c.name).toBe('people');
    expect(c.requires).toEqual(['sentences', 'tokens', 'entities']);
    expect(c.assigns).toEqual(['people', 'entities']);
  });

  it('runs on the normalized text and returns people and entities', () => {
    const text = '副市长谢纯参加接访。';
    const state = {
      original: text, text, matchText: text, map: undefined as never, meta: {},
      sentences: [{ start: 0, end: text.length, text }], tokens: [], entities: entitiesFor(text, [['PER', '谢纯']]),
    } satisfies State;
    const out = createPeopleComponent(peopleLexicon()).run(state);
    expect(out.entities?.map((e) => [e.id, e.label, e.text])).toEqual([['e0', 'TITLE', '副市长'], ['e1', 'PER', '谢纯']]);
    expect(out.people).toEqual([{
      id: 'p0', name: '谢纯', mentions: ['e1'], speech: [],
      roles: [{ text: '副市长', title: '市长', modifiers: ['副'], start: 0, end: 3, source: 'rule:title-then-name' }],
    }]);
  });
});
