/**
 * Structured averaged perceptron over BIOES tags with latent (partial-label) gold paths: each
 * training sentence carries a per-position mask of allowed tags; the "gold" path is the best path
 * inside the mask, so labels a corpus does not annotate are never taught as O. Deterministic given
 * the seed (one core, seeded shuffling, no floating-point races).
 */
import { bucketRank, quantizeRows, type EntityModel, type ModelManifest } from './entity-model.js';
import { domainBucket, type SentenceFeatures } from './features.js';
import type { LexiconTable } from './lexicon-features.js';
import { createTagSet, viterbi, ViterbiWorkspace, type TagSet } from './viterbi.js';

/** A prepared training instance. */
export interface TrainingInstance {
  /** Hashed features. */
  readonly features: SentenceFeatures;
  /** Allowed tags per position (bit t). */
  readonly mask: Uint32Array;
  /**
   * When set, odd entries of each position's ids are domain copies, which only learn these tags
   * (bit t): a domain never learns a label its corpus does not annotate.
   */
  readonly domainTags?: number;
}

/** The seeded PRNG training shuffles with (shared with the archive generator). */
export { createRandom } from '../random.js';

/** Averaged perceptron state. */
export class PerceptronTrainer {
  /** Tag set. */
  readonly tagSet: TagSet;
  /** Hash bits. */
  readonly bits: number;
  /** Current weights (buckets × T). */
  readonly w: Float32Array;
  /** Update-time-weighted sums for averaging. */
  readonly u: Float64Array;
  /** Transitions (T × T), start, end, and their sums. */
  readonly trans: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  private readonly transU: Float64Array;
  private readonly startU: Float64Array;
  private readonly endU: Float64Array;
  /** Update counter (instances seen + 1). */
  c = 1;
  private readonly ws = new ViterbiWorkspace();
  private emit = new Float64Array(0);
  private pred = new Uint8Array(0);
  private gold = new Uint8Array(0);

  constructor(labels: readonly string[], bits: number) {
    this.tagSet = createTagSet(labels);
    this.bits = bits;
    const T = this.tagSet.size;
    this.w = new Float32Array((1 << bits) * T);
    this.u = new Float64Array((1 << bits) * T);
    this.trans = new Float64Array(T * T);
    this.transU = new Float64Array(T * T);
    this.start = new Float64Array(T);
    this.startU = new Float64Array(T);
    this.end = new Float64Array(T);
    this.endU = new Float64Array(T);
  }

  private emissions(f: SentenceFeatures): Float64Array {
    const T = this.tagSet.size;
    const n = f.length;
    if (this.emit.length < n * T) this.emit = new Float64Array(n * T * 2);
    const emit = this.emit;
    emit.fill(0, 0, n * T);
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const off = f.ids[k]! * T;
        for (let t = 0; t < T; t++) emit[base + t]! += w[off + t]!;
      }
    }
    return emit;
  }

  /** One perceptron step on an instance; returns true when it made an update. */
  learn(inst: TrainingInstance): boolean {
    const { features: f, mask } = inst;
    const n = f.length;
    if (n === 0) return false;
    const T = this.tagSet.size;
    if (this.pred.length < n) { this.pred = new Uint8Array(n * 2); this.gold = new Uint8Array(n * 2); }
    const emit = this.emissions(f);
    const weights = { trans: this.trans, start: this.start, end: this.end };
    viterbi(this.tagSet, emit, n, weights, this.pred, null, this.ws);
    let consistent = true;
    for (let i = 0; i < n; i++) if ((mask[i]! & (1 << this.pred[i]!)) === 0) { consistent = false; break; }
    if (consistent) { this.c++; return false; }
    if (!viterbi(this.tagSet, emit, n, weights, this.gold, mask, this.ws)) { this.c++; return false; }
    const { pred, gold, w, u, c } = this;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        const start = f.offsets[i]!;
        const copies = inst.domainTags !== undefined;
        const gOk = !copies || (inst.domainTags! & (1 << g)) !== 0;
        const pOk = !copies || (inst.domainTags! & (1 << p)) !== 0;
        for (let k = start; k < f.offsets[i + 1]!; k++) {
          const off = f.ids[k]! * T;
          const shared = !copies || ((k - start) & 1) === 0;
          if (shared || gOk) { w[off + g]! += 1; u[off + g]! += c; }
          if (shared || pOk) { w[off + p]! -= 1; u[off + p]! -= c; }
        }
      }
      if (i === 0) {
        if (g !== p) { this.start[g]! += 1; this.startU[g]! += c; this.start[p]! -= 1; this.startU[p]! -= c; }
      } else {
        const gp = gold[i - 1]!;
        const pp = pred[i - 1]!;
        if (g !== p || gp !== pp) {
          this.trans[gp * T + g]! += 1; this.transU[gp * T + g]! += c;
          this.trans[pp * T + p]! -= 1; this.transU[pp * T + p]! -= c;
        }
      }
    }
    const gl = gold[n - 1]!;
    const pl = pred[n - 1]!;
    if (gl !== pl) { this.end[gl]! += 1; this.endU[gl]! += c; this.end[pl]! -= 1; this.endU[pl]! -= c; }
    this.c++;
    return true;
  }

  /**
   * The averaged model (dense rows: every bucket with a non-zero weight gets a row). Each
   * bucket's row also gets its copies for the given training `domains` ([domain, weight]) added (folded), so
   * decoding needs no extra features; no domains keeps the shared weights only. `used` marks
   * the buckets real features hit (others are dropped).
   */
  averaged(manifest: ModelManifest, lexicon: LexiconTable, domains: readonly (readonly [number, number])[] = [], used: Uint8Array | null = null): EntityModel {
    const T = this.tagSet.size;
    const buckets = 1 << this.bits;
    const c = this.c;
    const avg = new Float32Array(buckets * T);
    for (let k = 0; k < avg.length; k++) avg[k] = this.w[k]! - this.u[k]! / c;
    const folded = domains.length === 0 ? avg : avg.slice();
    for (const [domain, weight] of domains) {
      for (let b = 0; b < buckets; b++) {
        const off = b * T;
        const dOff = domainBucket(b, domain, this.bits) * T;
        for (let t = 0; t < T; t++) folded[off + t]! += weight * avg[dOff + t]!;
      }
    }
    const index = new Int32Array(buckets).fill(-1);
    let count = 0;
    for (let b = 0; b < buckets; b++) {
      const off = b * T;
      if (used && used[b] === 0) continue;
      for (let t = 0; t < T; t++) if (folded[off + t] !== 0) { index[b] = count++; break; }
    }
    const rows = new Float32Array(count * T);
    for (let b = 0; b < buckets; b++) {
      const r = index[b]!;
      if (r < 0) continue;
      rows.set(folded.subarray(b * T, b * T + T), r * T);
    }
    const avgOf = (v: Float64Array, s: Float64Array): Float32Array => Float32Array.from(v, (x, i) => x - s[i]! / c);
    const tagSet = this.tagSet;
    // Forbidden transitions keep weight 0; the decoder never considers them.
    return {
      manifest, tagSet, bits: this.bits, index, rank: bucketRank(index), ...quantizeRows(rows, T),
      trans: avgOf(this.trans, this.transU), start: avgOf(this.start, this.startU), end: avgOf(this.end, this.endU),
      lexicon, source: `model:${manifest.name}@${manifest.version}`,
    };
  }
}
