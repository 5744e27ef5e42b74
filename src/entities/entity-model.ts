/**
 * The in-memory entity model: hashed feature rows (bucket → row of T weights), BIOES transitions,
 * the baked-in lexicon and the manifest. Scoring a text = summing its features' rows; decoding is
 * in `viterbi.ts`. Built by training (`perceptron.ts`) or by `loadEntityModel` (`model-file.ts`).
 */
import type { LexiconTable } from './lexicon-features.js';
import type { TagSet } from './viterbi.js';
import type { SentenceFeatures } from './features.js';

/** Dev-set scores stored in the manifest. */
export interface ManifestScores {
  /** Per evaluation set: per label and micro P/R/F1 (percent). */
  readonly [set: string]: Readonly<Record<string, { p: number; r: number; f1: number; support?: number }>>;
}

/** `manifest.json` of a model directory. */
export interface ModelManifest {
  /** Model name (`ner`). */
  readonly name: string;
  /** Model version (`1.0`). */
  readonly version: string;
  /** Binary format version. */
  readonly formatVersion: number;
  /** Feature template version. */
  readonly featureVersion: number;
  /** Labels in tag-set order. */
  readonly labels: readonly string[];
  /** Tag scheme. */
  readonly tagScheme: 'BIOES';
  /** Hash bits of feature buckets. */
  readonly featureBits: number;
  /** Logistic temperature turning a path margin into a score: score = σ((margin − scoreBias) / temperature). */
  readonly temperature: number;
  /** Margin at which the score is 0.5 (fitted on dev; 0 when absent). */
  readonly scoreBias?: number;
  /** Weights file name. */
  readonly weights: string;
  /** sha256 of the weights file, hex. */
  readonly sha256: string;
  /** Byte size of the weights file. */
  readonly bytes: number;
  /** Training data description. */
  readonly data: readonly { corpus: string; format: string; sentences: number; use: string; licence?: string }[];
  /** Dev scores. */
  readonly scores: ManifestScores;
  /** Training settings (epochs, seed, seconds). */
  readonly training: Readonly<Record<string, unknown>>;
  /** Creation date (ISO). */
  readonly created: string;
}

/** A loaded or freshly trained model. */
export interface EntityModel {
  /** The manifest (for a model in training, a provisional one). */
  readonly manifest: ModelManifest;
  /** BIOES tags over `manifest.labels`. */
  readonly tagSet: TagSet;
  /** Hash bits. */
  readonly bits: number;
  /** Bucket → row index, -1 when the bucket has no weights. */
  readonly index: Int32Array;
  /** Rows of `tagSet.size` int8 weights, each to be multiplied by its `rowScale`. */
  readonly rows: Int8Array;
  /** Per-row scale. */
  readonly rowScale: Float32Array;
  /** T × T transition weights. */
  readonly trans: Float32Array;
  /** Start weights. */
  readonly start: Float32Array;
  /** End weights. */
  readonly end: Float32Array;
  /** The lexicon used for features and gazetteer fusion. */
  readonly lexicon: LexiconTable;
  /** `source` written on entities (`model:ner@1.0`). */
  readonly source: string;
}

/** Quantize float rows (count × T) to int8 with a scale per row. */
export function quantizeRows(floats: Float32Array, T: number): { rows: Int8Array; rowScale: Float32Array } {
  const count = floats.length / T;
  const rows = new Int8Array(floats.length);
  const rowScale = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let peak = 0;
    for (let t = 0; t < T; t++) peak = Math.max(peak, Math.abs(floats[r * T + t]!));
    const scale = peak / 127;
    rowScale[r] = scale;
    if (scale === 0) continue;
    for (let t = 0; t < T; t++) rows[r * T + t] = Math.round(floats[r * T + t]! / scale);
  }
  return { rows, rowScale };
}

/** Emission scores (length × T) of a sentence's features. */
export function scoreEmissions(model: EntityModel, features: SentenceFeatures, out?: Float64Array): Float64Array {
  const T = model.tagSet.size;
  const n = features.length;
  const emit = out && out.length >= n * T ? out : new Float64Array(n * T);
  emit.fill(0, 0, n * T);
  const { index, rows, rowScale } = model;
  const { offsets, ids } = features;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const r = index[ids[k]!]!;
      if (r < 0) continue;
      const off = r * T;
      const s = rowScale[r]!;
      for (let t = 0; t < T; t++) emit[base + t]! += rows[off + t]! * s;
    }
  }
  return emit;
}
