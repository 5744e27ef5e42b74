/**
 * queryPeopleThemes: (store, optional theme) → who speaks of which theme: one row per
 * (speaker name, theme) with articles, mentions-in-speech documents, the most frequent role and
 * the first and last dates. Speakers come from `theme_speakers` (themes whose evidence lies in a
 * person's reported speech). Ordered by articles, then name.
 */
import type { ArchiveStore } from './store.js';

/** Options of `queryPeopleThemes`. */
export interface PeopleThemesOptions {
  /** Theme ids or display names to keep. */
  readonly themes?: readonly string[];
  /** At most this many rows (default 200). */
  readonly limit?: number;
}

/** One (speaker, theme) row. */
export interface PeopleThemeRow {
  /** Speaker name. */
  readonly name: string;
  /** The role most often written with the name, if any. */
  readonly role: string | null;
  /** Theme id. */
  readonly theme: string;
  /** Theme display name. */
  readonly themeName: string;
  /** Articles in which this person speaks of the theme. */
  readonly articles: number;
  /** First such article's date `YYYY-MM-DD`. */
  readonly first: string;
  /** Last such article's date `YYYY-MM-DD`. */
  readonly last: string;
}

/** Who speaks of which theme (see the module comment). */
export async function queryPeopleThemes(store: ArchiveStore, options: PeopleThemesOptions = {}): Promise<PeopleThemeRow[]> {
  const params: (string | number)[] = [];
  let where = '';
  if (options.themes?.length) {
    const ph = options.themes.map(() => '?').join(', ');
    where = `WHERE s.theme IN (${ph}) OR s.theme_name IN (${ph})`;
    params.push(...options.themes, ...options.themes);
  }
  params.push(Math.max(1, Math.floor(options.limit ?? 200)));
  return store.query<PeopleThemeRow>(`
    SELECT s.name, mode(s.role) AS role, s.theme, any_value(s.theme_name) AS themeName, count(DISTINCT s.doc_id) AS articles,
           strftime(min(d.date), '%Y-%m-%d') AS first, strftime(max(d.date), '%Y-%m-%d') AS last
    FROM theme_speakers s JOIN documents d ON d.id = s.doc_id
    ${where}
    GROUP BY s.name, s.theme
    ORDER BY articles DESC, s.name, s.theme
    LIMIT ?`, params);
}
