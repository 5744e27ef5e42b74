/**
 * End-to-end: the BUILT CLI (worker threads need compiled JavaScript) through test/archive/archive-cli.mjs
 * (see cli-runner.ts), which adds the archive commands to `buildProgram()` until main.ts wires them. Includes the SIGKILL
 * kill-and-restart test: the stored ids equal the input ids exactly, none twice.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../src/archive/index.js';
import { DATA, HAS_DATA, ROOT } from '../helpers/data.js';
import { buildIfStale, CLI, storedIds, tifa } from './cli-runner.js';
import { tempDir } from './fixtures.js';
import { THEMES_READY } from './themes-ready.js';

const JSONL = join(ROOT, 'examples/archive/articles.jsonl');
const FILES = join(ROOT, 'examples/archive/files');
const REPORTS = join(DATA, 'gov-reports');

beforeAll(buildIfStale, 180_000);

describe('tifa tag / trends / people / places / orgs / clusters / discover (built CLI)', () => {
  it('tags a GBK archive with --encoding and refuses an unknown encoding as usage', async () => {
    const dir = tempDir();
    // 市委书记章旭升赴城西新区调研。 in GBK (bytes written out by iconv).
    const gbk = Buffer.from('cad0ceafcae9bcc7d5c2d0f1c9fdb8b0b3c7cef7d0c2c7f8b5f7d1d0a1a3', 'hex');
    writeFileSync(join(dir, '2023-03-24.txt'), gbk);
    const db = join(dir, 'gbk.duckdb');
    const r = tifa(['tag', join(dir, '2023-03-24.txt'), '--db', db, '--workers', '0', '--encoding', 'gbk', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 1, stored: 1, rejected: 0 });
    expect(await storedIds(db)).toEqual(['2023-03-24.txt']);
    const bad = tifa(['tag', join(dir, '2023-03-24.txt'), '--db', join(dir, 'other.duckdb'), '--encoding', 'klingon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--encoding: expected an encoding/);
  });

  it('tags the example archive with 2 workers, resumes, answers queries and writes a chart and Parquet', () => {
    const dir = tempDir();
    const db = join(dir, 'x.duckdb');
    const first = tifa(['tag', JSONL, FILES, '--db', db, '--workers', '2', '--json']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ read: 38, stored: 38, rejected: 0, workers: 2 });
    const again = tifa(['tag', JSONL, FILES, '--db', db, '--workers', '2', '--json', '--parquet', join(dir, 'pq')]);
    expect(JSON.parse(again.stdout)).toMatchObject({ stored: 0, skipped: 38 });
    expect(existsSync(join(dir, 'pq', 'documents.parquet'))).toBe(true);

    const trends = tifa(['trends', '--db', db, '--by', 'quarter', '--format', 'json', '--chart', join(dir, 'trend.svg')]);
    expect(trends.status).toBe(0);
    const rows = JSON.parse(trends.stdout) as { period: string; totalArticles: number }[];
    expect(new Set(rows.map((r) => r.period)).size).toBe(rows.length === 0 ? 0 : 8);
    expect(readFileSync(join(dir, 'trend.svg'), 'utf8')).toContain('<svg');
    const html = tifa(['trends', '--db', db, '--by', 'year', '--format', 'csv', '--chart', join(dir, 'trend.html')]);
    expect(html.status).toBe(0);
    expect(html.stdout.split('\n')[0]).toBe('period,name,articles,totalArticles,share,mentions,per10k');
    expect(readFileSync(join(dir, 'trend.html'), 'utf8')).toContain('<svg');

    for (const args of [['people', '--db', db], ['clusters', '--db', db, '--k', '3'], ['discover', '--db', db, '--by', 'quarter']]) {
      const r = tifa(args);
      expect(r.status, `${args[0]}: ${r.stderr}`).toBe(0);
    }
    const clusters = JSON.parse(tifa(['clusters', '--db', db, '--k', '3', '--format', 'json']).stdout) as { documents: number; clusters: { size: number }[] };
    expect(clusters.clusters.reduce((a, c) => a + c.size, 0)).toBe(clusters.documents);

    // places / orgs: one row per name, by articles; filtered by kind; per period with --by.
    type Named = { period?: string; name: string; kind: string; resolved: string | null; articles: number; mentions: number; first: string; last: string };
    const places = JSON.parse(tifa(['places', '--db', db, '--format', 'json']).stdout) as Named[];
    expect(places.length).toBeGreaterThan(3);
    expect(places.map((r) => r.articles)).toEqual([...places.map((r) => r.articles)].sort((a, b) => b - a));
    for (const r of places) expect(r.mentions >= r.articles && r.first <= r.last && r.articles <= 38).toBe(true);
    const towns = JSON.parse(tifa(['places', '--db', db, '--kind', 'town', '--format', 'json']).stdout) as Named[];
    expect(towns.length).toBeGreaterThan(0);
    expect(towns.every((r) => r.kind === 'town')).toBe(true);
    expect(towns).toEqual(places.filter((r) => r.kind === 'town'));
    const yearly = JSON.parse(tifa(['orgs', '--db', db, '--by', 'year', '--limit', '2', '--format', 'json']).stdout) as Named[];
    expect([...new Set(yearly.map((r) => r.period))]).toEqual(['2023', '2024']);
    for (const y of ['2023', '2024']) expect(yearly.filter((r) => r.period === y).length).toBeLessThanOrEqual(2);
    const party = JSON.parse(tifa(['orgs', '--db', db, '--kind', 'party', '--format', 'json']).stdout) as Named[];
    expect(party.length).toBeGreaterThan(0);
    expect(party.every((r) => r.kind === 'party')).toBe(true);
    expect(tifa(['places', '--db', db, '--by', 'decade']).status).toBe(2);
    expect(tifa(['orgs', '--db', db, '--limit', '0']).status).toBe(2);
  });

  it('stores the rest and records the reject when a JSON line in the middle is malformed', async () => {
    const dir = tempDir();
    const lines = readFileSync(JSONL, 'utf8').trim().split('\n');
    lines.splice(17, 0, '{"id": "bad", "date": "2023-12-31", text: 不是JSON}');
    writeFileSync(join(dir, 'a.jsonl'), lines.join('\n') + '\n');
    const db = join(dir, 'a.duckdb');
    const r = tifa(['tag', join(dir, 'a.jsonl'), '--db', db, '--workers', '1']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/34 stored, 0 already stored, 1 rejected \(see the rejects table\)/);
    expect(await storedIds(db)).toHaveLength(34);
  });

  it('refuses a second writer: exit 1 and one clear line', async () => {
    const dir = tempDir();
    const db = join(dir, 'l.duckdb');
    expect(tifa(['tag', FILES, '--db', db, '--workers', '0']).status).toBe(0);
    const holder = spawn(process.execPath, ['--input-type=module', '-e',
      `const { DuckDBInstance } = await import('@duckdb/node-api'); const db = await DuckDBInstance.create(${JSON.stringify(db)}); await db.connect(); console.log('ready'); setInterval(() => {}, 1000);`], { cwd: ROOT });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => { if (String(d).includes('ready')) resolve(); }));
      const r = tifa(['tag', JSONL, '--db', db, '--workers', '1']);
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(/^tifa: .*l\.duckdb: expected to open the archive for writing, found it locked by another process \(pid \d+\); wait for it to finish or stop it$/);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('loses and duplicates nothing when killed with SIGKILL at random points and restarted', async () => {
    const dir = tempDir();
    const input = join(dir, 'gen.jsonl');
    const N = 2000;
    const articles = [...generateArticles(N, { seed: 7 })];
    writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const db = join(dir, 'k.duckdb');
    const args = [CLI, 'tag', input, '--db', db, '--workers', '1', '--batch', '16'];
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const counts: number[] = [];
    // Each round: wait until the store file grows (a batch was committed, so the run is mid-way,
    // whatever the machine's speed), then kill after a further random 0–1.2 s.
    const size = (): number => [db, `${db}.wal`].reduce((a, f) => a + (existsSync(f) ? statSync(f).size : 0), 0);
    for (let round = 0; round < 4; round++) {
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      let done = false;
      const exited = new Promise<void>((resolve) => child.on('exit', () => { done = true; resolve(); }));
      const before = size();
      const t0 = Date.now();
      while (!done && size() <= before + 4096 && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, rnd() * 1200));
      child.kill('SIGKILL');
      await exited;
      counts.push((await storedIds(db)).length);
    }
    const last = tifa(['tag', input, '--db', db, '--workers', '1', '--json']);
    expect(last.status, last.stderr).toBe(0);
    const ids = await storedIds(db);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(articles.map((a) => a.id).sort());
    expect(JSON.parse(last.stdout).skipped + JSON.parse(last.stdout).stored).toBe(N);
    // The kills landed mid-run at least once (some but not all stored), so resume was exercised.
    expect(counts.some((n) => n > 0 && n < N), `stored after each kill: ${counts.join(', ')}`).toBe(true);
  }, 120_000);

  // Gated on the Themes layer (THEMES_READY) and on ../shared/data: un-gate when themes land.
  it.runIf(THEMES_READY && HAS_DATA && existsSync(REPORTS))('gov reports: 乡村振兴 and 高质量发展 from 2018, 新质生产力 in 2024', () => {
    const dir = tempDir();
    const db = join(dir, 'gov.duckdb');
    expect(tifa(['tag', REPORTS, '--db', db, '--workers', '2'], 300_000).status).toBe(0);
    const r = tifa(['trends', '--db', db, '--by', 'year', '--theme', '乡村振兴', '高质量发展', '新质生产力', '--format', 'json', '--chart', join(dir, 'gov.svg')]);
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { period: string; name: string; articles: number }[];
    const at = (name: string, year: string): number => rows.find((x) => x.name === name && x.period === year)?.articles ?? 0;
    expect(at('乡村振兴', '2018')).toBe(1);
    expect(at('高质量发展', '2018')).toBe(1);
    expect(at('新质生产力', '2024')).toBe(1);
    expect(rows.filter((x) => x.name === '新质生产力' && x.period < '2023').every((x) => x.articles === 0)).toBe(true);
    expect(rows.filter((x) => x.name === '乡村振兴' && x.period < '2017').every((x) => x.articles === 0)).toBe(true);
    expect(readFileSync(join(dir, 'gov.svg'), 'utf8')).toContain('<svg');
  }, 300_000);
});
