/**
 * `tifa clusters --db F --k N`: TF-IDF + k-means clusters of an archive store, each with its top
 * words, size per period and dominant themes; a readable listing or JSON.
 */
import type { Command } from 'commander';
import { clusterArchive, parseTrendPeriod } from '../archive/index.js';
import { withStore, writeOut } from './trends-command.js';

/** Registers `clusters`. */
export function registerClustersCommand(program: Command): void {
  program
    .command('clusters')
    .description('cluster archived articles (TF-IDF + k-means): top words, size per period, dominant themes')
    .requiredOption('--db <file>', 'archive database made by tifa tag')
    .requiredOption('--k <n>', 'number of clusters')
    .option('--by <period>', 'period for sizes: year | quarter | month | week', 'year')
    .option('--features <n>', 'vocabulary size', '400')
    .option('--seed <n>', 'random seed', '42')
    .option('-f, --format <format>', 'table | json', 'table')
    .action(async (flags: { db: string; k: string; by: string; features: string; seed: string; format: string }) => {
      const k = Number(flags.k), features = Number(flags.features), seed = Number(flags.seed);
      for (const [name, v] of [['--k', k], ['--features', features], ['--seed', seed]] as const) {
        if (!Number.isInteger(v) || v < (name === '--seed' ? 0 : 1)) {
          process.stderr.write(`tifa: ${name}: expected a whole number, found "${name === '--k' ? flags.k : name === '--features' ? flags.features : flags.seed}"\n`);
          process.exitCode = 2;
          return;
        }
      }
      if (flags.format !== 'table' && flags.format !== 'json') {
        process.stderr.write(`tifa: --format: expected table or json, found "${flags.format}"\n`);
        process.exitCode = 2;
        return;
      }
      await withStore(flags.db, async (store) => {
        const result = await clusterArchive(store, { k, features, seed, by: parseTrendPeriod(flags.by) });
        if (flags.format === 'json') return writeOut(JSON.stringify(result, null, 2) + '\n');
        const out: string[] = [`${result.documents} documents in ${result.clusters.length} clusters${result.sampled ? ' (sampled)' : ''}${result.unclustered ? `; ${result.unclustered} without vocabulary terms left out` : ''}`];
        for (const c of result.clusters) {
          out.push('', `cluster ${c.cluster} — ${c.size} articles`,
            `  top words: ${c.topWords.map((w) => w.word).join(' ')}`,
            `  per period: ${c.periods.map((p) => `${p.period}:${p.size}`).join('  ')}`,
            `  themes: ${c.themes.length ? c.themes.map((t) => `${t.name} ${(t.share * 100).toFixed(0)}%`).join('  ') : '—'}`,
            `  e.g. ${c.examples.join(', ')}`);
        }
        await writeOut(out.join('\n') + '\n');
      });
    });
}
