/**
 * Training the entity model: corpora (any mix of formats) → segmented, featurized instances with
 * per-corpus label masks → averaged perceptron epochs → calibrated, pruned model on disk.
 * Labels a corpus does not annotate stay latent in its sentences (never taught as O), and a
 * CLUENER address may be learned as several adjacent LOC parts. One core, deterministic per seed.
 */
import { packageRoot } from '../resources/package-root.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';
import type { EntityModel, ModelManifest } from './entity-model.js';
import { formatScoreTable, scoreEntities, type ScoreTable, type ScoredSpan } from './evaluate.js';
import { extractFeatures, FeatureBuffer, withDomainCopies, type WordSpan } from './features.js';
import { buildLexiconTable, categoryBit, LEXICON_CATEGORIES, type LexiconCategory, type LexiconMatches, type LexiconTable } from './lexicon-features.js';
import { loadEntityModel, saveEntityModel } from './model-file.js';
import { createRandom, PerceptronTrainer, type TrainingInstance } from './perceptron.js';
import { MODEL_LABELS, readCorpusSpec, type AnnotatedSentence, type CorpusFormat, type CorpusSpec } from './read-corpus.js';
import { recognizeEntities } from './recognize-entities.js';
import { tagOf, type TagSet } from './viterbi.js';

/** Progress events. */
export interface TrainProgress {
  /** Phase name. */
  readonly phase: 'read' | 'features' | 'epoch' | 'dev' | 'save';
  /** Units done. */
  readonly done: number;
  /** Units in this phase. */
  readonly total: number;
  /** Epoch (1-based) when training. */
  readonly epoch?: number;
  /** A line worth showing. */
  readonly message?: string;
}

/** Training options. */
export interface TrainOptions {
  /** Training corpora. */
  readonly corpora: readonly CorpusSpec[];
  /** Development corpora (scored after each epoch and stored in the manifest). */
  readonly dev?: readonly CorpusSpec[];
  /** Output model directory. */
  readonly out: string;
  /** Epochs (default 8). */
  readonly epochs?: number;
  /** Seed for shuffling (default 1). */
  readonly seed?: number;
  /** Hash bits of the feature table (default 21). */
  readonly bits?: number;
  /** Rows kept in the file (default 600 000). */
  readonly maxRows?: number;
  /** Skip malformed lines instead of failing. */
  readonly skipBad?: boolean;
  /** Directory of the NER word lists (default: the package's `lexicons/ner`). */
  readonly lexiconDir?: string;
  /** Train a shared + per-format copy of every feature (default true). */
  readonly domains?: boolean;
  /** Formats whose sentences get feature copies (default: every format present). */
  readonly domainFormats?: readonly CorpusFormat[];
  /** Which formats' copies are folded into the shipped weights: `bio`, `pd+cluener`, `shared`, or `auto` (best mean dev F1). */
  readonly runtimeDomain?: string;
  /** Model version written to the manifest. */
  readonly version?: string;
  /** Progress callback. */
  readonly onProgress?: (p: TrainProgress) => void;
}

/** Result of training. */
export interface TrainResult {
  /** The manifest written. */
  readonly manifest: ModelManifest;
  /** The averaged (unpruned) model. */
  readonly model: EntityModel;
  /** Dev score tables by set name. */
  readonly scores: Record<string, ScoreTable>;
  /** Sentences skipped as malformed. */
  readonly skipped: number;
}

/** The package's `lexicons/ner` directory. */
export function defaultLexiconDir(): string {
  return join(packageRoot(), 'lexicons', 'ner');
}

function readList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const FORMATS: readonly CorpusFormat[] = ['bio', 'pd', 'cluener'];

const JIEBA_CATEGORY: [RegExp, LexiconCategory][] = [
  [/^nr/, 'nr'], [/^ns$/, 'ns'], [/^nt$/, 'nt'], [/^nz$/, 'nz'], [/^n/, 'n'], [/^v/, 'v'],
];

/**
 * The segmenter training reads words and POS from: `@node-rs/jieba` with its default dictionary,
 * loaded when training starts (importing the trainer loads no native module and reads no dictionary).
 */
function trainingJieba(): Jieba {
  const { Jieba: JiebaClass } = createRequire(import.meta.url)('@node-rs/jieba') as { Jieba: typeof Jieba };
  return JiebaClass.withDict(readFileSync(jiebaDictPath()));
}

/** jieba's dictionary file in the installed `@node-rs/jieba`. */
function jiebaDictPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'dict.txt');
}

/** Build the lexicon table from jieba's dictionary and the NER word lists. */
export function buildLexicon(lexiconDir = defaultLexiconDir()): LexiconTable {
  const entries: [string, number][] = [];
  for (const line of readFileSync(jiebaDictPath(), 'utf8').split('\n')) {
    const [word, freqText, tag] = line.trim().split(' ');
    if (!word || word.length < 2 || !tag) continue;
    const freq = Number(freqText);
    let category: LexiconCategory = 'word';
    for (const [re, c] of JIEBA_CATEGORY) if (re.test(tag)) { category = c; break; }
    const named = category === 'ns' || category === 'nt' || category === 'nz';
    if (!named && !(freq >= 5)) continue;
    entries.push([word, categoryBit(category)]);
  }
  const lists: [string, LexiconCategory][] = [
    ['places.txt', 'place'], ['surnames.txt', 'surname'], ['titles.txt', 'title'], ['org-suffixes.txt', 'orgsuf'], ['place-suffixes.txt', 'placesuf'],
  ];
  for (const [file, category] of lists) for (const word of readList(join(lexiconDir, file))) entries.push([word, categoryBit(category)]);
  return buildLexiconTable(entries, 10);
}

/** Words of `text` from a jieba instance, as offsets (empty when jieba's words do not tile the text). */
export function segmentWords(jieba: Jieba, text: string): WordSpan[] {
  const words: WordSpan[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    words.push({ start: at, end: at + word.length, pos: tag });
    at += word.length;
  }
  return at === text.length ? words : [];
}

const SPLIT_AFTER = new Set([...'省市县区镇乡村州旗盟道'].map((c) => c.charCodeAt(0)));

/** Allowed tags per position: gold spans fixed (composites may split), unannotated labels latent. */
export function buildMask(tagSet: TagSet, sentence: AnnotatedSentence, latentWhere: Readonly<Record<string, Uint8Array>> = {}): Uint32Array {
  const n = sentence.text.length;
  let outside = 1;
  tagSet.labels.forEach((label, l) => {
    if (!(sentence.annotated as readonly string[]).includes(label)) for (let k = 0; k < 4; k++) outside |= 1 << tagOf(l, k);
  });
  const mask = new Uint32Array(n).fill(outside);
  // An unannotated label may be restricted to some positions (TITLE: near a title word only).
  tagSet.labels.forEach((label, l) => {
    const where = latentWhere[label];
    if (!where || (sentence.annotated as readonly string[]).includes(label)) return;
    let tags = 0;
    for (let k = 0; k < 4; k++) tags |= 1 << tagOf(l, k);
    for (let i = 0; i < n; i++) if (where[i] !== 1) mask[i]! &= ~tags;
  });
  for (const span of sentence.spans) {
    const l = tagSet.labels.indexOf(span.label);
    if (l < 0 || span.end > n) continue;
    const [B, I, E, S] = [0, 1, 2, 3].map((k) => 1 << tagOf(l, k)) as [number, number, number, number];
    if (span.end - span.start === 1) { mask[span.start] = S; continue; }
    if (!span.composite) {
      for (let i = span.start; i < span.end; i++) mask[i] = i === span.start ? B : i === span.end - 1 ? E : I;
      continue;
    }
    // A composite may split into parts, but only after an administrative suffix (省 市 县 区 …).
    const cut = (i: number): boolean => i >= span.start && i < span.end - 1 && SPLIT_AFTER.has(sentence.text.charCodeAt(i));
    for (let i = span.start; i < span.end; i++) {
      const startSet = i === span.start ? B | S : cut(i - 1) ? B | I | E | S : I | E;
      const endSet = i === span.end - 1 ? E | S : cut(i) ? B | I | E | S : B | I;
      mask[i] = startSet & endSet;
    }
  }
  return mask;
}

const TITLE_CATEGORY = LEXICON_CATEGORIES.indexOf('title');

/**
 * Positions where a latent TITLE may sit in a corpus that does not annotate titles: characters of
 * a title-lexicon word and the four before it (市委副书记, 常务副市长). Elsewhere such a corpus's O
 * stays a real O for TITLE, which keeps TITLE from spreading over news text.
 */
export function titleWindow(matches: LexiconMatches | undefined, n: number): Uint8Array {
  const where = new Uint8Array(n);
  if (!matches) return where;
  const shift = 2 * TITLE_CATEGORY;
  for (let i = 0; i < n; i++) {
    const b = (matches.be[i]! >>> shift) & 3;
    const m = (matches.ms[i]! >>> shift) & 3;
    if (b === 0 && m === 0) continue;
    where[i] = 1;
    if ((b & 1) !== 0 || (m & 2) !== 0) for (let k = Math.max(0, i - 4); k < i; k++) where[k] = 1;
  }
  return where;
}

/** A dev set ready to score. */
export interface DevSet {
  /** Display name. */
  readonly name: string;
  /** Score parts (MSRA / People's Daily style) or whole spans (CLUENER style). */
  readonly useParts: boolean;
  /** Labels scored. */
  readonly labels: readonly string[];
  /** Sentences. */
  readonly sentences: readonly AnnotatedSentence[];
  /** Their words. */
  readonly words: readonly WordSpan[][];
}

/** Prepare a dev set (segmenting once). */
export function prepareDevSet(name: string, format: string, sentences: readonly AnnotatedSentence[], jieba: Jieba): DevSet {
  return {
    name,
    useParts: format !== 'cluener',
    labels: sentences[0]?.annotated ?? [],
    sentences,
    words: sentences.map((s) => segmentWords(jieba, s.text)),
  };
}

/** Score a model on a dev set; also returns chars per second of recognition. */
export function evaluateOnDevSet(model: EntityModel, set: DevSet): { table: ScoreTable; charsPerSecond: number } {
  const gold: ScoredSpan[][] = [];
  const predicted: ScoredSpan[][] = [];
  let chars = 0;
  const t0 = performance.now();
  for (let i = 0; i < set.sentences.length; i++) {
    const s = set.sentences[i]!;
    chars += s.text.length;
    predicted.push(recognizeEntities(model, s.text, set.words[i]!));
    gold.push(s.spans.map((g) => ({ start: g.start, end: g.end, label: g.label })));
  }
  const seconds = (performance.now() - t0) / 1000;
  return { table: scoreEntities(gold, predicted, { useParts: set.useParts, labels: set.labels }), charsPerSecond: chars / Math.max(seconds, 1e-6) };
}

function corpusName(spec: CorpusSpec): string {
  const slice = spec.from === 0 && spec.to === 100 ? '' : `#${spec.from}-${spec.to}`;
  return `${spec.format}:${spec.path.split(/[\\/]/).slice(-2).join('/')}${slice}`;
}

/** Train, calibrate and save a model. */
export function trainEntityModel(options: TrainOptions): TrainResult {
  const started = performance.now();
  const epochs = options.epochs ?? 8;
  const seed = options.seed ?? 1;
  const bits = options.bits ?? 21;
  const progress = options.onProgress ?? ((): void => {});
  const jieba = trainingJieba();
  const lexicon = buildLexicon(options.lexiconDir);
  let skipped = 0;
  const train: AnnotatedSentence[] = [];
  const trainDomain: number[] = [];
  const data: { corpus: string; format: string; sentences: number; use: string }[] = [];
  options.corpora.forEach((spec, k) => {
    progress({ phase: 'read', done: k, total: options.corpora.length, message: `reading ${corpusName(spec)}` });
    const corpus = readCorpusSpec(spec, { skipBad: options.skipBad ?? false });
    skipped += corpus.skipped;
    for (const s of corpus.sentences) { train.push(s); trainDomain.push(FORMATS.indexOf(spec.format)); }
    data.push({ corpus: corpusName(spec), format: spec.format, sentences: corpus.sentences.length, use: 'train' });
  });
  const devSets: DevSet[] = (options.dev ?? []).map((spec) => {
    const corpus = readCorpusSpec(spec, { skipBad: options.skipBad ?? false });
    skipped += corpus.skipped;
    data.push({ corpus: corpusName(spec), format: spec.format, sentences: corpus.sentences.length, use: 'dev' });
    return prepareDevSet(corpusName(spec), spec.format, corpus.sentences, jieba);
  });
  const trainer = new PerceptronTrainer(MODEL_LABELS, bits);
  const instances: TrainingInstance[] = [];
  const buffer = new FeatureBuffer();
  const domains = options.domains ?? true;
  const copied: readonly CorpusFormat[] = options.domainFormats ?? FORMATS;
  const used = new Uint8Array(1 << bits);
  // Domain copies learn only labels every training corpus annotates, and never O: a label one
  // corpus alone annotates (TITLE) and the O/entity balance stay shared, so no domain copy can
  // absorb "this label is rare here" and leave the shared weights unchecked.
  let domainTags = 0;
  trainer.tagSet.labels.forEach((label, l) => {
    if (train.every((s) => (s.annotated as readonly string[]).includes(label))) for (let k = 0; k < 4; k++) domainTags |= 1 << tagOf(l, k);
  });
  for (let i = 0; i < train.length; i++) {
    const s = train[i]!;
    if (i % 2000 === 0) progress({ phase: 'features', done: i, total: train.length });
    if (s.text.length === 0) continue;
    const words = segmentWords(jieba, s.text);
    const features = extractFeatures(s.text, words, lexicon, bits, 0, s.text.length, buffer);
    for (let k = 0; k < features.ids.length; k++) used[features.ids[k]!] = 1;
    const mask = buildMask(trainer.tagSet, s, { TITLE: titleWindow(features.matches, s.text.length) });
    if (domains && copied.includes(FORMATS[trainDomain[i]!]!)) instances.push({ features: withDomainCopies(features, trainDomain[i]!, bits), mask, domainTags });
    else instances.push({ features, mask });
  }
  const present = FORMATS.filter((f) => copied.includes(f) && options.corpora.some((c) => c.format === f));
  // `bio`, `bio+cluener*0.5`, `shared`: the domain copies (with weights) folded into the shared weights.
  const foldFor = (name: string): [number, number][] => (domains && name !== 'shared'
    ? name.split('+').map((part): [number, number] => {
      const [f, w] = part.split('*');
      return [FORMATS.indexOf(f as CorpusFormat), w === undefined ? 1 : Number(w)];
    }).filter(([d, w]) => d >= 0 && Number.isFinite(w))
    : []);
  const fold = (name: string): EntityModel => trainer.averaged(manifestBase({}, 1, 0, name), lexicon, foldFor(name), used);
  const devDomain: string = options.runtimeDomain && options.runtimeDomain !== 'auto' ? options.runtimeDomain : present.includes('bio') ? 'bio' : 'shared';
  progress({ phase: 'features', done: train.length, total: train.length });
  const manifestBase = (scores: Record<string, ScoreTable>, temperature: number, seconds: number, runtime: string): ModelManifest => ({
    name: 'ner', version: options.version ?? '1.0', formatVersion: 0, featureVersion: 0, labels: MODEL_LABELS, tagScheme: 'BIOES',
    featureBits: bits, temperature, weights: 'weights.bin', sha256: '', bytes: 0, data,
    scores: compactScores(scores),
    training: { epochs, seed, bits, sentences: instances.length, seconds: Math.round(seconds), recognizeCharsPerSecond: speed, algorithm: 'structured averaged perceptron, latent gold (partial labels)', domainAdaptation: domains ? `shared weights + a feature copy per format for ${copied.filter((f) => options.corpora.some((c) => c.format === f)).join(', ') || 'none'}; shipped weights = ${runtime === 'shared' ? 'shared only' : `shared + ${runtime}`}` : 'none', runtimeDomain: runtime, domainComparison: domainComparison },
    created: new Date().toISOString(),
  });
  const random = createRandom(seed);
  const order = Int32Array.from(instances.keys());
  let scores: Record<string, ScoreTable> = {};
  let model: EntityModel | null = null;
  let speed = 0;
  const domainComparison: Record<string, number> = {};
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!; order[i] = order[j]!; order[j] = t;
    }
    let updates = 0;
    for (let k = 0; k < order.length; k++) {
      if (trainer.learn(instances[order[k]!]!)) updates++;
      if (k % 2000 === 0) progress({ phase: 'epoch', epoch, done: k, total: order.length });
    }
    progress({ phase: 'epoch', epoch, done: order.length, total: order.length, message: `epoch ${epoch}: ${updates} updates` });
    if (devSets.length > 0 && (epoch === epochs || epoch % 2 === 0)) {
      model = fold(devDomain);
      scores = {};
      for (const set of devSets) {
        const { table, charsPerSecond } = evaluateOnDevSet(model, set);
        scores[set.name] = table;
        speed = Math.round(charsPerSecond);
        progress({ phase: 'dev', epoch, done: 1, total: 1, message: formatScoreTable(`epoch ${epoch} ${set.name}`, table) });
      }
    }
  }
  // Pick the domain copy folded into the shipped weights.
  let runtime = devDomain;
  if (domains && (options.runtimeDomain ?? 'auto') === 'auto' && devSets.length > 0) {
    let best = -1;
    const mixes = present.includes('bio') && present.includes('cluener')
      ? ['bio+cluener*0.25', 'bio+cluener*0.4', 'bio+cluener*0.5', 'bio*0.9+cluener*0.4', 'bio*0.75+cluener*0.4', 'bio*0.75+cluener*0.5',
        'bio*0.75+cluener*0.6', 'bio*0.6+cluener*0.5'] : [];
    const candidates = [...present.flatMap((f) => [`${f}*0.25`, `${f}*0.5`, f]), 'shared', ...mixes];
    for (const name of candidates) {
      const candidate = fold(name);
      const tables: Record<string, ScoreTable> = {};
      let sum = 0;
      for (const set of devSets) { tables[set.name] = evaluateOnDevSet(candidate, set).table; sum += tables[set.name]!.micro!.f1; }
      const mean = sum / devSets.length;
      domainComparison[name] = Math.round(mean * 100) / 100;
      const per = devSets.map((set) => `${set.name} ${tables[set.name]!.micro!.f1.toFixed(2)}`).join(', ');
      progress({ phase: 'dev', done: 1, total: 1, message: `runtime domain ${name}: mean dev micro-F1 ${mean.toFixed(2)} (${per})` });
      if (mean > best) { best = mean; runtime = name; scores = tables; }
    }
  }
  model = fold(runtime);
  if (devSets.length > 0 && Object.keys(scores).length === 0) for (const set of devSets) scores[set.name] = evaluateOnDevSet(model, set).table;
  const { temperature, bias } = calibrateScores(model, devSets);
  const seconds = (performance.now() - started) / 1000;
  const finalModel: EntityModel = { ...model, manifest: { ...manifestBase(scores, temperature, seconds, runtime), scoreBias: bias } };
  progress({ phase: 'save', done: 0, total: 1 });
  const { formatVersion: _f, featureVersion: _v, sha256: _s, bytes: _b, weights: _w, labels: _l, featureBits: _fb, tagScheme: _t, ...rest } = finalModel.manifest;
  saveEntityModel(options.out, finalModel, rest, options.maxRows ?? 600_000);
  // The manifest reports the shipped (pruned, quantized) model, not the one in memory.
  const shipped = rescoreModel(options.out, devSets);
  progress({ phase: 'save', done: 1, total: 1 });
  return { manifest: shipped.manifest, model: finalModel, scores: shipped.scores, skipped };
}

/** Score a saved model directory on dev sets and rewrite its manifest's `scores` (weights untouched). */
export function rescoreModel(dir: string, devSets: readonly DevSet[]): { manifest: ModelManifest; scores: Record<string, ScoreTable> } {
  const loadStart = performance.now();
  const model = loadEntityModel(dir);
  const loadMs = Math.round(performance.now() - loadStart);
  const scores: Record<string, ScoreTable> = {};
  let speed = 0;
  let chars = 0;
  let seconds = 0;
  for (const set of devSets) {
    const { table, charsPerSecond } = evaluateOnDevSet(model, set);
    scores[set.name] = table;
    const n = set.sentences.reduce((sum, s) => sum + s.text.length, 0);
    chars += n;
    seconds += n / Math.max(charsPerSecond, 1);
  }
  if (seconds > 0) speed = Math.round(chars / seconds);
  const manifest: ModelManifest = {
    ...model.manifest,
    ...(devSets.length > 0 ? { scores: compactScores(scores) } : {}),
    training: { ...model.manifest.training, loadMs, ...(speed > 0 ? { recognizeCharsPerSecond: speed } : {}) },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, scores };
}

function compactScores(scores: Record<string, ScoreTable>): ModelManifest['scores'] {
  const out: Record<string, Record<string, { p: number; r: number; f1: number; support: number }>> = {};
  for (const [set, table] of Object.entries(scores)) {
    out[set] = {};
    for (const [label, s] of Object.entries(table)) {
      out[set]![label] = { p: round2(s.p), r: round2(s.r), f1: round2(s.f1), support: s.tp + s.fn };
    }
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Pick the logistic temperature that best predicts whether a dev entity is correct from its path
 * margin (grid search on log loss). Falls back to 1 without dev data.
 */
function calibrateScores(model: EntityModel, devSets: readonly DevSet[]): { temperature: number; bias: number } {
  const pairs: [number, boolean][] = [];
  const probeT = 200;
  const probe: EntityModel = { ...model, manifest: { ...model.manifest, temperature: probeT, scoreBias: 0 } };
  for (const set of devSets) {
    for (let i = 0; i < set.sentences.length && pairs.length < 20000; i++) {
      const s = set.sentences[i]!;
      const gold = new Set(s.spans.map((g) => `${g.start}:${g.end}:${g.label}`));
      for (const e of recognizeEntities(probe, s.text, set.words[i]!)) {
        if (e.source !== model.source || e.parts) continue;
        const p = Math.min(Math.max(e.score, 1e-3), 1 - 1e-3);
        pairs.push([probeT * Math.log(p / (1 - p)), gold.has(`${e.start}:${e.end}:${e.label}`)]);
      }
    }
  }
  if (pairs.length < 50) return { temperature: 1, bias: 0 };
  let best = { temperature: 1, bias: 0 };
  let bestLoss = Number.POSITIVE_INFINITY;
  const sorted = pairs.map(([m]) => m).sort((a, b) => a - b);
  const biases = [0, ...[0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((q) => sorted[Math.floor(q * (sorted.length - 1))]!)];
  for (const bias of biases) {
    for (let t = 0.05; t <= 5000; t *= 1.15) {
      let loss = 0;
      for (const [m, ok] of pairs) {
        const p = Math.min(Math.max(1 / (1 + Math.exp(-(m - bias) / t)), 1e-6), 1 - 1e-6);
        loss -= ok ? Math.log(p) : Math.log(1 - p);
      }
      if (loss < bestLoss) { bestLoss = loss; best = { temperature: t, bias }; }
    }
  }
  return { temperature: Math.round(best.temperature * 1000) / 1000, bias: Math.round(best.bias * 1000) / 1000 };
}
