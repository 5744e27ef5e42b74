/**
 * `tifa archive-bench [--articles N] [--paragraphs N] [--workers 1,2] [--repeat N] [--trend-rows N]`: tagging
 * throughput with each worker count (and the speed-up; rounds interleaved, best and median),
 * resident memory through each run, and trend-query times over a store with a million theme rows.
 * Generated articles; a temporary directory.
 */
import type { Command } from 'commander';
import { availableParallelism, loadavg } from 'node:os';
import { isTifaError } from '../index.js';
import { runArchiveBench } from '../archive/index.js';
import { table } from './render-pretty.js';

/** Registers `archive-bench`. */
export function registerArchiveBenchCommand(program: Command): void {
  program
    .command('archive-bench')
    .description('benchmark archive tagging (articles/s per worker count, memory) and trend queries over 1M theme rows')
    .option('--articles <n>', 'generated articles per tagging run', '2000')
    .option('--paragraphs <n>', 'paragraphs per generated article (1 ≈ 150 characters, 8 ≈ 1,200)', '1')
    .option('--workers <list>', 'worker counts to compare, comma-separated', '1,2')
    .option('--repeat <n>', 'rounds over the worker counts, interleaved; best and median reported', '1')
    .option('--trend-rows <n>', 'theme rows in the trend-query store (0 skips)', '1000000')
    .option('--json', 'print JSON')
    .action(async (flags: { articles: string; paragraphs: string; workers: string; repeat: string; trendRows: string; json?: boolean }) => {
      const articles = Number(flags.articles), trendRows = Number(flags.trendRows), repeat = Number(flags.repeat), paragraphs = Number(flags.paragraphs);
      const workers = flags.workers.split(',').map((w) => Number(w.trim()));
      if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(trendRows) || trendRows < 0 || !Number.isInteger(repeat) || repeat < 1 ||
        !Number.isInteger(paragraphs) || paragraphs < 1 || workers.some((w) => !Number.isInteger(w) || w < 0)) {
        process.stderr.write(`tifa: archive-bench: expected whole numbers for --articles, --paragraphs, --workers, --repeat and --trend-rows, found "${flags.articles}", "${flags.paragraphs}", "${flags.workers}", "${flags.repeat}", "${flags.trendRows}"\n`);
        process.exitCode = 2;
        return;
      }
      try {
        const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
        const loadBefore = load();
        const r = await runArchiveBench({ articles, paragraphs, workers, repeat, trendRows, onStatus: (s) => { if (process.stderr.isTTY) process.stderr.write(`${s}\n`); } });
        if (flags.json) { process.stdout.write(JSON.stringify(r, null, 2) + '\n'); return; }
        process.stdout.write([
          `tagging ${articles} generated articles of ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} (${availableParallelism()} cores, node ${process.version}; load average ${loadBefore} before, ${load()} after)`,
          table(['round', 'workers', 'seconds', 'articles/s', 'speed-up', 'steady articles/s', 'steady speed-up', 'main thread busy', 'RSS MB at 10% … 100%'],
            r.tagging.map((t) => [String(t.round + 1), String(t.workers), t.seconds.toFixed(1), t.articlesPerSecond.toFixed(1), `${t.speedup.toFixed(2)}×`, t.steadyArticlesPerSecond.toFixed(1), `${t.steadySpeedup.toFixed(2)}×`,
              `${(t.mainThreadBusy * 100).toFixed(0)}%`, t.rssMB.join(' ')]), false),
          'articles/s: from all workers ready to the end (JIT warm-up included, worker start-up not); steady: over the second half of the articles (past each worker\'s JIT warm-up)',
          ...(repeat > 1 ? ['', table(['workers', 'runs', 'median articles/s', 'median steady', 'best steady', 'median steady speed-up', 'best/best speed-up'],
            r.summary.map((m) => [String(m.workers), String(m.runs), m.medianArticlesPerSecond.toFixed(1), m.medianSteadyArticlesPerSecond.toFixed(1), m.bestSteadyArticlesPerSecond.toFixed(1),
              `${m.medianSteadySpeedup.toFixed(2)}×`, `${m.bestSteadySpeedup.toFixed(2)}×`]), false)] : []),
          '',
          ...(r.trends.length ? [`trend queries over ${r.trendRows} theme rows (${r.trendDocuments} documents), best of 3`,
            table(['by', 'themes', 'rows', 'seconds'], r.trends.map((t) => [t.by, t.themes.join(',') || 'all', String(t.rows), t.seconds.toFixed(3)]), false)] : []),
        ].join('\n') + '\n');
      } catch (err) {
        if (!isTifaError(err)) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = 1;
      }
    });
}
