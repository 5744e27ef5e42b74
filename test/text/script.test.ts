import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../src/index.js';
import { createTraditionalConverter, looksTraditional } from '../../src/text/script.js';
import { DATA } from '../helpers/data.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

// Written for this test: a Traditional text and its Simplified twin (same length, same quotes).
const TRADITIONAL = '市委書記章旭升赴城西新區調研低效工業用地整治工作。他強調，要樹牢“畝均論英雄”導向，推動高質量發展。副市長謝純參加接訪。';
const SIMPLIFIED = '市委书记章旭升赴城西新区调研低效工业用地整治工作。他强调，要树牢“亩均论英雄”导向，推动高质量发展。副市长谢纯参加接访。';

describe('script', () => {
  const convert = createTraditionalConverter();

  it.each([
    [TRADITIONAL, true], [SIMPLIFIED, false], ['', false], ['ABC 123', false], ['中国', false], ['發展經濟', true],
  ])('detects Traditional text in %j → %s', (text, expected) => {
    expect(looksTraditional(text, convert)).toBe(expected);
  });

  it('annotates Traditional text like its Simplified twin, offsets into the Traditional original', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    const t = sharedAnnotator().annotate(TRADITIONAL);
    const s = sharedAnnotator().annotate(SIMPLIFIED);
    expectValidDocument(t);
    expect(t.meta.script).toBe('traditional');
    expect(s.meta.script).toBeUndefined();
    const shape = (d: typeof t) => ({
      tokens: d.tokens.map((x) => [x.start, x.end]),
      entities: d.entities.map((e) => [e.label, e.start, e.end]),
      themes: d.themes.map((h) => [h.theme, h.evidence.map((e) => [e.start, e.end])]),
      people: d.people.map((p) => [p.name.length, p.roles.map((r) => [r.start, r.end])]),
    });
    expect(shape(t)).toEqual(shape(s));
    // Not vacuous: the twins hold people, roles, places and themes.
    expect(t.entities.filter((e) => e.label === 'PER').length).toBeGreaterThanOrEqual(2);
    expect(t.people.map((p) => p.roles.length)).not.toContain(0);
    expect(t.themes.length).toBeGreaterThanOrEqual(2);
    for (const e of t.entities) expect(TRADITIONAL.slice(e.start, e.end)).toBe(e.text);
  });

  it('script "simplified" never converts; "traditional" always does', () => {
    expect(createAnnotator({ script: 'simplified' }).annotate(TRADITIONAL).meta.script).toBeUndefined();
    expect(createAnnotator({ script: 'traditional' }).annotate(SIMPLIFIED).meta.script).toBe('traditional');
  });

  const report1954 = join(DATA, 'gov-reports/1954.txt');
  it.skipIf(!existsSync(report1954))('annotates the Traditional 1954 government work report (../shared/data)', () => {
    const text = readFileSync(report1954, 'utf8');
    const doc = sharedAnnotator().annotate(text);
    expect(doc.meta.script).toBe('traditional');
    expectValidDocument(doc);
    expect(doc.tokens.some((tk) => tk.text === '經濟' || tk.text === '經濟建設')).toBe(true);
  });
});
