/**
 * The CLI as a user runs it: the built `bin/tifa.js` (npm test builds first through `pretest`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { ROOT, PAGE_PATH } from '../helpers/data.js';
import { expectValidDocument } from '../helpers/expect-valid-document.js';

const BIN = join(ROOT, 'bin/tifa.js');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
const tmp = mkdtempSync(join(tmpdir(), 'tifa-cli-'));

describe('cli', () => {
  it('prints help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/annotate/);
  });

  it('annotate --tokens-only: tokens and sentences, no entities, no model', () => {
    const r = run(['annotate', '--format', 'jsonl', '--tokens-only'], '{"id":"a","text":"市委书记章旭升赴城西新区调研，亩均论英雄。"}\n');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Document;
    expectValidDocument(doc);
    expect(doc.tokens.map((t) => t.text)).toContain('亩均论英雄');
    expect(doc.entities).toEqual([]);
    expect(doc.meta.resources.model).toBe('none');
  });

  it('annotates JSON lines from stdin: one schema-valid Document per line, ids kept, same order', () => {
    const input = ['{"id":"a","text":"市委书记章旭升赴城西新区调研。"}', '', '{"id":"b","text":"副市长谢纯参加接访。","date":"2023-03-24"}'].join('\n') + '\n';
    const r = run(['annotate', '--format', 'jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const docs = lines.map((l) => JSON.parse(l) as Document);
    expect(docs.map((d) => d.meta.id)).toEqual(['a', 'b']);
    expect(docs[1]!.meta.date).toBe('2023-03-24');
    docs.forEach(expectValidDocument);
  });

  it('reports a bad JSON line with its line number, keeps going, exits 1', () => {
    const r = run(['annotate', '--format', 'jsonl'], '{"id":"a","text":"甲"}\nnot json\n{"id":"c","text":3}\n{"id":"d","text":"丁"}\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stdin line 2: not JSON/);
    expect(r.stderr).toMatch(/stdin line 3: field "text": expected a string/);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Document).meta.id)).toEqual(['a', 'd']);
  });

  it('annotates the real page as JSON: tokens tile the text, spans are faithful', () => {
    const r = run(['annotate', '--format', 'json', PAGE_PATH]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Document;
    expectValidDocument(doc);
  });

  it('prints a readable view without colour under NO_COLOR', () => {
    const r = run(['annotate', '--format', 'pretty', PAGE_PATH]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('市委书记');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /not UTF-8 text \(binary data/],
    ['invalid UTF-8', Buffer.from([0xe4, 0xb8, 0x41, 0x42]), /not UTF-8 text \(invalid byte sequence/],
  ])('refuses a %s file with one clear line and exit 1', (_name, bytes, message) => {
    const file = join(tmp, `bad-${_name}.txt`);
    writeFileSync(file, bytes);
    const r = run(['annotate', '--format', 'json', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('annotates empty and whitespace-only files', () => {
    for (const content of ['', '   \n\n ']) {
      const file = join(tmp, `empty-${content.length}.txt`);
      writeFileSync(file, content);
      const r = run(['annotate', '--format', 'json', file]);
      expect(r.status).toBe(0);
      expectValidDocument(JSON.parse(r.stdout) as Document);
    }
  });

  it('exits 1 on a missing file and 2 on a usage error', () => {
    expect(run(['annotate', '--format', 'json', join(tmp, 'nope.txt')]).status).toBe(1);
    expect(run(['annotate', '--format', 'xml']).status).toBe(2);
    expect(run(['annotate', '--bogus']).status).toBe(2);
    expect(run(['annotate', '--format', 'json', '--date', '2023-13-45'], '今天').status).toBe(1);
  });
});

describe('cli: input encodings', () => {
  // 市委书记章旭升赴城西新区调研。 in GBK (bytes written out by iconv).
  const GBK = Buffer.from('cad0ceafcae9bcc7d5c2d0f1c9fdb8b0b3c7cef7d0c2c7f8b5f7d1d0a1a3', 'hex');
  const file = join(tmp, 'gbk.txt');
  writeFileSync(file, GBK);

  it('annotates a GBK file with --encoding: the decoded text, its people, every offset into it', () => {
    const r = run(['annotate', '--format', 'json', '--encoding', 'gb18030', file]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Document;
    expectValidDocument(doc);
    expect(doc.text).toBe('市委书记章旭升赴城西新区调研。');
    expect(doc.people.map((p) => [p.name, p.roles.map((x) => x.text)])).toEqual([['章旭升', ['市委书记']]]);
  });

  it('refuses a GBK file read as UTF-8 with one line that names the option, and an unknown encoding as usage', () => {
    const r = run(['annotate', '--format', 'json', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/gbk\.txt: not UTF-8 text \(invalid byte sequence; .*--encoding gb18030/);
    const bad = run(['annotate', '--encoding', 'klingon', file]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--encoding: expected an encoding/);
  });

  it('reads GBK JSON lines from stdin with --encoding', () => {
    const input = Buffer.concat([Buffer.from('{"id":"g","text":"'), GBK, Buffer.from('"}\n')]);
    const r = run(['annotate', '--format', 'jsonl', '--encoding', 'gbk'], input);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Document;
    expectValidDocument(doc);
    expect(doc.meta.id).toBe('g');
    expect(doc.people.map((p) => p.name)).toEqual(['章旭升']);
  });
});
