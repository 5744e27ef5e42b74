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
