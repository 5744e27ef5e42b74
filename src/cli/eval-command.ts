/**
 * `tifa eval`: P/R/F1 per label and micro on annotated corpora, as a table or `--json`. By default
 * it scores the full pipeline (`annotate`: model, gazetteers, people rules — what users and the
 * held-out evaluation get), plus person–role pairs on CLUENER-style data; `--model-only` scores the
 * bare entity model. `--dev` scores the project's own development splits from `../shared/data/ner`
 * and says which corpus it could not find. MSRA / People's Daily style corpora score `parts`.
 * `--resolution` measures place resolution instead (precision and coverage of admin codes; see
 * eval-resolution.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { createRequire } from 'node:module';
import type { Jieba as JiebaClass } from '@node-rs/jieba';
import { createAnnotator, isTifaError } from '../index.js';
import {
  defaultEntityModelDir, evaluateOnDevSet, formatScoreTable, loadEntityModel, parseCorpusSpec, prepareDevSet, readCorpusSpec,
  type CorpusSpec, type PairScore, type ScoreTable,
} from '../tools.js';
import { evaluatePipeline } from './evaluate-pipeline.js';
import { runResolutionEval } from './eval-resolution.js';

interface EvalFlags {
  corpus?: string[];
  model?: string;
  json?: boolean;
  dev?: boolean;
  skipBad?: boolean;
  modelOnly?: boolean;
  resolution?: boolean;
  limit?: string;
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
    .description('score entities (exact span and label) and person–role pairs of the full pipeline on annotated corpora')
    .option('--corpus <FORMAT:PATH>', 'corpus to score, FORMAT bio | cluener | pd, optional #FROM-TO slice (repeatable)', collect)
    .option('--model <DIR>', 'model directory (default: the shipped models/ner)')
    .option('--dev', 'score the development splits in ../shared/data/ner')
    .option('--json', 'print JSON')
    .option('--skip-bad', 'count and skip malformed lines instead of failing')
    .option('--model-only', 'score the bare entity model instead of the full pipeline')
    .option('--resolution', 'score place resolution (precision, coverage) on the administrative chains written in ../shared/data')
    .option('--limit <N>', 'with --resolution: read at most N documents per corpus')
    .action((flags: EvalFlags) => {
      try {
        if (flags.resolution) {
          const limit = flags.limit === undefined ? undefined : Number(flags.limit);
          const { output, missing } = runResolutionEval(sharedDataDir(), { ...(flags.json ? { json: true } : {}), ...(limit !== undefined && limit >= 0 ? { limit } : {}) });
          for (const path of missing) process.stderr.write(`tifa eval: corpus not found: ${path} (skipped)\n`);
          process.stdout.write(output);
          return;
        }
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
  const what = flags.modelOnly ? 'entity model alone' : 'full pipeline (annotate)';
  const results: { corpus: string; sentences: number; charsPerSecond: number; scores: ScoreTable; pairs?: PairScore }[] = [];
  if (flags.modelOnly) {
    const model = loadEntityModel(modelDir);
    const { Jieba } = createRequire(import.meta.url)('@node-rs/jieba') as { Jieba: typeof JiebaClass };
    const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    const jieba = Jieba.withDict(dict);
    for (const spec of specs) {
      const corpus = readCorpusSpec(spec, { skipBad: flags.skipBad === true });
      const name = specName(spec);
      const { table, charsPerSecond } = evaluateOnDevSet(model, prepareDevSet(name, spec.format, corpus.sentences, jieba));
      results.push({ corpus: name, sentences: corpus.sentences.length, charsPerSecond: Math.round(charsPerSecond), scores: table });
    }
  } else {
    const annotator = createAnnotator(flags.model ? { model: flags.model } : {});
    for (const spec of specs) {
      const corpus = readCorpusSpec(spec, { skipBad: flags.skipBad === true });
      const r = evaluatePipeline(annotator, spec.format, corpus.sentences);
      results.push({ corpus: specName(spec), sentences: r.sentences, charsPerSecond: Math.round(r.charsPerSecond), scores: r.entities, ...(r.pairs ? { pairs: r.pairs } : {}) });
    }
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ model: modelDir, scored: what, missing, results }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`model ${modelDir} — ${what}\n\n`);
  for (const r of results) {
    process.stdout.write(`${formatScoreTable(`${r.corpus} (${r.sentences} sentences, ${r.charsPerSecond} chars/s)`, r.scores)}\n`);
    if (r.pairs) process.stdout.write(`person–role pairs  P ${(100 * r.pairs.precision).toFixed(2)}  R ${(100 * r.pairs.recall).toFixed(2)}  F1 ${(100 * r.pairs.f1).toFixed(2)}  (tp ${r.pairs.tp}, fp ${r.pairs.fp}, fn ${r.pairs.fn})\n`);
    process.stdout.write('\n');
  }
}

function specName(spec: CorpusSpec): string {
  return `${spec.format}:${spec.path}${spec.from === 0 && spec.to === 100 ? '' : `#${spec.from}-${spec.to}`}`;
}
