/**
 * `tifa people --db F [--theme ID...]`: who speaks of which theme in an archive store — one row
 * per (speaker, theme) with articles, role, first and last dates; table, CSV or JSON.
 */
import type { Command } from 'commander';
import { queryPeopleThemes } from '../archive/index.js';
import { checkFormat, checkLimit, printRows, withStore } from './trends-command.js';

/** Registers `people`. */
export function registerPeopleCommand(program: Command): void {
  program
    .command('people')
    .description('who speaks of which theme in an archive store, with counts and first/last dates')
    .requiredOption('--db <file>', 'archive database made by tifa tag')
    .option('--theme <ids...>', 'theme ids or names (default: all)')
    .option('--limit <n>', 'at most this many rows', '200')
    .option('-f, --format <format>', 'table | csv | json', 'table')
    .action(async (flags: { db: string; theme?: string[]; limit: string; format: string }) => {
      if (!checkFormat(flags.format)) return;
      const limit = checkLimit(flags.limit);
      if (limit === undefined) return;
      await withStore(flags.db, async (store) => {
        const rows = await queryPeopleThemes(store, { limit, ...(flags.theme ? { themes: flags.theme } : {}) });
        await printRows(rows, [['name', 'speaker'], ['role', 'role'], ['themeName', 'theme'], ['articles', 'articles'], ['first', 'first'], ['last', 'last']], flags.format);
      });
    });
}
