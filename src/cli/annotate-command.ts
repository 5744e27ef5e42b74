/**
 * `tifa annotate [files...]`: files or stdin → Documents as a terminal view (pretty), JSON (one
 * Document per file), a self-contained HTML page, or JSON lines (records in, Documents out, streaming in constant memory, in
 * order — the contract evaluation scripts use). Exit 0 ok, 1 bad input, 2 usage.
 */
import type { Command } from 'commander';
import { once } from 'node:events';
import { createAnnotator, isTifaError, type AnnotateMeta, type Annotator, type AnnotatorOptions } from '../index.js';
import { checkEncoding, DEFAULT_ENCODING } from '../tools.js';
import { readJsonl, readText } from './read-input.js';
import { renderHtml } from './render-html.js';
import { renderPretty } from './render-pretty.js';

/** Options of `tifa annotate`. */
interface AnnotateFlags {
  format?: string;
  date?: string;
  page?: boolean;
  segmenter?: string;
  script?: string;
  model?: string;
  themes?: string[];
  replaceThemes?: boolean;
  tokensOnly?: boolean;
  encoding?: string;
}

const FORMATS = ['pretty', 'json', 'jsonl', 'html'] as const;

/** Writes to stdout, waiting when the pipe is full (constant memory on large streams). */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Builds annotator options from CLI flags. */
export function annotatorOptions(flags: Pick<AnnotateFlags, 'segmenter' | 'script' | 'model' | 'themes' | 'replaceThemes' | 'tokensOnly'>): AnnotatorOptions {
  return {
    ...(flags.segmenter ? { segmenter: flags.segmenter as AnnotatorOptions['segmenter'] & string } : {}),
    ...(flags.script ? { script: flags.script as AnnotatorOptions['script'] & string } : {}),
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags.themes?.length ? { themes: flags.themes } : {}),
    ...(flags.replaceThemes ? { replaceThemes: true } : {}),
    ...(flags.tokensOnly ? { tokensOnly: true } : {}),
  };
}

/** Prints one clear line for a TifaError and sets exit code 1; rethrows anything else. */
export function reportError(err: unknown): void {
  if (isTifaError(err)) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  throw err;
}

async function runJsonl(annotator: Annotator, files: readonly string[], flags: AnnotateFlags): Promise<void> {
  let bad = 0;
  for await (const item of readJsonl(files, flags.encoding)) {
    if (!item.ok) {
      bad++;
      process.stderr.write(`tifa: ${item.error}\n`);
      continue;
    }
    const r = item.record;
    const date = r.date ?? flags.date;
    const meta: AnnotateMeta = {
      ...(r.id !== undefined ? { id: r.id } : {}), ...(r.title !== undefined ? { title: r.title } : {}),
      ...(date !== undefined ? { date } : {}), ...(flags.page ? { layout: 'page' as const } : {}),
    };
    try {
      await write(JSON.stringify(annotator.annotate(r.text, meta)) + '\n');
    } catch (err) {
      if (!isTifaError(err)) throw err;
      bad++;
      process.stderr.write(`tifa: ${item.file} line ${item.line}: ${err.message.replace(/^tifa: /, '')}\n`);
    }
  }
  if (bad > 0) process.exitCode = 1;
}

/** The value of `check`, or undefined after printing its TifaError as a usage error (exit code 2). */
function usageChecked<T>(check: () => T): T | undefined {
  try {
    return check();
  } catch (err) {
    if (!isTifaError(err)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
    return undefined;
  }
}

/** Registers `annotate` on the program. */
export function registerAnnotateCommand(program: Command): void {
  program
    .command('annotate')
    .description('annotate Chinese text: files, or stdin when none is given')
    .argument('[files...]', 'text files (or JSON-lines files with --format jsonl); stdin when omitted')
    .option('-f, --format <format>', 'pretty | json | jsonl | html (default: pretty on a terminal, json otherwise)')
    .option('-d, --date <YYYY-MM-DD>', 'reference date for time expressions')
    .option('--page', 'treat the input as a newspaper page and split it into articles')
    .option('--segmenter <name>', 'ts-jieba (default) | rs-jieba | nodejieba')
    .option('--script <script>', 'auto (default) | simplified | traditional')
    .option('--model <dir>', 'another entity model directory')
    .option('--themes <files...>', 'extra theme files (YAML)')
    .option('--replace-themes', 'use only the --themes files')
    .option('--tokens-only', 'stop after segmentation: sentences, tokens and page items only (no model loaded; faster)')
    .option('--encoding <name>', 'encoding of the input: utf-8 (default), gb18030 (gbk), big5, utf-16le …')
    .action(async (files: string[], flags: AnnotateFlags) => {
      const format = flags.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
      if (!(FORMATS as readonly string[]).includes(format)) {
        process.stderr.write(`tifa: --format: expected one of ${FORMATS.join(', ')}, found "${format}"\n`);
        process.exitCode = 2;
        return;
      }
      const encoding = usageChecked(() => checkEncoding(flags.encoding ?? DEFAULT_ENCODING));
      if (encoding === undefined) return;
      try {
        const annotator = createAnnotator(annotatorOptions(flags));
        if (format === 'jsonl') return await runJsonl(annotator, files, { ...flags, encoding });
        const inputs = files.length ? files : ['-'];
        const docs = [];
        for (const file of inputs) {
          const text = await readText(file, encoding);
          const meta: AnnotateMeta = { ...(flags.date ? { date: flags.date } : {}), ...(flags.page ? { layout: 'page' as const } : {}) };
          const doc = annotator.annotate(text, meta);
          if (format === 'html') await write(renderHtml(doc, { title: file === '-' ? 'stdin' : file }));
          else if (format === 'pretty') {
            const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
            await write(renderPretty(doc, { color, ...(inputs.length > 1 ? { file } : {}) }));
          } else docs.push(doc);
        }
        if (format === 'json') await write(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
      } catch (err) {
        reportError(err);
      }
    });
}
