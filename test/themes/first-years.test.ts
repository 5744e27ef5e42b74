import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileThemes } from '../../src/themes/compile-themes.js';
import { formatFirstYears, themeFirstYears } from '../../src/themes/first-years.js';
import { defaultThemePaths, loadThemes } from '../../src/themes/load-themes.js';
import { DATA } from '../helpers/data.js';

const REPORTS = join(DATA, 'gov-reports');
const HAS_REPORTS = existsSync(REPORTS);
const compiled = compileThemes(loadThemes(defaultThemePaths()));

describe('themes first years', () => {
  it('reports first years and flags a theme found before its since', () => {
    const rows = themeFirstYears(compiled, [
      { year: 2010, text: '推动高质量发展' },
      { year: 2019, text: '实施乡村振兴战略，推动高质量发展' },
    ]);
    const hq = rows.find((r) => r.theme === 'gao-zhi-liang-fa-zhan')!;
    expect(hq).toMatchObject({ firstYear: 2010, years: 2, consistent: false });
    expect(rows.find((r) => r.theme === 'xiang-cun-zhen-xing')).toMatchObject({ firstYear: 2019, consistent: true });
    expect(formatFirstYears(rows)).toContain('| gao-zhi-liang-fa-zhan | 高质量发展 | 2017 | 2010 | 2 | **no** |');
  });

  it.skipIf(!HAS_REPORTS)('dates themes in the government work reports (needs ../shared/data/gov-reports)', () => {
    const texts = readdirSync(REPORTS)
      .filter((f) => /^\d{4}\.txt$/.test(f) && f !== '1954.txt')
      .map((f) => ({ year: Number(f.slice(0, 4)), text: readFileSync(join(REPORTS, f), 'utf8') }));
    const rows = themeFirstYears(compiled, texts, { onlyWithSince: false });
    const first = (id: string): number | undefined => rows.find((r) => r.theme === id)?.firstYear;
    expect(first('xiang-cun-zhen-xing')).toBe(2018);
    expect(first('gao-zhi-liang-fa-zhan')).toBe(2018);
    expect(first('xin-zhi-sheng-chan-li')).toBe(2024);
    expect(first('xin-fa-zhan-li-nian')).toBeGreaterThanOrEqual(2016);
    const inconsistent = rows.filter((r) => !r.consistent);
    expect(inconsistent).toEqual([]);
    if (process.env['TIFA_PRINT_FIRST_YEARS']) process.stdout.write(formatFirstYears(rows.filter((r) => r.since !== undefined)));
  });
  it.skipIf(HAS_REPORTS)('skips the gov-reports check: ../shared/data/gov-reports is missing', () => {});
});
