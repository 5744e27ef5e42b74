/**
 * The theme-category classifier: segmented words of a passage → a category of policy language
 * (土地资源, 生态环保 …) for passages that name no slogan. Training counts come from natural's
 * BayesClassifier (binary word features) and are stored as plain JSON. natural scores only the
 * words present, which favours small classes (held-out accuracy 0.04); `classifyCategory` scores
 * the same counts as a Bernoulli naive Bayes that also weighs absent words (Laplace-smoothed),
 * in log space, normalized to probabilities: O(distinct words × classes) per passage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TifaError } from '../errors.js';
import { packageRoot } from '../resources/package-root.js';

/** Format tag of the model file. */
export const THEME_CATEGORY_FORMAT = 'tifa-theme-category';
/** Least top probability for a passage to be labelled (naive Bayes is overconfident). */
export const CONFIDENT = 0.99;

/** Source tag of classifier hits. */
export const MODEL_SOURCE = 'model:theme-category';

/** One label: a category and its ASCII id. */
export interface CategoryLabel {
  /** ASCII slug, used in hit ids (`category-<id>`). */
  readonly id: string;
  /** Category name as in the taxonomy. */
  readonly name: string;
}

/** The serialized model (models/theme-category/model.json). */
export interface ThemeCategoryModelFile {
  /** Always `tifa-theme-category`. */
  readonly format: string;
  /** Model version. */
  readonly version: string;
  /** Labels, in class order. */
  readonly labels: readonly CategoryLabel[];
  /** Feature words, in feature order. */
  readonly vocabulary: readonly string[];
  /** Smoothing count used for unseen features. */
  readonly smoothing: number;
  /** Training passages per class (+1, as natural counts them). */
  readonly classTotals: readonly number[];
  /** Training passages overall (+1). */
  readonly totalExamples: number;
  /** Per class: `[featureIndex, count]` pairs for the features seen in that class. */
  readonly classFeatures: readonly (readonly (readonly [number, number])[])[];
}

/** A loaded, ready-to-run classifier. */
export interface ThemeCategoryModel {
  /** Model version. */
  readonly version: string;
  /** Labels, in class order. */
  readonly labels: readonly CategoryLabel[];
  /** Word → feature index. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** log P(class). */
  readonly logPrior: Float64Array;
  /** Per class, log P(present) − log P(absent) for every feature (Laplace-smoothed). */
  readonly logOdds: readonly Float64Array[];
  /** Per class, Σ log P(absent) over all features: the score of a passage with no known word. */
  readonly logAbsent: Float64Array;
}

/** A class with its probability. */
export interface CategoryScore {
  /** The label. */
  readonly label: CategoryLabel;
  /** Posterior probability in [0, 1]. */
  readonly probability: number;
}

/** Checks and prepares a parsed model file; `file` names errors. */
export function parseThemeCategoryModel(data: unknown, file: string): ThemeCategoryModel {
  const bad = (what: string): TifaError => new TifaError('model_incompatible', `tifa: ${file}: ${what}`, { file });
  if (!data || typeof data !== 'object') throw bad('expected a JSON object');
  const m = data as Partial<ThemeCategoryModelFile>;
  if (m.format !== THEME_CATEGORY_FORMAT) throw bad(`expected format "${THEME_CATEGORY_FORMAT}", found ${JSON.stringify(m.format)}`);
  if (typeof m.version !== 'string') throw bad('field "version": expected a string');
  if (!Array.isArray(m.labels) || m.labels.length === 0) throw bad('field "labels": expected a non-empty list');
  if (!Array.isArray(m.vocabulary)) throw bad('field "vocabulary": expected a list');
  if (typeof m.smoothing !== 'number' || !(m.smoothing > 0)) throw bad('field "smoothing": expected a positive number');
  if (!Array.isArray(m.classTotals) || m.classTotals.length !== m.labels.length) throw bad('field "classTotals": expected one number per label');
  if (!Array.isArray(m.classFeatures) || m.classFeatures.length !== m.labels.length) throw bad('field "classFeatures": expected one list per label');
  if (typeof m.totalExamples !== 'number' || !(m.totalExamples > 0)) throw bad('field "totalExamples": expected a positive number');
  const size = m.vocabulary.length;
  const vocabulary = new Map<string, number>();
  m.vocabulary.forEach((w, i) => {
    if (typeof w !== 'string') throw bad(`field "vocabulary" item ${i}: expected a string`);
    vocabulary.set(w, i);
  });
  const logPrior = new Float64Array(m.labels.length);
  const logAbsent = new Float64Array(m.labels.length);
  const logOdds = m.labels.map((label, c) => {
    if (!label || typeof label.id !== 'string' || typeof label.name !== 'string') throw bad(`field "labels" item ${c}: expected { id, name }`);
    const total = m.classTotals![c]!;
    if (typeof total !== 'number' || !(total >= 1)) throw bad(`field "classTotals" item ${c}: expected a number ≥ 1`);
    logPrior[c] = Math.log(total / m.totalExamples!);
    // natural counts a class's passages from 1 and a feature's from 1 + smoothing.
    const passages = total - 1;
    const seen = new Float64Array(size);
    for (const pair of m.classFeatures![c]!) {
      if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0]) || pair[0] < 0 || pair[0] >= size || !(pair[1] >= m.smoothing!)) {
        throw bad(`field "classFeatures" item ${c}: expected [featureIndex, count] pairs`);
      }
      seen[pair[0]] = Math.min(passages, pair[1] - m.smoothing!);
    }
    const row = new Float64Array(size);
    let absent = 0;
    for (let f = 0; f < size; f++) {
      const p = (seen[f]! + 1) / (passages + 2);
      absent += Math.log(1 - p);
      row[f] = Math.log(p) - Math.log(1 - p);
    }
    logAbsent[c] = absent;
    return row;
  });
  return { version: m.version, labels: m.labels, vocabulary, logPrior, logOdds, logAbsent };
}

/** Path of the shipped model file. */
export function defaultThemeCategoryModelPath(): string {
  return join(packageRoot(), 'models', 'theme-category', 'model.json');
}

/** Reads a model file (the shipped one by default). */
export function loadThemeCategoryModel(path: string = defaultThemeCategoryModelPath()): ThemeCategoryModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new TifaError('resource_not_found', `tifa: ${path}: cannot read the theme-category model`, { file: path }, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new TifaError('resource_parse', `tifa: ${path}: expected JSON, found invalid text`, { file: path }, { cause });
  }
  return parseThemeCategoryModel(data, path);
}

/** Class probabilities for the distinct `words` of a passage, best first; empty without known words. */
export function classifyCategory(model: ThemeCategoryModel, words: Iterable<string>): CategoryScore[] {
  const features = new Set<number>();
  for (const w of words) {
    const f = model.vocabulary.get(w);
    if (f !== undefined) features.add(f);
  }
  if (features.size === 0) return [];
  const logs = model.labels.map((_, c) => {
    let sum = model.logPrior[c]! + model.logAbsent[c]!;
    const row = model.logOdds[c]!;
    for (const f of features) sum += row[f]!;
    return sum;
  });
  const max = Math.max(...logs);
  const exps = logs.map((l) => Math.exp(l - max));
  const z = exps.reduce((a, b) => a + b, 0);
  return model.labels
    .map((label, c) => ({ label, probability: exps[c]! / z }))
    .sort((a, b) => b.probability - a.probability);
}

/**
 * The first of `classifyCategory`'s results for the given feature indices (distinct, in the order
 * their words first occur), without ranking every class: the same sums in the same order, and the
 * earliest class among equal probabilities (the stable sort's first). Undefined without features.
 */
export function bestCategory(model: ThemeCategoryModel, features: readonly number[]): CategoryScore | undefined {
  if (features.length === 0) return undefined;
  const n = model.labels.length;
  const logs = new Float64Array(n);
  let max = -Infinity;
  for (let c = 0; c < n; c++) {
    let sum = model.logPrior[c]! + model.logAbsent[c]!;
    const row = model.logOdds[c]!;
    for (const f of features) sum += row[f]!;
    logs[c] = sum;
    if (sum > max) max = sum;
  }
  let z = 0;
  for (let c = 0; c < n; c++) {
    logs[c] = Math.exp(logs[c]! - max);
    z += logs[c]!;
  }
  let best = -1;
  let bestP = 0;
  for (let c = 0; c < n; c++) {
    const p = logs[c]! / z;
    if (best < 0 || p > bestP) { best = c; bestP = p; }
  }
  return { label: model.labels[best]!, probability: bestP };
}
