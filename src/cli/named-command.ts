/**
 * `tifa places --db F` and `tifa orgs --db F`: the places and organizations an archive names, with
 * articles, mentions and first/last dates, optionally per period (`--by year`) and filtered by kind
 * (`--kind country`) or name; table, CSV or JSON. Exit 0 ok, 1 store error, 2 usage.
 */
import type { Command } from 'commander';
import { parseTrendPeriod, queryNamed, type NamedTable, type TrendPeriod } from '../archive/index.js';
import { checkFormat, checkLimit, printRows, withStore } from './trends-command.js';

interface NamedFlags {
  db: string;
  kind?: string[];
  name?: string[];
  by?: string;
  limit: string;
  format: string;
}

function register(program: Command, command: string, table: NamedTable, what: string, kinds: string, resolvedHeader: string): void {
  program
    .command(command)
    .description(`the ${what} an archive store names: articles, mentions, first and last dates`)
    .requiredOption('--db <file>', 'archive database made by tifa tag')
    .option('--kind <kinds...>', `keep only these kinds (${kinds})`)
    .option('--name <names...>', 'keep only these names')
    .option('--by <period>', 'one row per period and name: year | quarter | month | week')
    .option('--limit <n>', 'at most this many rows (with --by: per period)', '50')
    .option('-f, --format <format>', 'table | csv | json', 'table')
    .action(async (flags: NamedFlags) => {
      if (!checkFormat(flags.format)) return;
      const limit = checkLimit(flags.limit);
      if (limit === undefined) return;
      await withStore(flags.db, async (store) => {
        const by: TrendPeriod | undefined = flags.by === undefined ? undefined : parseTrendPeriod(flags.by);
        const rows = await queryNamed(store, table, { limit, ...(flags.kind ? { kinds: flags.kind } : {}), ...(flags.name ? { names: flags.name } : {}), ...(by ? { by } : {}) });
        await printRows(rows, [
          ...(by ? [['period', 'period'] as const] : []),
          ['name', 'name'], ['kind', 'kind'], ['resolved', resolvedHeader], ['articles', 'articles'], ['mentions', 'mentions'], ['first', 'first'], ['last', 'last'],
        ], flags.format);
      });
    });
}

/** Registers `places` and `orgs`. */
export function registerNamedCommands(program: Command): void {
  register(program, 'places', 'places', 'places', 'province, city, county, town, village, zone, country, region …', 'code');
  register(program, 'orgs', 'organizations', 'organizations', 'party, government, congress, company, bank, media …', 'resolved');
}
