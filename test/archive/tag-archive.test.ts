import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, queryTrends, tagArchive, type TagProgress } from '../../src/archive/index.js';
import { ROOT } from '../helpers/data.js';
import { tempDir } from './fixtures.js';
import { THEMES_READY } from './themes-ready.js';

const JSONL = join(ROOT, 'examples/archive/articles.jsonl');
const FILES = join(ROOT, 'examples/archive/files');
const CSV = join(ROOT, 'examples/archive/articles.csv');

async function ids(db: string): Promise<string[]> {
  const s = await openStore(db, { readOnly: true });
  try { return (await s.query<{ id: string }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id); } finally { s.close(); }
}

describe('archive/tag-archive (in-process)', () => {
  it('tags the example archive (JSON lines, files, CSV), rejects the bad CSV date, and resumes by skipping', async () => {
    const db = join(tempDir(), 'x.duckdb');
    const seen: TagProgress[] = [];
    const first = await tagArchive({ inputs: [JSONL, FILES, CSV], db, workers: 0, batchSize: 8, count: true, onProgress: (p) => seen.push(p) });
    expect(first).toMatchObject({ read: 41, stored: 40, skipped: 0, rejected: 1, workers: 0, aborted: false });
    expect(seen.at(-1)).toMatchObject({ total: 41, done: 41 });
    const again = await tagArchive({ inputs: [JSONL, FILES, CSV], db, workers: 0 });
    expect(again).toMatchObject({ stored: 0, skipped: 40, rejected: 1 });
    const s = await openStore(db, { readOnly: true });
    try {
      expect(await s.query('SELECT origin, line, reason FROM rejects')).toEqual([{ origin: CSV, line: 5, reason: 'field "date": expected YYYY-MM-DD, YYYY-MM or YYYY, found "2024-13-01"' }]);
      const [d] = await s.query<{ n: number; chars: number }>('SELECT count(DISTINCT id) AS n, min(chars) AS chars FROM documents');
      expect(d).toMatchObject({ n: 40 });
      expect((await s.query('SELECT count(*) AS n FROM terms'))[0]).not.toEqual({ n: 0 });
    } finally { s.close(); }
  });

  it('rejects a malformed JSON line in the middle and stores everything else', async () => {
    const dir = tempDir();
    const lines = readFileSync(JSONL, 'utf8').trim().split('\n').slice(0, 10);
    lines.splice(5, 0, '{"id": "broken", "date": "2023-06-01", "text": "没有结尾');
    writeFileSync(join(dir, 'a.jsonl'), lines.join('\n') + '\n');
    const db = join(dir, 'a.duckdb');
    const r = await tagArchive({ inputs: [join(dir, 'a.jsonl')], db, workers: 0, batchSize: 3 });
    expect(r).toMatchObject({ stored: 10, rejected: 1 });
    expect(await ids(db)).toHaveLength(10);
    const s = await openStore(db, { readOnly: true });
    try { expect(await s.query('SELECT line FROM rejects')).toEqual([{ line: 6 }]); } finally { s.close(); }
  });

  it('re-tags an article whose content changed, replacing its rows, and skips repeats (same id and hash)', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.jsonl');
    const rec = { id: 'x1', date: '2024-01-02', text: '县长林晓岚强调，要优化营商环境。' };
    writeFileSync(file, `${JSON.stringify(rec)}\n${JSON.stringify(rec)}\n`);
    const db = join(dir, 'a.duckdb');
    expect(await tagArchive({ inputs: [file], db, workers: 0 })).toMatchObject({ stored: 1, skipped: 1 });
    appendFileSync(file, `${JSON.stringify({ ...rec, text: '县长林晓岚强调，要推动高质量发展。' })}\n`);
    expect(await tagArchive({ inputs: [file], db, workers: 0 })).toMatchObject({ stored: 1, replaced: 1, skipped: 2 });
    const s = await openStore(db, { readOnly: true });
    try { expect(await s.query('SELECT text FROM documents')).toEqual([{ text: '县长林晓岚强调，要推动高质量发展。' }]); } finally { s.close(); }
  });

  it('stops reading on abort, keeps what was written, and a rerun completes the set', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.duckdb');
    const controller = new AbortController();
    const r = await tagArchive({ inputs: [JSONL], db, workers: 0, batchSize: 4, chunkSize: 2, signal: controller.signal, onProgress: (p) => { if (p.read >= 10) controller.abort(); } });
    expect(r.aborted).toBe(true);
    expect(r.stored).toBeLessThan(34);
    await tagArchive({ inputs: [JSONL], db, workers: 0 });
    expect(await ids(db)).toHaveLength(34);
  });

  it('explains that worker threads need the built package when run from sources', async () => {
    await expect(tagArchive({ inputs: [JSONL], db: join(tempDir(), 'w.duckdb'), workers: 1 })).rejects.toThrow(/worker script .* found none .*workers: 0/);
  });

  // Gated on the Themes layer (THEMES_READY): un-gate when themes land.
  it.runIf(THEMES_READY)('shows 新质生产力 rising from late 2023 and 乡村振兴 throughout the example archive', async () => {
    const db = join(tempDir(), 't.duckdb');
    await tagArchive({ inputs: [JSONL, FILES], db, workers: 0 });
    const s = await openStore(db, { readOnly: true });
    try {
      const rows = await queryTrends(s, { by: 'quarter', themes: ['新质生产力', '乡村振兴'] });
      const np = rows.filter((r) => r.name === '新质生产力');
      expect(np.filter((r) => r.period < '2023-Q4').every((r) => r.articles === 0)).toBe(true);
      expect(np.filter((r) => r.period.startsWith('2024')).reduce((a, r) => a + r.articles, 0)).toBeGreaterThanOrEqual(8);
      expect(rows.filter((r) => r.name === '乡村振兴' && r.articles > 0).length).toBeGreaterThanOrEqual(4);
    } finally { s.close(); }
  });
});
