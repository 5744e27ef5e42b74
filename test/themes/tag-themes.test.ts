import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileThemes } from '../../src/themes/compile-themes.js';
import { defaultThemePaths, loadThemes, parseThemes } from '../../src/themes/load-themes.js';
import { tagThemes } from '../../src/themes/tag-themes.js';
import { ROOT } from '../helpers/data.js';

const shipped = compileThemes(loadThemes(defaultThemePaths()));

const tiny = compileThemes(
  parseThemes(
    `themes:
  - id: xin-fa-zhan-li-nian
    name: 新发展理念
    category: 发展理念
    scope: national
    exclude: [创新发展理念]
  - id: yi-dai-yi-lu
    name: 一带一路
    category: 对外开放
    scope: national
  - id: di-xiao
    name: 低效工业用地整治
    category: 土地资源
    scope: zhejiang
    patterns: ["(盘活)?低效(工业)?用地(整治)?", "低效…{4}用地"]
  - id: gong-tong-fu-yu
    name: 共同富裕
    category: 民生与共同富裕
    scope: national
  - id: gong-tong-fu-yu-shi-fan-qu
    name: 共同富裕示范区
    category: 民生与共同富裕
    scope: zhejiang
  - id: liang-shan
    name: 绿水青山就是金山银山
    category: 生态环保
    scope: national
    aliases: [两山理念]
`,
    'tiny.yaml',
  ),
);

/** [text, theme ids expected, evidence texts expected (any order)]. */
const CASES: Array<[string, string[], string[]]> = [
  ['坚持创新发展理念，破解发展难题', [], []],
  ['完整准确全面贯彻新发展理念', ['xin-fa-zhan-li-nian'], ['新发展理念']],
  ['创新发展理念和新发展理念', ['xin-fa-zhan-li-nian'], ['新发展理念']],
  ['积极参与一带一路倡议', ['yi-dai-yi-lu'], ['一带一路']],
  ['共建"一带一路"高质量发展', ['yi-dai-yi-lu'], ['一带一路']],
  ['以更大决心加快盘活低效工业用地', ['di-xiao'], ['盘活低效工业用地']],
  ['摸清低效用地底数', ['di-xiao'], ['低效用地']],
  ['整治低效建设用地', ['di-xiao'], ['低效建设用地']],
  ['低效。其他用地', [], []],
  ['高质量发展建设共同富裕示范区', ['gong-tong-fu-yu', 'gong-tong-fu-yu-shi-fan-qu'], ['共同富裕', '共同富裕示范区']],
  ['践行"两山"理念', ['liang-shan'], ['两山"理念']],
  ['“绿水青山”就是“金山银山”', ['liang-shan'], ['绿水青山”就是“金山银山']],
  ['亩均论\n英雄', [], []],
  ['', [], []],
];

describe('themes', () => {
  it.each(CASES)('tags %j', (text, ids, evidence) => {
    const hits = tagThemes(tiny, text);
    expect(hits.map((h) => h.theme).sort()).toEqual([...ids].sort());
    expect(hits.flatMap((h) => h.evidence.map((e) => e.text)).sort()).toEqual([...evidence].sort());
    for (const h of hits) for (const e of h.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('does not match 新发展理念 inside 创新发展理念', () => {
    expect(tagThemes(shipped, '尊重发展规律，创新发展理念，破解发展难题').map((h) => h.theme)).not.toContain('xin-fa-zhan-li-nian');
  });

  it('matches a slogan broken by a line break', () => {
    const hits = tagThemes(shipped, '树牢“亩均论\n英雄”导向');
    const hit = hits.find((h) => h.theme === 'mu-jun-lun-ying-xiong');
    expect(hit?.evidence.map((e) => e.text)).toEqual(['亩均论\n英雄']);
  });

  it('weighs headline evidence above body evidence', () => {
    const text = '推动高质量发展。'.padEnd(400, '文') + '推动高质量发展。';
    const head = tagThemes(shipped, text, { headlines: [{ start: 0, end: 8 }] }).find((h) => h.theme === 'gao-zhi-liang-fa-zhan')!;
    const plain = tagThemes(shipped, text).find((h) => h.theme === 'gao-zhi-liang-fa-zhan')!;
    expect(head.score).toBeGreaterThan(plain.score);
    expect(plain.score).toBeGreaterThanOrEqual(0.5);
    expect(head.score).toBeLessThan(1);
  });

  it('attributes evidence inside reported speech to its speaker', () => {
    const text = '张三指出，要坚持亩均论英雄。李四说，推动高质量发展。';
    const hits = tagThemes(shipped, text, { speech: [{ start: 5, end: 14, person: 'p0' }, { start: 17, end: 27, person: 'p1' }] });
    expect(hits.find((h) => h.theme === 'mu-jun-lun-ying-xiong')?.speakers).toEqual(['p0']);
    expect(hits.find((h) => h.theme === 'gao-zhi-liang-fa-zhan')?.speakers).toEqual(['p1']);
  });
});

describe('themes on the real front page', () => {
  const page = readFileSync(join(ROOT, 'examples/articles/yongkang-daily-page1.txt'), 'utf8').replace(/\n/g, '');
  const hits = tagThemes(shipped, page);
  const evidenceOf = (id: string): string[] => hits.find((h) => h.theme === id)?.evidence.map((e) => e.text) ?? [];

  const EXPECTED: Array<[string, string[]]> = [
    ['mu-jun-lun-ying-xiong', ['亩均论英雄', '亩均效益']],
    ['di-xiao-gong-ye-yong-di-zheng-zhi', ['低效工业用地整治', '盘活低效工业用地', '低效用地']],
    ['jie-yue-ji-yue-yong-di', ['节约集约用地']],
    ['gao-zhi-liang-fa-zhan', ['高质量发展']],
    ['xin-fang-gong-zuo', ['信访工作', '信访事项']],
    ['gong-tong-fu-yu', ['共同富裕']],
  ];
  it.each(EXPECTED)('finds %s with its evidence', (id, texts) => {
    const found = evidenceOf(id);
    for (const t of texts) expect(found.some((e) => e.includes(t))).toBe(true);
    for (const h of hits) for (const e of h.evidence) expect(page.slice(e.start, e.end)).toBe(e.text);
  });

  it('attributes 亩均论英雄 and 低效工业用地整治 to the speaker of the speech around them', () => {
    const from = page.indexOf('章旭升指出');
    const to = page.indexOf('章旭升在调研');
    const tagged = tagThemes(shipped, page, { speech: [{ start: from + 5, end: to, person: 'p-zhang' }] });
    expect(tagged.find((h) => h.theme === 'mu-jun-lun-ying-xiong')?.speakers).toEqual(['p-zhang']);
    expect(tagged.find((h) => h.theme === 'di-xiao-gong-ye-yong-di-zheng-zhi')?.speakers).toEqual(['p-zhang']);
  });
});
