/**
 * `tifa bench`: throughput of `annotate` and of each step, against the bare segmenter `cut` on the
 * same text in the same process (MB/s of UTF-8 and the ratio), cold start of `createAnnotator`,
 * and peak RSS. Texts: the front page repeated, and the government work reports when present.
 * Scaling: one news-like document of 0.25, 0.5, 1 and 2 MB, ms/KB at each size and the ratio
 * largest/smallest (≈ 1 when time is linear in length), plus the worst ms/KB over a fuzz corpus.
 */
import type { Command } from 'commander';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createAnnotator, normalize, type Annotator } from '../index.js';
import { generateArticles } from '../archive/index.js';
import { compileThemes, createSegmenter, defaultThemePaths, loadThemes, matchThemes } from '../tools.js';
import { table } from './render-pretty.js';

interface Corpus { name: string; docs: string[] }

/** Finds the benchmark texts: the sample page (from the package) and ../shared/data/gov-reports when present. */
function corpora(root: string, dataDir: string): Corpus[] {
  const out: Corpus[] = [];
  const page = join(root, 'examples/articles/yongkang-daily-page1.txt');
  if (existsSync(page)) out.push({ name: 'front page ×150', docs: Array.from({ length: 150 }, () => readFileSync(page, 'utf8')) });
  const reports = join(dataDir, 'gov-reports');
  if (existsSync(reports)) {
    const files = readdirSync(reports).filter((f) => /^\d{4}\.txt$/.test(f) && f >= '1978').sort();
    out.push({ name: `gov reports 1978– (${files.length})`, docs: files.map((f) => readFileSync(join(reports, f), 'utf8')) });
  }
  return out;
}

const mb = (docs: readonly string[]): number => docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1e6;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/** Runs the benchmark and returns rows. */
export function runBench(annotator: Annotator, tokenizer: Annotator, corpus: Corpus, cut: (t: string) => string[], tsCut?: (t: string) => string[]): { rows: string[][]; json: Record<string, number> } {
  const size = mb(corpus.docs);
  // Warm-up, then the bare engine on normalized text, then the full pipeline with per-step times.
  for (const d of corpus.docs.slice(0, 3)) annotator.annotate(d);
  const normalized = corpus.docs.map((d) => normalize(d).text);
  const baseline = time(() => { for (const d of normalized) cut(d); });
  const steps: Record<string, number> = {};
  const total = time(() => {
    for (const d of corpus.docs) {
      const { timings } = annotator.profile(d);
      for (const [k, v] of Object.entries(timings)) steps[k] = (steps[k] ?? 0) + v / 1000;
    }
  });
  const rows: string[][] = [['bare engine cut (baseline)', (size / baseline).toFixed(2), '1.00']];
  const json: Record<string, number> = { mb: size, baselineMBs: size / baseline };
  if (tsCut) {
    // tifa's TypeScript engine on the same dictionary (the same words), timed right after the baseline.
    for (const d of normalized.slice(0, 3)) tsCut(d);
    const own = time(() => { for (const d of normalized) tsCut(d); });
    rows.push(['ts-jieba cut (tifa\'s default engine, same dictionary)', (size / own).toFixed(2), (baseline / own).toFixed(2)]);
    json.tsJiebaCutMBs = size / own;
  }
  rows.push(
    ['annotate (all steps)', (size / total).toFixed(2), (baseline / total).toFixed(2)]);
  json.annotateMBs = size / total;
  // The text steps alone, end to end (normalize, layout, sentences, segment, projection to the
  // original offsets): a tokens-only annotator on the same documents.
  for (const d of corpus.docs.slice(0, 3)) tokenizer.annotate(d);
  const alone = time(() => { for (const d of corpus.docs) tokenizer.annotate(d); });
  rows.push(['tokens-only annotate, end to end', (size / alone).toFixed(2), (baseline / alone).toFixed(2)]);
  json.tokensOnlyMBs = size / alone;
  // The goal's "normalize + segment": the steps up to tokens (normalize, layout, sentences, segment)
  // of the tokens-only annotator, without the projection and Document that follow. The median of
  // three passes, so one collector pause or scheduler hiccup does not decide the figure.
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    let seconds = 0;
    for (const d of corpus.docs) {
      const t = tokenizer.profile(d).timings;
      seconds += ((t.normalize ?? 0) + (t.layout ?? 0) + (t.sentences ?? 0) + (t.segment ?? 0)) / 1000;
    }
    passes.push(seconds);
  }
  const upToTokens = passes.sort((a, b) => a - b)[1]!;
  rows.push(['normalize + segment (steps up to tokens, tokens-only, median of 3)', (size / upToTokens).toFixed(2), (baseline / upToTokens).toFixed(2)]);
  json.normalizeSegmentTokensOnlyMBs = size / upToTokens;
  const normSeg = (steps.normalize ?? 0) + (steps.sentences ?? 0) + (steps.segment ?? 0);
  rows.push(['normalize + sentences + segment, in annotate', (size / normSeg).toFixed(2), (baseline / normSeg).toFixed(2)]);
  json.normalizeSegmentMBs = size / normSeg;
  for (const [k, v] of Object.entries(steps)) {
    rows.push([`  step ${k}`, (size / v).toFixed(2), (baseline / v).toFixed(2)]);
    json[`step:${k}`] = size / v;
  }
  return { rows, json };
}

/** A seeded generator of hostile text: astral characters, lone surrogates, controls, OCR spacing, long runs. */
export function fuzzCorpus(count: number, seed = 1): string[] {
  let x = seed >>> 0;
  const rnd = (n: number): number => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x % n; };
  const pieces = ['市委书记', '章旭升', '亩均论英雄', '3月23日上午', '本 报 讯', '\n\n', ' ', '，', '。', '“', '”', '😀', '𠀀', '\ud800', '\udc00', '\u0000', '\u200b', 'Ｙ', 'Tim Cook', '城西新区', '一', '年'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rnd(4);
    let s = '';
    const len = 200 + rnd(4000);
    if (kind === 0) while (s.length < len) s += pieces[rnd(pieces.length)];
    else if (kind === 1) while (s.length < len) s += String.fromCharCode(rnd(0x10000));
    else if (kind === 2) s = pieces[rnd(pieces.length)]!.repeat(Math.ceil(len / 2));
    else while (s.length < len) s += String.fromCharCode(0x4e00 + rnd(0x5000)) + (rnd(3) === 0 ? ' ' : '');
    out.push(s);
  }
  return out;
}

/**
 * Worst and median milliseconds per KB (UTF-16 code units / 1024) of `annotate` over `docs`, timed
 * after one untimed pass: resources loaded on first need (compromise for the first English run,
 * opencc for the first Traditional text) are a one-time cost, not a cost per KB.
 */
export function perKbTimes(annotator: Annotator, docs: readonly string[]): { worst: number; median: number } {
  for (const d of docs) annotator.annotate(d);
  const rates = docs.map((d) => { const t = time(() => annotator.annotate(d)) * 1000; return t / Math.max(d.length / 1024, 0.01); }).sort((a, b) => a - b);
  return { worst: rates[rates.length - 1] ?? 0, median: rates[Math.floor(rates.length / 2)] ?? 0 };
}

/** Sizes (MB of UTF-8) of the single documents of the scaling section. */
export const SCALING_SIZES_MB: readonly number[] = [0.25, 0.5, 1, 2];

/** One news-like document (generated articles run together) of `bytes` UTF-8 bytes or just under. */
export function newsLikeText(bytes: number, seed = 11): string {
  const parts: string[] = [];
  let size = 0;
  for (const a of generateArticles(Number.MAX_SAFE_INTEGER, { seed })) {
    const piece = `${a.title}\n${a.source} ${a.date}\n${a.text}\n\n`;
    parts.push(piece);
    size += Buffer.byteLength(piece);
    if (size >= bytes) break;
  }
  let text = parts.join('');
  for (let over = size - bytes; over > 0; over = Buffer.byteLength(text) - bytes) text = text.slice(0, text.length - Math.ceil(over / 3));
  return text;
}

/** One row of the scaling section. */
export interface ScalingPoint {
  /** Size in MB of UTF-8. */
  readonly mb: number;
  /** Length in UTF-16 code units. */
  readonly chars: number;
  /** Wall time of `annotate`. */
  readonly ms: number;
  /** Milliseconds per KB (1024 code units), comparable with the fuzz figures. */
  readonly msPerKb: number;
}

/**
 * Annotates one document per size (prefixes of the same news-like text, smallest first, after a
 * warm-up) and returns ms/KB per size and `ratio` = ms/KB of the largest / of the smallest.
 */
export function scaling(annotator: Annotator, sizesMb: readonly number[] = SCALING_SIZES_MB): { points: ScalingPoint[]; ratio: number } {
  const largest = newsLikeText(Math.max(...sizesMb) * 1e6);
  annotator.annotate(largest.slice(0, 20_000));
  const points = [...sizesMb].sort((a, b) => a - b).map((mbSize) => {
    const text = mbSize === Math.max(...sizesMb) ? largest : newsLikeText(mbSize * 1e6);
    const ms = time(() => annotator.annotate(text)) * 1000;
    return { mb: mbSize, chars: text.length, ms, msPerKb: ms / (text.length / 1024) };
  });
  const ratio = points.length ? points[points.length - 1]!.msPerKb / points[0]!.msPerKb : 1;
  return { points, ratio };
}

/** Theme matching alone (Aho–Corasick over every form of the shipped taxonomy), MB/s. */
function themeMatching(docs: readonly string[]): number {
  const compiled = compileThemes(loadThemes(defaultThemePaths()));
  const texts = docs.map((d) => normalize(d).matchText);
  for (const t of texts.slice(0, 3)) matchThemes(compiled, t);
  const seconds = time(() => { for (const t of texts) matchThemes(compiled, t); });
  return mb(docs) / seconds;
}

/** Registers `bench`. */
export function registerBenchCommand(program: Command, root: string): void {
  program
    .command('bench')
    .description('measure throughput (MB/s against the bare segmenter), cold start, peak memory, and ms/KB as one document grows (scaling)')
    .option('--data <dir>', 'shared corpora directory', resolve(root, '../shared/data'))
    .option('--json', 'print JSON')
    .action((flags: { data: string; json?: boolean }) => {
      const t0 = performance.now();
      const annotator = createAnnotator();
      const coldMs = performance.now() - t0;
      const t1 = performance.now();
      annotator.annotate('市委书记章旭升赴城西新区调研。');
      const firstMs = performance.now() - t1;
      const t2 = performance.now();
      const tokenizer = createAnnotator({ tokensOnly: true });
      const tokensColdMs = performance.now() - t2;
      // The baseline: a bare @node-rs/jieba instance with the same default dictionary (the native
      // engine tifa's TypeScript one reproduces).
      const engine = engineCut();
      const bareTs = createSegmenter('ts-jieba');
      const results: Record<string, unknown> = { createAnnotatorMs: coldMs, firstAnnotateMs: firstMs, createTokensOnlyMs: tokensColdMs };
      const sections: string[] = [];
      for (const c of corpora(root, flags.data)) {
        const r = runBench(annotator, tokenizer, c, engine, (t) => bareTs.cut(t));
        results[c.name] = r.json;
        const matching = themeMatching(c.docs);
        r.json.themeMatchingMBs = matching;
        r.rows.push(['theme matching alone (Aho–Corasick)', matching.toFixed(2), (matching / r.json.baselineMBs!).toFixed(2)]);
        sections.push(`${c.name} — ${mb(c.docs).toFixed(2)} MB in ${c.docs.length} documents\n${table(['what', 'MB/s', 'vs cut'], r.rows, false)}`);
      }
      const fuzz = perKbTimes(annotator, fuzzCorpus(200));
      results.fuzzWorstMsPerKb = fuzz.worst;
      results.fuzzMedianMsPerKb = fuzz.median;
      sections.push(`fuzz corpus (200 generated hostile documents): worst ${fuzz.worst.toFixed(2)} ms/KB, median ${fuzz.median.toFixed(2)} ms/KB`);
      const scale = scaling(annotator);
      results.scaling = { points: scale.points, ratioLargestToSmallest: scale.ratio, fuzzWorstMsPerKb: fuzz.worst, fuzzMedianMsPerKb: fuzz.median };
      sections.push(`scaling — one news-like document per size (time linear in length ⇔ ms/KB flat, ratio ≈ 1)\n${table(['size', 'characters', 'ms', 'ms/KB'], [
        ...scale.points.map((p) => [`${p.mb} MB`, String(p.chars), p.ms.toFixed(0), p.msPerKb.toFixed(2)]),
        ['fuzz corpus, median / worst', '', '', `${fuzz.median.toFixed(2)} / ${fuzz.worst.toFixed(2)}`],
      ], false)}\nms/KB at ${scale.points.at(-1)?.mb} MB ÷ at ${scale.points[0]?.mb} MB: ${scale.ratio.toFixed(2)}`);
      const rssMb = process.resourceUsage().maxRSS / 1024;
      results.peakRssMb = rssMb;
      if (flags.json) { process.stdout.write(JSON.stringify(results, null, 2) + '\n'); return; }
      process.stdout.write([
        `createAnnotator (cold, in process): ${coldMs.toFixed(0)} ms; first annotate: ${firstMs.toFixed(1)} ms; tokens-only annotator (after it): ${tokensColdMs.toFixed(0)} ms`,
        ...sections,
        `peak RSS: ${rssMb.toFixed(0)} MB`,
        `node ${process.version}, ${process.platform}-${process.arch}; one core (annotate is synchronous)`,
      ].join('\n\n') + '\n');
    });
}

/** The bare default engine (`@node-rs/jieba` cut with HMM), as the baseline. */
function engineCut(): (t: string) => string[] {
  const jieba = createBareJieba();
  return (t) => jieba.cut(t, true);
}

function createBareJieba(): { cut(t: string, hmm: boolean): string[] } {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { cut(t: string, hmm: boolean): string[] } } };
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  return Jieba.withDict(dict);
}
