/**
 * The build-time resource cache may only make loading faster: tables read from it answer exactly
 * as the tables derived from the sources, and a stale, truncated or corrupt entry is ignored.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCachedJson, readCachedTable, writeCachedJson, writeCachedTable } from '../../src/resources/resource-cache.js';
import { deriveJiebaIdf, jiebaIdfTable, jiebaPosData } from '../../src/resources/jieba-tables.js';
import { buildPosData, posTableOf } from '../../src/segment/pos-table.js';
import { jiebaDictionaryBytes } from '../../src/segment/engine.js';
import { defaultThemePaths, loadThemes, themeDigest } from '../../src/themes/load-themes.js';

const WORDS = ['市委', '书记', '新区', '亩均', '高质量发展', '乡村振兴', '的', '了', '不存在的词语', 'abc', '𠀀', ''];

describe('resource cache', () => {
  it('round-trips arrays and header, and refuses a stale key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-cache-'));
    const a = Uint32Array.from([1, 2, 3]);
    const b = Uint8Array.from([9, 8, 7, 6, 5]);
    const c = Float64Array.from([0.5, -1.25]);
    writeCachedTable('t.bin', { header: { key: 'k1', note: 'x' }, arrays: [a, b, c] }, dir);
    const back = readCachedTable('t.bin', 'k1', dir)!;
    expect(back.header.note).toBe('x');
    expect(back.arrays.map((x) => Array.from(x as Uint8Array))).toEqual([[1, 2, 3], [9, 8, 7, 6, 5], [0.5, -1.25]]);
    expect(readCachedTable('t.bin', 'k2', dir)).toBeNull();
    expect(readCachedTable('missing.bin', 'k1', dir)).toBeNull();
  });

  it('ignores truncated and corrupt tables and JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-cache-'));
    writeCachedTable('t.bin', { header: { key: 'k' }, arrays: [new Uint32Array(100)] }, dir);
    const whole = readFileSync(join(dir, 't.bin'));
    writeFileSync(join(dir, 't.bin'), whole.subarray(0, whole.length - 7));
    expect(readCachedTable('t.bin', 'k', dir)).toBeNull();
    writeFileSync(join(dir, 't.bin'), Buffer.from('TIFA-CACHE-1\n{"key":"k","layout":[{"kind":"zz","length":1}]}\n'));
    expect(readCachedTable('t.bin', 'k', dir)).toBeNull();
    writeFileSync(join(dir, 't.bin'), Buffer.from('garbage'));
    expect(readCachedTable('t.bin', 'k', dir)).toBeNull();
    writeCachedJson('j.json', 'k', { a: 1 }, dir);
    expect(readCachedJson('j.json', 'k', dir)).toEqual({ a: 1 });
    expect(readCachedJson('j.json', 'other', dir)).toBeNull();
    writeFileSync(join(dir, 'j.json'), '{"key":"k","value":');
    expect(readCachedJson('j.json', 'k', dir)).toBeNull();
  });

  it('gives the same POS and IDF answers as the tables derived from jieba\'s dictionary', () => {
    const derivedPos = posTableOf([buildPosData(jiebaDictionaryBytes())]);
    const cachedPos = posTableOf([jiebaPosData()]);
    const derivedIdf = deriveJiebaIdf();
    const cachedIdf = jiebaIdfTable();
    expect(cachedPos.size).toBe(derivedPos.size);
    expect(cachedIdf.size).toBe(derivedIdf.size);
    expect([cachedIdf.median, cachedIdf.max]).toEqual([derivedIdf.median, derivedIdf.max]);
    for (const w of WORDS) {
      expect(cachedPos.get(w)).toBe(derivedPos.get(w));
      expect(cachedIdf.get(w)).toBe(derivedIdf.get(w));
    }
    expect(derivedPos.get('书记')).toBe('n');
    expect(derivedIdf.get('编译')).toBeCloseTo(9.21854642485, 9);
  });

  it('lets user words override jieba\'s tags', () => {
    const table = posTableOf([buildPosData('书记 3000 nnt\n'), jiebaPosData()]);
    expect(table.get('书记')).toBe('nnt');
    expect(table.get('新区')).toBe(posTableOf([jiebaPosData()]).get('新区'));
  });

  it('a cached theme file yields the definitions its parse gives, with the file set to the path', () => {
    const [path] = defaultThemePaths();
    const parsed = loadThemes([path!]);
    const source = readFileSync(path!, 'utf8');
    const stored = parsed.map(({ file: _f, ...rest }) => rest);
    const viaCache = loadThemes([path!], (digest) => (digest === themeDigest(source) ? stored : undefined));
    expect(viaCache).toEqual(parsed);
  });
});
