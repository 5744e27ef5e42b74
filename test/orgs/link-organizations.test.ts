import { describe, expect, it } from 'vitest';
import { linkOrganizations, resolveLevelName, type OrgLinkInput } from '../../src/orgs/link-organizations.js';

const region = { province: '浙江省', city: '金华市', county: '永康市' };

// [name, level, region, resolved]
const LEVELS: [string, string, typeof region | Record<string, string>, string | undefined][] = [
  ['市委', '市', region, '中共永康市委'],
  ['市委宣传部', '市', region, '中共永康市委宣传部'],
  ['市政府', '市', region, '永康市人民政府'],
  ['市政协', '市', region, '政协永康市委员会'],
  ['市人大常委会', '市', region, '永康市人大常委会'],
  ['市矛调中心', '市', region, '永康市矛调中心'],
  ['县委', '县', { province: '浙江省', city: '金华市', county: '武义县' }, '中共武义县委'],
  ['区委', '区', region, undefined],
  ['市委', '市', { province: '浙江省', city: '金华市', county: '武义县' }, '中共金华市委'],
  ['市委', '市', {}, undefined],
  ['省委', '省', region, '中共浙江省委'],
];

describe('resolveLevelName', () => {
  it.each(LEVELS)('%s (%s) → %s', (name, level, r, resolved) => {
    expect(resolveLevelName(name, level, r)).toBe(resolved);
  });
});

const m = (id: string, name: string, kind: OrgLinkInput['kind'], start: number, form: OrgLinkInput['form'] = 'full', extra: Partial<OrgLinkInput> = {}): OrgLinkInput => ({ id, name, kind, start, form, ...extra });

describe('linkOrganizations', () => {
  it('links short forms and references to the full form', () => {
    const orgs = linkOrganizations([
      m('e1', '永康农商银行', 'bank', 0), m('e2', '该行', 'bank', 10, 'reference'), m('e3', '农商银行', 'bank', 20, 'short'),
    ]);
    expect(orgs).toEqual([{ id: 'o0', name: '永康农商银行', kind: 'bank', mentions: ['e1', 'e2', 'e3'] }]);
  });

  it('resolves a parent written with its branch\'s level character (市政府 of 市政府办公室)', () => {
    const orgs = linkOrganizations([
      m('e1', '市政府办公室', 'government', 0, 'full', { level: '市', parentName: '市政府', parentKind: 'government' }),
    ], region);
    expect(orgs.map((o) => [o.name, o.resolved, o.parent])).toEqual([['市政府办公室', '永康市政府办公室', 'o1'], ['市政府', '永康市人民政府', undefined]]);
  });

  it('links a short form written before its full form', () => {
    const orgs = linkOrganizations([m('e1', '农商银行', 'bank', 0, 'short'), m('e2', '永康农商银行', 'bank', 10)]);
    expect(orgs).toEqual([{ id: 'o0', name: '永康农商银行', kind: 'bank', mentions: ['e1', 'e2'] }]);
  });

  it('drops a reference with nothing to refer to and keeps an unlinked short form', () => {
    const orgs = linkOrganizations([m('e1', '该行', 'bank', 0, 'reference'), m('e2', '农商银行', 'bank', 5, 'short')]);
    expect(orgs).toEqual([{ id: 'o0', name: '农商银行', kind: 'bank', mentions: ['e2'] }]);
  });

  it('keeps the parent of a unit, creating it when never written alone', () => {
    const orgs = linkOrganizations([m('e1', '永康农商银行总行营业部', 'bank', 0, 'full', { parentName: '永康农商银行', parentKind: 'bank' })]);
    expect(orgs).toEqual([
      { id: 'o0', name: '永康农商银行总行营业部', kind: 'bank', mentions: ['e1'], parent: 'o1' },
      { id: 'o1', name: '永康农商银行', kind: 'bank', mentions: [] },
    ]);
  });

  it('resolves 市委 to the document city and merges its mentions', () => {
    const orgs = linkOrganizations([m('e1', '市委', 'party', 0, 'full', { level: '市' }), m('e2', '市委', 'party', 9, 'full', { level: '市' })], region);
    expect(orgs).toEqual([{ id: 'o0', name: '市委', kind: 'party', mentions: ['e1', 'e2'], resolved: '中共永康市委' }]);
  });
});
