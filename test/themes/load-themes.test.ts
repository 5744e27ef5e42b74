import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTifaError } from '../../src/errors.js';
import { compileThemes } from '../../src/themes/compile-themes.js';
import { defaultThemePaths, loadThemes, parseThemes, unknownRelated } from '../../src/themes/load-themes.js';
import { parsePattern } from '../../src/themes/parse-pattern.js';

const GOOD = `themes:
  - id: mu-jun
    name: 亩均论英雄
    category: 土地资源
    scope: zhejiang
`;

/** [what, file text, expected message fragment, expected line]. */
const BAD: Array<[string, string, string, number]> = [
  ['a non-ASCII id', GOOD.replace('mu-jun', '亩均'), 'x.yaml line 2: field "id": expected an ASCII slug (a-z, 0-9 and single "-"), found "亩均"', 2],
  ['an unknown field', GOOD + '    colour: red\n', 'x.yaml line 6: field "colour": unknown field', 6],
  ['a missing field', GOOD.replace('    scope: zhejiang\n', ''), 'field "scope": missing (required)', 2],
  ['a wrong type', GOOD + '    aliases: 亩均效益\n', 'x.yaml line 6: field "aliases": expected array, found string "亩均效益"', 6],
  ['a bad scope', GOOD.replace('zhejiang', 'province'), 'x.yaml line 5: field "scope": expected one of national, zhejiang, local, found "province"', 5],
  ['a year out of range', GOOD + '    since: 1800\n', 'x.yaml line 6: field "since": expected a year from 1949 to 2100, found 1800', 6],
  ['a duplicate id', GOOD + GOOD.replace('themes:\n', ''), 'x.yaml line 6: field "id": duplicate id "mu-jun", first defined on line 2', 6],
  ['a catastrophic regex', GOOD + '    patterns: ["(a+)+b"]\n', 'x.yaml line 6: field "patterns": pattern "(a+)+b" refused: unsupported syntax "+"', 6],
  ['a regex class', GOOD + '    patterns:\n      - 亩均\n      - "[亩]均.*英雄"\n', 'x.yaml line 8: field "patterns": pattern "[亩]均.*英雄" refused', 8],
  ['an exclude without the theme', GOOD + '    exclude: [创新发展理念]\n', 'x.yaml line 6: field "exclude": expected a longer phrase containing the name or an alias', 6],
  ['an alias of only quotes', GOOD + '    aliases: ["“ ”"]\n', 'field "aliases": expected at least 2 characters besides spaces and quotes', 6],
  ['broken YAML', 'themes:\n  - id: [unclosed\n', 'invalid YAML', 3],
  ['a top-level list', '- id: a\n', 'expected object, found a list', 1],
];

describe('themes loading', () => {
  it('parses a good file with line numbers', () => {
    const [t] = parseThemes(GOOD, 'x.yaml');
    expect(t).toMatchObject({ id: 'mu-jun', name: '亩均论英雄', aliases: [], patterns: [], line: 2, file: 'x.yaml' });
  });

  it.each(BAD)('rejects %s with file, line and field', (_what, text, message, line) => {
    let error: unknown;
    try {
      parseThemes(text, 'x.yaml');
    } catch (e) {
      error = e;
    }
    expect(isTifaError(error)).toBe(true);
    const e = error as { code: string; message: string; details: { file: string; line: number } };
    expect(e.code).toBe('resource_parse');
    expect(e.message).toContain(message);
    expect(e.message.startsWith('tifa: x.yaml line')).toBe(true);
    expect(e.details).toMatchObject({ file: 'x.yaml', line });
  });

  it('rejects a duplicate id across files, naming both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-themes-'));
    writeFileSync(join(dir, 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'b.yaml'), '# other\n' + GOOD);
    expect(() => loadThemes([join(dir, 'a.yaml'), join(dir, 'b.yaml')])).toThrow(/b\.yaml line 3: field "id": duplicate id "mu-jun", first defined in .*a\.yaml line 2/);
  });

  it('reports a missing file as resource_not_found', () => {
    expect(() => loadThemes(['/nonexistent/themes.yaml'])).toThrow(expect.objectContaining({ code: 'resource_not_found' }));
  });

  it('ships at least 150 valid themes with the required categories and known related ids', () => {
    const defs = loadThemes(defaultThemePaths());
    expect(defs.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(defs.map((d) => d.category));
    for (const c of ['发展理念', '经济改革', '土地资源', '营商环境', '科技创新', '三农与乡村振兴', '生态环保', '社会治理与信访', '金融服务', '民生与共同富裕', '党的建设', '对外开放']) expect(categories).toContain(c);
    expect(unknownRelated(defs)).toEqual([]);
    expect(new Set(defs.map((d) => d.scope))).toEqual(new Set(['national', 'zhejiang', 'local']));
    expect(() => compileThemes(defs)).not.toThrow();
  });
});

/** [pattern, ok, literals of each segment]. */
const PATTERNS: Array<[string, boolean, string[][]]> = [
  ['(盘活)?低效(工业)?用地', true, [['盘活低效工业用地', '盘活低效用地', '低效工业用地', '低效用地']]],
  ['低效…{4}用地', true, [['低效'], ['用地']]],
  ['不忘初心(、|，)?牢记使命', true, [['不忘初心、牢记使命', '不忘初心，牢记使命', '不忘初心牢记使命']]],
  ['(a+)+b', false, []],
  ['a.*b', false, []],
  ['((a|b))', false, []],
  ['(x)?', false, []],
  ['…用地', false, []],
  ['甲…{99}乙', false, []],
  ['甲…乙…丙…丁', false, []],
  ['(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b|c|d)', false, []],
];

describe('themes patterns', () => {
  it.each(PATTERNS)('parses %j', (source, ok, segments) => {
    const result = parsePattern(source);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.pattern.segments.map((s) => [...s].sort())).toEqual(segments.map((s) => [...s].sort()));
  });
});
