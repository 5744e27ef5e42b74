import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTifaError } from '../../src/errors.js';
import { packageRoot } from '../../src/resources/package-root.js';
import { loadPeopleLexicon, parsePeopleLexicon } from '../../src/people/load-people-lexicon.js';

const OK = { titles: '书记\tparty\n市长\tgovernment\n', modifiers: '副\n', orgs: '市委\n', surnames: '章\n欧阳\n' };

/** [case, sources, expected message, file, line]. */
const BAD: readonly (readonly [string, Partial<typeof OK>, string, string, number])[] = [
  ['one column', { titles: '# header\n书记\tparty\n市长\n' }, 'tifa: lexicons/titles.tsv line 3: expected 2 columns, found 1', 'lexicons/titles.tsv', 3],
  ['three columns', { titles: '书记\tparty\tx\n' }, 'tifa: lexicons/titles.tsv line 1: expected 2 columns, found 3', 'lexicons/titles.tsv', 1],
  ['unknown kind', { titles: '书记\tpolitics\n' }, "lexicons/titles.tsv line 1: expected a kind", 'lexicons/titles.tsv', 1],
  ['duplicate title', { titles: '书记\tparty\n\n书记\tparty\n' }, "lexicons/titles.tsv line 3: expected each title once, found '书记' again (first on line 1)", 'lexicons/titles.tsv', 3],
  ['space in a modifier', { modifiers: '副\n常 务\n' }, "lexicons/title-modifiers.txt line 2: expected a modifier without spaces, found '常 务'", 'lexicons/title-modifiers.txt', 2],
  ['long surname', { surnames: '章\n章旭升\n' }, "lexicons/surnames.txt line 2: expected a surname of 1–2 Chinese characters, found '章旭升'", 'lexicons/surnames.txt', 2],
  ['duplicate org', { orgs: '市委\n市委\n' }, "lexicons/title-orgs.txt line 2: expected each entry once, found '市委' again", 'lexicons/title-orgs.txt', 2],
];

describe('people', () => {
  it('loads the shipped lexicon', () => {
    const lexicon = loadPeopleLexicon();
    expect(lexicon.titles.get('书记')).toBe('party');
    expect(lexicon.titles.get('稻农')).toBe('occupation');
    expect(lexicon.titles.get('委员会')).toBe('-');
    expect(lexicon.modifiers.has('常务')).toBe(true);
    expect(lexicon.orgs.has('融媒')).toBe(true);
    expect(lexicon.surnames.has('欧阳')).toBe(true);
    expect(lexicon.version).toMatch(/^\d+\.\d+\.\d+$/u);
  });

  it('matches the counts in its manifest', () => {
    const dir = join(packageRoot(), 'lexicons');
    const manifest = JSON.parse(readFileSync(join(dir, 'people/manifest.json'), 'utf8')) as {
      files: Record<string, { entries: number; blockers?: number }>;
    };
    const lexicon = loadPeopleLexicon(dir);
    const blockers = [...lexicon.titles.values()].filter((k) => k === '-').length;
    expect(manifest.files['titles.tsv']).toMatchObject({ entries: lexicon.titles.size - blockers, blockers });
    expect(manifest.files['title-modifiers.txt']?.entries).toBe(lexicon.modifiers.size);
    expect(manifest.files['title-orgs.txt']?.entries).toBe(lexicon.orgs.size);
    expect(manifest.files['surnames.txt']?.entries).toBe(lexicon.surnames.size);
  });

  it('parses a tiny lexicon', () => {
    const lexicon = parsePeopleLexicon(OK);
    expect([...lexicon.titles]).toEqual([['书记', 'party'], ['市长', 'government']]);
    expect(lexicon.maxTitleLength).toBe(2);
    expect(lexicon.version).toBe('unversioned');
  });

  it.each(BAD)('reports a bad lexicon line: %s', (_name, patch, message, file, line) => {
    let caught: unknown;
    try { parsePeopleLexicon({ ...OK, ...patch }); } catch (error) { caught = error; }
    expect(isTifaError(caught)).toBe(true);
    const error = caught as { code: string; message: string; details: Record<string, unknown> };
    expect(error.code).toBe('resource_parse');
    expect(error.message).toContain(message);
    expect(error.details).toEqual({ file, line });
  });

  it('reports a missing lexicon directory', () => {
    expect(() => loadPeopleLexicon('/nonexistent/lexicons')).toThrow(/lexicons\/people\/manifest.json: file not found/u);
  });
});
