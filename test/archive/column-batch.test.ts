import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createColumnBuilder } from '../../src/archive/column-batch.js';
import { documentRows, openStore, tagArchive, type ArchiveStore } from '../../src/archive/index.js';
import { fixture, tempDir, theme } from './fixtures.js';

const open: ArchiveStore[] = [];
afterEach(() => { for (const s of open.splice(0)) s.close(); });

const A = fixture({ id: 'a', date: '2023-03-01', themes: [theme('rural-revitalization', '乡村振兴', '三农', 2, ['p0'])], people: [['p0', '周卫东', '县委书记']], words: ['乡村', '振兴'] });
const B = fixture({ id: 'b', date: '2024-01-10' });

describe('archive/column-batch', () => {
  it('turns documents\' rows into one column JSON per table, tables without rows left out', () => {
    const b = createColumnBuilder();
    b.add(documentRows(A.record, A.doc));
    b.add(documentRows(B.record, B.doc));
    const out = b.finish();
    expect(b.size).toBe(2);
    expect(Object.keys(out).sort()).toEqual(['documents', 'entities', 'people', 'roles', 'terms', 'theme_speakers', 'themes']);
    const docs = JSON.parse(out.documents!) as Record<string, unknown[]>;
    expect(docs.c0).toEqual(['a', 'b']);
    expect(JSON.parse(out.people!)).toMatchObject({ c2: ['周卫东'], c5: [['县委书记']] });
  });

  it('makes strings well-formed (a lone surrogate becomes U+FFFD) and non-finite numbers null', () => {
    const b = createColumnBuilder();
    b.add({ id: 'x', hash: 'h', tables: { keywords: [['x', 'a\ud800b', Number.NaN], ['x', '\udc00', 1]], people: [['x', 'p0', 'n', 1, 0, ['\ud83d']]] } });
    const out = b.finish();
    expect(JSON.parse(out.keywords!)).toEqual({ c0: ['x', 'x'], c1: ['a\ufffdb', '\ufffd'], c2: [null, 1] });
    expect(JSON.parse(out.people!).c5).toEqual([['\ufffd']]);
  });

  it('stores hostile strings exactly as the appender did: quotes, backslashes, NUL, astral, lone surrogates', async () => {
    const text = '"引号"\\反斜杠\u0000空字符😀\ud800孤立';
    const doc = fixture({ id: 'h"\\', date: '2023-05-06', text });
    const s = await openStore(join(tempDir(), 'h.duckdb'));
    open.push(s);
    await s.writeBatch([documentRows(doc.record, doc.doc)], []);
    expect(await s.query('SELECT id, text, date FROM documents')).toEqual([{ id: 'h"\\', text: text.replace('\ud800', '\ufffd'), date: '2023-05-06' }]);
  });
});

describe('archive/tag-archive (repeated ids in one run)', () => {
  it('keeps the last version when an id comes twice with different text in one batch', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.jsonl');
    const lines = [
      { id: 'd1', date: '2024-01-02', text: '县长林晓岚强调，要优化营商环境。' },
      { id: 'd2', date: '2024-01-03', text: '会议研究部署乡村振兴工作。' },
      { id: 'd1', date: '2024-01-02', text: '县长林晓岚强调，要推动高质量发展。' },
      { id: 'd2', date: '2024-01-03', text: '会议研究部署乡村振兴工作。' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const db = join(dir, 'a.duckdb');
    expect(await tagArchive({ inputs: [file], db, workers: 0 })).toMatchObject({ read: 4, stored: 3, replaced: 1, skipped: 1, rejected: 0 });
    const s = await openStore(db, { readOnly: true });
    open.push(s);
    expect(await s.query('SELECT id, text FROM documents ORDER BY id')).toEqual([
      { id: 'd1', text: '县长林晓岚强调，要推动高质量发展。' }, { id: 'd2', text: '会议研究部署乡村振兴工作。' },
    ]);
    expect(await s.query('SELECT count(DISTINCT doc_id) AS n, count(*) FILTER (WHERE doc_id = \'d1\') > 0 AS d1 FROM terms')).toEqual([{ n: 2, d1: true }]);
  });
});
