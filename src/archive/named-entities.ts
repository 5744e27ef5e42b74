/**
 * queryNamed: (store, places | organizations, filters) → the places or organizations an archive
 * names: one row per (name, kind[, code or resolved form]) — or per period and name with `by` — with
 * the articles and mentions that name it and the first and last dates. Ordered by articles (within a
 * period, periods in order), then name. One SQL query over the `places` or `organizations` table.
 */
import { TifaError } from '../errors.js';
import type { ArchiveStore } from './store.js';
import { parseTrendPeriod, periodLabel, type TrendPeriod } from './trends.js';

/** Which table. */
export type NamedTable = 'places' | 'organizations';

/** Options of `queryNamed`. */
export interface NamedOptions {
  /** Keep only these kinds (country, city …; party, government …). */
  readonly kinds?: readonly string[];
  /** Keep only these names (as stored: the written name). */
  readonly names?: readonly string[];
  /** One row per period and name instead of one per name. */
  readonly by?: TrendPeriod;
  /** At most this many rows (default 200); with `by`, this many per period. */
  readonly limit?: number;
}

/** One row. */
export interface NamedRow {
  /** Period label (`2024`, `2024-Q1` …) when `by` was given. */
  readonly period?: string;
  /** Name as written. */
  readonly name: string;
  /** Kind. */
  readonly kind: string;
  /** Administrative code (places) or full form (organizations), the most frequent one; null when none. */
  readonly resolved: string | null;
  /** Articles naming it. */
  readonly articles: number;
  /** Mentions in those articles. */
  readonly mentions: number;
  /** First such article's date `YYYY-MM-DD`. */
  readonly first: string;
  /** Last such article's date `YYYY-MM-DD`. */
  readonly last: string;
}

/** The places or organizations an archive names (see the module comment). */
export async function queryNamed(store: ArchiveStore, table: NamedTable, options: NamedOptions = {}): Promise<NamedRow[]> {
  if (table !== 'places' && table !== 'organizations') throw new TifaError('invalid_option', `tifa: expected places or organizations, found ${JSON.stringify(table)}`, { option: 'table' });
  const limit = Math.max(1, Math.floor(options.limit ?? 200));
  const resolved = table === 'places' ? 'code' : 'resolved';
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (options.kinds?.length) { where.push(`t.kind IN (${options.kinds.map(() => '?').join(', ')})`); params.push(...options.kinds); }
  if (options.names?.length) { where.push(`t.name IN (${options.names.map(() => '?').join(', ')})`); params.push(...options.names); }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const by = options.by === undefined ? undefined : parseTrendPeriod(options.by);
  const period = by ? `CAST(date_trunc('${by}', d.date) AS DATE)` : 'NULL';
  const rows = await store.query<NamedRow & { periodStart: string | null }>(`
    WITH named AS (
      SELECT ${period} AS p, t.name, t.kind, mode(t.${resolved}) AS resolved, count(DISTINCT t.doc_id) AS articles,
             CAST(sum(t.mentions) AS INTEGER) AS mentions,
             strftime(min(d.date), '%Y-%m-%d') AS first, strftime(max(d.date), '%Y-%m-%d') AS last
      FROM ${table} t JOIN documents d ON d.id = t.doc_id
      ${filter}
      GROUP BY p, t.name, t.kind
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY p ORDER BY articles DESC, mentions DESC, name) AS r FROM named
    )
    SELECT strftime(p, '%Y-%m-%d') AS periodStart, name, kind, resolved, articles, mentions, first, last
    FROM ranked WHERE r <= ? ORDER BY p NULLS FIRST, r`, [...params, limit]);
  return rows.map(({ periodStart, ...row }) => (by && periodStart ? { period: periodLabel(periodStart, by), ...row } : row));
}
