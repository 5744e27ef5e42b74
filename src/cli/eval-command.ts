/**
 * `tifa eval`: P/R/F1 per label and micro of the entity model on annotated corpora, as a table or
 * `--json`. `--dev` scores the project's own development splits from `../shared/data/ner` and
 * says which corpus it could not find. MSRA / People's Daily style corpora score `parts`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { isTifaError } from '../errors.js';
import { formatScoreTable, type ScoreTable } from '../entities/evaluate.js';
import { defaultEntityModelDir, loadEntityModel } from '../entities/model-file.js';
import { parseCorpusSpec, readCorpusSpec, type CorpusSpec } from '../entities/read-corpus.js';
import { evaluateOnDevSet, prepareDevSet } from '../entities/train-model.js';

interface EvalFlags {
  corpus?: string[];
  model?: string;
  json?: boolean;
  dev?: boolean;
  skipBad?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The development splits used for the shipped model, relative to the shared data directory. */
export const DEV_SPLITS = [
  'bio:msra/train.bio#95-100',
  'bio:peoples-daily/example.test',
  'cluener:cluener2020/train.json#90-100',
] as const;

/** Register `tifa eval`. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score the entity model (exact span and label) on annotated corpora')
    .option('--corpus <FORMAT:PATH>', 'corpus to score, FORMAT bio | cluener | pd, optional #FROM-TO slice (repeatable)', collect)
    .option('--model <DIR>', 'model directory (default: the shipped models/ner)')
    .option('--dev', 'score the development splits in ../shared/data/ner')
    .option('--json', 'print JSON')
    .option('--skip-bad', 'count and skip malformed lines instead of failing')
    .action((flags: EvalFlags) => {
      try {
        runEval(flags);
      } catch (error) {
        if (!isTifaError(error)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      }
    });
}

function sharedDataDir(): string {
  const fromEnv = process.env.TIFA_SHARED_DATA;
  return fromEnv ? resolve(fromEnv) : resolve(process.cwd(), '..', 'shared', 'data');
}

function runEval(flags: EvalFlags): void {
  const specs: CorpusSpec[] = (flags.corpus ?? []).map(parseCorpusSpec);
  const missing: string[] = [];
  if (flags.dev) {
    const root = join(sharedDataDir(), 'ner');
    for (const split of DEV_SPLITS) {
      const spec = parseCorpusSpec(split);
      const full = { ...spec, path: join(root, spec.path) };
      if (existsSync(full.path)) specs.push(full);
      else missing.push(full.path);
    }
  }
  for (const path of missing) process.stderr.write(`tifa eval: corpus not found: ${path} (skipped)\n`);
  if (specs.length === 0) {
    process.stderr.write('tifa eval: no corpus to score (give --corpus FORMAT:PATH or --dev)\n');
    process.exitCode = 1;
    return;
  }
  const modelDir = flags.model ?? defaultEntityModelDir();
  const model = loadEntityModel(modelDir);
  const jieba = Jieba.withDict(dict);
  const results: { corpus: string; sentences: number; charsPerSecond: number; scores: ScoreTable }[] = [];
  for (const spec of specs) {
    const corpus = readCorpusSpec(spec, { skipBad: flags.skipBad === true });
    const name = `${spec.format}:${spec.path}${spec.from === 0 && spec.to === 100 ? '' : `#${spec.from}-${spec.to}`}`;
    const set = prepareDevSet(name, spec.format, corpus.sentences, jieba);
    const { table, charsPerSecond } = evaluateOnDevSet(model, set);
    results.push({ corpus: name, sentences: corpus.sentences.length, charsPerSecond: Math.round(charsPerSecond), scores: table });
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ model: modelDir, missing, results }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`model ${modelDir}\n\n`);
  for (const r of results) {
    process.stdout.write(`${formatScoreTable(`${r.corpus} (${r.sentences} sentences, ${r.charsPerSecond} chars/s)`, r.scores)}\n\n`);
  }
}
