/**
 * `tifa discover --db F --by month`: candidate new slogans that are rising in the latest period
 * (or `--period`), ranked by burstiness against their earlier rate; table, CSV or JSON.
 */
import type { Command } from 'commander';
import { discoverRising, parseTrendPeriod } from '../archive/index.js';
import { checkFormat, printRows, withStore } from './trends-command.js';

/** Registers `discover`. */
export function registerDiscoverCommand(program: Command): void {
  program
    .command('discover')
    .description('rising candidate slogans in an archive store, ranked by burstiness')
    .requiredOption('--db <file>', 'archive database made by tifa tag')
    .option('--by <period>', 'year | quarter | month | week', 'month')
    .option('--period <label>', 'the period to test (default: the latest), e.g. 2024-03')
    .option('--min <n>', 'least articles in the tested period', '2')
    .option('--limit <n>', 'at most this many phrases', '50')
    .option('-f, --format <format>', 'table | csv | json', 'table')
    .action(async (flags: { db: string; by: string; period?: string; min: string; limit: string; format: string }) => {
      if (!checkFormat(flags.format)) return;
      const min = Number(flags.min), limit = Number(flags.limit);
      if (!Number.isInteger(min) || min < 1 || !Number.isInteger(limit) || limit < 1) {
        process.stderr.write(`tifa: --min/--limit: expected whole numbers ≥ 1, found "${flags.min}" and "${flags.limit}"\n`);
        process.exitCode = 2;
        return;
      }
      await withStore(flags.db, async (store) => {
        const result = await discoverRising(store, { by: parseTrendPeriod(flags.by), minArticles: min, limit, ...(flags.period ? { period: flags.period } : {}) });
        if (flags.format === 'json') return printRows([result], [], 'json');
        if (flags.format === 'table') process.stderr.write(`period ${result.period ?? '—'} (${result.periodArticles} articles)\n`);
        await printRows(result.phrases, [['phrase', 'phrase'], ['reason', 'reason'], ['articles', 'articles'], ['expected', 'expected'], ['burst', 'burst'], ['firstSeen', 'first seen'],
          ['series', 'series', (v) => (v as { articles: number }[]).map((s) => s.articles).join(' ')]], flags.format);
      });
    });
}
