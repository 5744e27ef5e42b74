/**
 * `tifa trends --db F --by year|quarter|month|week [--theme ID...] [--category C]`: per period and
 * theme, articles mentioning it, their share and mentions per 10k characters, as a table, CSV or
 * JSON; `--chart out.svg|out.html` also writes a line chart (SVG, or a self-contained HTML page).
 * Also exports the small output helpers the other archive commands share. Exit 0 ok, 1 store error, 2 usage.
 */
import type { Command } from 'commander';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isTifaError } from '../index.js';
import { openStore, parseTrendPeriod, queryTrends, renderTrendChart, type ArchiveStore, type ChartMeasure } from '../archive/index.js';
import { table } from './render-pretty.js';

/** Output formats of the archive query commands. */
export const QUERY_FORMATS = ['table', 'csv', 'json'] as const;

/** Writes to stdout, waiting when the pipe is full. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Quotes one CSV cell (RFC 4180). */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Prints rows as a table, CSV or JSON; `columns` are `[key, header, format?]`. */
export async function printRows<T extends object>(rows: readonly T[], columns: readonly (readonly [keyof T & string, string, ((v: unknown) => string)?])[], format: string): Promise<void> {
  if (format === 'json') return writeOut(JSON.stringify(rows, null, 2) + '\n');
  const cell = (r: T, c: readonly [keyof T & string, string, ((v: unknown) => string)?]): string => {
    const v = (r as Record<string, unknown>)[c[0]];
    return c[2] ? c[2](v) : v === null || v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v);
  };
  if (format === 'csv') {
    const lines = [columns.map((c) => c[0]).join(','), ...rows.map((r) => columns.map((c) => {
      const v = (r as Record<string, unknown>)[c[0]];
      return csvCell(c[2] && typeof v === 'object' && v !== null ? c[2](v) : v);
    }).join(','))];
    return writeOut(lines.join('\n') + '\n');
  }
  return writeOut(table(columns.map((c) => c[1]), rows.map((r) => columns.map((c) => cell(r, c))), Boolean(process.stdout.isTTY) && !process.env.NO_COLOR) + '\n');
}

/** Checks `--format`; prints the usage error and returns false when it is wrong. */
export function checkFormat(format: string): boolean {
  if ((QUERY_FORMATS as readonly string[]).includes(format)) return true;
  process.stderr.write(`tifa: --format: expected one of ${QUERY_FORMATS.join(', ')}, found "${format}"\n`);
  process.exitCode = 2;
  return false;
}

/** `--limit` as a whole number ≥ 1; prints the usage error and returns undefined when it is not one. */
export function checkLimit(value: string): number | undefined {
  const limit = Number(value);
  if (Number.isInteger(limit) && limit >= 1) return limit;
  process.stderr.write(`tifa: --limit: expected a whole number ≥ 1, found "${value}"\n`);
  process.exitCode = 2;
  return undefined;
}

/** Opens the store read-only, runs `fn`, closes; a TifaError becomes one line on stderr and exit 1. */
export async function withStore(db: string, fn: (store: ArchiveStore) => Promise<void>): Promise<void> {
  let store: ArchiveStore | undefined;
  try {
    store = await openStore(db, { readOnly: true });
    await fn(store);
  } catch (err) {
    if (!isTifaError(err)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = err.code === 'invalid_option' ? 2 : 1;
  } finally {
    store?.close();
  }
}

const pct = (v: unknown): string => `${((v as number) * 100).toFixed(1)}%`;
const fixed2 = (v: unknown): string => (v as number).toFixed(2);

/** Registers `trends`. */
export function registerTrendsCommand(program: Command): void {
  program
    .command('trends')
    .description('theme trends per period from an archive store: articles mentioning, share, mentions per 10k characters')
    .requiredOption('--db <file>', 'archive database made by tifa tag')
    .option('--by <period>', 'year | quarter | month | week', 'year')
    .option('--theme <ids...>', 'theme ids or names (default: all)')
    .option('--category <name>', 'only themes of this category')
    .option('-f, --format <format>', 'table | csv | json', 'table')
    .option('--chart <file>', 'also write a line chart: .svg or .html (self-contained)')
    .option('--measure <measure>', 'chart y axis: share | articles | per10k', 'share')
    .option('--title <text>', 'chart title')
    .action(async (flags: { db: string; by: string; theme?: string[]; category?: string; format: string; chart?: string; measure: string; title?: string }) => {
      if (!checkFormat(flags.format)) return;
      const chartExt = flags.chart ? extname(flags.chart).toLowerCase() : undefined;
      if (chartExt !== undefined && chartExt !== '.svg' && chartExt !== '.html' && chartExt !== '.htm') {
        process.stderr.write(`tifa: --chart: expected a file ending in .svg or .html, found "${flags.chart}"\n`);
        process.exitCode = 2;
        return;
      }
      if (!['share', 'articles', 'per10k'].includes(flags.measure)) {
        process.stderr.write(`tifa: --measure: expected share, articles or per10k, found "${flags.measure}"\n`);
        process.exitCode = 2;
        return;
      }
      await withStore(flags.db, async (store) => {
        const by = parseTrendPeriod(flags.by);
        const rows = await queryTrends(store, { by, ...(flags.theme ? { themes: flags.theme } : {}), ...(flags.category ? { category: flags.category } : {}) });
        const found = new Set(rows.flatMap((r) => [r.theme, r.name]));
        for (const t of flags.theme ?? []) if (!found.has(t)) process.stderr.write(`tifa: --theme: no stored article mentions "${t}"\n`);
        await printRows(rows, [['period', 'period'], ['name', 'theme'], ['articles', 'articles'], ['totalArticles', 'of'], ['share', 'share', pct], ['mentions', 'mentions'], ['per10k', 'per 10k chars', fixed2]], flags.format);
        if (flags.chart) {
          const out = await renderTrendChart(rows, { format: chartExt === '.svg' ? 'svg' : 'html', measure: flags.measure as ChartMeasure, ...(flags.title ? { title: flags.title } : {}) });
          try { writeFileSync(flags.chart, out); } catch (err) {
            process.stderr.write(`tifa: ${flags.chart}: expected a writable file, found ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
            process.exitCode = 1;
          }
        }
      });
    });
}
