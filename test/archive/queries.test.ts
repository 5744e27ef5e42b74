import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterArchive, discoverRising, documentRows, exportParquet, openStore, periodLabel, queryNamed, queryPeopleThemes, queryTrends, renderTrendChart, type ArchiveStore, type TrendPeriod } from '../../src/archive/index.js';
import { fixture, tempDir, theme } from './fixtures.js';

const RV = () => theme('rural-revitalization', '乡村振兴', '三农', 2, ['p0']);
const HQ = () => theme('high-quality-development', '高质量发展', '发展', 1);
const NP = () => theme('new-productive-forces', '新质生产力', '发展', 3, ['p1']);
const FARM = ['乡村', '农民', '耕地', '民宿', '合作社'];
const TECH = ['创新', '芯片', '研发', '装备', '算力'];

/** 2022: 2 articles; 2023: none (an empty year); 2024: 4 articles. */
const DOCS = [
  fixture({ id: 'd1', date: '2022-02-01', themes: [RV()], people: [['p0', '周卫东', '县委书记']], words: [...FARM, ...FARM], candidates: ['三链融合'] }),
  fixture({ id: 'd2', date: '2022-07-15', themes: [RV(), HQ()], people: [['p0', '周卫东', '县委书记']], words: [...FARM, '乡村'] }),
  fixture({ id: 'd3', date: '2024-01-10', themes: [NP(), HQ()], people: [['p1', '林晓岚', '县长']], words: [...TECH, ...TECH], candidates: ['五个一批'] }),
  fixture({ id: 'd4', date: '2024-03-03', themes: [NP()], people: [['p1', '林晓岚', '县长']], words: [...TECH, '芯片'], candidates: ['五个一批'] }),
  fixture({ id: 'd5', date: '2024-05-20', themes: [NP(), RV()], people: [['p0', '周卫东', '县委书记'], ['p1', '林晓岚', '县长']], words: [...TECH], candidates: ['五个一批', '三链融合'] }),
  fixture({ id: 'd6', date: '2024-11-30', text: '短文。', words: [...FARM] }),
];

let s: ArchiveStore;
beforeAll(async () => {
  s = await openStore(join(tempDir(), 'q.duckdb'));
  await s.writeBatch(DOCS.map((d) => documentRows(d.record, d.doc)), []);
});
afterAll(() => s.close());

describe('archive/trends', () => {
  it('counts articles, share and mentions per 10k characters per year, including the empty year', async () => {
    const rows = await queryTrends(s, { by: 'year', themes: ['new-productive-forces', '乡村振兴'] });
    const np = rows.filter((r) => r.theme === 'new-productive-forces');
    expect(np.map((r) => [r.period, r.articles, r.totalArticles])).toEqual([['2022', 0, 2], ['2023', 0, 0], ['2024', 3, 4]]);
    expect(np[2]!.share).toBeCloseTo(0.75);
    expect(np[2]!.mentions).toBe(9);
    expect(np[2]!.per10k).toBeCloseTo((9 / (300 + 3)) * 10000);
    const rv = rows.filter((r) => r.name === '乡村振兴');
    expect(rv.map((r) => r.articles)).toEqual([2, 0, 1]);
  });

  it('fills every quarter and month between the first and last date', async () => {
    const q = await queryTrends(s, { by: 'quarter', themes: ['high-quality-development'] });
    expect(q.map((r) => r.period)).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    const m = await queryTrends(s, { by: 'month', themes: ['high-quality-development'] });
    expect(m).toHaveLength(34);
    expect(m.find((r) => r.period === '2022-07')?.articles).toBe(1);
  });

  it('filters by category and labels ISO weeks', async () => {
    const rows = await queryTrends(s, { by: 'year', category: '发展' });
    expect([...new Set(rows.map((r) => r.theme))].sort()).toEqual(['high-quality-development', 'new-productive-forces']);
    expect(periodLabel('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodLabel('2024-01-01', 'week')).toBe('2024-W01');
    const w = await queryTrends(s, { by: 'week', themes: ['new-productive-forces'] });
    expect(w.find((r) => r.articles > 0)?.period).toBe('2024-W02');
  });

  it('refuses an unknown period with a clear error', async () => {
    await expect(queryTrends(s, { by: 'decade' as 'year' })).rejects.toThrow(/--by: expected one of year, quarter, month, week, found "decade"/);
  });
});

describe('archive/charts', () => {
  it('renders an SVG line chart headless, and a self-contained HTML page', async () => {
    const rows = await queryTrends(s, { by: 'year' });
    const svg = await renderTrendChart(rows, { format: 'svg', title: '主题趋势' });
    expect(svg).toContain('<svg');
    expect(svg).toContain('新质生产力');
    const html = await renderTrendChart(rows, { format: 'html', measure: 'per10k' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('archive/people-themes', () => {
  it('lists who speaks of which theme with counts, role and first/last dates', async () => {
    const rows = await queryPeopleThemes(s);
    expect(rows).toEqual([
      { name: '周卫东', role: '县委书记', theme: 'rural-revitalization', themeName: '乡村振兴', articles: 3, first: '2022-02-01', last: '2024-05-20' },
      { name: '林晓岚', role: '县长', theme: 'new-productive-forces', themeName: '新质生产力', articles: 3, first: '2024-01-10', last: '2024-05-20' },
    ]);
    expect(await queryPeopleThemes(s, { themes: ['新质生产力'] })).toHaveLength(1);
  });
});

describe('archive/named-entities', () => {
  it('lists places and organizations by articles, per period too, and refuses a period it does not know', async () => {
    for (const table of ['places', 'organizations'] as const) {
      const rows = await queryNamed(s, table);
      expect(rows.map((r) => r.articles)).toEqual([...rows.map((r) => r.articles)].sort((a, b) => b - a));
      for (const r of rows) expect(r.mentions >= r.articles && r.first <= r.last && r.period === undefined).toBe(true);
      const yearly = await queryNamed(s, table, { by: 'year', limit: 1 });
      for (const r of yearly) expect(r.period).toMatch(/^\d{4}$/);
      expect(new Set(yearly.map((r) => r.period)).size).toBe(yearly.length);
    }
    await expect(queryNamed(s, 'places', { by: "year', d.date)); --" as TrendPeriod })).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(queryNamed(s, 'documents' as 'places')).rejects.toMatchObject({ code: 'invalid_option' });
  });
});

describe('archive/clusters', () => {
  it('separates the farm and tech articles, deterministically, with top words, periods and themes', async () => {
    const a = await clusterArchive(s, { k: 2, features: 50 });
    const b = await clusterArchive(s, { k: 2, features: 50 });
    expect(a).toEqual(b);
    expect(a.documents).toBe(6);
    const tech = a.clusters.find((c) => c.topWords.some((w) => w.word === '芯片'))!;
    expect(tech.size).toBe(3);
    expect(tech.topWords.map((w) => w.word)).not.toContain('农民');
    expect(tech.themes[0]).toMatchObject({ theme: 'new-productive-forces', articles: 3, share: 1 });
    expect(tech.periods).toEqual([{ period: '2024', size: 3 }]);
  });

  it('refuses k < 1', async () => {
    await expect(clusterArchive(s, { k: 0 })).rejects.toThrow(/--k: expected a whole number/);
  });
});

describe('archive/discover', () => {
  it('ranks phrases rising in the last period by burstiness, and leaves out the steady ones', async () => {
    const r = await discoverRising(s, { by: 'year' });
    expect(r.period).toBe('2024');
    expect(r.phrases.map((p) => p.phrase)).toEqual(['五个一批']);
    expect(r.phrases[0]).toMatchObject({ articles: 3, before: 0, firstSeen: '2024' });
    expect(r.phrases[0]!.series).toEqual([{ period: '2022', articles: 0 }, { period: '2023', articles: 0 }, { period: '2024', articles: 3 }]);
    const low = await discoverRising(s, { by: 'year', minArticles: 1 });
    expect(low.phrases[0]!.phrase).toBe('五个一批');
    await expect(discoverRising(s, { by: 'year', period: '1999' })).rejects.toThrow(/--period: expected a stored year/);
  });
});

describe('archive/export-parquet', () => {
  it('exports every table as Parquet that DuckDB reads back', async () => {
    const dir = tempDir();
    const out = await exportParquet(s, dir);
    expect(out.find((t) => t.table === 'documents')?.rows).toBe(6);
    const [row] = await s.query<{ n: number }>(`SELECT count(*) AS n FROM read_parquet('${join(dir, 'themes.parquet')}')`);
    expect(row!.n).toBe(8);
  });
});
