/**
 * themeFirstYears: dated texts ({ year, text }) → for each theme, the first year it is matched
 * in, how many years it appears in, and whether that respects its `since`. The table shows when a
 * formulation entered the language of an archive (e.g. central government work reports).
 */
import { matchThemes, type CompiledThemes } from './compile-themes.js';

/** One dated text. */
export interface DatedText {
  /** Year of the text. */
  readonly year: number;
  /** The text (normalized Simplified Chinese for best results). */
  readonly text: string;
}

/** One row of the first-years table. */
export interface FirstYearRow {
  /** Theme id. */
  readonly theme: string;
  /** Theme name. */
  readonly name: string;
  /** Year first used according to the taxonomy, when given. */
  readonly since?: number;
  /** First year the theme is found in the texts, when found. */
  readonly firstYear?: number;
  /** Number of distinct years it is found in. */
  readonly years: number;
  /** False when it is found before its `since`. */
  readonly consistent: boolean;
}

/** Options of `themeFirstYears`. */
export interface FirstYearOptions {
  /** Only themes with a `since` (default true). */
  readonly onlyWithSince?: boolean;
}

/** First year each theme is matched in `texts` (any order). */
export function themeFirstYears(compiled: CompiledThemes, texts: readonly DatedText[], options: FirstYearOptions = {}): FirstYearRow[] {
  const first = new Map<number, number>();
  const yearSets = new Map<number, Set<number>>();
  for (const { year, text } of texts) {
    const found = new Set(matchThemes(compiled, text).map((m) => m.theme));
    for (const theme of found) {
      const prev = first.get(theme);
      if (prev === undefined || year < prev) first.set(theme, year);
      let set = yearSets.get(theme);
      if (!set) yearSets.set(theme, (set = new Set()));
      set.add(year);
    }
  }
  const onlyWithSince = options.onlyWithSince ?? true;
  const rows: FirstYearRow[] = [];
  compiled.definitions.forEach((def, index) => {
    if (onlyWithSince && def.since === undefined) return;
    const firstYear = first.get(index);
    rows.push({
      theme: def.id,
      name: def.name,
      ...(def.since !== undefined ? { since: def.since } : {}),
      ...(firstYear !== undefined ? { firstYear } : {}),
      years: yearSets.get(index)?.size ?? 0,
      consistent: def.since === undefined || firstYear === undefined || firstYear >= def.since,
    });
  });
  return rows.sort((a, b) => (a.firstYear ?? 9999) - (b.firstYear ?? 9999) || (a.since ?? 9999) - (b.since ?? 9999) || a.theme.localeCompare(b.theme));
}

/** The rows as a Markdown table. */
export function formatFirstYears(rows: readonly FirstYearRow[]): string {
  const lines = ['| theme | name | since | first year | years found | ok |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.theme} | ${r.name} | ${r.since ?? ''} | ${r.firstYear ?? '—'} | ${r.years} | ${r.consistent ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n') + '\n';
}
