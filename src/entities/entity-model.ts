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
  /** The same map as a rank bitmap (512 KB instead of 8 MB: it stays in cache), when rows are in bucket order. */
  readonly rank?: BucketRank;
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

/**
 * Bucket → row as a rank: a bit per bucket says whether it has a row, and `before[w]` counts the rows
 * of the buckets below word w, so a bucket's row is `before[b >>> 5]` plus the set bits below it in
 * its word. Scoring reads ~24 buckets per character at random: from an 8 MB Int32Array each read
 * missed the cache and scoring ran 4–5× slower than with the index cached.
 */
export interface BucketRank {
  /** One bit per bucket. */
  readonly present: Uint32Array;
  /** Rows before each 32-bucket word. */
  readonly before: Int32Array;
}

/** The rank form of `index`, or undefined when its rows are not numbered in bucket order. */
export function bucketRank(index: Int32Array): BucketRank | undefined {
  const buckets: number[] = [];
  for (let b = 0; b < index.length; b++) {
    const r = index[b]!;
    if (r < 0) continue;
    if (r !== buckets.length) return undefined;
    buckets.push(b);
  }
  const rank = rankOfSortedBuckets(Uint32Array.from(buckets), index.length);
  return typeof rank === 'string' ? undefined : rank;
}

const EMPTY_INDEX = new Int32Array(0);

/**
 * The rank of a model file's bucket list (strictly increasing, each below `buckets`), or a message
 * saying what is wrong with it.
 */
export function rankOfSortedBuckets(bucketIds: Uint32Array, buckets: number): BucketRank | string {
  const words = (buckets + 31) >>> 5;
  const present = new Uint32Array(words);
  const before = new Int32Array(words);
  for (let r = 0; r < bucketIds.length; r++) {
    const b = bucketIds[r]!;
    if (b >= buckets) return `expected feature buckets below ${buckets}, found ${b}`;
    if (r > 0 && b <= bucketIds[r - 1]!) return `expected feature buckets in increasing order, found ${b} after ${bucketIds[r - 1]!}`;
    present[b >>> 5]! |= 1 << (b & 31);
  }
  let count = 0;
  for (let w = 0; w < words; w++) { before[w] = count; count += popcount(present[w]!); }
  return { present, before };
}

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
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
  if (T === 17) return scoreEmissions17(model, features, emit);
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

/**
 * `scoreEmissions` for the shipped tag set (4 labels × BIES + O = 17 tags), with the sums kept in
 * locals instead of the output row: about twice as fast, and scoring is half the entity step.
 */
function scoreEmissions17(model: EntityModel, features: SentenceFeatures, emit: Float64Array): Float64Array {
  const { rows, rowScale, rank } = model;
  const { offsets, ids, length: n } = features;
  const present = rank?.present;
  const before = rank?.before;
  const index = rank ? EMPTY_INDEX : model.index; // a loaded model builds its index only when asked
  for (let i = 0; i < n; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    let a7 = 0;
    let a8 = 0;
    let a9 = 0;
    let a10 = 0;
    let a11 = 0;
    let a12 = 0;
    let a13 = 0;
    let a14 = 0;
    let a15 = 0;
    let a16 = 0;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const id = ids[k]!;
      let r: number;
      if (present && before) {
        const w = present[id >>> 5]!;
        if (((w >>> (id & 31)) & 1) === 0) continue;
        r = before[id >>> 5]! + popcount(w & ~(-1 << (id & 31)));
      } else {
        r = index[id]!;
        if (r < 0) continue;
      }
      const off = r * 17;
      const s = rowScale[r]!;
      a0 += rows[off + 0]! * s;
      a1 += rows[off + 1]! * s;
      a2 += rows[off + 2]! * s;
      a3 += rows[off + 3]! * s;
      a4 += rows[off + 4]! * s;
      a5 += rows[off + 5]! * s;
      a6 += rows[off + 6]! * s;
      a7 += rows[off + 7]! * s;
      a8 += rows[off + 8]! * s;
      a9 += rows[off + 9]! * s;
      a10 += rows[off + 10]! * s;
      a11 += rows[off + 11]! * s;
      a12 += rows[off + 12]! * s;
      a13 += rows[off + 13]! * s;
      a14 += rows[off + 14]! * s;
      a15 += rows[off + 15]! * s;
      a16 += rows[off + 16]! * s;
    }
    const base = i * 17;
    emit[base + 0] = a0;
    emit[base + 1] = a1;
    emit[base + 2] = a2;
    emit[base + 3] = a3;
    emit[base + 4] = a4;
    emit[base + 5] = a5;
    emit[base + 6] = a6;
    emit[base + 7] = a7;
    emit[base + 8] = a8;
    emit[base + 9] = a9;
    emit[base + 10] = a10;
    emit[base + 11] = a11;
    emit[base + 12] = a12;
    emit[base + 13] = a13;
    emit[base + 14] = a14;
    emit[base + 15] = a15;
    emit[base + 16] = a16;
  }
  return emit;
}
