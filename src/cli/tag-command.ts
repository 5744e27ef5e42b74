/**
 * `tifa tag INPUT... --db archive.duckdb [--workers N] [--parquet DIR]`: tags a dated archive
 * (JSON lines, CSV, directories of .txt/.md) into a DuckDB store with worker threads, a progress
 * bar on a terminal (quiet otherwise) and resume (stored id + hash are skipped). Ctrl-C stops
 * reading and writes what is in flight. Exit 0 ok (rejects are reported, not fatal), 1 store or input error, 2 usage.
 */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { isTifaError } from '../index.js';
import { exportParquet, openStore, tagArchive, type TagProgress, type TagSummary } from '../archive/index.js';
import { annotatorOptions } from './annotate-command.js';

/** Options of `tifa tag`. */
interface TagFlags {
  db: string;
  workers?: string;
  batch: string;
  parquet?: string;
  json?: boolean;
  progress?: boolean;
  segmenter?: string;
  script?: string;
  model?: string;
  themes?: string[];
  replaceThemes?: boolean;
  encoding?: string;
}

function whole(name: string, value: string, min: number): number | undefined {
  const n = Number(value);
  if (Number.isInteger(n) && n >= min) return n;
  process.stderr.write(`tifa: ${name}: expected a whole number ≥ ${min}, found "${value}"\n`);
  process.exitCode = 2;
  return undefined;
}

/** Registers `tag`. */
export function registerTagCommand(program: Command): void {
  program
    .command('tag')
    .description('tag a dated archive into a DuckDB store (parallel, resumable); inputs: .jsonl, .csv, directories of .txt/.md, - for stdin')
    .argument('[inputs...]', 'archive files or directories (none with --parquet: export only)')
    .requiredOption('--db <file>', 'archive database (created when missing)')
    .option('-w, --workers <n>', `worker threads (default: all cores, ${availableParallelism()} here; 0 = in-process)`)
    .option('--batch <n>', 'documents per transaction', '512')
    .option('--parquet <dir>', 'afterwards, export every table as Parquet into this directory')
    .option('--json', 'print the run summary as JSON on stdout')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--segmenter <name>', 'ts-jieba (default) | rs-jieba | nodejieba')
    .option('--script <script>', 'auto (default) | simplified | traditional')
    .option('--model <dir>', 'another entity model directory')
    .option('--themes <files...>', 'extra theme files (YAML)')
    .option('--replace-themes', 'use only the --themes files')
    .option('--encoding <name>', 'encoding of the input files: utf-8 (default), gb18030 (gbk), big5, utf-16le …')
    .action(async (inputs: string[], flags: TagFlags) => {
      const workers = flags.workers === undefined ? availableParallelism() : whole('--workers', flags.workers, 0);
      const batchSize = whole('--batch', flags.batch, 1);
      if (workers === undefined || batchSize === undefined) return;
      if (inputs.length === 0 && !flags.parquet) {
        process.stderr.write('tifa: tag: expected input files or directories (or --parquet DIR to export only), found none\n');
        process.exitCode = 2;
        return;
      }
      const tty = Boolean(process.stderr.isTTY) && flags.progress !== false;
      const bar = tty ? new cliProgress.SingleBar({
        format: 'tagging {bar} {percentage}% | {value}/{total} articles | {rate} art/s | ETA {eta_formatted} | {skipped} skipped, {rejected} rejected',
        etaBuffer: 200, fps: 5, hideCursor: true, stream: process.stderr,
      }, cliProgress.Presets.shades_classic) : undefined;
      const controller = new AbortController();
      const onSigint = (): void => { controller.abort(); process.stderr.write('\ntifa: stopping after the articles in flight (Ctrl-C again to kill)…\n'); process.removeListener('SIGINT', onSigint); };
      process.on('SIGINT', onSigint);
      let started = false;
      const onProgress = (p: TagProgress): void => {
        if (!bar) return;
        const payload = { rate: p.rate.toFixed(1), skipped: p.skipped, rejected: p.rejected };
        if (!started) { bar.start(p.total ?? p.read, p.done, payload); started = true; }
        if (p.total === undefined) bar.setTotal(Math.max(p.read, p.done));
        bar.update(p.done, payload);
      };
      let summary: TagSummary | undefined;
      try {
        if (inputs.length) {
          summary = await tagArchive({ inputs, db: flags.db, workers, batchSize, count: tty, onProgress, signal: controller.signal, annotator: annotatorOptions(flags), ...(flags.encoding ? { encoding: flags.encoding } : {}) });
          bar?.stop();
        }
        let exported: { table: string; rows: number }[] | undefined;
        if (flags.parquet) {
          const store = await openStore(flags.db);
          try { exported = await exportParquet(store, flags.parquet); } finally { store.close(); }
        }
        if (flags.json) process.stdout.write(JSON.stringify({ ...(summary ?? {}), ...(exported ? { parquet: exported } : {}) }, null, 2) + '\n');
        else if (summary && (tty || summary.rejected > 0)) {
          process.stderr.write(`tifa: ${summary.stored} stored${summary.replaced ? ` (${summary.replaced} replaced)` : ''}, ${summary.skipped} already stored, ${summary.rejected} rejected` +
            `${summary.rejected ? ' (see the rejects table)' : ''} in ${summary.seconds.toFixed(1)} s, ${summary.articlesPerSecond.toFixed(1)} articles/s with ${summary.workers} worker(s)${summary.aborted ? '; stopped early, rerun to resume' : ''}\n`);
        }
        if (exported && !flags.json && tty) process.stderr.write(`tifa: Parquet written to ${flags.parquet}: ${exported.map((e) => `${e.table} ${e.rows}`).join(', ')}\n`);
      } catch (err) {
        bar?.stop();
        if (!isTifaError(err)) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = err.code === 'invalid_option' ? 2 : 1;
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
    });
}
