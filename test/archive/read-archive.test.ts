import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCsvParser, dateFromFileName, parseArchiveDate, readArchive, splitFrontMatter, type ArchiveItem } from '../../src/archive/index.js';
import { ROOT } from '../helpers/data.js';
import { tempDir } from './fixtures.js';

async function all(inputs: string[]): Promise<ArchiveItem[]> {
  const out: ArchiveItem[] = [];
  for await (const item of readArchive(inputs)) out.push(item);
  return out;
}

const DATES: [string, string | undefined, string?][] = [
  ['2023-03-24', '2023-03-24', 'day'], ['2023-3-4', '2023-03-04', 'day'], ['2023/03/24', '2023-03-24', 'day'], ['2023年3月24日', '2023-03-24', 'day'],
  ['2023-03', '2023-03-01', 'month'], ['2018', '2018-01-01', 'year'], ['2023-03-24T08:00:00Z', '2023-03-24', 'day'],
  ['2023-02-30', undefined], ['2023-13-01', undefined], ['yesterday', undefined], ['', undefined], ['99999', undefined],
];
const FILE_DATES: [string, string | undefined][] = [
  ['2018.txt', '2018-01-01'], ['2023-05-30-开工.txt', '2023-05-30'], ['20240315-讲堂.txt', '2024-03-15'], ['report-2019-07.md', '2019-07-01'], ['notes.txt', undefined],
];

describe('archive/read-archive', () => {
  it.each(DATES)('parses the date %j', (raw, date, grain) => {
    const d = parseArchiveDate(raw);
    expect(d?.date).toBe(date);
    if (grain) expect(d?.grain).toBe(grain);
  });

  it.each(FILE_DATES)('finds the date in the file name %j', (name, date) => {
    expect(dateFromFileName(name)?.date).toBe(date);
  });

  it('splits front matter and keeps the body', () => {
    const { fields, body } = splitFrontMatter('---\ndate: 2023-03-24\ntitle: "标题"\n---\n正文。');
    expect(fields).toEqual({ date: '2023-03-24', title: '标题' });
    expect(body).toBe('正文。');
    expect(splitFrontMatter('正文。').body).toBe('正文。');
  });

  it('parses CSV with quotes, escaped quotes, embedded newlines and CRLF across chunks', () => {
    const p = createCsvParser();
    const rows = [...p.push('a,b\r\n"x ""q"", y","line1\nli'), ...p.push('ne2"\r\nplain,last'), ...p.end()];
    expect(rows.map((r) => r.cells)).toEqual([['a', 'b'], ['x "q", y', 'line1\nline2'], ['plain', 'last']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reports an unterminated CSV quote instead of swallowing the file silently', () => {
    const p = createCsvParser();
    const rows = [...p.push('a,b\n"open,1\n'), ...p.end()];
    expect(rows.at(-1)?.error).toMatch(/closing quote/);
  });

  it('streams JSON lines, rejecting bad records with line and reason and keeping the rest', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', date: '2023-01-02', text: '甲。' }),
      '{"id": "b", "date": "2023-01-03", "text": "乙', // not JSON
      '',
      JSON.stringify({ id: 'c', date: '2023-01-04' }), // no text
      JSON.stringify({ id: 'd', date: '2023-02-30', text: '丁。' }), // bad date
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 7, date: '2023', text: '戊。', title: '题' }),
    ].join('\n') + '\n');
    const items = await all([file]);
    expect(items.filter((i) => i.ok).map((i) => i.ok && [i.record.id, i.record.date, i.record.line])).toEqual([['a', '2023-01-02', 1], ['7', '2023-01-01', 7]]);
    const rejects = items.flatMap((i) => (i.ok ? [] : [i.reject]));
    expect(rejects.map((r) => r.line)).toEqual([2, 4, 5, 6]);
    expect(rejects[0]!.reason).toMatch(/invalid JSON/);
    expect(rejects[1]!.reason).toMatch(/"text": expected a string, found nothing/);
    expect(rejects[2]!.reason).toMatch(/"date": expected YYYY-MM-DD/);
    expect(rejects[3]!.reason).toMatch(/found an array/);
  });

  it('reads the example CSV: quoted cells and an embedded newline kept, the bad date rejected', async () => {
    const items = await all([join(ROOT, 'examples/archive/articles.csv')]);
    const ok = items.flatMap((i) => (i.ok ? [i.record] : []));
    expect(ok.map((r) => r.id)).toEqual(['csv-001', 'csv-002']);
    expect(ok[0]!.title).toBe('溪宁县召开"两会"筹备会');
    expect(ok[1]!.text).toContain('\n');
    const rejects = items.flatMap((i) => (i.ok ? [] : [i.reject]));
    expect(rejects).toHaveLength(1);
    expect(rejects[0]!.line).toBe(5);
  });

  it('reads a directory of .txt/.md: ids are relative paths, dates from front matter or the file name', async () => {
    const items = await all([join(ROOT, 'examples/archive/files')]);
    const got = items.map((i) => (i.ok ? [i.record.id, i.record.date, i.record.title ?? null] : ['reject', i.reject.reason]));
    expect(got).toEqual([
      ['2023-05-30-青山镇产业园开工.txt', '2023-05-30', null],
      ['2024/20240315-乡村振兴讲堂.txt', '2024-03-15', null],
      ['2024/年终述评.md', '2024-12-28', '年终述评：新质生产力蓄势成长'],
      ['溪宁简讯.md', '2023-08-30', '溪宁简讯：数字经济人才招聘会举行'],
    ]);
    const md = items[2]!;
    expect(md.ok && md.record.text.startsWith('本报评论员')).toBe(true);
  });

  it('rejects undated and binary files in a directory without stopping', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'notes.txt'), '没有日期。');
    writeFileSync(join(dir, '2020.txt'), '二〇二〇年的报告。');
    writeFileSync(join(dir, '2021.txt'), Buffer.from([0, 1, 2, 3]));
    const items = await all([dir]);
    expect(items.map((i) => (i.ok ? i.record.id : `reject:${i.reject.reason.slice(0, 20)}`))).toEqual([
      '2020.txt', 'reject:expected UTF-8 text,', 'reject:expected a date in t',
    ]);
  });

  it('reads GBK text, CSV and JSON lines with an encoding; without it a GBK text file is rejected, naming the option', async () => {
    const dir = tempDir();
    // 市委书记章旭升赴城西新区调研。 in GBK (bytes written out by iconv).
    const gbk = Buffer.from('cad0ceafcae9bcc7d5c2d0f1c9fdb8b0b3c7cef7d0c2c7f8b5f7d1d0a1a3', 'hex');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', '2023-03-24.txt'), gbk);
    writeFileSync(join(dir, 'a.csv'), Buffer.concat([Buffer.from('id,date,text\nc1,2023-05-01,'), gbk, Buffer.from('\n')]));
    writeFileSync(join(dir, 'a.jsonl'), Buffer.concat([Buffer.from('{"id":"j1","date":"2023","text":"'), gbk, Buffer.from('"}\n')]));
    const inputs = [join(dir, 'docs'), join(dir, 'a.csv'), join(dir, 'a.jsonl')];
    const read: ArchiveItem[] = [];
    for await (const item of readArchive(inputs, 'gbk')) read.push(item);
    expect(read.map((i) => (i.ok ? `${i.record.id}:${i.record.text.trim()}` : i.reject.reason))).toEqual([
      '2023-03-24.txt:市委书记章旭升赴城西新区调研。', 'c1:市委书记章旭升赴城西新区调研。', 'j1:市委书记章旭升赴城西新区调研。',
    ]);
    const plain = await all([join(dir, 'docs')]);
    expect(plain[0]?.ok).toBe(false);
    if (!plain[0]?.ok) expect(plain[0]?.reject.reason).toMatch(/^expected UTF-8 text, found an invalid byte sequence; .*--encoding gb18030/);
  });

  it('throws one clear error for an input path that does not exist or has an unknown kind', async () => {
    await expect(all(['/nonexistent/archive.jsonl'])).rejects.toThrow(/expected an archive file or directory, found nothing there/);
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xlsx'), 'x');
    await expect(all([join(dir, 'a.xlsx')])).rejects.toThrow(/expected \.jsonl.*found \.xlsx/);
  });

  it('gives the same content hash for the same record and a different one when the text changes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'a', date: '2023-01-02', text: '甲。' })}\n${JSON.stringify({ id: 'a', date: '2023-01-02', text: '甲！' })}\n`);
    const items = await all([join(dir, 'a.jsonl'), join(dir, 'a.jsonl')]);
    const hashes = items.map((i) => (i.ok ? i.record.hash : ''));
    expect(hashes[0]).toBe(hashes[2]);
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});
