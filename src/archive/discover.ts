/**
 * discoverRising: (store, period) → candidate new slogans (the `candidates` table) that are
 * rising in the latest period (or `period`), ranked by burstiness: a Poisson z-score of the
 * articles using the phrase in that period against the rate expected from all earlier periods,
 * `z = (observed − expected) / √(expected + 1)`. Only phrases above their expectation are listed.
 */
import { TifaError } from '../errors.js';
import type { ArchiveStore } from './store.js';
import { parseTrendPeriod, periodLabel, PERIOD_STEP as STEP, type TrendPeriod } from './trends.js';

/** Options of `discoverRising`. */
export interface DiscoverOptions {
  /** Period granularity. */
  readonly by: TrendPeriod;
  /** The period to test, as labelled (`2024-03`); default the latest. */
  readonly period?: string;
  /** Least articles using the phrase in the tested period (default 2). */
  readonly minArticles?: number;
  /** At most this many phrases (default 50). */
  readonly limit?: number;
}

/** A rising phrase. */
export interface RisingPhrase {
  /** The phrase. */
  readonly phrase: string;
  /** Why it was proposed (quoted, numbered-formula, recurring). */
  readonly reason: string;
  /** Articles using it in the tested period. */
  readonly articles: number;
  /** Articles expected from the earlier rate. */
  readonly expected: number;
  /** Burstiness z-score (the ranking key). */
  readonly burst: number;
  /** Articles using it before the tested period. */
  readonly before: number;
  /** First period it was seen. */
  readonly firstSeen: string;
  /** Articles per period, every period in order. */
  readonly series: readonly { readonly period: string; readonly articles: number }[];
}

/** The result of `discoverRising`. */
export interface DiscoverResult {
  /** The tested period. */
  readonly period: string | null;
  /** Articles in the tested period. */
  readonly periodArticles: number;
  /** Rising phrases, most bursty first. */
  readonly phrases: readonly RisingPhrase[];
}

/** Finds rising candidate phrases (see the module comment). */
export async function discoverRising(store: ArchiveStore, options: DiscoverOptions): Promise<DiscoverResult> {
  const by = parseTrendPeriod(options.by);
  const minArticles = Math.max(1, options.minArticles ?? 2);
  const totals = (await store.query<{ start: string; n: number }>(
    `WITH docs AS (SELECT CAST(date_trunc('${by}', date) AS DATE) AS period FROM documents),
     periods AS (SELECT CAST(unnest(generate_series(CAST(min(period) AS TIMESTAMP), CAST(max(period) AS TIMESTAMP), ${STEP[by]})) AS DATE) AS period FROM docs HAVING count(*) > 0)
     SELECT strftime(p.period, '%Y-%m-%d') AS start, count(d.period) AS n FROM periods p LEFT JOIN docs d ON d.period = p.period GROUP BY p.period ORDER BY p.period`,
  )).map((r) => ({ period: periodLabel(r.start, by), n: r.n }));
  if (totals.length === 0) return { period: null, periodArticles: 0, phrases: [] };
  const target = options.period ?? totals[totals.length - 1]!.period;
  const ti = totals.findIndex((t) => t.period === target);
  if (ti < 0) throw new TifaError('invalid_option', `tifa: --period: expected a stored ${by} such as ${totals[totals.length - 1]!.period}, found ${JSON.stringify(target)}`, { option: 'period' });
  const counts = await store.query<{ phrase: string; reason: string; start: string; n: number }>(
    `SELECT c.phrase, mode(c.reason) AS reason, strftime(CAST(date_trunc('${by}', d.date) AS DATE), '%Y-%m-%d') AS start, count(DISTINCT c.doc_id) AS n
     FROM candidates c JOIN documents d ON d.id = c.doc_id GROUP BY c.phrase, start ORDER BY start`,
  );
  const byPhrase = new Map<string, { reason: string; per: Map<string, number> }>();
  for (const r of counts) {
    const e = byPhrase.get(r.phrase) ?? { reason: r.reason, per: new Map<string, number>() };
    e.per.set(periodLabel(r.start, by), r.n);
    byPhrase.set(r.phrase, e);
  }
  const priorTotal = totals.slice(0, ti).reduce((s, t) => s + t.n, 0);
  const nowTotal = totals[ti]!.n;
  const phrases: RisingPhrase[] = [];
  for (const [phrase, { reason, per }] of byPhrase) {
    const observed = per.get(target) ?? 0;
    if (observed < minArticles) continue;
    const before = totals.slice(0, ti).reduce((s, t) => s + (per.get(t.period) ?? 0), 0);
    // Expected articles now at the earlier rate (with one pseudo-article of smoothing).
    const expected = priorTotal > 0 ? ((before + 0.5) / (priorTotal + 1)) * nowTotal : 0;
    if (observed <= expected) continue;
    const burst = (observed - expected) / Math.sqrt(expected + 1);
    const series = totals.slice(0, ti + 1).map((t) => ({ period: t.period, articles: per.get(t.period) ?? 0 }));
    phrases.push({ phrase, reason, articles: observed, expected: Math.round(expected * 100) / 100, burst: Math.round(burst * 100) / 100, before,
      firstSeen: series.find((s) => s.articles > 0)?.period ?? target, series });
  }
  phrases.sort((a, b) => b.burst - a.burst || b.articles - a.articles || (a.phrase < b.phrase ? -1 : 1));
  return { period: target, periodArticles: nowTotal, phrases: phrases.slice(0, Math.max(1, options.limit ?? 50)) };
}
