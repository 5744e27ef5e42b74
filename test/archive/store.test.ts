import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTifaError } from '../../src/index.js';
import { documentRows, openStore, TABLES, type ArchiveStore } from '../../src/archive/index.js';
import { ROOT } from '../helpers/data.js';
import { fixture, tempDir, theme } from './fixtures.js';

const open: ArchiveStore[] = [];
afterEach(() => { for (const s of open.splice(0)) s.close(); });
async function store(path = join(tempDir(), 'a.duckdb'), readOnly = false): Promise<ArchiveStore> {
  const s = await openStore(path, { readOnly });
  open.push(s);
  return s;
}

const A = fixture({ id: 'a', date: '2023-03-01', themes: [theme('rural-revitalization', '乡村振兴', '三农', 2, ['p0'])], people: [['p0', '周卫东', '县委书记']], candidates: ['五个一批'], words: ['乡村', '振兴', '乡村'] });
const B = fixture({ id: 'b', date: '2024-01-10', themes: [theme('new-productive-forces', '新质生产力', '发展', 1)] });

describe('archive/store', () => {
  it('creates every table and round-trips a document\'s rows', async () => {
    const s = await store();
    await s.writeBatch([documentRows(A.record, A.doc), documentRows(B.record, B.doc)], []);
    expect(await s.query('SELECT id, hash, date, chars FROM documents ORDER BY id')).toEqual([
      { id: 'a', hash: A.record.hash, date: '2023-03-01', chars: 100 }, { id: 'b', hash: B.record.hash, date: '2024-01-10', chars: 100 },
    ]);
    expect(await s.query('SELECT doc_id, theme, name, evidence, speakers FROM themes ORDER BY doc_id')).toEqual([
      { doc_id: 'a', theme: 'rural-revitalization', name: '乡村振兴', evidence: 2, speakers: ['周卫东'] },
      { doc_id: 'b', theme: 'new-productive-forces', name: '新质生产力', evidence: 1, speakers: [] },
    ]);
    expect(await s.query('SELECT name, role, theme FROM theme_speakers')).toEqual([{ name: '周卫东', role: '县委书记', theme: 'rural-revitalization' }]);
    expect(await s.query('SELECT name, roles FROM people')).toEqual([{ name: '周卫东', roles: ['县委书记'] }]);
    expect(await s.query('SELECT term, count FROM terms ORDER BY term')).toEqual([{ term: '乡村', count: 2 }, { term: '振兴', count: 1 }]);
    expect(await s.query('SELECT phrase FROM candidates')).toEqual([{ phrase: '五个一批' }]);
    expect([...(await s.storedKeys())]).toEqual([['a', A.record.hash], ['b', B.record.hash]]);
    const tables = (await s.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables ORDER BY 1')).map((r) => r.name);
    for (const t of [...TABLES.map((t) => t.name), 'rejects', 'tifa_meta']) expect(tables).toContain(t);
  });

  it('writes a batch all or nothing: a failing row rolls back every table', async () => {
    const s = await store();
    await s.writeBatch([documentRows(A.record, A.doc)], []);
    const dup = documentRows(B.record, B.doc);
    await expect(s.writeBatch([dup, dup], [])).rejects.toSatisfy((e) => isTifaError(e) && e.code === 'store_failure');
    expect(await s.query('SELECT count(*) AS n FROM documents')).toEqual([{ n: 1 }]);
    expect(await s.query('SELECT count(*) AS n FROM themes')).toEqual([{ n: 1 }]);
  });

  it('replaces every row of a changed document in the same transaction', async () => {
    const s = await store();
    await s.writeBatch([documentRows(A.record, A.doc)], []);
    const changed = fixture({ id: 'a', date: '2023-03-01', text: '改过的文本。', themes: [theme('common-prosperity', '共同富裕', '民生', 1)] });
    await s.writeBatch([documentRows(changed.record, changed.doc)], [], ['a']);
    expect(await s.query('SELECT doc_id, theme FROM themes')).toEqual([{ doc_id: 'a', theme: 'common-prosperity' }]);
    expect(await s.query('SELECT count(*) AS n FROM theme_speakers')).toEqual([{ n: 0 }]);
    expect((await s.storedKeys()).get('a')).toBe(changed.record.hash);
  });

  it('keeps one reject row per (file, line) across reruns', async () => {
    const s = await store();
    const r = { origin: 'x.jsonl', line: 3, reason: 'expected a JSON object, found invalid JSON', excerpt: '{' };
    await s.writeBatch([], [r]);
    await s.writeBatch([], [r]);
    expect(await s.query('SELECT origin, line, reason FROM rejects')).toEqual([{ origin: 'x.jsonl', line: 3, reason: r.reason }]);
  });

  it('refuses a second writer with a clear "locked by another process" error', async () => {
    const path = join(tempDir(), 'locked.duckdb');
    (await store(path)).close();
    const child = spawn(process.execPath, ['--input-type=module', '-e',
      `const { DuckDBInstance } = await import('@duckdb/node-api'); const db = await DuckDBInstance.create(${JSON.stringify(path)}); await db.connect(); console.log('ready'); setInterval(() => {}, 1000);`], { cwd: ROOT });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => { if (String(d).includes('ready')) resolve(); });
        child.on('exit', () => reject(new Error('lock holder exited')));
      });
      const err = await openStore(path).catch((e: unknown) => e);
      expect(isTifaError(err) && err.code).toBe('store_failure');
      expect((err as Error).message).toMatch(/locked\.duckdb: expected to open the archive for writing, found it locked by another process \(pid \d+\)/);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says clearly when a read-only query store does not exist', async () => {
    const err = await openStore(join(tempDir(), 'missing.duckdb'), { readOnly: true }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/missing\.duckdb: expected an archive database \(made by tifa tag\), found no such file/);
  });

  // Read-only files, directories and file systems, a full disk: store-faults.test.ts (through the CLI,
  // as an unprivileged user when the tests run as root, so the fault is real).

  it('opens an existing store read-only for queries and refuses writes there', async () => {
    const path = join(tempDir(), 'ro.duckdb');
    const w = await store(path);
    await w.writeBatch([documentRows(A.record, A.doc)], []);
    w.close();
    const r = await store(path, true);
    expect(await r.query('SELECT count(*) AS n FROM documents')).toEqual([{ n: 1 }]);
    await expect(r.writeBatch([documentRows(B.record, B.doc)], [])).rejects.toThrow(/opened read-only/);
    expect(existsSync(path)).toBe(true);
  });
});
