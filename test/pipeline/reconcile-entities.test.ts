import { describe, expect, it } from 'vitest';
import type { Entity, EntityLabel } from '../../src/document/types.js';
import { createOrgLexicon } from '../../src/orgs/org-kinds.js';
import { reconcileEntities } from '../../src/pipeline/reconcile-entities.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const orgs = createOrgLexicon([{ suffix: '中心', kind: 'other', role: 'level' }, { suffix: '银行', kind: 'bank', role: 'brand' }]);
const phrases = new Set(['高质量发展']);

/** One entity over `surface`, found in `text`. */
function entity(text: string, label: EntityLabel, surface: string): Entity {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: '${surface}' not in '${text}'`);
  return { id: 'e0', label, start, end: start + surface.length, text: surface, normal: surface, source: 'model:test' };
}

describe('reconcileEntities', () => {
  it.each([
    ['an opening bracket before a name', '魔兽队员（Yumiko和Blast）', '（Yumiko', 'Yumiko'],
    ['an opening quote before a name', '记者“李明说', '“李明', '李明'],
    ['an opening bracket after a name', '王强（副市长）', '王强（', '王强'],
    ['a closing bracket with no opener', '（王强）说', '王强）', '王强'],
    ['brackets on both sides', '会上（王强）说', '（王强）', '王强'],
    ['a full-width and a half-width bracket', '见(王强）', '(王强）', '王强'],
  ])('trims a PER: %s', (_name, text, surface, expected) => {
    const [out] = reconcileEntities([entity(text, 'PER', surface)], phrases, orgs);
    expect(out?.text).toBe(expected);
    expect(text.slice(out!.start, out!.end)).toBe(expected);
    expect(out?.source).toBe('model:test+rule:trim');
  });

  it.each([
    ['a name with a balanced bracket inside', '卡鲁索(D.J)来了', '卡鲁索(D.J)'],
    ['a plain name', '王强说', '王强'],
  ])('leaves a PER alone: %s', (_name, text, surface) => {
    const e = entity(text, 'PER', surface);
    expect(reconcileEntities([e], phrases, orgs)).toEqual([e]);
  });

  it('drops a PER that is nothing but brackets', () => {
    expect(reconcileEntities([entity('说（）了', 'PER', '（）')], phrases, orgs)).toEqual([]);
  });

  it('trims only PER entities', () => {
    const e = entity('《人民日报》', 'ORG', '《人民日报》');
    expect(reconcileEntities([e], phrases, orgs)).toEqual([e]);
  });

  it('drops a PER or LOC that is a policy phrase and turns an organization-like LOC into an ORG', () => {
    const text = '推动高质量发展，市矛调中心和城西新区';
    const out = reconcileEntities([entity(text, 'PER', '高质量发展'), entity(text, 'LOC', '市矛调中心'), entity(text, 'LOC', '城西新区')], phrases, orgs);
    expect(out.map((e) => `${e.label}:${e.text}`)).toEqual(['ORG:市矛调中心', 'LOC:城西新区']);
    // A suffix that only classifies names (部 of 外交部) never turns a place into an organization.
    const west = '推动中西部发展';
    expect(reconcileEntities([entity(west, 'LOC', '中西部')], phrases, orgs).map((e) => `${e.label}:${e.text}`)).toEqual(['LOC:中西部']);
  });

  it('drops an ORG that numbers a plenary session, and only that', () => {
    const text = '贯彻十九届二中、三中全会精神，二中全会，市二中校长';
    const first = entity(text, 'ORG', '二中');
    const second = { ...first, start: text.indexOf('二中全会'), end: text.indexOf('二中全会') + 2 };
    const school = { ...first, start: text.lastIndexOf('二中'), end: text.lastIndexOf('二中') + 2 };
    expect(reconcileEntities([first, second, school], phrases, orgs, text)).toEqual([school]);
    // Without the text nothing is known of what follows.
    expect(reconcileEntities([first], phrases, orgs)).toEqual([first]);
  });

  it('finds no organization in a list of plenary sessions (full pipeline)', () => {
    const doc = sharedAnnotator().annotate('全面贯彻党的二十大和二十届二中、三中全会精神。');
    expect(doc.entities.filter((e) => e.label === 'ORG').map((e) => e.text)).not.toContain('二中');
  });

  it('keeps the bracket out of the person in the full pipeline', () => {
    const doc = sharedAnnotator().annotate('了原CCM的魔兽队员（Yumiko和Blast）加盟。');
    const people = doc.entities.filter((e) => e.label === 'PER').map((e) => e.text);
    expect(people).toContain('Yumiko');
    for (const name of people) expect(name).not.toMatch(/^[（(]/u);
  });
});
