/**
 * Golden test on the real front page (examples/articles/yongkang-daily-page1.txt) with the shipped
 * resources: what each resolved issue promised about this page.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { PAGE } from '../helpers/data.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const flat = (s: string): string => s.replace(/\s+/g, '');

describe('golden: yongkang daily front page', () => {
  const doc: Document = sharedAnnotator().annotate(PAGE, { date: '2023-03-25', layout: 'page' });

  it('is schema-valid and offset-faithful', () => {
    expectValidDocument(doc);
  });

  it('keeps 亩均论英雄 and 低效工业用地整治 as single tokens everywhere, also across line breaks', () => {
    for (const phrase of ['亩均论英雄', '低效工业用地整治']) {
      const normalizedPage = flat(PAGE);
      const occurrences = normalizedPage.split(phrase).length - 1;
      expect(occurrences).toBeGreaterThan(0);
      const tokens = doc.tokens.filter((t) => flat(t.text) === phrase);
      expect(tokens.length).toBe(occurrences);
    }
    expect(doc.tokens.some((t) => t.text.includes('\n') && flat(t.text) === '亩均论英雄')).toBe(true);
  });
});

describe('golden: places and organizations on the front page', () => {
  const doc: Document = sharedAnnotator().annotate(PAGE, { date: '2023-03-25', layout: 'page' });
  const place = (name: string) => doc.places.find((p) => p.name === name);
  const org = (name: string) => doc.organizations.find((o) => o.name === name);

  it.each(['永康', '经济开发区', '西城街道', '城西新区', '三博区块', '烈桥区块', '中月区块', '飞鹰区块', '望春社区', '李一村'])('finds the place %s', (name) => {
    expect(place(name), `places: ${doc.places.map((p) => p.name).join('、')}`).toBeDefined();
  });

  it('resolves 永康, 西城街道 and 李一村 to 永康 codes', () => {
    expect(place('永康')!.code).toBe('330784');
    expect(place('西城街道')!.code).toMatch(/^330784/);
    expect(place('西城街道')!.parents).toEqual(['浙江省', '金华市', '永康市']);
    expect(place('李一村')!.code).toMatch(/^330784/);
  });

  it('gives non-administrative places a kind and no code', () => {
    for (const name of ['城西新区', '三博区块', '经济开发区']) {
      expect(place(name)!.code).toBeUndefined();
      expect(place(name)!.kind).not.toBe('other');
    }
  });

  it('finds the organizations with their kinds, parents and resolution', () => {
    expect(org('永康农商银行')?.kind).toBe('bank');
    const branch = org('永康农商银行总行营业部');
    expect(branch?.parent).toBe(org('永康农商银行')!.id);
    expect(org('市矛调中心')?.kind).toBe('government');
    expect(org('市委')?.kind).toBe('party');
    expect(org('市委')?.resolved).toBe('中共永康市委');
  });

  it('takes nothing from the advertisement as article content', () => {
    const ad = doc.articles.find((a) => a.kind === 'ad')!;
    const inAd = (s: { start: number; end: number }) => s.start >= ad.start && s.end <= ad.end;
    expect(doc.entities.filter(inAd)).toEqual([]);
    expect(doc.themes.flatMap((t) => t.evidence).filter(inAd)).toEqual([]);
  });
});

describe('golden: people and roles on the front page', () => {
  const doc: Document = sharedAnnotator().annotate(PAGE, { date: '2023-03-25', layout: 'page' });
  const roles = (name: string): string[] => [...new Set((doc.people.find((p) => p.name === name)?.roles ?? []).map((r) => flat(r.text)))].sort();

  it('finds exactly the ten people of the page', () => {
    expect(doc.people.map((p) => p.name).sort()).toEqual(['张赤奎', '李浩锋', '李炜斌', '杨成栋', '王影', '章旭升', '胡勇春', '胡文建', '谢纯', '陈晓苏'].sort());
  });

  it.each([
    ['章旭升', ['市委书记']], ['胡勇春', ['市委副书记', '市长']], ['谢纯', ['副市长']], ['李浩锋', ['市领导']], ['胡文建', ['市领导']],
    ['陈晓苏', ['融媒首席记者']], ['张赤奎', ['融媒首席记者']], ['王影', ['通讯员']], ['李炜斌', ['稻农']], ['杨成栋', ['融媒记者']],
  ])('gives %s the roles %j', (name, expected) => {
    expect(roles(name)).toEqual([...expected].sort());
  });

  it('merges 章旭升 … 章旭升一行 … into one person with speech', () => {
    const p = doc.people.find((x) => x.name === '章旭升')!;
    expect(p.mentions.length).toBeGreaterThanOrEqual(5);
    expect(p.speech.length).toBeGreaterThanOrEqual(2);
  });
});

describe('golden: themes on the front page', () => {
  const doc: Document = sharedAnnotator().annotate(PAGE, { date: '2023-03-25', layout: 'page' });
  const theme = (name: string) => doc.themes.find((t) => t.name === name);
  const speakerNames = (name: string) => (theme(name)?.speakers ?? []).map((id) => doc.people.find((p) => p.id === id)?.name);

  it.each(['亩均论英雄', '低效工业用地整治', '节约集约用地', '高质量发展', '信访工作', '共同富裕'])('finds %s with evidence in the original text', (name) => {
    const t = theme(name);
    expect(t, doc.themes.map((x) => x.name).join('、')).toBeDefined();
    for (const e of t!.evidence) expect(PAGE.slice(e.start, e.end)).toBe(e.text);
  });

  it('reaches 低效工业用地整治 also from 盘活低效工业用地 and 低效用地', () => {
    const evidence = theme('低效工业用地整治')!.evidence.map((e) => flat(e.text));
    expect(evidence).toContain('盘活低效工业用地');
    expect(evidence).toContain('低效用地');
  });

  it('attributes 亩均论英雄 and 低效工业用地整治 to 章旭升', () => {
    expect(speakerNames('亩均论英雄')).toContain('章旭升');
    expect(speakerNames('低效工业用地整治')).toContain('章旭升');
  });
});

describe('golden: times on the front page (dated 2023-03-25)', () => {
  const doc: Document = sharedAnnotator().annotate(PAGE, { date: '2023-03-25', layout: 'page' });
  const time = (text: string) => doc.times.find((t) => flat(t.text) === text);

  it.each([
    ['3月23日上午', '2023-03-23T00:00/2023-03-23T12:00', 'halfday'],
    ['3月24日下午', '2023-03-24T12:00/2023-03-24T18:00', 'halfday'],
    ['3月24日', '2023-03-24', 'day'],
  ])('resolves %s', (text, value, grain) => {
    expect(time(text)).toMatchObject({ value, grain });
  });

  it.each(['近日', '近年来'])('marks %s vague', (text) => {
    expect(time(text)?.kind).toBe('vague');
  });

  it('lists times as TIME entities too', () => {
    expect(doc.entities.filter((e) => e.label === 'TIME').length).toBeGreaterThanOrEqual(doc.times.length - 1);
  });
});

describe('golden: page items', () => {
  const doc: Document = sharedAnnotator().annotate(PAGE, { date: '2023-03-25', layout: 'page' });

  it('every person, place and theme knows its article, and none comes from the banner or the ad', () => {
    const kinds = (idx: readonly number[] | undefined) => (idx ?? []).map((i) => doc.articles[i]!.kind);
    for (const p of doc.people) { expect(p.articles?.length).toBeGreaterThan(0); expect(kinds(p.articles)).not.toContain('ad'); }
    for (const t of doc.themes.filter((x) => x.evidence.length)) { expect(t.articles?.length).toBeGreaterThan(0); expect(kinds(t.articles)).not.toContain('ad'); expect(kinds(t.articles)).not.toContain('banner'); }
    expect(doc.places.every((p) => (p.articles?.length ?? 0) > 0)).toBe(true);
  });
});
