import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { findArticles } from '../../src/text/find-articles.js';
import { PAGE } from '../helpers/data.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const flat = (s: string | undefined): string | undefined => s?.replace(/\s+/g, ' ');

describe('find-articles', () => {
  const items = findArticles(normalize(PAGE).text);

  it('finds the real page items: banner, ad, three articles, a photo caption', () => {
    expect(items.map((a) => a.kind)).toEqual(['banner', 'ad', 'article', 'article', 'article', 'caption']);
  });

  it('gives each article its headline, wherever the page printed it', () => {
    const [, , land, petition, bank, photo] = items;
    expect(flat(land!.headline?.text)).toBe('章旭升在调研低效工业用地整治工作时强调 主动担当作为 勇于攻坚突破 以更大决心加快盘活低效工业用地');
    expect(flat(petition!.headline?.text)).toBe('胡勇春在接待来访群众时强调 坚持以人民为中心 维护群众合法权益');
    expect(flat(bank!.headline?.text)).toBe('永康农商银行： 多彩活动进社区 劳动竞赛乐趣多');
    expect(flat(photo!.headline?.text)).toBe('你翻耕 我伴舞');
  });

  it('finds bylines and datelines', () => {
    const [, , land, petition, bank, photo] = items;
    expect(land!.byline?.text).toBe('（融媒首席记者 陈晓苏）');
    expect(petition!.byline?.text).toBe('（融媒首席记者 张赤奎）');
    expect(bank!.byline?.text).toBe('（通讯员王影）');
    expect(land!.dateline?.text).toBe('本报讯');
    expect(photo!.byline?.text).toBe('融媒记者 杨成栋 摄');
  });

  it('recognizes the banner and the bank advertisement', () => {
    const [banner, ad] = items;
    expect(banner!.text.replace(/\s+/g, '')).toBe('YONGKANGDAILY掌上永康客户端');
    expect(ad!.text.replace(/\s+/g, '')).toBe('亩均英雄贷信用贷未来YONGKANGSUB-BRANCH永康市支行');
  });

  it.each([
    ['没有任何版面标记的普通文字。第二句。'],
    [''],
    ['本报讯'],
    ['标题\n本报讯（记者 张三）正文。\n小标题'],
  ])('never fails on %j and keeps items inside the text', (text) => {
    for (const a of findArticles(text)) {
      expect(text.slice(a.start, a.end)).toBe(a.text);
      if (a.headline) expect(text.slice(a.headline.start, a.headline.end)).toBe(a.headline.text);
    }
  });

  it('annotate with layout "page" returns the items in original offsets', () => {
    const doc = sharedAnnotator().annotate(PAGE, { layout: 'page' });
    expectValidDocument(doc);
    expect(doc.articles.map((a) => a.kind)).toEqual(['banner', 'ad', 'article', 'article', 'article', 'caption']);
    expect(doc.articles[1]!.text).toContain('亩 均 英 雄 贷');
    expect(sharedAnnotator().annotate(PAGE).articles).toEqual([]);
  });
});
