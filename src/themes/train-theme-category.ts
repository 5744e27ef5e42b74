/**
 * trainThemeCategoryModel: dated texts + the taxonomy → a theme-category classifier, its
 * held-out scores and a manifest. Passages (paragraphs, long ones cut at sentence ends) are
 * labelled by the category that holds most of their explicit theme hits; the hits themselves are
 * masked before segmentation, so the model learns the surrounding language, not the slogans.
 * Training uses natural's BayesClassifier; every 5th labelled passage is held out.
 */
import { createRequire } from 'node:module';
import natural from 'natural';
import { matchThemes, type CompiledThemes } from './compile-themes.js';
import type { DatedText } from './first-years.js';
import { featureWords, splitPassages } from './split-passages.js';
import { classifyCategory, CONFIDENT, parseThemeCategoryModel, THEME_CATEGORY_FORMAT, type CategoryLabel, type ThemeCategoryModelFile } from './theme-category-model.js';

/** ASCII ids of the shipped categories. */
export const CATEGORY_IDS: Readonly<Record<string, string>> = {
  发展理念: 'development-philosophy',
  经济改革: 'economic-reform',
  土地资源: 'land-resources',
  营商环境: 'business-environment',
  科技创新: 'science-innovation',
  三农与乡村振兴: 'rural-revitalization',
  生态环保: 'ecology',
  社会治理与信访: 'social-governance',
  金融服务: 'finance',
  民生与共同富裕: 'livelihood-common-prosperity',
  党的建设: 'party-building',
  对外开放: 'opening-up',
  区域协调: 'regional-coordination',
  民主法治: 'rule-of-law',
  国家安全: 'national-security',
  文化建设: 'culture',
  港澳台: 'hong-kong-macao-taiwan',
};

/** Options of the training run. */
export interface TrainCategoryOptions {
  /** Model version to record. */
  readonly version: string;
  /** Name of the data, for the manifest. */
  readonly dataName: string;
  /** Largest vocabulary (default 4000). */
  readonly maxVocabulary?: number;
  /** Least document frequency of a feature word (default 3). */
  readonly minDocumentFrequency?: number;
}

/** The manifest written beside the model. */
export interface ThemeCategoryManifest {
  /** Model version. */
  readonly version: string;
  /** What it was trained on. */
  readonly data: string;
  /** How passages were labelled and split. */
  readonly method: string;
  /** Labels with their training and held-out passage counts. */
  readonly labels: readonly { id: string; name: string; train: number; test: number }[];
  /** Held-out scores. */
  readonly scores: { accuracy: number; macroF1: number; majorityBaseline: number; accuracyAtConfidence99: number; coverageAtConfidence99: number; naturalScoringAccuracy: number };
  /** Vocabulary size. */
  readonly features: number;
}

/** A labelled passage. */
interface Passage {
  readonly words: string[];
  readonly label: string;
}

/** Trains, evaluates and returns the model file and its manifest. */
export function trainThemeCategoryModel(compiled: CompiledThemes, texts: readonly DatedText[], options: TrainCategoryOptions): { model: ThemeCategoryModelFile; manifest: ThemeCategoryManifest } {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  const passages: Passage[] = [];
  for (const { text } of texts) {
    for (const range of splitPassages(text)) {
      const passage = text.slice(range.start, range.end);
      const matches = matchThemes(compiled, passage);
      if (matches.length === 0) continue;
      const votes = new Map<string, number>();
      for (const m of matches) {
        const category = compiled.definitions[m.theme]!.category;
        votes.set(category, (votes.get(category) ?? 0) + 1);
      }
      const ranked = [...votes].sort((a, b) => b[1] - a[1]);
      const [top, count] = ranked[0]!;
      if (count / matches.length < 0.5 || (ranked[1] && ranked[1][1] === count) || !(top in CATEGORY_IDS)) continue;
      let masked = passage;
      for (const m of matches) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
      const words = featureWords(jieba.cut(masked, true));
      if (words.length >= 5) passages.push({ words, label: top });
    }
  }
  const train = passages.filter((_, i) => i % 5 !== 0);
  const test = passages.filter((_, i) => i % 5 === 0);
  const df = new Map<string, number>();
  for (const p of train) for (const w of p.words) df.set(w, (df.get(w) ?? 0) + 1);
  const minDf = options.minDocumentFrequency ?? 3;
  const vocabulary = [...df]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxVocabulary ?? 4000)
    .map(([w]) => w);
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const dense = (words: readonly string[]): number[] => {
    const v = new Array<number>(vocabulary.length).fill(0);
    for (const w of words) {
      const f = index.get(w);
      if (f !== undefined) v[f] = 1;
    }
    return v;
  };
  const classifier = new natural.BayesClassifier();
  const inner = classifier.classifier as unknown as {
    addExample(observation: number[], label: string): void;
    getClassifications(observation: number[]): Array<{ label: string; value: number }>;
    classFeatures: Record<string, Record<string, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
  for (const p of train) inner.addExample(dense(p.words), p.label);
  const labelNames = Object.keys(inner.classTotals).sort();
  const labels: CategoryLabel[] = labelNames.map((name) => ({ id: CATEGORY_IDS[name]!, name }));
  const model: ThemeCategoryModelFile = {
    format: THEME_CATEGORY_FORMAT,
    version: options.version,
    labels,
    vocabulary,
    smoothing: inner.smoothing,
    classTotals: labelNames.map((n) => inner.classTotals[n]!),
    totalExamples: inner.totalExamples,
    classFeatures: labelNames.map((n) =>
      Object.entries(inner.classFeatures[n]!)
        .map(([f, c]) => [Number(f), c] as const)
        .sort((a, b) => a[0] - b[0]),
    ),
  };
  const ready = parseThemeCategoryModel(model, 'trained model');
  let correct = 0;
  let confident = 0;
  let confidentCorrect = 0;
  let naturalCorrect = 0;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const p of test) {
    const ranked = classifyCategory(ready, p.words);
    const guess = ranked[0]?.label.name ?? '';
    if (guess === p.label) {
      correct++;
      tp.set(guess, (tp.get(guess) ?? 0) + 1);
    } else {
      fp.set(guess, (fp.get(guess) ?? 0) + 1);
      fn.set(p.label, (fn.get(p.label) ?? 0) + 1);
    }
    if ((ranked[0]?.probability ?? 0) >= CONFIDENT) {
      confident++;
      if (guess === p.label) confidentCorrect++;
    }
    if (inner.getClassifications(dense(p.words))[0]?.label === p.label) naturalCorrect++;
  }
  const f1s = labelNames.map((n) => {
    const t = tp.get(n) ?? 0;
    const precision = t / Math.max(1, t + (fp.get(n) ?? 0));
    const recall = t / Math.max(1, t + (fn.get(n) ?? 0));
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  const counts = new Map<string, { train: number; test: number }>();
  for (const p of train) counts.set(p.label, { train: (counts.get(p.label)?.train ?? 0) + 1, test: counts.get(p.label)?.test ?? 0 });
  for (const p of test) counts.set(p.label, { train: counts.get(p.label)?.train ?? 0, test: (counts.get(p.label)?.test ?? 0) + 1 });
  const majority = Math.max(...[...counts.values()].map((c) => c.test));
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const manifest: ThemeCategoryManifest = {
    version: options.version,
    data: options.dataName,
    method:
      'Passages = paragraphs (cut at the first sentence end after 120 chars, at most 300). Label = the category holding ≥ 50% of the passage\'s explicit theme hits (ties dropped); hits masked before jieba segmentation; binary word features (CJK, 2+ chars, stop words removed); natural BayesClassifier counts scored as a Bernoulli naive Bayes (absent words weighed); every 5th labelled passage held out.',
    labels: labels.map((l) => ({ id: l.id, name: l.name, ...(counts.get(l.name) ?? { train: 0, test: 0 }) })),
    scores: {
      accuracy: round(correct / Math.max(1, test.length)),
      macroF1: round(f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length)),
      majorityBaseline: round(majority / Math.max(1, test.length)),
      accuracyAtConfidence99: round(confidentCorrect / Math.max(1, confident)),
      coverageAtConfidence99: round(confident / Math.max(1, test.length)),
      naturalScoringAccuracy: round(naturalCorrect / Math.max(1, test.length)),
    },
    features: vocabulary.length,
  };
  return { model, manifest };
}
