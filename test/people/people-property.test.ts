import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityLabel } from '../../src/document/types.js';
import { annotatePeople } from '../../src/people/annotate-people.js';
import { peopleLexicon } from './people-fixtures.js';

/** Text drawn from the characters the rules look at, plus anything. */
const PIECES = ['市委书记', '副', '市长', '章', '旭升', '、', '（', '）', ' ', '记者', '摄', '指出', '，', '他', '强调', '\n', '书记员', '欧阳', '王', '影', '参加', '在', '时'];
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')),
);

/** Random non-overlapping entities over `text`. */
function withEntities(text: string, cuts: readonly number[], labels: readonly EntityLabel[]): Entity[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: Entity[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const surface = text.slice(start, end);
    out.push({ id: `m${i}`, label: labels[i % labels.length] ?? 'PER', start, end, text: surface, normal: surface, source: 'model:test' });
  }
  return out;
}

describe('people', () => {
  it('never throws and returns valid, ordered, non-overlapping spans for any text', () => {
    const lexicon = peopleLexicon();
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.constantFrom<EntityLabel>('PER', 'TITLE', 'ORG', 'LOC'), { minLength: 1, maxLength: 4 }),
        (text, cuts, labels) => {
          const input = withEntities(text, cuts, labels);
          const { entities, people } = annotatePeople(text, input, [], lexicon);
          entities.forEach((e, i) => {
            expect(e.id).toBe(`e${i}`);
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeGreaterThan(e.start);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(e.start, e.end)).toBe(e.text);
            if (i > 0) expect(e.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
          });
          // every model entity survives: a PER may be narrowed by the split-title rule or completed in a
          // byline, a TITLE widened by its organization prefix, an ORG/LOC that swallowed the head of a
          // title before a name (国防部|长) turned into that TITLE — never dropped
          for (const m of input) {
            expect(entities.some((e) => (e.label === m.label || e.source.endsWith('+rule:complete-title'))
              && e.start < m.end && m.start < e.end)).toBe(true);
          }
          const ids = new Map(entities.map((e) => [e.id, e]));
          people.forEach((p, i) => {
            expect(p.id).toBe(`p${i}`);
            expect(p.mentions.length).toBeGreaterThan(0);
            for (const id of p.mentions) expect(ids.get(id)?.label).toBe('PER');
            for (const s of [...p.roles, ...p.speech]) {
              expect(s.start).toBeGreaterThanOrEqual(0);
              expect(s.end).toBeGreaterThan(s.start);
              expect(text.slice(s.start, s.end)).toBe(s.text);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  // Linearity is measured by `tifa bench` (scaling section), not timed here.
  it('handles a long text without punctuation', () => {
    const text = '市委书记章旭升赴经济开发区调研他强调要抓落实'.repeat(20_000);
    const { people } = annotatePeople(text, [], [], peopleLexicon());
    expect(people.length).toBe(1);
  });
});
