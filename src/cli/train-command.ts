/**
 * `tifa train`: train an entity model from any mix of corpora (`bio`, `cluener`, `pd`) and write a
 * model directory (weights, manifest with scores and sha256, MODEL_CARD.md). A progress bar is
 * shown on a TTY; malformed lines fail with file and line unless `--skip-bad` counts them.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { isTifaError } from '../index.js';
import { formatScoreTable, parseCorpusSpec, trainEntityModel, writeModelCard } from '../tools.js';

interface TrainFlags {
  corpus: string[];
  dev?: string[];
  out: string;
  epochs: string;
  seed: string;
  bits: string;
  maxRows: string;
  skipBad?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Register `tifa train`. */
export function registerTrainCommand(program: Command): void {
  program
    .command('train')
    .description('train the entity model (PER, LOC, ORG, TITLE) from corpora')
    .requiredOption('--corpus <FORMAT:PATH>', 'training corpus, FORMAT bio | cluener | pd, optional #FROM-TO percent slice (repeatable)', collect)
    .option('--dev <FORMAT:PATH>', 'development corpus scored after training (repeatable)', collect)
    .requiredOption('--out <DIR>', 'model directory to write')
    .option('--epochs <N>', 'training epochs', '8')
    .option('--seed <N>', 'shuffling seed', '1')
    .option('--bits <N>', 'feature hash bits', '21')
    .option('--max-rows <N>', 'feature rows kept in the file', '600000')
    .option('--skip-bad', 'count and skip malformed lines instead of failing')
    .action((flags: TrainFlags) => {
      try {
        runTrain(flags);
      } catch (error) {
        if (!isTifaError(error)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      }
    });
}

function runTrain(flags: TrainFlags): void {
  const tty = process.stderr.isTTY === true;
  const bar = tty ? new cliProgress.SingleBar({ format: '{phase} [{bar}] {percentage}% {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let phase = '';
  const started = Date.now();
  const result = trainEntityModel({
    corpora: flags.corpus.map(parseCorpusSpec),
    dev: (flags.dev ?? []).map(parseCorpusSpec),
    out: flags.out,
    epochs: Number(flags.epochs),
    seed: Number(flags.seed),
    bits: Number(flags.bits),
    maxRows: Number(flags.maxRows),
    skipBad: flags.skipBad === true,
    onProgress: (p) => {
      const name = p.epoch ? `epoch ${p.epoch}` : p.phase;
      if (bar) {
        if (name !== phase) { bar.stop(); bar.start(p.total, p.done, { phase: name }); phase = name; }
        else bar.update(p.done, { phase: name });
      }
      if (p.message && (p.phase === 'dev' || !bar)) {
        if (bar) bar.stop();
        process.stderr.write(`${p.message}\n`);
        phase = '';
      }
    },
  });
  bar?.stop();
  writeModelCard(flags.out, result.manifest);
  for (const [set, table] of Object.entries(result.scores)) process.stdout.write(`${formatScoreTable(set, table)}\n\n`);
  if (result.skipped > 0) process.stderr.write(`tifa train: skipped ${result.skipped} malformed lines\n`);
  process.stdout.write(`model written to ${flags.out} (${(result.manifest.bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
