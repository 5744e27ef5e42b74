/**
 * runArchiveBench: (articles, worker counts, theme rows) → tagging throughput (articles/s per
 * worker count, speed-up over the first), resident memory sampled through each tagging run (flat
 * means constant memory), and trend-query times over a store holding `trendRows` theme rows.
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
  /** Theme rows in the trend-query store (default 1,000,000; 0 skips). */
  readonly trendRows?: number;
  /** Called with a line of progress text. */
  readonly onStatus?: (line: string) => void;
}

/** One tagging run. */
export interface TagBench {
  /** Worker threads. */
  readonly workers: number;
  /** Articles tagged. */
  readonly articles: number;
  /** Wall seconds. */
  readonly seconds: number;
  /** Articles per second. */
  readonly articlesPerSecond: number;
  /** Speed-up over the first run. */
  readonly speedup: number;
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

/** The benchmark result. */
export interface ArchiveBenchResult {
  /** Tagging runs. */
  readonly tagging: readonly TagBench[];
  /** Theme rows in the query store. */
  readonly trendRows: number;
  /** Documents in the query store. */
  readonly trendDocuments: number;
  /** Trend queries. */
  readonly trends: readonly TrendBench[];
}

const mb = (): number => Math.round(process.memoryUsage().rss / 1e6);

/** Runs the archive benchmark (see the module comment). */
export async function runArchiveBench(options: ArchiveBenchOptions = {}): Promise<ArchiveBenchResult> {
  const n = options.articles ?? 2000;
  const status = options.onStatus ?? ((): void => {});
  const dir = mkdtempSync(join(tmpdir(), 'tifa-archive-bench-'));
  try {
    const input = join(dir, 'articles.jsonl');
    const out = createWriteStream(input, { encoding: 'utf8' });
    for (const a of generateArticles(n)) if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const tagging: TagBench[] = [];
    for (const w of options.workers ?? [1, 2]) {
      const db = join(dir, `tag-${w}.duckdb`);
      const samples: number[] = [];
      let next = 0.1;
      status(`tagging ${n} articles with ${w} worker(s)…`);
      const elu = performance.eventLoopUtilization();
      const s = await tagArchive({ inputs: [input], db, workers: w, onProgress: (p) => {
        while (p.done >= next * n && next <= 1.0001) { samples.push(mb()); next += 0.1; }
      } });
      const busy = performance.eventLoopUtilization(elu).utilization;
      while (samples.length < 10) samples.push(mb());
      const first = tagging[0];
      tagging.push({ workers: w, articles: s.stored, seconds: s.seconds, articlesPerSecond: s.articlesPerSecond,
        speedup: first ? s.articlesPerSecond / first.articlesPerSecond : 1, mainThreadBusy: busy, rssMB: samples });
      rmSync(db, { force: true });
      rmSync(`${db}.wal`, { force: true });
    }
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
    return { tagging, trendRows, trendDocuments, trends };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
