import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrgLexicon } from '../../src/orgs/load-org-lexicon.js';
import { ORG_KINDS, orgKindOf, parseOrgSuffixes } from '../../src/orgs/org-kinds.js';
import { packageRoot } from '../../src/resources/package-root.js';

const lexicon = loadOrgLexicon();

// [name, kind]
const CASES: [string, string][] = [
  ['市委', 'party'], ['中共永康市委', 'party'], ['县委', 'party'], ['镇党委', 'party'], ['市纪委', 'party'], ['市委宣传部', 'party'],
  ['市政府', 'government'], ['永康市人民政府', 'government'], ['西城街道办事处', 'government'], ['市矛调中心', 'government'],
  ['市便民服务中心', 'government'], ['市公安局', 'government'], ['市发改委', 'government'], ['市政府办公室', 'government'],
  ['经济开发区管委会', 'government'],
  ['市人大常委会', 'congress'], ['市人大', 'congress'], ['市政协', 'cppcc'],
  ['永康市人民法院', 'court'], ['金华市中级人民法院', 'court'], ['永康市人民检察院', 'procuratorate'],
  ['永康农商银行', 'bank'], ['永康农商银行总行营业部', 'bank'], ['中国工商银行永康支行', 'bank'], ['农商银行', 'bank'],
  ['浙江飞剑集团', 'company'], ['永康五金有限公司', 'company'], ['众泰汽车股份有限公司', 'company'],
  ['永康市融媒体中心', 'media'], ['永康日报社', 'media'], ['永康市广播电视台', 'media'],
  ['永康市第一中学', 'school'], ['浙江师范大学', 'school'], ['西城小学', 'school'],
  ['永康市人民医院', 'hospital'], ['永康市第一人民医院', 'hospital'],
  ['永康市五金商会', 'association'], ['永康市个体劳动者协会', 'association'], ['市总工会', 'association'],
  ['会展中心', 'other'], ['城西新区', 'other'],
  // Names the entity model finds, classified by the `classify` rows (they never find a name in text).
  ['国务院', 'government'], ['中华人民共和国国务院', 'government'], ['外交部', 'government'], ['第一机械工业部', 'government'],
  ['海关总署', 'government'], ['国务院扶贫办', 'government'], ['证监会', 'government'], ['市国资委', 'government'],
  ['市教委', 'government'], ['杭州海关', 'government'], ['公安派出所', 'government'], ['西湖村村委会', 'government'],
  ['中国共产党', 'party'], ['党中央', 'party'], ['中共中央', 'party'], ['国民党', 'party'], ['市委办', 'party'], ['市委常委会', 'party'],
  ['十五大', 'party'], ['二十大', 'party'], ['中共十四大', 'party'], ['中国共产党第十四次全国代表大会', 'party'],
  ['全国人民代表大会', 'congress'], ['第十三届全国人民代表大会', 'congress'], ['全国人大常委会', 'congress'], ['常委会', 'congress'],
  ['中国人民政治协商会议', 'cppcc'],
  ['新华社', 'media'], ['人民日报', 'media'], ['人民出版社', 'media'], ['中央人民广播电台', 'media'], ['浙江卫视', 'media'],
  ['中央电视台', 'media'],
  ['永康市农村信用社', 'bank'], ['第二汽车制造厂', 'company'], ['中信证券', 'company'], ['会计师事务所', 'company'],
  ['中央党校', 'school'], ['足球俱乐部', 'association'], ['浙江飞剑集团董事会', 'company'],
  // … and what they leave alone: a research academy is no school, a headquarters or a business unit takes its parent's kind.
  ['中国科学院', 'other'], ['中国工程院', 'other'], ['司令部', 'other'], ['联合国', 'other'], ['普惠金融事业部', 'other'],
  ['永康农商银行总部', 'bank'], ['十五大代表', 'other'], ['全国代表', 'other'],
  // 委 is a party committee after a level character or 党, else a government commission.
  ['国家发展改革委', 'government'], ['市体委', 'government'], ['中央军委', 'government'], ['中共杭州市委', 'party'], ['村党委', 'party'],
  ['宁波银行股份有限公司', 'bank'], ['中信证券股份有限公司', 'company'], ['市团委', 'association'], ['立法会', 'congress'], ['立法院', 'congress'], ['行政院', 'government'], ['中央社', 'media'], ['中新社', 'media'], ['余村村党支部', 'party'], ['日本国会', 'congress'], ['美国众议院', 'congress'], ['白宫', 'government'],
];

describe('orgKindOf', () => {
  it.each(CASES)('%s → %s', (name, kind) => {
    expect(orgKindOf(name, lexicon)).toBe(kind);
  });
});

describe('classify rows', () => {
  it('never count when a place might be an organization (中西部 stays a place)', () => {
    expect(orgKindOf('中西部', lexicon)).toBe('government');
    expect(orgKindOf('中西部', lexicon, false)).toBe('other');
    expect(orgKindOf('永康市人民政府', lexicon, false)).toBe('government');
  });
});

describe('parseOrgSuffixes', () => {
  it('parses the shipped lexicon: every kind is known', () => {
    const rows = parseOrgSuffixes(readFileSync(join(packageRoot(), 'lexicons/orgs/suffixes.tsv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) expect([...ORG_KINDS, 'inherit']).toContain(r.kind);
  });

  it.each([
    ['银行\tbank', 'line 1: expected 3 columns, found 2'],
    ['# c\n银行\tfinance\tlevel', 'line 2: expected a kind'],
    ['银行\tbank\tsuffix', 'line 1: expected a role'],
    ['bank\tbank\tlevel', 'line 1: expected a suffix of 1–8 CJK characters'],
  ])('rejects %j with its line', (text, message) => {
    expect(() => parseOrgSuffixes(text)).toThrow(expect.objectContaining({ code: 'resource_parse', message: expect.stringContaining(`lexicons/orgs/suffixes.tsv ${message}`) }));
  });
});
