/**
 * runArchiveBench: (articles, worker counts, theme rows) → tagging throughput (articles/s per
 * worker count, speed-up over the first, both after the workers started and in the steady second
 * half of the run, past JIT warm-up), resident memory sampled at every 10 % of each run (flat means
 * constant memory), and trend-query times over a store holding `trendRows` theme rows.
 * Works in a temporary directory it removes afterwards. Worker threads need the built package.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from './generate-articles.js';
import { openStore } from './store.js';
import { tagArchive } from './tag-archive.js';
import { queryTrends, type TrendPeriod } from './trends.js';

/** Options of `runArchiveBench`. */
export interface ArchiveBenchOptions {
  /** Generated articles to tag per run (default 2,000). */
  readonly articles?: number;
  /** Worker counts to compare (default [1, 2]). */
  readonly workers?: readonly number[];
  /** Rounds over the worker counts, interleaved (1, 2, 1, 2 …), so a busy moment on a shared machine hits both (default 1). */
  readonly repeat?: number;
  /** Theme rows in the trend-query store (default 1,000,000; 0 skips). */
  readonly trendRows?: number;
  /** Paragraphs per generated article (default 1, ~150 characters; 8 ≈ 1,200, a typical article). */
  readonly paragraphs?: number;
  /** Called with a line of progress text. */
  readonly onStatus?: (line: string) => void;
}

/** One tagging run. */
export interface TagBench {
  /** Round (0-based). */
  readonly round: number;
  /** Worker threads. */
  readonly workers: number;
  /** Articles tagged. */
  readonly articles: number;
  /** Wall seconds. */
  readonly seconds: number;
  /** Articles per second from the moment every worker was ready (includes JIT warm-up, excludes starting the workers). */
  readonly articlesPerSecond: number;
  /** Speed-up over the first run of the round. */
  readonly speedup: number;
  /** Articles per second over the second half of the run (steady state: each worker's JIT warm-up takes its first few thousand articles). */
  readonly steadyArticlesPerSecond: number;
  /** Steady-state speed-up over the first run of the round. */
  readonly steadySpeedup: number;
  /** Fraction of the run the main thread (reading, hashing, writing DuckDB) was busy. */
  readonly mainThreadBusy: number;
  /** Resident set size (MB) at 10 %, 20 % … 100 % of the run. */
  readonly rssMB: readonly number[];
}

/** One trend query. */
export interface TrendBench {
  /** Period. */
  readonly by: TrendPeriod;
  /** Theme filter, if any. */
  readonly themes: readonly string[];
  /** Rows returned. */
  readonly rows: number;
  /** Seconds (best of 3). */
  readonly seconds: number;
}

/** The runs of one worker count over all rounds. */
export interface TagBenchSummary {
  /** Worker threads. */
  readonly workers: number;
  /** Runs. */
  readonly runs: number;
  /** Median articles/s (from all workers ready). */
  readonly medianArticlesPerSecond: number;
  /** Median steady-state articles/s. */
  readonly medianSteadyArticlesPerSecond: number;
  /** Best steady-state articles/s (the run least disturbed by other load). */
  readonly bestSteadyArticlesPerSecond: number;
  /** Median of the per-round steady speed-ups. */
  readonly medianSteadySpeedup: number;
  /** Best steady articles/s over the best of the first worker count. */
  readonly bestSteadySpeedup: number;
}

/** The benchmark result. */
export interface ArchiveBenchResult {
  /** Tagging runs, round by round. */
  readonly tagging: readonly TagBench[];
  /** Per worker count over the rounds. */
  readonly summary: readonly TagBenchSummary[];
  /** Theme rows in the query store. */
  readonly trendRows: number;
  /** Documents in the query store. */
  readonly trendDocuments: number;
  /** Trend queries. */
  readonly trends: readonly TrendBench[];
}

/** The steady-state rate is measured from this fraction of the articles on. */
const STEADY_FROM = 0.5;
const mb = (): number => Math.round(process.memoryUsage().rss / 1e6);
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs the archive benchmark (see the module comment). */
export async function runArchiveBench(options: ArchiveBenchOptions = {}): Promise<ArchiveBenchResult> {
  const n = options.articles ?? 2000;
  const status = options.onStatus ?? ((): void => {});
  const dir = mkdtempSync(join(tmpdir(), 'tifa-archive-bench-'));
  try {
    const input = join(dir, 'articles.jsonl');
    const out = createWriteStream(input, { encoding: 'utf8' });
    for (const a of generateArticles(n, { paragraphs: options.paragraphs ?? 1 })) if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const tagging: TagBench[] = [];
    const counts = options.workers ?? [1, 2];
    for (let round = 0; round < Math.max(1, options.repeat ?? 1); round++) for (const w of counts) {
      const db = join(dir, `tag-${w}.duckdb`);
      const samples: number[] = [];
      let next = 0.1;
      let steadyFrom: { t: number; done: number } | undefined;
      let last = { t: 0, done: 0 };
      status(`tagging ${n} articles with ${w} worker(s)${round > 0 ? ` (round ${round + 1})` : ''}…`);
      const elu = performance.eventLoopUtilization();
      const s = await tagArchive({ inputs: [input], db, workers: w, onProgress: (p) => {
        const t = performance.now();
        if (!steadyFrom && p.done >= STEADY_FROM * n) steadyFrom = { t, done: p.done };
        last = { t, done: p.done };
        while (p.done >= next * n && next <= 1.0001) {
          samples.push(mb());
          if (samples.length % 2 === 0 || n >= 50_000) status(`  ${Math.round(next * 100)} %: ${p.done} articles, ${p.rate.toFixed(0)}/s, RSS ${samples.at(-1)} MB`);
          next += 0.1;
        }
      } });
      const busy = performance.eventLoopUtilization(elu).utilization;
      while (samples.length < 10) samples.push(mb());
      const steady = steadyFrom && last.t > steadyFrom.t ? (last.done - steadyFrom.done) / ((last.t - steadyFrom.t) / 1000) : s.articlesPerSecond;
      const first = tagging.find((t) => t.round === round);
      tagging.push({ round, workers: w, articles: s.stored, seconds: s.seconds, articlesPerSecond: s.articlesPerSecond,
        speedup: first ? s.articlesPerSecond / first.articlesPerSecond : 1, steadyArticlesPerSecond: steady,
        steadySpeedup: first ? steady / first.steadyArticlesPerSecond : 1, mainThreadBusy: busy, rssMB: samples });
      rmSync(db, { force: true });
      rmSync(`${db}.wal`, { force: true });
    }
    const summary = counts.filter((w, i) => counts.indexOf(w) === i).map((w): TagBenchSummary => {
      const runs = tagging.filter((t) => t.workers === w);
      const base = Math.max(...tagging.filter((t) => t.workers === counts[0]).map((t) => t.steadyArticlesPerSecond));
      const best = Math.max(...runs.map((t) => t.steadyArticlesPerSecond));
      return { workers: w, runs: runs.length, medianArticlesPerSecond: median(runs.map((t) => t.articlesPerSecond)),
        medianSteadyArticlesPerSecond: median(runs.map((t) => t.steadyArticlesPerSecond)), bestSteadyArticlesPerSecond: best,
        medianSteadySpeedup: median(runs.map((t) => t.steadySpeedup)), bestSteadySpeedup: best / base };
    });
    const trendRows = options.trendRows ?? 1_000_000;
    const trends: TrendBench[] = [];
    let trendDocuments = 0;
    if (trendRows > 0) {
      status(`building a store with ${trendRows} theme rows…`);
      const db = join(dir, 'trends.duckdb');
      const store = await openStore(db);
      try {
        const themesPerDoc = 10;
        trendDocuments = Math.ceil(trendRows / themesPerDoc);
        await store.run(`INSERT INTO documents SELECT 'd' || i, 'h', DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), 'day', NULL, NULL, 'bench', 0, 800 + CAST(i % 400 AS INTEGER), 10, '', 'bench', NULL FROM range(${trendDocuments}) t(i)`);
        await store.run(`INSERT INTO themes SELECT 'd' || (i % ${trendDocuments}), 'theme-' || CAST(i // ${trendDocuments} AS INTEGER), '主题' || CAST(i // ${trendDocuments} AS INTEGER), 'bench', 0.5, 1 + CAST(i % 3 AS INTEGER), 0, [], 'bench' FROM range(${trendRows}) t(i)`);
        const cases: [TrendPeriod, string[]][] = [['year', []], ['month', ['theme-1', 'theme-2', 'theme-3']], ['month', []], ['week', ['theme-4']]];
        for (const [by, themes] of cases) {
          let best = Infinity;
          let rows = 0;
          for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            rows = (await queryTrends(store, { by, ...(themes.length ? { themes } : {}) })).length;
            best = Math.min(best, (performance.now() - t0) / 1000);
          }
          trends.push({ by, themes, rows, seconds: best });
        }
      } finally {
        store.close();
      }
    }
    return { tagging, summary, trendRows, trendDocuments, trends };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
